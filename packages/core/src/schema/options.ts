/**
 * The option lists of the merchant config. Each list feeds the JSON Schema's `enum`, the
 * derived TypeScript union and, later, the stories' controls — one list, three uses.
 */

/** Weekday keys, Monday first (ISO 8601 week). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Payment methods Candor knows by id: localized names and descriptions come from core. */
export const PAYMENT_PARTNER_IDS = [
  'visa', 'mastercard', 'maestro', 'amex',
  'blik', 'przelewy24', 'payu', 'tpay', 'paypo',
  'paypal', 'klarna', 'applepay', 'googlepay', 'revolut',
  'iris', 'vivawallet', 'flik', 'valu',
  'bank-transfer', 'cash-on-delivery',
] as const;
export type PaymentPartnerId = (typeof PAYMENT_PARTNER_IDS)[number];

/** Couriers Candor knows by id. */
export const COURIER_PARTNER_IDS = [
  'inpost', 'dpd', 'dhl', 'gls', 'ups', 'fedex',
  'poczta-polska', 'orlen-paczka', 'posta-slovenije',
  'acs', 'elta', 'speedex', 'geniki', 'boxnow',
] as const;
export type CourierPartnerId = (typeof COURIER_PARTNER_IDS)[number];

/** What kind of payment a custom partner is, so it can be grouped and described. */
export const PAYMENT_KINDS = ['card', 'wallet', 'bank-transfer', 'instant-transfer', 'pay-later', 'cash-on-delivery', 'other'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

/** How a custom courier hands the parcel over. */
export const COURIER_KINDS = ['home', 'parcel-locker', 'pickup-point', 'store-pickup', 'other'] as const;
export type CourierKind = (typeof COURIER_KINDS)[number];

/** Stock situations the delivery estimate understands. */
export const STOCK_MODES = ['in-stock', 'backorder', 'made-to-order'] as const;
export type StockMode = (typeof STOCK_MODES)[number];

/**
 * Body measurements a clothing chart can use, all in centimetres. The names follow the
 * control dimensions of EN 13402-1 and the body measurement definitions of ISO 8559-1
 * (e.g. "inside leg length" is `inseam`, "hip girth" is `hips`).
 */
export const MEASUREMENTS = [
  'height', 'head', 'neck', 'chest', 'bust', 'underbust', 'waist', 'hips',
  'thigh', 'inseam', 'armLength', 'hand',
] as const;
export type Measurement = (typeof MEASUREMENTS)[number];

/** Foot measurements of a shoe chart, in millimetres (ISO 9407 Mondopoint uses foot length and width). */
export const FOOT_MEASUREMENTS = ['footLength', 'footWidth'] as const;
export type FootMeasurement = (typeof FOOT_MEASUREMENTS)[number];

/** Size systems a shop can label its sizes in. The labels are the shop's own: Candor never invents conversions. */
export const SIZE_SYSTEMS = ['INT', 'EU', 'DE', 'FR', 'IT', 'ES', 'UK', 'US', 'JP', 'CN', 'AU', 'MX', 'BR'] as const;
export type SizeSystem = (typeof SIZE_SYSTEMS)[number];

/** Who a chart is cut for. */
export const SIZE_AUDIENCES = ['women', 'men', 'unisex', 'girls', 'boys', 'kids', 'baby'] as const;
export type SizeAudience = (typeof SIZE_AUDIENCES)[number];

/** Which way to go when a buyer falls between two sizes. */
export const BETWEEN_SIZES = ['smaller', 'larger'] as const;
export type BetweenSizes = (typeof BETWEEN_SIZES)[number];

/** How a review reached the shop (shown to buyers, required by EU UCPD art. 7(6)). */
export const REVIEW_SOURCES = ['invitation', 'on-site', 'imported', 'syndicated'] as const;
export type ReviewSource = (typeof REVIEW_SOURCES)[number];

/** How a shop checks that reviewers bought the product. */
export const REVIEW_VERIFICATION = ['all-verified', 'some-verified', 'not-verified'] as const;
export type ReviewVerification = (typeof REVIEW_VERIFICATION)[number];

/** What a reviewer said about the fit. */
export const FIT_FEEDBACK = ['runs-small', 'true-to-size', 'runs-large'] as const;
export type FitFeedback = (typeof FIT_FEEDBACK)[number];

/** Review orders a buyer can choose. None of them leaves a review out. */
export const REVIEW_SORTS = ['newest', 'oldest', 'highest', 'lowest', 'helpful'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

/** How reviewer names are shown: first name and initial protects reviewers' privacy. */
export const AUTHOR_NAME_STYLES = ['first-name-initial', 'as-written'] as const;
export type AuthorNameStyle = (typeof AUTHOR_NAME_STYLES)[number];

/** Whether a translation was made by a person or a machine (buyers are told). */
export const TRANSLATION_KINDS = ['human', 'machine'] as const;
export type TranslationKind = (typeof TRANSLATION_KINDS)[number];

/** Ways a buyer can reach the shop. */
export const CONTACT_CHANNEL_TYPES = [
  'chat', 'phone', 'email', 'whatsapp', 'messenger', 'viber', 'telegram', 'instagram', 'sms', 'form', 'store',
] as const;
export type ContactChannelType = (typeof CONTACT_CHANNEL_TYPES)[number];

/** Where a channel appears: in the inline hub, in the floating launcher, or both. */
export const CHANNEL_PLACEMENTS = ['inline', 'floating', 'both'] as const;
export type ChannelPlacement = (typeof CHANNEL_PLACEMENTS)[number];

/** Which side of the screen the floating launcher sits on (logical: follows the text direction). */
export const LAUNCHER_SIDES = ['end', 'start'] as const;
export type LauncherSide = (typeof LAUNCHER_SIDES)[number];

/** Chat providers Candor can hand over to after the buyer asks for chat. */
export const CHAT_PROVIDERS = ['tidio', 'zendesk', 'crisp', 'livechat', 'intercom', 'custom'] as const;
export type ChatProvider = (typeof CHAT_PROVIDERS)[number];

/** The sections of `candor.json`, in the order the schema lists them. */
export const SECTION_NAMES = ['shop', 'sizeGuide', 'partners', 'delivery', 'reviews', 'contact'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];
