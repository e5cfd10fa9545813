/**
 * schema.org `Product` with `aggregateRating` and `review`, following Google's review-snippet
 * guidelines (developers.google.com/search/docs/appearance/structured-data/review-snippet):
 * reviews of one specific product, never a rating of the shop itself, values equal to what
 * the page shows, and no reviews syndicated from other sites.
 */
import type { Review } from '../schema/types.js';
import type { AuthorNameStyle } from '../schema/options.js';
import { summarizeReviews } from './summary.js';
import { sortReviews } from './query.js';
import { displayAuthor } from './names.js';

export interface ReviewsJsonLdOptions {
  /** The product id the reviews carry in `review.product`. */
  product: string;
  /** The product's name, as the page shows it. */
  name: string;
  url?: string;
  image?: string;
  /** How many reviews are listed, newest first. Default 10. */
  limit?: number;
  /** How reviewers' names are shown on the page (default first name and initial), so the data says the same. */
  authorNames?: AuthorNameStyle;
}

const stars = (ratingValue: number) => ({ '@type': 'Rating', ratingValue, bestRating: 5, worstRating: 1 }) as const;

export interface ReviewJsonLd {
  '@type': 'Review';
  author: { '@type': 'Person'; name: string };
  datePublished: string;
  name?: string;
  reviewBody?: string;
  reviewRating: ReturnType<typeof stars>;
}

export interface ProductReviewsJsonLd {
  '@context': 'https://schema.org';
  '@type': 'Product';
  name: string;
  url?: string;
  image?: string;
  aggregateRating?: { '@type': 'AggregateRating'; ratingValue: number; reviewCount: number; bestRating: 5; worstRating: 1 };
  review?: ReviewJsonLd[];
}

export const DEFAULT_JSON_LD_REVIEWS = 10;

/**
 * The structured data for `options.product`, or `null` when it has no reviews to publish.
 *
 * Only reviews whose `product` is exactly `options.product` count: a review without a product
 * may be about the shop, and Google ignores ratings of the shop itself.
 *
 * `aggregateRating.ratingValue` is `summarizeRatings`' rounded average, the figure the page shows
 * and reads out. Syndicated reviews are never listed in `review`. Because the page's summary
 * counts every review, syndicated ones included, a product with any syndicated review gets no
 * `aggregateRating` at all: publishing a figure without them would differ from the visible one,
 * and one with them would rest on syndicated reviews.
 */
export function reviewsJsonLd(items: readonly Review[], options: ReviewsJsonLdOptions): ProductReviewsJsonLd | null {
  const ofProduct = items.filter((review) => review.product === options.product);
  const own = ofProduct.filter((review) => review.source !== 'syndicated');
  const rating = own.length === ofProduct.length ? summarizeReviews(ofProduct).rating : null;
  const limit = Number.isFinite(options.limit) ? Math.max(0, Math.floor(options.limit!)) : DEFAULT_JSON_LD_REVIEWS;
  const listed = sortReviews(own, 'newest').slice(0, limit);
  if (rating === null && listed.length === 0) return null;
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: options.name,
    ...(options.url !== undefined && { url: options.url }),
    ...(options.image !== undefined && { image: options.image }),
    ...(rating !== null && {
      aggregateRating: { '@type': 'AggregateRating', ratingValue: rating.average, reviewCount: rating.count, bestRating: 5, worstRating: 1 },
    }),
    ...(listed.length > 0 && { review: listed.map((review) => reviewJsonLd(review, options.authorNames)) }),
  };
}

function reviewJsonLd(review: Review, authorNames: AuthorNameStyle | undefined): ReviewJsonLd {
  return {
    '@type': 'Review',
    author: { '@type': 'Person', name: displayAuthor(review.author, authorNames) },
    datePublished: review.date,
    ...(review.title !== undefined && { name: review.title }),
    ...(review.body !== undefined && { reviewBody: review.body }),
    reviewRating: stars(review.rating),
  };
}

/**
 * The text of a `<script type="application/ld+json">`: JSON with `<` escaped, so a review
 * containing "</script>" cannot end the script element early.
 */
export function jsonLdScriptText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
