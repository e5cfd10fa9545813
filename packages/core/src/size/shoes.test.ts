import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APPROXIMATE_MM, BARLEYCORN_MM, DEFAULT_TOE_ALLOWANCE_MM, PARIS_POINT_MM, SHOE_SCALES, footLengthForShoeSize, numericSizeLabel,
  standardShoeSizes, type ShoeScale,
} from './shoes.js';

const INCH = 25.4;
/** The size a scale gives a foot, or undefined when the scale has none for it. */
const sizeOf = (footLength: number, scale: ShoeScale, options: Parameters<typeof standardShoeSizes>[1] = {}) =>
  standardShoeSizes(footLength, options).sizes.find((estimate) => estimate.scale === scale)?.size;

describe('the definitions of each system (exact: no toe allowance)', () => {
  it('EU counts Paris points (⅔ cm) of last: size 42 is a 28 cm last', () => {
    expect(PARIS_POINT_MM).toBeCloseTo(6.6667, 4);
    expect(footLengthForShoeSize('EU', 42, 0)).toBeCloseTo(280, 9);
    expect(footLengthForShoeSize('EU', 36, 0)).toBeCloseTo(240, 9);
  });

  it('UK counts barleycorns (⅓ in): children’s 0 is a 4-inch last, adult 1 follows children’s 13½ at 8⅔ in (BS 5943)', () => {
    expect(BARLEYCORN_MM).toBeCloseTo(8.4667, 4);
    expect(footLengthForShoeSize('UK-child', 0, 0)).toBeCloseTo(4 * INCH, 9);
    expect(footLengthForShoeSize('UK-child', 13, 0)).toBeCloseTo((8 + 1 / 3) * INCH, 9);
    expect(footLengthForShoeSize('UK', 1, 0)).toBeCloseTo((8 + 2 / 3) * INCH, 9);
    expect(footLengthForShoeSize('UK', 0.5, 0)).toBeCloseTo(footLengthForShoeSize('UK-child', 13.5, 0), 9);
    expect(footLengthForShoeSize('UK', 8, 0)).toBeCloseTo(11 * INCH, 9);
  });

  it('US men’s are one size above UK, women’s (standard scale) 1½ above men’s, children’s 12⅓ above men’s', () => {
    expect(footLengthForShoeSize('US-men', 9, 0)).toBeCloseTo(footLengthForShoeSize('UK', 8, 0), 9);
    expect(footLengthForShoeSize('US-women', 10.5, 0)).toBeCloseTo(footLengthForShoeSize('US-men', 9, 0), 9);
    expect(footLengthForShoeSize('US-child', 13 + 1 / 3, 0)).toBeCloseTo(footLengthForShoeSize('US-men', 1, 0), 9);
  });

  it('Mondopoint is the foot itself, in mm, marked in 5 mm steps (ISO 9407)', () => {
    expect(footLengthForShoeSize('Mondopoint', 265)).toBe(265);
    expect(sizeOf(264, 'Mondopoint')).toBe(265);
    expect(sizeOf(262, 'Mondopoint')).toBe(260);
    const mondopoint = standardShoeSizes(262).sizes.find((estimate) => estimate.scale === 'Mondopoint')!;
    expect(mondopoint).toEqual({ scale: 'Mondopoint', size: 260, exact: 262, approximate: false });
  });
});

describe('standardShoeSizes', () => {
  it('states the allowance it assumed and the last it computed', () => {
    const result = standardShoeSizes(265);
    expect(result.allowance).toBe(DEFAULT_TOE_ALLOWANCE_MM);
    expect(result.lastLength).toBe(280);
    expect(standardShoeSizes(265, { allowance: 10 }).lastLength).toBe(275);
  });

  it('gives a 26.5 cm foot EU 42, UK 8, US men’s 9 and women’s 10.5', () => {
    const { sizes } = standardShoeSizes(265);
    expect(sizes.map(({ scale, size }) => [scale, size])).toEqual([
      ['EU', 42],
      ['UK', 8],
      ['US-men', 9],
      ['US-women', 10.5],
      ['Mondopoint', 265],
    ]);
  });

  it('reads the chart’s audience: one US scale for men or women, children’s scales for children', () => {
    expect(standardShoeSizes(265, { audience: 'men' }).sizes.map((each) => each.scale)).toEqual(['EU', 'UK', 'US-men', 'Mondopoint']);
    expect(standardShoeSizes(240, { audience: 'women' }).sizes.map((each) => each.scale)).toEqual(['EU', 'UK', 'US-women', 'Mondopoint']);
    expect(standardShoeSizes(170, { audience: 'kids' }).sizes.map((each) => each.scale)).toEqual(['EU', 'UK-child', 'US-child', 'Mondopoint']);
    // A child's foot past children's 13½ reads in adult UK sizes and US youth sizes (numbered as men's).
    expect(standardShoeSizes(225, { audience: 'girls' }).sizes.map((each) => each.scale)).toEqual(['EU', 'UK', 'US-men', 'Mondopoint']);
  });

  it('leaves out a scale that has no size for the foot', () => {
    // A newborn's foot is below UK children's 0.
    expect(standardShoeSizes(70, { audience: 'baby' }).sizes.map((each) => each.scale)).toEqual(['Mondopoint']);
    expect(standardShoeSizes(0).sizes).toEqual([]);
  });

  it('marks a size approximate exactly when it stands for a last more than 2 mm away', () => {
    fc.assert(
      fc.property(fc.double({ min: 100, max: 340, noNaN: true }), fc.constantFrom(undefined, 'men' as const, 'women' as const, 'kids' as const), (foot, audience) => {
        for (const estimate of standardShoeSizes(foot, { audience }).sizes) {
          if (estimate.scale === 'Mondopoint') {
            expect(estimate.approximate).toBe(false);
            continue;
          }
          const step = estimate.scale === 'EU' ? PARIS_POINT_MM : BARLEYCORN_MM;
          expect(estimate.approximate).toBe(Math.abs(estimate.size - estimate.exact) * step > APPROXIMATE_MM);
        }
      }),
    );
  });

  it('is undone by footLengthForShoeSize, for every scale and allowance', () => {
    fc.assert(
      fc.property(fc.double({ min: 100, max: 340, noNaN: true }), fc.double({ min: 0, max: 30, noNaN: true }), (foot, allowance) => {
        for (const estimate of standardShoeSizes(foot, { allowance }).sizes) {
          if (estimate.scale === 'Mondopoint') continue;
          expect(footLengthForShoeSize(estimate.scale, estimate.exact, allowance)).toBeCloseTo(foot, 6);
        }
      }),
    );
  });

  it('never gives a longer foot a smaller size on the same scale', () => {
    fc.assert(
      fc.property(fc.double({ min: 100, max: 340, noNaN: true }), fc.double({ min: 0, max: 40, noNaN: true }), (foot, more) => {
        const shorter = standardShoeSizes(foot).sizes;
        const longer = standardShoeSizes(foot + more).sizes;
        for (const scale of SHOE_SCALES) {
          const a = shorter.find((each) => each.scale === scale);
          const b = longer.find((each) => each.scale === scale);
          if (a && b) expect(b.size).toBeGreaterThanOrEqual(a.size);
        }
      }),
    );
  });
});

/**
 * Published tables. Makers disagree with one another by up to a size (each assumes its own toe
 * allowance, and grades its own way), so an estimate must land within one size of theirs; EU
 * sizes, which all assume about 15 mm, within one as well. The estimates are labelled "approx."
 * for this reason.
 */
describe('against published tables', () => {
  // Nike men's shoe size chart (foot length cm → US, UK, EU), as published on nike.com, 2026.
  const NIKE_MEN: Array<[number, number, number, number]> = [
    [24, 6, 5.5, 38.5],
    [25, 7, 6, 40],
    [26, 8, 7, 41],
    [26.5, 8.5, 7.5, 42],
    [27, 9, 8, 42.5],
    [28, 10, 9, 44],
    [29, 11, 10, 45],
  ];

  it.each(NIKE_MEN)('a %s cm foot: US %s, UK %s, EU %s (Nike, men’s)', (cm, us, uk, eu) => {
    const foot = cm * 10;
    expect(Math.abs(sizeOf(foot, 'US-men', { audience: 'men' })! - us)).toBeLessThanOrEqual(1);
    expect(Math.abs(sizeOf(foot, 'UK', { audience: 'men' })! - uk)).toBeLessThanOrEqual(1);
    expect(Math.abs(sizeOf(foot, 'EU', { audience: 'men' })! - eu)).toBeLessThanOrEqual(1);
  });

  // Children's conversion chart of a widely used converter (convertunitsnow.com): foot mm → US, UK children's, EU.
  const CHILDREN: Array<[number, number, number, number]> = [
    [165, 10, 9, 27],
    [175, 11, 10, 28],
    [185, 12, 11, 29],
    [195, 13, 12, 31],
  ];

  it.each(CHILDREN)('a %s mm child’s foot: US %s, UK %s, EU %s', (foot, us, uk, eu) => {
    expect(Math.abs(sizeOf(foot, 'US-child', { audience: 'kids' })! - us)).toBeLessThanOrEqual(1);
    expect(Math.abs(sizeOf(foot, 'UK-child', { audience: 'kids' })! - uk)).toBeLessThanOrEqual(1);
    expect(Math.abs(sizeOf(foot, 'EU', { audience: 'kids' })! - eu)).toBeLessThanOrEqual(1);
  });

  it('keeps the UK and US steps a barleycorn apart: a Nike half size is 5 mm, so the two drift apart by 1 size over 5 cm', () => {
    // Why the tolerance is one size: over Nike's 24–29 cm the barleycorn count climbs 5.9 sizes, Nike's 5.
    const span = (sizeOf(290, 'UK')! - sizeOf(240, 'UK')!);
    expect(span).toBeGreaterThanOrEqual(5.5);
    expect(span).toBeLessThanOrEqual(6.5);
  });
});

describe('numericSizeLabel', () => {
  it('reads a shop’s numeric labels, halves and thirds included', () => {
    expect(numericSizeLabel('42')).toBe(42);
    expect(numericSizeLabel(' 8.5 ')).toBe(8.5);
    expect(numericSizeLabel('8,5')).toBe(8.5);
    expect(numericSizeLabel('8½')).toBe(8.5);
    expect(numericSizeLabel('42 2/3')).toBeCloseTo(42.667, 3);
    expect(numericSizeLabel('42⅓')).toBeCloseTo(42.333, 3);
  });

  it('leaves letters and ranges alone', () => {
    for (const label of ['M', 'XL', '39/40', '39-40', '10W', '', '8 3/2']) expect(numericSizeLabel(label), label).toBeUndefined();
  });
});
