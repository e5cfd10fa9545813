import { CandorPartnerBadges } from './partner-badges/partner-badges.js';
import { defineElement } from './shared/define.js';

export { CandorPartnerBadges };

defineElement('candor-partner-badges', CandorPartnerBadges);

declare global {
  interface HTMLElementTagNameMap {
    'candor-partner-badges': CandorPartnerBadges;
  }
}
