import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Review } from '../schema/types.js';
import type { ClothingChart, ShoeChart, SizeChart } from '../schema/types.js';
import { summarizeReviews } from '../reviews/summary.js';
import { chartMeasurements, sizeValue, valueRange } from './charts.js';
import { fitShare, recommendSize, type BuyerMeasurements } from './recommend.js';

/** The Greek sample's dresses: ranges that share their edges (88–92, 92–96 …). */
const dresses: ClothingChart = {
  id: 'dresses',
  name: 'Dresses',
  kind: 'clothing',
  systems: ['INT', 'EU'],
  sizes: [
    { labels: { INT: 'XS', EU: '34' }, measurements: { bust: [80, 84], waist: [62, 66], hips: [88, 92] } },
    { labels: { INT: 'S', EU: '36' }, measurements: { bust: [84, 88], waist: [66, 70], hips: [92, 96] } },
    { labels: { INT: 'M', EU: '38' }, measurements: { bust: [88, 92], waist: [70, 74], hips: [96, 100] } },
    { labels: { INT: 'L', EU: '40' }, measurements: { bust: [92, 96], waist: [74, 78], hips: [100, 104] } },
  ],
};

/** Shirts with gaps between the ranges, as many charts are written (96–101, 102–107 …). */
const shirts: ClothingChart = {
  id: 'shirts',
  name: 'Shirts',
  kind: 'clothing',
  systems: ['INT'],
  sizes: [
    { labels: { INT: 'S' }, measurements: { chest: [90, 95], neck: 38 } },
    { labels: { INT: 'M' }, measurements: { chest: [96, 101], neck: 40 } },
    { labels: { INT: 'L' }, measurements: { chest: [102, 107], neck: 42 } },
    { labels: { INT: 'XL' }, measurements: { chest: [108, 113], neck: 44 } },
  ],
};

const shoes: ShoeChart = {
  id: 'shoes',
  name: 'Shoes',
  kind: 'shoes',
  systems: ['EU'],
  betweenSizes: 'larger',
  sizes: [
    { labels: { EU: '40' }, footLength: [255, 260] },
    { labels: { EU: '41' }, footLength: [261, 267] },
    { labels: { EU: '42' }, footLength: [268, 273] },
  ],
};

const review = (fit: Review['fit'], index: number): Review => ({ id: `r${index}`, rating: 4, author: 'A', date: '2026-01-01', ...(fit && { fit }) });
const fitOf = (...fits: Array<Review['fit']>) => summarizeReviews(fits.map(review)).fit;

describe('recommendSize', () => {
  it('names the one size whose ranges hold every measurement, with a reason for each', () => {
    expect(recommendSize(shirts, { chest: 98 })).toEqual({
      status: 'fits',
      sizes: [1],
      size: 1,
      reasons: [{ measurement: 'chest', value: 98, verdict: 'within', sizes: [1] }],
    });
    const dress = recommendSize(dresses, { bust: 86, waist: 68, hips: 94 });
    expect(dress).toMatchObject({ status: 'fits', size: 1 });
    expect(dress.reasons.map((reason) => reason.measurement)).toEqual(['bust', 'waist', 'hips']);
  });

  it('finds the size two ranges share on an edge when the other measurements settle it', () => {
    // Bust 92 is the edge of M and L; waist 72 is M only.
    const result = recommendSize(dresses, { bust: 92, waist: 72 });
    expect(result).toMatchObject({ status: 'fits', size: 2, sizes: [2] });
    expect(result.reasons[0]).toEqual({ measurement: 'bust', value: 92, verdict: 'within', sizes: [2, 3] });
  });

  it('says "between" on an edge nothing else settles, and picks nothing without a rule', () => {
    expect(recommendSize(dresses, { bust: 92 })).toEqual({
      status: 'between',
      sizes: [2, 3],
      size: undefined,
      reasons: [{ measurement: 'bust', value: 92, verdict: 'within', sizes: [2, 3] }],
    });
  });

  it('says "between" in the gap between two ranges, and applies the chart’s rule', () => {
    expect(recommendSize(shirts, { chest: 101.5 })).toMatchObject({
      status: 'between',
      sizes: [1, 2],
      size: undefined,
      reasons: [{ verdict: 'between', sizes: [1, 2] }],
    });
    expect(recommendSize({ ...shirts, betweenSizes: 'larger' }, { chest: 101.5 })).toMatchObject({ size: 2, pickedBy: 'chart' });
    expect(recommendSize({ ...shirts, betweenSizes: 'smaller' }, { chest: 101.5 })).toMatchObject({ size: 1, pickedBy: 'chart' });
    expect(recommendSize(shoes, { footLength: 260.5 })).toMatchObject({ status: 'between', sizes: [0, 1], size: 1, pickedBy: 'chart' });
  });

  it('judges single-figure sizes (a neck of 40) as exact points, with the sizes around in between', () => {
    expect(recommendSize(shirts, { neck: 40 })).toMatchObject({ status: 'fits', size: 1 });
    expect(recommendSize(shirts, { neck: 41 })).toMatchObject({ status: 'between', sizes: [1, 2] });
  });

  it('spans the sizes when measurements disagree, and names the smallest and the largest', () => {
    // Bust says XS, hips say L.
    const result = recommendSize(dresses, { bust: 82, hips: 102 });
    expect(result).toMatchObject({ status: 'between', sizes: [0, 3], size: undefined });
    expect(recommendSize({ ...dresses, betweenSizes: 'larger' }, { bust: 82, hips: 102 })).toMatchObject({ size: 3, pickedBy: 'chart' });
  });

  it('says honestly when a measurement is outside the chart, and on which side', () => {
    expect(recommendSize(dresses, { bust: 86, hips: 110 })).toMatchObject({
      status: 'outside',
      direction: 'above',
      sizes: [3],
      size: undefined,
      reasons: [
        { measurement: 'bust', verdict: 'within', sizes: [1] },
        { measurement: 'hips', verdict: 'above', sizes: [3] },
      ],
    });
    expect(recommendSize(shoes, { footLength: 240 })).toMatchObject({ status: 'outside', direction: 'below', sizes: [0], size: undefined });
    const both = recommendSize(dresses, { bust: 70, hips: 120 });
    expect(both).toMatchObject({ status: 'outside', sizes: [0, 3] });
    expect(both.direction).toBeUndefined();
    // The shop's rule never turns "no size" into a size.
    expect(recommendSize(shoes, { footLength: 290 }).size).toBeUndefined();
  });

  it('ignores measurements the chart does not use, and values that are not lengths', () => {
    expect(recommendSize(shirts, { hips: 100, chest: Number.NaN, neck: -1 } as BuyerMeasurements)).toEqual({ status: 'unknown', sizes: [], size: undefined, reasons: [] });
    expect(recommendSize(shirts, { hips: 100, chest: 98 })).toMatchObject({ status: 'fits', size: 1, reasons: [{ measurement: 'chest' }] });
  });

  describe('with the reviews’ fit', () => {
    const runsSmall = fitOf('runs-small', 'runs-small', 'runs-small', 'true-to-size', 'runs-large');

    it('reports the share behind the verdict', () => {
      expect(fitShare(runsSmall)).toEqual({ verdict: 'runs-small', count: 3, answers: 5, share: 0.6 });
      expect(fitShare(fitOf('runs-small', 'runs-small'))).toBeUndefined(); // two buyers are not a pattern
      expect(fitShare(fitOf('runs-small', 'runs-large', 'true-to-size', 'runs-small', 'runs-large'))).toBeUndefined(); // a tie
      expect(fitShare(null)).toBeUndefined();
    });

    it('decides between sizes only when the chart has no rule: runs small → the larger, runs large → the smaller', () => {
      expect(recommendSize(shirts, { chest: 101.5 }, { fit: runsSmall })).toMatchObject({ size: 2, pickedBy: 'reviews', fit: { verdict: 'runs-small' } });
      const runsLarge = fitOf('runs-large', 'runs-large', 'runs-large');
      expect(recommendSize(shirts, { chest: 101.5 }, { fit: runsLarge })).toMatchObject({ size: 1, pickedBy: 'reviews' });
      expect(recommendSize(shirts, { chest: 101.5 }, { fit: fitOf('true-to-size', 'true-to-size', 'true-to-size') }).size).toBeUndefined();
      expect(recommendSize({ ...shirts, betweenSizes: 'smaller' }, { chest: 101.5 }, { fit: runsSmall })).toMatchObject({ size: 1, pickedBy: 'chart' });
    });

    it('never moves a size that fits, and never invents one outside the chart', () => {
      expect(recommendSize(shirts, { chest: 98 }, { fit: runsSmall })).toMatchObject({ status: 'fits', size: 1, fit: { share: 0.6 } });
      expect(recommendSize(shirts, { chest: 130 }, { fit: runsSmall })).toMatchObject({ status: 'outside', size: undefined });
    });
  });
});

/** A chart of 1–6 sizes whose ranges grow, with gaps, shared edges or overlaps, for 1–3 measurements. */
const chartArbitrary: fc.Arbitrary<ClothingChart> = fc
  .record({
    names: fc.subarray(['chest', 'waist', 'hips'] as const, { minLength: 1 }),
    starts: fc.array(fc.tuple(fc.integer({ min: -2, max: 4 }), fc.integer({ min: 0, max: 8 })), { minLength: 1, maxLength: 6 }),
    betweenSizes: fc.constantFrom(undefined, 'larger' as const, 'smaller' as const),
  })
  .map(({ names, starts, betweenSizes }) => {
    let cursor = 60;
    const sizes = starts.map(([gap, width], index) => {
      const min = cursor + gap;
      const max = min + width;
      cursor = Math.max(cursor, max);
      const measurements = Object.fromEntries(names.map((name, offset) => [name, width === 0 ? min + offset : [min + offset, max + offset]]));
      return { labels: { INT: `S${index}` }, measurements };
    });
    return { id: 'any', name: 'Any', kind: 'clothing', systems: ['INT'], ...(betweenSizes && { betweenSizes }), sizes } as ClothingChart;
  });

function holds(chart: SizeChart, index: number, measurements: BuyerMeasurements): boolean {
  return chartMeasurements(chart).every((name) => {
    const value = measurements[name];
    const range = sizeValue(chart.sizes[index]!, name);
    if (value === undefined || range === undefined) return true;
    const [min, max] = valueRange(range);
    return min <= value && value <= max;
  });
}

describe('recommendSize, for any chart and any measurements', () => {
  const length = fc.double({ min: 40, max: 140, noNaN: true });
  const measurements: fc.Arbitrary<BuyerMeasurements> = fc.record({ chest: length, waist: length, hips: length }, { requiredKeys: [] });

  it('recommends a size that fits only when that size holds every measurement', () => {
    fc.assert(
      fc.property(chartArbitrary, measurements, (chart, buyer) => {
        const result = recommendSize(chart, buyer);
        if (result.status === 'fits') expect(holds(chart, result.size!, buyer)).toBe(true);
        if (result.status === 'outside') expect(result.size).toBeUndefined();
        if (result.size !== undefined) expect(result.sizes).toContain(result.size);
        if (result.status === 'between') {
          expect(result.sizes[0]).toBeLessThan(result.sizes[1]!);
          expect(result.size === undefined).toBe(chart.betweenSizes === undefined);
        }
      }),
    );
  });

  it('finds the fitting size whenever exactly one size holds every measurement', () => {
    fc.assert(
      fc.property(chartArbitrary, measurements, (chart, buyer) => {
        const given = chartMeasurements(chart).filter((name) => buyer[name] !== undefined);
        fc.pre(given.length > 0);
        const fitting = chart.sizes.map((_, index) => index).filter((index) => holds(chart, index, buyer));
        const result = recommendSize(chart, buyer);
        if (fitting.length === 1) expect(result).toMatchObject({ status: 'fits', size: fitting[0] });
        if (fitting.length === 0) expect(result.status).not.toBe('fits');
      }),
    );
  });

  it('gives one reason per measurement the buyer gave and the chart uses, in the chart’s order', () => {
    fc.assert(
      fc.property(chartArbitrary, measurements, (chart, buyer) => {
        const expected = chartMeasurements(chart).filter((name) => buyer[name] !== undefined);
        expect(recommendSize(chart, buyer).reasons.map((reason) => reason.measurement)).toEqual(expected);
      }),
    );
  });
});
