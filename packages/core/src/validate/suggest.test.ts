import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { closest, editDistance } from './suggest.js';

describe('closest', () => {
  const keys = ['timeZone', 'country', 'workingDays', 'cutoff', 'handlingDays', 'closures', 'carriers', 'stock', 'onTime'];

  it('finds typos, swapped letters, wrong case and unfinished names', () => {
    expect(closest('cutof', keys)).toBe('cutoff');
    expect(closest('cutfof', keys)).toBe('cutoff');
    expect(closest('timezone', keys)).toBe('timeZone');
    expect(closest('carrier', keys)).toBe('carriers');
    expect(closest('Blik', ['blik', 'payu'])).toBe('blik');
    expect(closest('przelewy', ['przelewy24', 'payu', 'paypal'])).toBe('przelewy24');
  });

  it('suggests nothing when nothing is near, or when two are equally near', () => {
    expect(closest('colour', keys)).toBeUndefined();
    expect(closest('xyz', ['abc'])).toBeUndefined();
    expect(closest('pay', ['payu', 'payo'])).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('cutoff', 'cutoff')).toBe(0);
    expect(editDistance('cutof', 'cutoff')).toBe(1);
    expect(editDistance('cutfof', 'cutoff')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('is zero only for equal strings, symmetric, and at most the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  it('gives up early, reporting more than the limit, only when the distance is more than the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), fc.nat({ max: 4 }), (a, b, limit) => {
        const exact = editDistance(a, b);
        const bounded = editDistance(a, b, limit);
        expect(bounded).toBe(exact <= limit ? exact : limit + 1);
      }),
    );
  });
});
