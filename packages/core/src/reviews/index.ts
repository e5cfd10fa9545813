export { summarizeRatings, roundRating, type RatingSummary } from './aggregate.js';
