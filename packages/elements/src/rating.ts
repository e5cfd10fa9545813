import { CandorRating } from './rating/rating.js';
import { defineElement } from './shared/define.js';

export { CandorRating };

defineElement('candor-rating', CandorRating);

declare global {
  interface HTMLElementTagNameMap {
    'candor-rating': CandorRating;
  }
}
