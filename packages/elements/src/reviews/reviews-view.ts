import { filterReviews, sortReviews, type Review, type ReviewQuery } from '@candor/core';

/** The reviews to show for a query, with where they stand. */
export interface ReviewsView {
  items: readonly Review[];
  /** Reviews matching the query over all pages. */
  total: number;
  hasMore: boolean;
}

/** The query without its paging: what makes a list different, not longer. */
export type ReviewListQuery = Omit<ReviewQuery, 'offset' | 'limit'>;

/**
 * The reviews a static file host or a server offers for a query, sorted and filtered the
 * same way whoever does it: by `@candor/core`. Serves as the local path for inline reviews too.
 */
export function localView(all: readonly Review[], query: ReviewListQuery, count: number): ReviewsView {
  const matching = sortReviews(filterReviews(all, query), query.sort);
  return { items: matching.slice(0, count), total: matching.length, hasMore: matching.length > count };
}
