/**
 * The size guide's sentences, from what core computed: the recommendation with its reasons,
 * what buyers said about the fit, and the standard shoe sizes. Elements and servers show the
 * same words; every figure goes through `Intl` in the page's language.
 */
import { formatNumber } from '../format/number.js';
import type { Messages } from '../i18n/messages.js';
import type { SizeSystem } from '../schema/options.js';
import type { SizeChart } from '../schema/types.js';
import { sizeLabel, sizeValue } from './charts.js';
import type { FitShare, MeasurementReason, SizeRecommendation } from './recommend.js';
import type { ShoeScale, StandardShoeSizes } from './shoes.js';
import { formatMeasure, formatMeasureRange, MM_PER_INCH, roundTo, type UnitSystem } from './units.js';

type SizeGuideMessages = Messages['sizeGuide'];

export interface TextOptions {
  /** The full `Intl` tag of the page: `pl-PL`. */
  locale: string;
  units: UnitSystem;
  /** The size system labels are shown in. */
  system: SizeSystem;
}

export interface RecommendationText {
  /** `Your size: M`, `You are between M and L.`, or why the chart has no size. */
  headline: string;
  /** Between sizes: which one the chart or the reviews point to, or that nothing decides. */
  advice?: string;
  /** One line per measurement: `Chest 98 cm: within M (96–101 cm)`. */
  reasons: string[];
  /** `62% of 48 buyers say it runs small`, when reviews give a verdict. */
  fit?: string;
}

/** A size's label with its range for one measurement: `M (96–101 cm)`. */
export function labelledRange(chart: SizeChart, index: number, reason: Pick<MeasurementReason, 'measurement'>, { locale, units, system }: TextOptions): string {
  const size = chart.sizes[index]!;
  const value = sizeValue(size, reason.measurement);
  const label = sizeLabel(size, system);
  return value === undefined ? label : `${label} (${formatMeasureRange(locale, reason.measurement, value, units)})`;
}

/** The reason for one measurement, in words. */
export function reasonText(chart: SizeChart, reason: MeasurementReason, messages: SizeGuideMessages, options: TextOptions): string {
  const name = messages.measurement(reason.measurement);
  const value = formatMeasure(options.locale, reason.measurement, reason.value, options.units);
  const sizes = reason.sizes.map((index) => labelledRange(chart, index, reason, options));
  switch (reason.verdict) {
    case 'within':
      return sizes.length === 1
        ? messages.within({ name, value, size: sizes[0]! })
        : messages.withinBoth({ name, value, sizes, locale: options.locale });
    case 'between':
      return messages.inGap({ name, value, smaller: sizes[0]!, larger: sizes[1]! });
    case 'below':
      return messages.belowSize({ name, value, size: sizes[0]! });
    case 'above':
      return messages.aboveSize({ name, value, size: sizes[0]! });
  }
}

/** `62% of 48 buyers say it runs small`. */
export function fitShareText(fit: FitShare, messages: SizeGuideMessages, locale: string): string {
  const percent = formatNumber(locale, fit.share, { style: 'percent', maximumFractionDigits: 0 });
  return messages.fitShare({ fit: fit.verdict, percent, answers: fit.answers, locale });
}

/** The recommendation as a headline, advice, one reason per measurement and the reviews' fit. */
export function recommendationText(
  chart: SizeChart,
  recommendation: SizeRecommendation,
  messages: SizeGuideMessages,
  options: TextOptions,
): RecommendationText {
  const label = (index: number) => sizeLabel(chart.sizes[index]!, options.system);
  const reasons = recommendation.reasons.map((reason) => reasonText(chart, reason, messages, options));
  const fit = recommendation.fit ? fitShareText(recommendation.fit, messages, options.locale) : undefined;
  const text = (headline: string, advice?: string): RecommendationText => ({
    headline,
    ...(advice !== undefined && { advice }),
    reasons,
    ...(fit !== undefined && { fit }),
  });
  const { status, sizes, size } = recommendation;
  if (status === 'fits') return text(messages.fits(label(size!)));
  if (status === 'unknown') return text(messages.nothingEntered);
  if (status === 'outside') {
    if (recommendation.direction === 'below') return text(messages.below(label(sizes[0]!)));
    if (recommendation.direction === 'above') return text(messages.above(label(sizes[sizes.length - 1]!)));
    return text(messages.outside);
  }
  const [smallest, largest] = [sizes[0]!, sizes[sizes.length - 1]!];
  const headline =
    largest - smallest === 1
      ? messages.between({ smaller: label(smallest), larger: label(largest) })
      : messages.spread({ smallest: label(smallest), largest: label(largest) });
  let advice = messages.noAdvice;
  if (size !== undefined && recommendation.pickedBy === 'chart' && chart.betweenSizes) {
    advice = messages.chartAdvice({ rule: chart.betweenSizes, size: label(size) });
  } else if (size !== undefined && recommendation.pickedBy === 'reviews' && recommendation.fit) {
    advice = messages.reviewsAdvice({ fit: recommendation.fit.verdict, size: label(size) });
  }
  return text(headline, advice);
}

export interface StandardSizesText {
  /** `Standard sizes for a 26.5 cm foot, assuming shoes 15 mm longer than the foot:` */
  heading: string;
  /** `EU approx. 42`, `Mondopoint 265`: one per scale. */
  items: string[];
}

/** The standard scale(s) a shop's size system stands for. */
const SCALES_OF: Partial<Record<SizeSystem, readonly ShoeScale[]>> = {
  EU: ['EU'],
  UK: ['UK', 'UK-child'],
  US: ['US-men', 'US-women', 'US-child'],
};

/**
 * The standard sizes of a foot as a heading that states the toe allowance, and one item per
 * scale — leaving out the systems the shop labels its own sizes in (`shopSystems`): there the
 * shop's chart is the answer, and Candor does not put a second number beside it. `undefined`
 * when no scale is left.
 */
export function standardSizesText(
  standard: StandardShoeSizes,
  messages: SizeGuideMessages,
  { locale, units, shopSystems = [] }: Omit<TextOptions, 'system'> & { shopSystems?: readonly SizeSystem[] },
): StandardSizesText | undefined {
  const shown = new Set<ShoeScale>(shopSystems.flatMap((system) => SCALES_OF[system] ?? []));
  const estimates = standard.sizes.filter((estimate) => !shown.has(estimate.scale));
  if (estimates.length === 0) return undefined;
  const foot = formatMeasure(locale, 'footLength', standard.footLength, units);
  const allowance =
    units === 'metric'
      ? formatNumber(locale, standard.allowance, { style: 'unit', unit: 'millimeter', maximumFractionDigits: 1 })
      : formatNumber(locale, roundTo(standard.allowance / MM_PER_INCH, 0.1), { style: 'unit', unit: 'inch', maximumFractionDigits: 1 });
  return {
    heading: messages.standardSizes({ foot, allowance }),
    items: estimates.map((estimate) => {
      const size = formatNumber(locale, estimate.size, { maximumFractionDigits: 1, useGrouping: false });
      return `${messages.scale(estimate.scale)} ${estimate.approximate ? `${messages.approx} ${size}` : size}`;
    }),
  };
}
