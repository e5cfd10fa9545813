/**
 * Reading a size chart from the config: which chart a page means, which measurements it
 * uses, what a size is called in a system, and what a buyer can sensibly type.
 */
import { FOOT_MEASUREMENTS, MEASUREMENTS, type SizeSystem } from '../schema/options.js';
import type { SizeChart, SizeGuideConfig } from '../schema/types.js';
import type { ChartMeasurement } from './units.js';

export type ChartSize = SizeChart['sizes'][number];
/** A chart value: one figure, or `[min, max]`. */
export type ChartValue = number | readonly [number, number];

/**
 * The chart a page asks for: by `chart` id, else the first chart that lists `product`, else
 * (with neither) the first chart. `undefined` when the id is unknown or no chart lists the
 * product: a product without a chart shows no guide rather than someone else's.
 */
export function findChart(guide: SizeGuideConfig, { chart, product }: { chart?: string | null | undefined; product?: string | null | undefined }): SizeChart | undefined {
  if (chart) return guide.charts.find((each) => each.id === chart);
  if (product) return guide.charts.find((each) => each.products?.includes(product));
  return guide.charts[0];
}

/** The value of `name` for one size, in the chart's unit (cm, or mm for feet), if the size has it. */
export function sizeValue(size: ChartSize, name: ChartMeasurement): ChartValue | undefined {
  if ('measurements' in size) return (size.measurements as Partial<Record<ChartMeasurement, ChartValue>>)[name];
  if (name === 'footLength') return size.footLength;
  if (name === 'footWidth') return size.footWidth;
  return undefined;
}

/** A value as `[min, max]`; one figure is a range of one. */
export function valueRange(value: ChartValue): readonly [number, number] {
  return typeof value === 'number' ? [value, value] : value;
}

/** The measurements the chart's sizes use, in the standard order: the table's columns and the form's fields. */
export function chartMeasurements(chart: SizeChart): ChartMeasurement[] {
  const names: readonly ChartMeasurement[] = chart.kind === 'shoes' ? FOOT_MEASUREMENTS : MEASUREMENTS;
  return names.filter((name) => chart.sizes.some((size) => sizeValue(size, name) !== undefined));
}

/** The how-to-measure topics: the chart's own list, else the measurements it uses. */
export function howToMeasureTopics(chart: SizeChart): ChartMeasurement[] {
  return chart.howToMeasure ? [...chart.howToMeasure] : chartMeasurements(chart);
}

/** The system a chart is read in: `wanted` when the chart has it, else its first. */
export function chartSystem(chart: SizeChart, wanted: string | null | undefined): SizeSystem {
  return chart.systems.find((system) => system === wanted) ?? chart.systems[0]!;
}

/** What a size is called in `system`; a size without that label shows the first label it has. */
export function sizeLabel(size: ChartSize, system: SizeSystem): string {
  const labels = size.labels as Partial<Record<SizeSystem, string>>;
  return labels[system] ?? Object.values(labels).find((label): label is string => typeof label === 'string') ?? '';
}

/**
 * What a buyer can sensibly enter, in the chart's unit (cm, mm for feet): from a small
 * child's to a very large adult's, so a typo (980 for 98, inches in the cm field) is caught
 * without turning anyone away whose body is simply outside the usual.
 */
export const MEASUREMENT_LIMITS: Readonly<Record<ChartMeasurement, readonly [number, number]>> = {
  height: [40, 250],
  head: [30, 75],
  neck: [20, 70],
  chest: [40, 200],
  bust: [40, 200],
  underbust: [40, 180],
  waist: [30, 200],
  hips: [40, 220],
  thigh: [20, 120],
  inseam: [20, 120],
  armLength: [20, 110],
  hand: [10, 40],
  footLength: [80, 400],
  footWidth: [30, 160],
};
