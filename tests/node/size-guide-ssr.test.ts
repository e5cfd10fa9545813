/**
 * SSR readiness of `<candor-size-guide>` in node, where there is no DOM (lit's node build
 * brings only its small shim): the module loads and registers, the constructor and field
 * initialisers touch no browser API (no document, no localStorage), and the render a server
 * would make — the trigger, or the whole guide inline once its content is loaded — is computed
 * without throwing.
 */
import { describe, expect, it } from 'vitest';
import type { TemplateResult } from 'lit';
import type { CandorConfig } from '@candor/core';

const config: CandorConfig = {
  shop: { name: 'Shop', country: 'US' },
  sizeGuide: {
    charts: [{ id: 'shoes', name: 'Shoes', kind: 'shoes', systems: ['EU'], products: ['derby'], sizes: [{ labels: { EU: '42' }, footLength: [264, 269] }] }],
  },
};

/** Every string a template holds, its nested templates' included: what a server would write out. */
function strings(value: unknown): string {
  if (Array.isArray(value)) return value.map(strings).join('');
  if (value && typeof value === 'object' && 'strings' in value) {
    const template = value as TemplateResult;
    return template.strings.map((part, index) => part + (index < template.values.length ? strings(template.values[index]) : '')).join('');
  }
  return typeof value === 'string' ? value : '';
}

describe('<candor-size-guide> on a server', () => {
  // Transforming the element's sources takes seconds on a busy machine.
  it('loads, registers and renders without a DOM', { timeout: 30_000 }, async () => {
    expect(typeof document).toBe('undefined');
    expect(typeof localStorage).toBe('undefined');
    const { CandorSizeGuide } = await import('../../packages/elements/src/size-guide.js');
    expect(customElements.get('candor-size-guide')).toBe(CandorSizeGuide);

    const element = new CandorSizeGuide();
    element.config = config;
    element.product = 'derby';
    const hooks = element as unknown as { willUpdate(changed: Map<string, unknown>): void; render(): unknown };
    hooks.willUpdate(new Map());
    const trigger = strings(hooks.render());
    expect(trigger).toContain('part="trigger"');
    expect(trigger).toContain('Size guide');
    expect(trigger).toContain('<dialog');

    // The guide's content loads on demand; a server awaits it before rendering an inline guide.
    element.inline = true;
    expect(strings(hooks.render())).not.toContain('<table');
    const { loadSizeGuideContent } = await import('../../packages/elements/src/size-guide.js');
    await loadSizeGuideContent();
    const inline = strings(hooks.render());
    expect(inline).toContain('<table part="table">');
    // A shop in the US opens in inches, on the server as in the browser.
    expect(inline).toContain('10.4–10.6 in');
  });
});
