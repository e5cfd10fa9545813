/**
 * What the summary above a review list shows, computed from every review of the product: the
 * rating (summarizeRatings: one rounding everywhere), the fit buyers reported, and counts that
 * equal what the matching filters find.
 */
import type { Review } from '../schema/types.js';
import { summarizeRatings, type RatingSummary } from './aggregate.js';
import { primaryLanguage } from './query.js';

export type FitVerdict = 'runs-small' | 'true-to-size' | 'runs-large';

export interface FitSummary {
  runsSmall: number;
  trueToSize: number;
  runsLarge: number;
  /** Reviews that said anything about the fit. */
  count: number;
  /**
   * The answer given more often than each of the other two; `null` under 3 answers, or when
   * the two most common answers tie (buyers disagree, and a verdict would pick a side).
   */
  verdict: FitVerdict | null;
}

export interface ReviewsSummary {
  /** Over all reviews (of the product); `null` when there are none. */
  rating: RatingSummary | null;
  /** `null` when no review said anything about the fit. */
  fit: FitSummary | null;
  /** Reviews of confirmed purchases. */
  verified: number;
  /** Reviews with at least one photo. */
  withPhotos: number;
  /** Primary languages present (`'pl'`), most reviews first, then alphabetically. */
  languages: string[];
}

/** Fewer fit answers than this give no verdict: one or two buyers are not a pattern. */
export const MIN_FIT_ANSWERS = 3;

function fitVerdict(runsSmall: number, trueToSize: number, runsLarge: number): FitVerdict | null {
  if (runsSmall + trueToSize + runsLarge < MIN_FIT_ANSWERS) return null;
  if (trueToSize > runsSmall && trueToSize > runsLarge) return 'true-to-size';
  if (runsSmall > trueToSize && runsSmall > runsLarge) return 'runs-small';
  if (runsLarge > trueToSize && runsLarge > runsSmall) return 'runs-large';
  return null;
}

/** Summarises `items`, or only those of `product` when it is given. */
export function summarizeReviews(items: readonly Review[], product?: string): ReviewsSummary {
  const reviews = product === undefined ? items : items.filter((review) => review.product === product);
  let runsSmall = 0;
  let trueToSize = 0;
  let runsLarge = 0;
  let verified = 0;
  let withPhotos = 0;
  // Counted by locale first: a shop has a handful of locales, and 'pl' and 'pl-PL' merge below.
  const locales = new Map<string, number>();
  for (const review of reviews) {
    if (review.fit === 'runs-small') runsSmall += 1;
    else if (review.fit === 'true-to-size') trueToSize += 1;
    else if (review.fit === 'runs-large') runsLarge += 1;
    if (review.verified === true) verified += 1;
    if ((review.photos?.length ?? 0) > 0) withPhotos += 1;
    if (review.locale !== undefined) locales.set(review.locale, (locales.get(review.locale) ?? 0) + 1);
  }
  const languages = new Map<string, number>();
  for (const [locale, count] of locales) {
    const language = primaryLanguage(locale);
    languages.set(language, (languages.get(language) ?? 0) + count);
  }
  const fitCount = runsSmall + trueToSize + runsLarge;
  return {
    rating: summarizeRatings(reviews.map((review) => review.rating)),
    fit: fitCount === 0 ? null : { runsSmall, trueToSize, runsLarge, count: fitCount, verdict: fitVerdict(runsSmall, trueToSize, runsLarge) },
    verified,
    withPhotos,
    languages: [...languages].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0)).map(([language]) => language),
  };
}
