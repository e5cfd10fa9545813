import { CandorReviews, ReviewHelpfulEvent } from './reviews/reviews.js';
import { defineElement } from './shared/define.js';

export { CandorReviews, ReviewHelpfulEvent };

defineElement('candor-reviews', CandorReviews);

declare global {
  interface HTMLElementTagNameMap {
    'candor-reviews': CandorReviews;
  }
}
