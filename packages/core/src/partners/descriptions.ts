/**
 * What each known partner means for a buyer, one module per locale, loaded on demand. They
 * are apart from the message catalogs because only `<candor-partner-badges>` needs them:
 * 34 sentences per language would otherwise ride along with every element's catalog
 * (0.8 to 1.1 KB gzip per locale), and with a shop's six partners most of them go unread.
 */
import type { Locale } from '../i18n/locales.js';
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

const loaded = new Map<Locale, PartnerDescriptions>();
const pending = new Map<Locale, Promise<PartnerDescriptions>>();

/** The descriptions of `locale` when they are already here (a render needs no wait), else undefined. */
export function partnerDescriptionsFor(locale: Locale): PartnerDescriptions | undefined {
  return loaded.get(locale);
}

/** The descriptions of `locale`, fetched once; a failed fetch rejects and is forgotten, so the next call tries again. */
export function loadPartnerDescriptions(locale: Locale): Promise<PartnerDescriptions> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  let loading = pending.get(locale);
  if (!loading) {
    loading = loaders[locale]()
      .then((module) => {
        loaded.set(locale, module.default);
        return module.default;
      })
      .finally(() => pending.delete(locale));
    pending.set(locale, loading);
  }
  return loading;
}
