/**
 * The partners Candor knows by id: the payment methods and couriers of `PAYMENT_PARTNER_IDS`
 * and `COURIER_PARTNER_IDS` (options.ts, which also feed the schema's enums). Brand names are
 * proper nouns, written as the brands write them; the few that change with the language (the
 * generic methods, Greek spellings) come from the message catalogs' `partners.name`.
 * What each one means for a buyer is in `./descriptions/<locale>.ts`, loaded on demand.
 *
 * No artwork here, by design: see ARTWORK.md beside this file.
 */
import {
  COURIER_PARTNER_IDS, PAYMENT_PARTNER_IDS,
  type CourierKind, type CourierPartnerId, type PaymentKind, type PaymentPartnerId,
} from '../schema/options.js';

/** Which list of `partners` an entry is in. */
export const PARTNER_GROUPS = ['payment', 'courier'] as const;
export type PartnerGroup = (typeof PARTNER_GROUPS)[number];

/** Which groups an element shows. */
export const PARTNER_BADGE_KINDS = ['payment', 'courier', 'all'] as const;
export type PartnerBadgeKind = (typeof PARTNER_BADGE_KINDS)[number];

/** How the badges are laid out: a wrapping row, an even grid, or a list with descriptions. */
export const PARTNER_BADGE_LAYOUTS = ['row', 'grid', 'list'] as const;
export type PartnerBadgeLayout = (typeof PARTNER_BADGE_LAYOUTS)[number];

export type PartnerId = PaymentPartnerId | CourierPartnerId;

/**
 * schema.org's generic payment method types (https://schema.org/PaymentMethodType); card
 * brands are `PaymentCard`s instead, named.
 */
export type PaymentMethodType =
  | 'ByBankTransferInAdvance' | 'ByInvoice' | 'COD' | 'Cash' | 'CheckInAdvance' | 'DirectDebit' | 'InStorePrepay' | 'PhoneCarrierPayment';

interface PaymentEntry {
  readonly name: string;
  readonly kind: PaymentKind;
  /** For JSON-LD: the schema.org type that fits, when one does. */
  readonly methodType?: PaymentMethodType;
}

interface CourierEntry {
  readonly name: string;
  readonly kind: CourierKind;
}

export const PAYMENT_PARTNERS = {
  visa: { name: 'Visa', kind: 'card' },
  mastercard: { name: 'Mastercard', kind: 'card' },
  maestro: { name: 'Maestro', kind: 'card' },
  amex: { name: 'American Express', kind: 'card' },
  blik: { name: 'BLIK', kind: 'instant-transfer' },
  przelewy24: { name: 'Przelewy24', kind: 'instant-transfer' },
  payu: { name: 'PayU', kind: 'instant-transfer' },
  tpay: { name: 'Tpay', kind: 'instant-transfer' },
  paypo: { name: 'PayPo', kind: 'pay-later', methodType: 'ByInvoice' },
  paypal: { name: 'PayPal', kind: 'wallet' },
  klarna: { name: 'Klarna', kind: 'pay-later', methodType: 'ByInvoice' },
  applepay: { name: 'Apple Pay', kind: 'wallet' },
  googlepay: { name: 'Google Pay', kind: 'wallet' },
  revolut: { name: 'Revolut Pay', kind: 'wallet' },
  iris: { name: 'IRIS', kind: 'instant-transfer' },
  vivawallet: { name: 'Viva Wallet', kind: 'card' },
  flik: { name: 'Flik', kind: 'instant-transfer' },
  valu: { name: 'Valú', kind: 'wallet', methodType: 'PhoneCarrierPayment' },
  'bank-transfer': { name: 'Bank transfer', kind: 'bank-transfer', methodType: 'ByBankTransferInAdvance' },
  'cash-on-delivery': { name: 'Cash on delivery', kind: 'cash-on-delivery', methodType: 'COD' },
} as const satisfies Record<PaymentPartnerId, PaymentEntry>;

export const COURIER_PARTNERS = {
  inpost: { name: 'InPost', kind: 'parcel-locker' },
  dpd: { name: 'DPD', kind: 'home' },
  dhl: { name: 'DHL', kind: 'home' },
  gls: { name: 'GLS', kind: 'home' },
  ups: { name: 'UPS', kind: 'home' },
  fedex: { name: 'FedEx', kind: 'home' },
  'poczta-polska': { name: 'Poczta Polska', kind: 'home' },
  'orlen-paczka': { name: 'ORLEN Paczka', kind: 'pickup-point' },
  'posta-slovenije': { name: 'Pošta Slovenije', kind: 'home' },
  acs: { name: 'ACS Courier', kind: 'home' },
  elta: { name: 'ELTA Courier', kind: 'home' },
  speedex: { name: 'SPEEDEX', kind: 'home' },
  geniki: { name: 'Geniki Taxydromiki', kind: 'home' },
  boxnow: { name: 'BOX NOW', kind: 'parcel-locker' },
} as const satisfies Record<CourierPartnerId, CourierEntry>;

/** Every known id, payment methods first, in the order of options.ts. */
export const PARTNER_IDS: readonly PartnerId[] = [...PAYMENT_PARTNER_IDS, ...COURIER_PARTNER_IDS];

export function isPaymentPartnerId(id: unknown): id is PaymentPartnerId {
  return typeof id === 'string' && Object.hasOwn(PAYMENT_PARTNERS, id);
}

export function isCourierPartnerId(id: unknown): id is CourierPartnerId {
  return typeof id === 'string' && Object.hasOwn(COURIER_PARTNERS, id);
}

/** A known partner's entry: its brand name (as written in English) and kind. */
export function knownPartner(group: PartnerGroup, id: string): PaymentEntry | CourierEntry | undefined {
  if (group === 'payment') return isPaymentPartnerId(id) ? PAYMENT_PARTNERS[id] : undefined;
  return isCourierPartnerId(id) ? COURIER_PARTNERS[id] : undefined;
}
