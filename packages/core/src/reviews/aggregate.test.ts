import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { roundRating, summarizeRatings } from './aggregate.js';

describe('summarizeRatings', () => {
  it('returns null when there is nothing to summarise', () => {
    expect(summarizeRatings([])).toBeNull();
  });

  it('counts every rating, low ones included', () => {
    expect(summarizeRatings([5, 5, 4, 1, 2])).toEqual({
      average: 3.4,
      count: 5,
      distribution: [2, 1, 0, 1, 1],
    });
  });

  it('rounds the mean half-up to one decimal', () => {
    // 4.45 → 4.5 (half-up), 4.44… → 4.4
    expect(summarizeRatings([5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 3])?.average).toBe(4.5);
    expect(summarizeRatings([5, 4, 4, 5, 4, 4, 5, 4, 5])?.average).toBe(4.4);
    expect(roundRating(4.25)).toBe(4.3);
  });

  it('rejects what is not a 1–5 star rating', () => {
    expect(() => summarizeRatings([0])).toThrow(RangeError);
    expect(() => summarizeRatings([4.5])).toThrow(/whole number/);
    expect(() => summarizeRatings([6])).toThrow(RangeError);
  });

  it('keeps the distribution and the mean consistent for any set of ratings', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 500 }), (ratings) => {
        const summary = summarizeRatings(ratings)!;
        expect(summary.count).toBe(ratings.length);
        expect(summary.distribution.reduce((a, b) => a + b, 0)).toBe(ratings.length);
        const exactMean = ratings.reduce((a, b) => a + b, 0) / ratings.length;
        expect(Math.abs(summary.average - exactMean)).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(summary.average).toBeGreaterThanOrEqual(1);
        expect(summary.average).toBeLessThanOrEqual(5);
      }),
    );
  });
});
