/**
 * Helpers shared by the `<candor-contact-hub>` suites (security, fuzz): the element's own tags
 * and attributes, and reading its parts. The traps, vectors and uncaught-error watch are the
 * delivery suites' (./delivery.js).
 */
import { expect } from 'vitest';
import { isSafeHref, type CandorConfig } from '@candor/core';
import '../../../packages/elements/src/contact-hub.js';
import type { CandorContactHub } from '../../../packages/elements/src/contact-hub/contact-hub.js';
import { fixture, settle } from '../../../packages/elements/src/test-support/fixture.js';

/** Every tag the hub renders (cards, icons, launcher, panel); anything else came from data. */
export const HUB_TAGS = new Set(['ul', 'li', 'div', 'p', 'span', 'a', 'button', 'img', 'svg', 'path', 'rect', 'circle']);
/** Every attribute the hub renders; `style` is the floating wrapper's, set through the CSSOM. */
export const HUB_ATTRIBUTES = new Set([
  'part', 'class', 'id', 'role', 'type', 'href', 'src', 'alt', 'width', 'height', 'loading', 'decoding', 'hidden', 'style',
  'aria-label', 'aria-hidden', 'aria-disabled', 'aria-expanded', 'aria-controls',
  'viewBox', 'focusable', 'd', 'x', 'y', 'rx', 'cx', 'cy', 'r', 'stroke-width',
]);

/** Tags and attribute names of the shadow root that are not the hub's own. */
export function foreignMarkup(hub: CandorContactHub): { tags: string[]; attributes: string[] } {
  const nodes = [...hub.shadowRoot!.querySelectorAll('*')];
  return {
    tags: nodes.map((node) => node.localName).filter((tag) => !HUB_TAGS.has(tag)),
    attributes: nodes.flatMap((node) => node.getAttributeNames()).filter((name) => !HUB_ATTRIBUTES.has(name)),
  };
}

export const expectNoForeignMarkup = (hub: CandorContactHub, what: string) =>
  expect(foreignMarkup(hub), what).toEqual({ tags: [], attributes: [] });

/** Every `href` and `src` in the shadow root: links must be on the safe list, images http(s). */
export function unsafeLinks(hub: CandorContactHub): string[] {
  const root = hub.shadowRoot!;
  const hrefs = [...root.querySelectorAll('[href]')].map((node) => node.getAttribute('href')!).filter((href) => !isSafeHref(href));
  const sources = [...root.querySelectorAll('[src]')].map((node) => node.getAttribute('src')!).filter((src) => !/^https?:\/\//i.test(src) || !isSafeHref(src));
  return [...hrefs, ...sources];
}

export const parts = (hub: CandorContactHub, name: string) => [...hub.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

/** Nothing visible: no part, no text, no height. */
export function showsNothing(hub: CandorContactHub): boolean {
  const root = hub.shadowRoot!;
  return root.querySelector('[part]') === null && root.textContent!.trim() === '' && hub.getBoundingClientRect().height === 0;
}

/** Tuesday 24 November 2026, 11:00 in Warsaw. */
export const TUESDAY = '2026-11-24T10:00:00Z';

export async function mountHub(config: unknown, attributes = `now="${TUESDAY}"`, lang = 'en'): Promise<CandorContactHub> {
  const hub = await fixture<CandorContactHub>(`<candor-contact-hub ${attributes}></candor-contact-hub>`, { lang });
  hub.config = config as CandorConfig;
  await settle(hub);
  return hub;
}
