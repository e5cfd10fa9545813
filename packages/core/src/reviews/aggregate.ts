/** What every visible, spoken and structured rating of a set of reviews is computed from. */
export interface RatingSummary {
  /** Mean of all ratings, rounded half-up to one decimal — the one figure shown, read and published. */
  average: number;
  count: number;
  /** How many reviews gave each star, highest first: `distribution[0]` is 5 stars. */
  distribution: [number, number, number, number, number];
}

/**
 * Summarises whole-star ratings (1–5). Every rating counts: there is deliberately no way to
 * leave any out (EU UCPD Annex I 23c, US 16 CFR 465.7).
 * Returns `null` for no ratings, so "no reviews yet" is never shown as 0 stars.
 */
export function summarizeRatings(ratings: Iterable<number>): RatingSummary | null {
  const distribution: RatingSummary['distribution'] = [0, 0, 0, 0, 0];
  let sum = 0;
  let count = 0;
  for (const rating of ratings) {
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
      throw new RangeError(`A rating is a whole number from 1 to 5, not ${rating}`);
    }
    distribution[5 - rating]! += 1;
    sum += rating;
    count += 1;
  }
  if (count === 0) return null;
  // Integer arithmetic until the one division: a true mean of x.x5 stays exactly x.x5 here.
  return { average: Math.round((sum * 10) / count) / 10, count, distribution };
}

/** Rounds a rating given from outside (an attribute, an endpoint) half-up to one decimal. */
export function roundRating(value: number): number {
  return Math.round(value * 10) / 10;
}
