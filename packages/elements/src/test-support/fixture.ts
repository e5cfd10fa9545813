import axe from 'axe-core';
import type { LitElement } from 'lit';

const mounted: HTMLElement[] = [];

/** Mounts `markup` in a fresh container and waits until its first Candor element has rendered. */
export async function fixture<T extends LitElement>(markup: string, attributes: Record<string, string> = {}): Promise<T> {
  const container = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) container.setAttribute(name, value);
  container.innerHTML = markup;
  document.body.append(container);
  mounted.push(container);
  const element = container.querySelector<T>('*')!;
  await settle(element);
  return element;
}

/** Waits for pending renders, including a render that a lazily loaded locale triggers. */
export async function settle(element: LitElement): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!element.isUpdatePending) return;
  }
}

export function cleanup(): void {
  for (const container of mounted.splice(0)) container.remove();
}

/** axe-core's WCAG 2.2 AA rules over `root`; returns the violations, empty when clean. */
export async function axeViolations(root: Element): Promise<axe.Result[]> {
  const results = await axe.run(root, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  return results.violations;
}
