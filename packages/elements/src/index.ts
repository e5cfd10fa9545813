/**
 * @candor/elements — importing this module registers every Candor element.
 * Import `@candor/elements/<name>.js` instead to register only the ones a page uses.
 */
import './rating.js';
import './delivery-notice.js';
import './reviews.js';
import './size-guide.js';
import './partner-badges.js';
import './contact-hub.js';

export { CandorRating } from './rating/rating.js';
export { CandorDeliveryNotice, CarrierChangeEvent } from './delivery-notice/delivery-notice.js';
export { CandorReviews, ReviewHelpfulEvent } from './reviews/reviews.js';
export { CandorSizeGuide, SizeSelectedEvent, loadSizeGuideContent } from './size-guide/size-guide.js';
export { CandorPartnerBadges } from './partner-badges/partner-badges.js';
export { CandorContactHub, ChatOpenEvent, ContactEvent } from './contact-hub/contact-hub.js';
export { setPageConfig, PAGE_CONFIG_ID } from './shared/config-store.js';
