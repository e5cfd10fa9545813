import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Review, ReviewPhoto } from '../schema/types.js';
import { FIT_FEEDBACK } from '../schema/options.js';
import { summarizeRatings } from './aggregate.js';
import { queryReviews } from './query.js';
import { summarizeReviews } from './summary.js';

const review = (id: string, fields: Partial<Review> = {}): Review => ({ id, rating: 5, author: 'Anna K.', date: '2026-10-01', ...fields });
const PHOTO: ReviewPhoto = { src: 'https://shop.example/p.jpg', alt: 'Boot', width: 4, height: 3 };
const fits = (...answers: (Review['fit'] | undefined)[]) => answers.map((fit, i) => review(`r${i}`, { fit }));

const reviewsArbitrary = fc
  .array(
    fc.record(
      {
        rating: fc.integer({ min: 1, max: 5 }),
        verified: fc.boolean(),
        locale: fc.constantFrom('pl', 'pl-PL', 'sl', 'el', 'de-AT', 'en'),
        product: fc.constantFrom('a', 'b'),
        fit: fc.constantFrom(...FIT_FEEDBACK),
        photos: fc.constantFrom<ReviewPhoto[]>([], [PHOTO]),
      },
      { requiredKeys: ['rating'] },
    ),
    { maxLength: 80 },
  )
  .map((list) => list.map((fields, i): Review => ({ id: `r${i}`, author: 'Ola', date: '2026-01-01', ...fields })));

describe('summarizeReviews', () => {
  it('summarises nothing as no rating, no fit and no languages', () => {
    expect(summarizeReviews([])).toEqual({ rating: null, fit: null, verified: 0, withPhotos: 0, languages: [] });
  });

  it('counts every rating, verified purchases, photos and languages, most reviews first', () => {
    const photo = { src: 'https://shop.example/1.jpg', alt: 'Boot', width: 4, height: 3 };
    const summary = summarizeReviews([
      review('a', { rating: 5, locale: 'el', verified: true }),
      review('b', { rating: 1, locale: 'pl-PL', photos: [photo] }),
      review('c', { rating: 2, locale: 'pl', photos: [] }),
      review('d', { rating: 4, locale: 'de' }),
      review('e', { rating: 4 }),
    ]);
    expect(summary).toEqual({
      rating: { average: 3.2, count: 5, distribution: [1, 2, 0, 1, 1] },
      fit: null,
      verified: 1,
      withPhotos: 1,
      languages: ['pl', 'de', 'el'],
    });
  });

  it('summarises only the product asked for', () => {
    const items = [review('a', { product: 'boot', rating: 1 }), review('b', { product: 'bag' }), review('c')];
    expect(summarizeReviews(items, 'boot').rating).toEqual({ average: 1, count: 1, distribution: [0, 0, 0, 0, 1] });
    expect(summarizeReviews(items).rating?.count).toBe(3);
  });

  it('gives a fit verdict from 3 answers on, only when one answer leads', () => {
    expect(summarizeReviews(fits('runs-small', 'runs-small')).fit).toEqual({ runsSmall: 2, trueToSize: 0, runsLarge: 0, count: 2, verdict: null });
    expect(summarizeReviews(fits('runs-small', 'runs-small', undefined, 'true-to-size')).fit).toEqual({
      runsSmall: 2, trueToSize: 1, runsLarge: 0, count: 3, verdict: 'runs-small',
    });
    expect(summarizeReviews(fits('runs-large', 'true-to-size', 'true-to-size')).fit?.verdict).toBe('true-to-size');
    expect(summarizeReviews(fits('runs-large', 'runs-large', 'runs-small')).fit?.verdict).toBe('runs-large');
    // Buyers split: no verdict rather than picking a side.
    expect(summarizeReviews(fits('runs-large', 'runs-large', 'runs-small', 'runs-small')).fit?.verdict).toBeNull();
    expect(summarizeReviews(fits('true-to-size', 'runs-small', 'runs-large')).fit?.verdict).toBeNull();
  });

  it('counts what the matching filters find, and rates like summarizeRatings', () => {
    fc.assert(
      fc.property(reviewsArbitrary, fc.option(fc.constantFrom('a', 'b'), { nil: undefined }), (items, product) => {
        const summary = summarizeReviews(items, product);
        const total = (filter: Parameters<typeof queryReviews>[1]) => queryReviews(items, { ...filter, product }).total;
        const ofProduct = items.filter((r) => product === undefined || r.product === product);
        expect(summary.rating).toEqual(summarizeRatings(ofProduct.map((r) => r.rating)));
        for (const stars of [1, 2, 3, 4, 5]) expect(summary.rating?.distribution[5 - stars] ?? 0).toBe(total({ stars: [stars] }));
        expect(summary.verified).toBe(total({ verified: true }));
        expect(summary.withPhotos).toBe(total({ withPhotos: true }));
        const languageCounts = summary.languages.map((language) => total({ language }));
        expect(languageCounts).toEqual([...languageCounts].sort((a, b) => b - a));
        expect(languageCounts.reduce((a, b) => a + b, 0)).toBe(ofProduct.filter((r) => r.locale !== undefined).length);
        const fit = summary.fit;
        expect(fit?.count ?? 0).toBe(ofProduct.filter((r) => r.fit !== undefined).length);
        if (fit) expect(fit.runsSmall + fit.trueToSize + fit.runsLarge).toBe(fit.count);
      }),
    );
  });
});
