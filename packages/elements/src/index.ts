/**
 * @candor/elements — importing this module registers every Candor element.
 * Import `@candor/elements/<name>.js` instead to register only the ones a page uses.
 */
import './rating.js';

export { CandorRating } from './rating/rating.js';
export { setPageConfig, PAGE_CONFIG_ID } from './shared/config-store.js';
