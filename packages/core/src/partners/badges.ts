/**
 * What `<candor-partner-badges>` shows, worked out without a DOM: which partners apply to a
 * buyer's country and product, their names and descriptions in the page's language, their
 * fees as text, and only the links and artwork addresses that are safe to use.
 */
import type { Messages } from '../i18n/messages.js';
import { formatCurrency, formatNumber } from '../format/number.js';
import type { CourierPartner, PartnersConfig, PaymentPartner } from '../schema/types.js';
import type { PartnerDescriptions } from './descriptions.js';
import { knownPartner, type PartnerBadgeKind, type PartnerGroup, type PartnerId } from './registry.js';

export type PartnerConfig = PaymentPartner | CourierPartner;
export type PartnerFee = NonNullable<PartnerConfig['fee']>;

/** Which partners to show: a group (or both), for a buyer's country, for a product. */
export interface PartnerBadgeQuery {
  /** `payment`, `courier` or `all` (the default). */
  kind?: PartnerBadgeKind | undefined;
  /** The buyer's country (ISO 3166-1 alpha-2): partners limited to other countries are left out. Missing, null or blank: no filter. */
  destination?: string | null | undefined;
  /** A product id, SKU or handle: partners limited to other products are left out. Missing, null or blank: no filter. */
  product?: string | null | undefined;
}

/** One partner as the config lists it, with its group and its place in that list. */
export interface SelectedPartner {
  group: PartnerGroup;
  partner: PartnerConfig;
  /** Its index in `payment` or `couriers`, for a JSON pointer in messages. */
  index: number;
}

/** What the page's language says about partners, and the money it counts in. */
export interface PartnerText {
  /** The full `Intl` tag of the page (`pl-PL`), for numbers and currencies. */
  locale: string;
  messages: Messages['partners'];
  /** What each known id means; without them, only the merchant's own descriptions show. */
  descriptions?: PartnerDescriptions | undefined;
  /** `shop.currency`: a fee in no currency of its own is in this one. */
  currency?: string | undefined;
}

export interface PartnerArtwork {
  src: string;
  width: number;
  height: number;
}

/** One badge, ready to render: every string is plain text. */
export interface PartnerBadge {
  group: PartnerGroup;
  /** The known id, when the partner is one. */
  id?: PartnerId | undefined;
  name: string;
  description?: string | undefined;
  /** The fee as a sentence (`Fee: 5,00 zł`), when the config gives one. */
  fee?: string | undefined;
  /** The partner's terms, only with an http(s) address. */
  url?: string | undefined;
  /** The merchant's artwork, only with an http(s) address and a real size. */
  artwork?: PartnerArtwork | undefined;
}

const SAFE_SCHEME = /^https?:$/;

/** `value` when it is an absolute http(s) URL, else undefined: nothing else becomes a link or an image. */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    return SAFE_SCHEME.test(new URL(value).protocol) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a partner limited to `list` applies to `value`; no list, or no value (also `null`, as a removed attribute reads), means yes. */
const applies = (list: readonly string[] | undefined, value: unknown, normalise = (text: string) => text) =>
  list === undefined || typeof value !== 'string' || value.trim() === '' || list.some((each) => normalise(each) === normalise(value.trim()));

/**
 * The partners to show, in the config's order, payment methods first. A partner with
 * `destinations` shows only for those countries, and one with `products` only for those
 * products — when the query names a country or a product; without one, every partner shows
 * (a footer lists all of the shop's partners).
 */
export function selectPartners(section: PartnersConfig, query: PartnerBadgeQuery = {}): SelectedPartner[] {
  const kind = query.kind ?? 'all';
  const lists: [PartnerGroup, readonly PartnerConfig[] | undefined][] = [
    ['payment', kind === 'courier' ? undefined : section.payment],
    ['courier', kind === 'payment' ? undefined : section.couriers],
  ];
  return lists.flatMap(([group, partners]) =>
    (partners ?? [])
      .map((partner, index) => ({ group, partner, index }))
      .filter(({ partner }) =>
        applies(partner.destinations, query.destination, (code) => code.toUpperCase()) && applies(partner.products, query.product),
      ),
  );
}

/** The name buyers see: the merchant's, else the catalog's for a known id (generic methods, local spellings), else the brand. */
export function partnerName(group: PartnerGroup, partner: PartnerConfig, messages?: Messages['partners']): string {
  if (partner.name !== undefined) return partner.name;
  const id = partner.id as PartnerId | undefined;
  const known = id === undefined ? undefined : knownPartner(group, id);
  return (id && messages?.name(id)) ?? known?.name ?? id ?? '';
}

function money(locale: string, amount: number, currency: string | undefined): string {
  if (currency) {
    try {
      return formatCurrency(locale, amount, currency);
    } catch {
      // A code Intl refuses: the number and the code as written, never nothing.
      return `${formatNumber(locale, amount, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
    }
  }
  return formatNumber(locale, amount, { maximumFractionDigits: 2 });
}

/**
 * A fee as the buyer reads it: the amount in its currency (the fee's own, else the shop's)
 * and the percentage of the order, through `Intl`; a fee of zero says it is free. Any amount
 * above zero is shown as an amount, however small, never as "free".
 */
export function feeText(fee: PartnerFee, group: PartnerGroup, text: Omit<PartnerText, 'descriptions'>): string {
  const amount = fee.amount !== undefined && fee.amount > 0 ? money(text.locale, fee.amount, fee.currency ?? text.currency) : undefined;
  const percent = fee.percent !== undefined && fee.percent > 0
    ? formatNumber(text.locale, fee.percent / 100, { style: 'percent', maximumFractionDigits: 2 })
    : undefined;
  if (amount === undefined && percent === undefined) return text.messages.free(group);
  return text.messages.fee({ group, amount, percent });
}

/** Badges for the partners `query` selects, in the language of `text`. */
export function partnerBadges(section: PartnersConfig, query: PartnerBadgeQuery, text: PartnerText): PartnerBadge[] {
  return selectPartners(section, query).map(({ group, partner }) => {
    const id = partner.id as PartnerId | undefined;
    const src = safeHttpUrl(partner.artwork?.src);
    const { width, height } = partner.artwork ?? {};
    const sized = Number.isInteger(width) && Number.isInteger(height) && width! > 0 && height! > 0;
    return {
      group,
      id,
      name: partnerName(group, partner, text.messages),
      description: partner.description ?? (id ? text.descriptions?.[id] : undefined),
      fee: partner.fee ? feeText(partner.fee, group, text) : undefined,
      url: safeHttpUrl(partner.url),
      artwork: src && sized ? { src, width: width!, height: height! } : undefined,
    };
  });
}
