/**
 * A size recommendation from a buyer's own measurements, with its reasons. It says only what
 * the chart supports: the size whose ranges hold every measurement; between two sizes, both,
 * and which one the chart's fit rule (or, without one, what buyers said about the fit) points
 * to; outside the chart, that there is no size for these measurements here.
 */
import type { FitSummary, FitVerdict } from '../reviews/summary.js';
import type { SizeChart } from '../schema/types.js';
import { chartMeasurements, sizeValue, valueRange } from './charts.js';
import type { ChartMeasurement } from './units.js';

/** A buyer's measurements in the chart's units: cm, mm for feet. */
export type BuyerMeasurements = Partial<Record<ChartMeasurement, number>>;

/**
 * Where one measurement falls: `within` the range of one size, or of two on a shared edge or
 * where ranges overlap; `between` two adjacent sizes, in the gap between their ranges (or
 * between two single-figure sizes); `below` the smallest or `above` the largest size.
 */
export type MeasurementVerdict = 'within' | 'between' | 'below' | 'above';

export interface MeasurementReason {
  measurement: ChartMeasurement;
  /** The buyer's value, in the chart's unit. */
  value: number;
  verdict: MeasurementVerdict;
  /**
   * Indexes into `chart.sizes`: within, the size(s) that hold the value; between, the smaller
   * and the larger; below, the smallest size that has this measurement; above, the largest.
   */
  sizes: number[];
}

/** What buyers reported about the fit, as a share: "62% of 48 buyers say it runs small". */
export interface FitShare {
  verdict: FitVerdict;
  /** Buyers who gave the verdict. */
  count: number;
  /** Buyers who said anything about the fit. */
  answers: number;
  /** count / answers, 0–1. */
  share: number;
}

export type RecommendationStatus = 'fits' | 'between' | 'outside' | 'unknown';

export interface SizeRecommendation {
  /**
   * `fits`: one size holds every measurement. `between`: the measurements point to two or more
   * sizes (`sizes` is the smallest and the largest). `outside`: at least one measurement is
   * beyond the chart. `unknown`: none of the measurements is one the chart uses.
   */
  status: RecommendationStatus;
  /** fits: `[size]`; between: `[smallest, largest]`; outside: the nearest sizes; unknown: `[]`. */
  sizes: number[];
  /** The size to suggest, or `undefined` when nothing supports a choice. */
  size: number | undefined;
  /** Who chose between sizes: the chart's `betweenSizes` rule, or the reviews' fit verdict. */
  pickedBy?: 'chart' | 'reviews';
  /** Outside the chart: on which side (`undefined` when measurements fall on both). */
  direction?: 'below' | 'above';
  /** One reason per measurement the chart uses, in the chart's order. */
  reasons: MeasurementReason[];
  /** What buyers said about the fit, when there is a verdict. */
  fit?: FitShare;
}

/** The reviews' fit as a share, or `undefined` without a verdict (under 3 answers, or a tie). */
export function fitShare(fit: FitSummary | null | undefined): FitShare | undefined {
  if (!fit?.verdict || fit.count === 0) return undefined;
  const count = fit.verdict === 'runs-small' ? fit.runsSmall : fit.verdict === 'runs-large' ? fit.runsLarge : fit.trueToSize;
  return { verdict: fit.verdict, count, answers: fit.count, share: count / fit.count };
}

/** Where `value` falls among the sizes that have `name`. */
function judge(chart: SizeChart, name: ChartMeasurement, value: number): MeasurementReason | undefined {
  const ranges: Array<{ index: number; min: number; max: number }> = [];
  chart.sizes.forEach((size, index) => {
    const measured = sizeValue(size, name);
    if (measured === undefined) return;
    const [min, max] = valueRange(measured);
    ranges.push({ index, min, max });
  });
  if (ranges.length === 0) return undefined;
  const within = ranges.filter((range) => range.min <= value && value <= range.max).map((range) => range.index);
  const reason = (verdict: MeasurementVerdict, sizes: number[]): MeasurementReason => ({ measurement: name, value, verdict, sizes });
  if (within.length > 0) return reason('within', within);
  // Sizes run from smallest to largest, but a chart may not grow in every measurement:
  // judge against the smallest and largest values it lists.
  const smallest = ranges.reduce((best, range) => (range.min < best.min ? range : best));
  const largest = ranges.reduce((best, range) => (range.max > best.max ? range : best));
  if (value < smallest.min) return reason('below', [smallest.index]);
  if (value > largest.max) return reason('above', [largest.index]);
  // In a gap: the size that ends nearest below and the one that starts nearest above.
  const lower = ranges.filter((range) => range.max < value).reduce((best, range) => (range.max > best.max ? range : best));
  const upper = ranges.filter((range) => range.min > value).reduce((best, range) => (range.min < best.min ? range : best));
  return reason('between', [Math.min(lower.index, upper.index), Math.max(lower.index, upper.index)]);
}

function intersect(sets: number[][]): number[] {
  const [first = [], ...rest] = sets;
  return first.filter((index) => rest.every((set) => set.includes(index)));
}

/**
 * The size for a buyer with `measurements` (in the chart's units), and why. Measurements the
 * chart does not use, and values that are not positive finite numbers, are ignored.
 *
 * Between sizes, the chart's `betweenSizes` rule picks; without one, the reviews' fit verdict
 * (runs small: the larger; runs large: the smaller); without either, no size is picked and
 * both are named. The reviews' verdict is reported whenever there is one, and never overrides
 * a size that fits or the shop's own rule.
 */
export function recommendSize(
  chart: SizeChart,
  measurements: BuyerMeasurements,
  { fit }: { fit?: FitSummary | null | undefined } = {},
): SizeRecommendation {
  const reasons: MeasurementReason[] = [];
  for (const name of chartMeasurements(chart)) {
    const value = measurements[name];
    if (value === undefined || !Number.isFinite(value) || value <= 0) continue;
    const reason = judge(chart, name, value);
    if (reason) reasons.push(reason);
  }
  const share = fitShare(fit);
  const result = (status: RecommendationStatus, sizes: number[], size: number | undefined, extra: Partial<SizeRecommendation> = {}): SizeRecommendation => ({
    status,
    sizes,
    size,
    ...extra,
    reasons,
    ...(share && { fit: share }),
  });
  if (reasons.length === 0) return result('unknown', [], undefined);

  const outside = reasons.filter((reason) => reason.verdict === 'below' || reason.verdict === 'above');
  if (outside.length > 0) {
    const sides = new Set(outside.map((reason) => reason.verdict as 'below' | 'above'));
    const nearest = [...new Set(outside.flatMap((reason) => reason.sizes))].sort((a, b) => a - b);
    return result('outside', nearest, undefined, sides.size === 1 ? { direction: [...sides][0]! } : {});
  }

  // Where every measurement is within a range, the sizes they share; otherwise the span of all.
  const shared = reasons.every((reason) => reason.verdict === 'within') ? intersect(reasons.map((reason) => reason.sizes)) : [];
  const candidates = shared.length > 0 ? shared : reasons.flatMap((reason) => reason.sizes);
  const smallest = Math.min(...candidates);
  const largest = Math.max(...candidates);
  if (smallest === largest) return result('fits', [smallest], smallest);

  if (chart.betweenSizes) {
    return result('between', [smallest, largest], chart.betweenSizes === 'larger' ? largest : smallest, { pickedBy: 'chart' });
  }
  if (share?.verdict === 'runs-small') return result('between', [smallest, largest], largest, { pickedBy: 'reviews' });
  if (share?.verdict === 'runs-large') return result('between', [smallest, largest], smallest, { pickedBy: 'reviews' });
  return result('between', [smallest, largest], undefined);
}
