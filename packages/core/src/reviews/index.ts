export { summarizeRatings, roundRating, type RatingSummary } from './aggregate.js';
export {
  queryReviews, filterReviews, sortReviews, reviewMatcher, prepareReviewSearch, pageBounds, foldSearchText, searchWords, primaryLanguage,
  DEFAULT_REVIEW_LIMIT, MAX_REVIEW_LIMIT,
  type ReviewFilter, type ReviewQuery, type ReviewPage,
} from './query.js';
export { summarizeReviews, MIN_FIT_ANSWERS, type ReviewsSummary, type FitSummary, type FitVerdict } from './summary.js';
export { displayAuthor } from './names.js';
export {
  reviewsJsonLd, jsonLdScriptText, DEFAULT_JSON_LD_REVIEWS,
  type ReviewsJsonLdOptions, type ProductReviewsJsonLd, type ReviewJsonLd,
} from './json-ld.js';
export {
  reviewsRequestUrl, parseReviewsQuery, canonicalReviewQuery, answerReviewsRequest, parseReviewsPage,
  staticReviewsFiles, staticReviewsFileName, DEFAULT_STATIC_PAGE_SIZE,
  type ReviewsPageResponse, type ReviewsPageResult,
} from './remote.js';
