export { SUPPORTED_LOCALES, isLocale, resolveLocale, type Locale, type ResolvedLocale } from './locales.js';
export type { Messages, ContactDay, ReplyDuration } from './messages.js';
export { plural, pluralCategory, type PluralForms } from './plural.js';
export { loadMessages, messagesFor } from './catalogs.js';
