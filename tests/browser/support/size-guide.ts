/**
 * Helpers shared by the `<candor-size-guide>` suites (security, fuzz): the element's own tags
 * and attributes, reading its parts, and mounting it inline in English. The traps, vectors and
 * the uncaught-error watch are the delivery suites' (./delivery.js).
 */
import { expect } from 'vitest';
import type { CandorConfig } from '@candor/core';
import '../../../packages/elements/src/size-guide.js';
import type { CandorSizeGuide } from '../../../packages/elements/src/size-guide/size-guide.js';
import { fixture, settle } from '../../../packages/elements/src/test-support/fixture.js';

/** Every tag and attribute `<candor-size-guide>` renders; anything else came from data. `open` is the dialog's. */
export const SIZE_GUIDE_TAGS = new Set([
  'section', 'div', 'span', 'p', 'ul', 'li', 'strong', 'h2', 'h3', 'button', 'dialog', 'svg', 'path', 'fieldset', 'legend', 'label',
  'input', 'form', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td',
]);
export const SIZE_GUIDE_ATTRIBUTES = new Set([
  'part', 'class', 'id', 'type', 'name', 'value', 'role', 'tabindex', 'scope', 'lang', 'open', 'novalidate', 'inputmode', 'autocomplete',
  'checked', 'viewBox', 'd', 'aria-hidden', 'aria-haspopup', 'aria-labelledby', 'aria-describedby', 'aria-invalid', 'aria-live',
]);

/** Tags and attribute names of the shadow root that are not the element's own. */
export function foreignMarkup(element: CandorSizeGuide): { tags: string[]; attributes: string[] } {
  const nodes = [...element.shadowRoot!.querySelectorAll('*')];
  return {
    tags: nodes.map((node) => node.localName).filter((tag) => !SIZE_GUIDE_TAGS.has(tag)),
    attributes: nodes.flatMap((node) => node.getAttributeNames()).filter((name) => !SIZE_GUIDE_ATTRIBUTES.has(name)),
  };
}

export const expectNoForeignMarkup = (element: CandorSizeGuide, what: string) =>
  expect(foreignMarkup(element), what).toEqual({ tags: [], attributes: [] });

export const part = (element: Element, name: string) => (element.shadowRoot ?? element).querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (element: Element, name: string) => [...(element.shadowRoot ?? element).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

/** Nothing visible: no part, no text, no height. */
export function showsNothing(element: CandorSizeGuide): boolean {
  const root = element.shadowRoot!;
  return root.querySelector('[part]') === null && root.textContent!.trim() === '' && element.getBoundingClientRect().height === 0;
}

/** An inline guide in English with `config`. */
export async function mountGuide(config: unknown, attributes = 'inline'): Promise<CandorSizeGuide> {
  const element = await fixture<CandorSizeGuide>(`<candor-size-guide ${attributes}></candor-size-guide>`, { lang: 'en' });
  element.config = config as CandorConfig;
  await settle(element);
  return element;
}

/** Sets a field as typing would (an `input` event), sends the form, and waits for the render. */
export async function submit(element: CandorSizeGuide, values: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(values)) {
    const input = element.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await settle(element);
  element.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
  await settle(element);
}
