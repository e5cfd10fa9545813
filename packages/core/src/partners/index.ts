export {
  PARTNER_GROUPS, PARTNER_BADGE_KINDS, PARTNER_BADGE_LAYOUTS, PARTNER_IDS, PAYMENT_PARTNERS, COURIER_PARTNERS,
  isPaymentPartnerId, isCourierPartnerId, knownPartner,
  type PartnerGroup, type PartnerBadgeKind, type PartnerBadgeLayout, type PartnerId, type PaymentMethodType,
} from './registry.js';
export {
  partnerBadges, selectPartners, partnerName, feeText, safeHttpUrl,
  type PartnerBadge, type PartnerBadgeQuery, type PartnerText, type PartnerArtwork, type PartnerConfig, type PartnerFee, type SelectedPartner,
} from './badges.js';
export { loadPartnerDescriptions, partnerDescriptionsFor, type PartnerDescriptions } from './descriptions.js';
export { acceptedPaymentMethodJsonLd, paymentAcceptedText, type PaymentMethodJsonLd } from './json-ld.js';
