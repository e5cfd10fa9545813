/**
 * Helpers shared by the `<candor-reviews>` suites (security, fuzz, faults): the element's own
 * tags and attributes, reading its parts, reading the ids of the listed reviews through the
 * public `candor-review-helpful` event, and a fetch that answers by path. The traps, vectors,
 * uncaught-error watch and drip/hang answers are the delivery suites' (./delivery.js).
 */
import { expect, vi } from 'vitest';
import type { CandorConfig, Review, ReviewsConfig } from '@candor/core';
import '../../../packages/elements/src/reviews.js';
import type { CandorReviews } from '../../../packages/elements/src/reviews/reviews.js';
import { fixture, settle } from '../../../packages/elements/src/test-support/fixture.js';

/**
 * Every tag and attribute `<candor-reviews>` renders (summary, histogram, disclosure, controls,
 * list, review, photos, reply, error, viewer, skeleton); anything else came from data.
 * `open` is the viewer `<dialog>`'s while it shows a photo.
 */
export const REVIEWS_TAGS = new Set([
  'div', 'span', 'p', 'a', 'ol', 'ul', 'li', 'article', 'time', 'button', 'label', 'select', 'option', 'input', 'form',
  'img', 'dialog', 'svg', 'rect', 'candor-rating',
]);
export const REVIEWS_ATTRIBUTES = new Set([
  'part', 'class', 'role', 'id', 'name', 'for', 'type', 'value', 'count', 'selected', 'disabled', 'tabindex', 'lang',
  'datetime', 'src', 'alt', 'width', 'height', 'loading', 'decoding', 'href', 'method', 'open',
  'aria-busy', 'aria-pressed', 'aria-hidden', 'aria-label', 'aria-labelledby', 'viewBox', 'preserveAspectRatio',
]);

/** Tags and attribute names of the shadow root that are not the element's own. */
export function foreignMarkup(element: CandorReviews): { tags: string[]; attributes: string[] } {
  const nodes = [...element.shadowRoot!.querySelectorAll('*')];
  return {
    tags: nodes.map((node) => node.localName).filter((tag) => !REVIEWS_TAGS.has(tag)),
    attributes: nodes.flatMap((node) => node.getAttributeNames()).filter((name) => !REVIEWS_ATTRIBUTES.has(name)),
  };
}

export const expectNoForeignMarkup = (element: CandorReviews, what: string) =>
  expect(foreignMarkup(element), what).toEqual({ tags: [], attributes: [] });

export const part = (element: Element | CandorReviews, name: string) =>
  (element.shadowRoot ?? element).querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (element: Element | CandorReviews, name: string) =>
  [...(element.shadowRoot ?? element).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
/** Text with its whitespace folded, for the element's own sentences. */
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

/** Nothing visible: no part, no text, no height. */
export function showsNothing(element: CandorReviews): boolean {
  const root = element.shadowRoot!;
  return root.querySelector('[part]') === null && root.textContent!.trim() === '' && element.getBoundingClientRect().height === 0;
}

/** All `src` and `href` values in the shadow root. */
export const links = (element: CandorReviews) =>
  [...element.shadowRoot!.querySelectorAll('[src], [href]')].flatMap((node) => [node.getAttribute('src'), node.getAttribute('href')].filter((value) => value !== null));

/**
 * The ids of the listed reviews, in order, as the element reports them: each review's
 * "helpful" button fires `candor-review-helpful` with its id (once per review and element, so
 * call this once per element, after everything else about the list was checked).
 */
export async function listedIds(element: CandorReviews): Promise<string[]> {
  const ids: string[] = [];
  const collect = (event: Event) => ids.push((event as Event & { reviewId: string }).reviewId);
  element.addEventListener('candor-review-helpful', collect);
  try {
    for (const review of parts(element, 'review')) review.querySelector<HTMLButtonElement>('[part="helpful"]')!.click();
  } finally {
    element.removeEventListener('candor-review-helpful', collect);
  }
  await settle(element);
  return ids;
}

export const NOW = '2026-10-27T12:00:00Z';

export const DISCLOSURE: NonNullable<ReviewsConfig['disclosure']> = {
  verification: 'some-verified',
  text: 'We invite every buyer by e-mail after delivery and match each review to an order.',
  allPublished: true,
  moderation: 'We remove only insults and personal data.',
  url: 'https://shop.example/reviews-policy',
};

export const review = (id: string, fields: Partial<Review> = {}): Review => ({
  id, rating: 5, author: 'Anna Kowalska', date: '2026-10-01', body: `Review ${id}`, ...fields,
});

/** `count` reviews r00, r01, … one day apart (r00 oldest), ratings cycling 5, 4, 3, 2, 1. */
export const manyReviews = (count: number): Review[] =>
  Array.from({ length: count }, (_, index) =>
    review(`r${String(index).padStart(2, '0')}`, { rating: 5 - (index % 5), date: new Date(Date.UTC(2026, 5, 1 + index)).toISOString().slice(0, 10) }));

/** Mounts `<candor-reviews now=NOW>` in a container of language `lang`, gives it `config`, and settles. */
export async function mountReviews(config: unknown, { lang = 'en', attributes = '' }: { lang?: string; attributes?: string } = {}): Promise<CandorReviews> {
  const element = await fixture<CandorReviews>(`<candor-reviews now="${NOW}" ${attributes}></candor-reviews>`, { lang });
  element.config = config as CandorConfig;
  await settle(element);
  return element;
}

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export type Answer = (url: URL, init?: RequestInit) => Response | Promise<Response>;

/** Answers each fetch by its path; a path without an answer is a test mistake, answered 418. */
export function serve(answers: Record<string, Answer>) {
  return vi.spyOn(window, 'fetch').mockImplementation(async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    const answer = answers[url.pathname];
    return answer ? answer(url, init) : new Response('no such fixture', { status: 418 });
  });
}

/**
 * A body that arrives a few bytes at a time, `delay` ms apart, and stops after `upTo` bytes
 * (all of them by default) without ending; like a real fetch's body, it fails when `signal`
 * aborts.
 */
export function dripUntilAborted(text: string, delay: number, signal: AbortSignal | null | undefined, upTo = Infinity): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    start(controller) {
      signal?.addEventListener('abort', () => controller.error(signal.reason));
    },
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (signal?.aborted) return;
      if (offset >= Math.min(upTo, bytes.length)) {
        // Stalled: the server keeps the connection open and sends nothing more.
        if (upTo < bytes.length) return new Promise<void>(() => {});
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(offset, offset + 4));
      offset += 4;
      if (offset >= bytes.length) controller.close();
    },
  });
}
