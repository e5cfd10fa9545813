import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Review } from '../schema/types.js';
import { summarizeRatings } from './aggregate.js';
import { jsonLdScriptText, reviewsJsonLd } from './json-ld.js';

const review = (id: string, fields: Partial<Review> = {}): Review => ({
  id, rating: 5, author: 'Anna Kowalska', date: '2026-10-01', product: 'botki-lena', ...fields,
});
const options = { product: 'botki-lena', name: 'Botki Lena' };

describe('reviewsJsonLd', () => {
  it('describes the product with its rounded average and its reviews, newest first', () => {
    const items = [
      review('a', { rating: 4, date: '2026-09-01', title: 'Dobre', body: 'Wygodne.' }),
      review('b', { rating: 5, date: '2026-10-02', author: 'Μαρία Παπαδοπούλου' }),
      review('c', { rating: 4, date: '2026-08-01' }),
      review('other', { product: 'trzewiki', rating: 1 }),
      review('shop', { product: undefined, rating: 1 }),
    ];
    expect(reviewsJsonLd(items, { ...options, url: 'https://kroki.example/botki-lena', image: 'https://kroki.example/lena.jpg', limit: 2 })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Botki Lena',
      url: 'https://kroki.example/botki-lena',
      image: 'https://kroki.example/lena.jpg',
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.3, reviewCount: 3, bestRating: 5, worstRating: 1 },
      review: [
        {
          '@type': 'Review',
          author: { '@type': 'Person', name: 'Μαρία Π.' },
          datePublished: '2026-10-02',
          reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1 },
        },
        {
          '@type': 'Review',
          author: { '@type': 'Person', name: 'Anna K.' },
          datePublished: '2026-09-01',
          name: 'Dobre',
          reviewBody: 'Wygodne.',
          reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1 },
        },
      ],
    });
  });

  it('lists 10 reviews by default, and names authors as the page does', () => {
    const items = Array.from({ length: 12 }, (_, i) => review(`r${i}`));
    const data = reviewsJsonLd(items, { ...options, authorNames: 'as-written' })!;
    expect(data.review).toHaveLength(10);
    expect(data.review![0]!.author.name).toBe('Anna Kowalska');
    expect(reviewsJsonLd(items, { ...options, limit: 0 })).not.toHaveProperty('review');
  });

  it('is null when the product has no reviews, including reviews without a product', () => {
    expect(reviewsJsonLd([], options)).toBeNull();
    expect(reviewsJsonLd([review('a', { product: 'trzewiki' }), review('b', { product: undefined })], options)).toBeNull();
  });

  it('never lists syndicated reviews, and then publishes no aggregate that would differ from the visible one', () => {
    const items = [review('own', { rating: 5 }), review('syndicated', { rating: 1, source: 'syndicated' })];
    const data = reviewsJsonLd(items, options)!;
    expect(data).not.toHaveProperty('aggregateRating');
    expect(data.review!.map((r) => r.reviewRating.ratingValue)).toEqual([5]);
    expect(reviewsJsonLd([review('syndicated', { source: 'syndicated' })], options)).toBeNull();
  });

  it('publishes the aggregate summarizeRatings gives, over every review of the product', () => {
    const reviews = fc.array(
      fc.record({ rating: fc.integer({ min: 1, max: 5 }), product: fc.constantFrom('botki-lena', 'trzewiki'), source: fc.constantFrom('invitation', 'on-site', 'imported') }),
      { minLength: 1, maxLength: 60 },
    );
    fc.assert(
      fc.property(reviews, (list) => {
        const items = list.map((fields, i) => review(`r${i}`, fields as Partial<Review>));
        const ofProduct = items.filter((r) => r.product === 'botki-lena');
        const data = reviewsJsonLd(items, options);
        const expected = summarizeRatings(ofProduct.map((r) => r.rating));
        if (expected === null) {
          expect(data).toBeNull();
        } else {
          expect(data?.aggregateRating).toMatchObject({ ratingValue: expected.average, reviewCount: expected.count });
          expect(data?.review?.length).toBe(Math.min(10, ofProduct.length));
        }
      }),
    );
  });
});

describe('jsonLdScriptText', () => {
  it('escapes "<" so a review cannot close the script element', () => {
    const data = reviewsJsonLd([review('a', { body: 'Great </script><script>alert(1)</script>' })], options);
    const text = jsonLdScriptText(data);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});
