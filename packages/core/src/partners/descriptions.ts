/**
 * What each known partner means for a buyer, one module per locale, loaded on demand. They
 * are apart from the message catalogs because only `<candor-partner-badges>` needs them:
 * 34 sentences per language would otherwise ride along with every element's catalog
 * (0.8 to 1.1 KB gzip per locale), and with a shop's six partners most of them go unread.
 */
import type { Locale } from '../i18n/locales.js';
import { perLocale } from '../i18n/per-locale.js';
import type { PartnerId } from './registry.js';

export type PartnerDescriptions = Readonly<Record<PartnerId, string>>;

// Literal specifiers, so that bundlers emit one chunk per locale and a page fetches only its own.
const loaders: Record<Locale, () => Promise<{ default: PartnerDescriptions }>> = {
  en: () => import('./descriptions/en.js'),
  pl: () => import('./descriptions/pl.js'),
  sl: () => import('./descriptions/sl.js'),
  el: () => import('./descriptions/el.js'),
  de: () => import('./descriptions/de.js'),
};

const descriptions = perLocale(loaders);

/** The descriptions of `locale` when they are already here (a render needs no wait), else undefined. */
export function partnerDescriptionsFor(locale: Locale): PartnerDescriptions | undefined {
  return descriptions.get(locale);
}

/** The descriptions of `locale`, fetched once; a failed fetch rejects and is forgotten, so the next call tries again. */
export function loadPartnerDescriptions(locale: Locale): Promise<PartnerDescriptions> {
  return descriptions.load(locale);
}
