import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Review, ReviewPhoto } from '../schema/types.js';
import { REVIEW_SORTS, type ReviewSort } from '../schema/options.js';
import { queryReviews, sortReviews, type ReviewQuery } from './query.js';
import { summarizeReviews } from './summary.js';
import {
  answerReviewsRequest, canonicalReviewQuery, parseReviewsPage, parseReviewsQuery, reviewsRequestUrl, staticReviewsFiles,
  type ReviewsPageResponse,
} from './remote.js';

const review = (id: string, fields: Partial<Review> = {}): Review => ({ id, rating: 5, author: 'Anna K.', date: '2026-10-01', ...fields });
const PHOTO: ReviewPhoto = { src: 'https://shop.example/p.jpg', alt: 'Boot', width: 4, height: 3 };

const reviewsArbitrary = fc
  .array(
    fc.record(
      {
        rating: fc.integer({ min: 1, max: 5 }),
        date: fc.constantFrom('2026-01-01', '2026-01-02', '2025-12-31'),
        title: fc.constantFrom('Wygodne', 'Πολύ καλό', 'Zelo dobro'),
        verified: fc.boolean(),
        locale: fc.constantFrom('pl', 'sl', 'el', 'de-AT'),
        product: fc.constantFrom('a', 'b'),
        helpful: fc.integer({ min: 0, max: 4 }),
        fit: fc.constantFrom('runs-small', 'true-to-size', 'runs-large'),
        photos: fc.constant<ReviewPhoto[]>([PHOTO]),
        reply: fc.constant({ body: 'Dziękujemy!', author: 'Marta', role: 'Obsługa klienta', date: '2026-02-01' }),
      },
      { requiredKeys: ['rating', 'date'] },
    ),
    { maxLength: 40 },
  )
  .map((list) => list.map((fields, i): Review => ({ id: `r-${(i * 13) % 41}`, author: 'Ola Nowak', ...fields })));

const queryArbitrary: fc.Arbitrary<ReviewQuery> = fc.record(
  {
    offset: fc.oneof(fc.nat(60), fc.double()),
    limit: fc.oneof(fc.integer({ min: -5, max: 120 }), fc.double()),
    sort: fc.constantFrom(...REVIEW_SORTS, 'random' as ReviewSort),
    stars: fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 6 }),
    verified: fc.boolean(),
    withPhotos: fc.boolean(),
    language: fc.constantFrom('pl', ' el ', '', 'de-AT'),
    search: fc.string({ unit: 'grapheme', maxLength: 12 }),
    product: fc.constantFrom('a', 'b', 'x&y=z #1', ''),
  },
  { requiredKeys: [] },
);

/** What a client receives: the answer after a trip through JSON. */
const overTheWire = (page: ReviewsPageResponse): unknown => JSON.parse(JSON.stringify(page));

describe('reviewsRequestUrl', () => {
  it('writes the query as the protocol names it, with paging and sort always present', () => {
    expect(reviewsRequestUrl('https://shop.example/api/reviews', {
      stars: [4, 5], verified: true, withPhotos: true, language: 'pl', search: 'wygodne buty', product: 'sku-1',
    })).toBe('https://shop.example/api/reviews?offset=0&limit=10&sort=newest&stars=5%2C4&verified=1&photos=1&lang=pl&q=wygodne+buty&product=sku-1');
    expect(reviewsRequestUrl('/reviews/sku-1.json', { offset: 20, limit: 20, sort: 'lowest', verified: false, search: ' ' }))
      .toBe('/reviews/sku-1.json?offset=20&limit=20&sort=lowest');
  });

  it("keeps the base's own parameters and fragment, and its product unless the query names one", () => {
    expect(reviewsRequestUrl('https://shop.example/r?product=sku-1&shop=7&offset=50#top', { offset: 10 }))
      .toBe('https://shop.example/r?product=sku-1&shop=7&offset=10&limit=10&sort=newest#top');
    expect(reviewsRequestUrl('/r?product=sku-1', { product: 'sku-2' })).toBe('/r?offset=0&limit=10&sort=newest&product=sku-2');
  });

  it('is read back by parseReviewsQuery as the same query, whatever it holds', () => {
    fc.assert(
      fc.property(queryArbitrary, fc.constantFrom('https://shop.example/api', '/reviews.json?shop=7', 'r?q=old&lang=xx#f'), (query, base) => {
        const url = new URL(reviewsRequestUrl(base, query), 'https://shop.example/');
        expect(parseReviewsQuery(url.searchParams)).toEqual(canonicalReviewQuery(query));
        expect(url.searchParams.get('shop')).toBe(base.includes('shop=7') ? '7' : null);
      }),
    );
  });
});

describe('parseReviewsQuery', () => {
  it('reads every parameter', () => {
    const params = new URLSearchParams('offset=20&limit=5&sort=helpful&stars=1,2&verified=1&photos=true&lang=sl&q=udobni&product=p-1');
    expect(parseReviewsQuery(params)).toEqual({
      offset: 20, limit: 5, sort: 'helpful', stars: [2, 1], verified: true, withPhotos: true, language: 'sl', search: 'udobni', product: 'p-1',
    });
  });

  it('leaves what it cannot read at its default', () => {
    const params = new URLSearchParams('offset=-4&limit=lots&sort=random&stars=9,x&verified=yes&photos=0&lang=&q=%20%20');
    expect(parseReviewsQuery(params)).toEqual({ offset: 0, limit: 10, sort: 'newest' });
    expect(parseReviewsQuery(new URLSearchParams('limit=1000'))).toMatchObject({ limit: 100 });
  });
});

describe('answerReviewsRequest', () => {
  it('answers with the page queryReviews gives and the summary of all the product’s reviews', () => {
    fc.assert(
      fc.property(reviewsArbitrary, queryArbitrary, (items, query) => {
        const params = new URL(reviewsRequestUrl('https://shop.example/r', query)).searchParams;
        const answer = answerReviewsRequest(items, params);
        const canonical = canonicalReviewQuery(query);
        expect(answer).toEqual({
          version: 1, ...queryReviews(items, canonical), summary: summarizeReviews(items, canonical.product), queryable: true,
        });
      }),
    );
  });
});

describe('staticReviewsFiles', () => {
  it('splits the reviews newest first into linked files, each with the summary', () => {
    const items = Array.from({ length: 5 }, (_, i) => review(`r${i}`, { date: `2026-10-0${i + 1}`, product: i === 4 ? 'other' : 'boot' }));
    const files = staticReviewsFiles(items, { pageSize: 3, product: 'boot' });
    expect(files.map((file) => file.name)).toEqual(['reviews.json', 'reviews-2.json']);
    expect(files.map((file) => file.body.items.map((r) => r.id))).toEqual([['r3', 'r2', 'r1'], ['r0']]);
    expect(files.map(({ body }) => [body.offset, body.nextOffset, body.next, body.total, body.queryable])).toEqual([
      [0, 3, 'reviews-2.json', 4, false],
      [3, null, null, 4, false],
    ]);
    expect(files[1]!.body.summary).toEqual(summarizeReviews(items, 'boot'));
  });

  it('writes one file with an empty list when there are no reviews, and 100 reviews a file by default', () => {
    expect(staticReviewsFiles([])).toEqual([
      { name: 'reviews.json', body: { version: 1, items: [], total: 0, offset: 0, nextOffset: null, summary: summarizeReviews([]), queryable: false, next: null } },
    ]);
    const files = staticReviewsFiles(Array.from({ length: 250 }, (_, i) => review(`r${i}`)));
    expect(files.map((file) => file.body.items.length)).toEqual([100, 100, 50]);
    expect(files[2]!.name).toBe('reviews-3.json');
  });

  it('together hold every review once, newest first, and each file passes the client check', async () => {
    await fc.assert(
      fc.asyncProperty(reviewsArbitrary, fc.integer({ min: 1, max: 15 }), async (items, pageSize) => {
        const files = staticReviewsFiles(items, { pageSize });
        expect(files.flatMap((file) => file.body.items)).toEqual(sortReviews(items, 'newest'));
        for (const file of files) expect(await parseReviewsPage(overTheWire(file.body))).toEqual({ ok: true, page: file.body });
      }),
    );
  });
});

describe('parseReviewsPage', () => {
  const valid = () => answerReviewsRequest(
    [
      review('a', { reply: { body: 'Dziękujemy', author: 'Marta', date: '2026-10-02' } }),
      review('b', { rating: 1, photos: [{ src: 'https://shop.example/1.jpg', alt: 'Sole', width: 4, height: 3 }] }),
      review('c'),
    ],
    new URLSearchParams('limit=2'),
  );

  it('accepts every answer of answerReviewsRequest', async () => {
    await fc.assert(
      fc.asyncProperty(reviewsArbitrary, queryArbitrary, async (items, query) => {
        const answer = answerReviewsRequest(items, new URL(reviewsRequestUrl('https://shop.example/r', query)).searchParams);
        expect(await parseReviewsPage(overTheWire(answer))).toEqual({ ok: true, page: answer });
      }),
    );
  });

  it('ignores fields it does not know, so servers can add their own', async () => {
    expect((await parseReviewsPage({ ...valid(), generatedAt: '2026-10-03T10:00:00Z' })).ok).toBe(true);
  });

  const broken: [string, (page: Record<string, unknown> & ReviewsPageResponse) => unknown, string][] = [
    ['not an object', () => [], '"" must be an object { … }'],
    ['no version', ({ version, ...rest }) => rest, '"" missing "version"'],
    ['another version', (page) => ({ ...page, version: 2 }), '/version unsupported protocol version 2; this client reads version 1'],
    ['items not a list', (page) => ({ ...page, items: {} }), '/items must be a list [ … ] of reviews'],
    ['a rating of 6', (page) => ({ ...page, items: [page.items[0], { ...page.items[1], rating: 6 }] }), '/items/1/rating'],
    ['a review without an id', (page) => ({ ...page, items: [{ ...page.items[0], id: undefined }] }), '/items/0 missing "id"'],
    ['a script link in a photo', (page) => ({ ...page, items: [page.items[0], { ...page.items[1], photos: [{ src: 'javascript:alert(1)', alt: 'x', width: 1, height: 1 }] }] }), '/items/1/photos/0/src'],
    ['an id twice', (page) => ({ ...page, items: [page.items[0], page.items[0]] }), '/items/1/id'],
    ['a negative total', (page) => ({ ...page, total: -1 }), '/total must be a whole number, 0 or more'],
    ['a total below the page', (page) => ({ ...page, total: 1 }), '/total 1 is fewer than the reviews up to the end of this page (2)'],
    ['a nextOffset going back', (page) => ({ ...page, nextOffset: 0 }), '/nextOffset must be null or a whole number after "offset" (0) and up to "total" (3)'],
    ['no summary', ({ summary, ...rest }) => rest, '"" missing "summary"'],
    ['an average of 7', (page) => ({ ...page, summary: { ...page.summary, rating: { average: 7, count: 1, distribution: [1, 0, 0, 0, 0] } } }), '/summary/rating/average must be a number from 1 to 5'],
    ['a distribution that does not add up', (page) => ({ ...page, summary: { ...page.summary, rating: { average: 5, count: 2, distribution: [1, 0, 0, 0, 0] } } }), '/summary/rating/distribution must add up to "count" (2)'],
    ['a wrong fit verdict', (page) => ({ ...page, summary: { ...page.summary, fit: { runsSmall: 0, trueToSize: 3, runsLarge: 0, count: 3, verdict: 'big' } } }), '/summary/fit/verdict'],
    ['languages not a list', (page) => ({ ...page, summary: { ...page.summary, languages: 'pl' } }), '/summary/languages must be a list of language codes'],
    ['queryable missing', ({ queryable, ...rest }) => rest, '"" missing "queryable"'],
    ['a script link as next', (page) => ({ ...page, next: 'javascript:alert(1)' }), '/next must be null or the address of the next file'],
  ];

  it.each(broken)('rejects %s, naming the path', async (_, breakIt, error) => {
    const result = await parseReviewsPage(breakIt(valid() as Record<string, unknown> & ReviewsPageResponse));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(new RegExp(`^${error.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('accepts relative and http(s) next files', async () => {
    for (const next of ['reviews-2.json', '/r/reviews-2.json', 'https://cdn.example/reviews-2.json', null]) {
      expect((await parseReviewsPage({ ...valid(), next })).ok, String(next)).toBe(true);
    }
  });

  it('rejects anything else with a message, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (value) => {
        const result = await parseReviewsPage(value);
        expect(result.ok).toBe(false);
        expect(!result.ok && result.error).toMatch(/^(""|\/[\w/]+) \S/);
      }),
    );
  });
});
