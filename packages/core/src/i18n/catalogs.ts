import en from './locales/en.js';
import type { Locale } from './locales.js';
import type { Messages } from './messages.js';
import { perLocale } from './per-locale.js';

// Literal specifiers, so that bundlers emit one chunk per locale and a page fetches only its own.
const loaders: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: async () => ({ default: en }),
  pl: () => import('./locales/pl.js'),
  sl: () => import('./locales/sl.js'),
  el: () => import('./locales/el.js'),
  de: () => import('./locales/de.js'),
};

const catalogs = perLocale(loaders, { en });

/** A catalog that is already here, for a first render without a flash of English; `en` always is. */
export function messagesFor(locale: Locale): Messages | undefined {
  return catalogs.get(locale);
}

/**
 * The catalog of `locale`, fetched once and shared by every element. A failed fetch rejects
 * and is forgotten, so the next call tries again.
 */
export function loadMessages(locale: Locale): Promise<Messages> {
  return catalogs.load(locale);
}
