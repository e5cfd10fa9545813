/**
 * The format checks other code may use (e.g. before putting a URL into an `href`). They are
 * the copies inlined in the generated validator, so a bundle never holds two.
 */
import * as generated from './generated/validators.js';

type Test = (value: string) => boolean;

/** An ISO 3166-1 alpha-2 country code (upper case). */
export const isCountryCode: Test = generated.isCountryCode;
/** An ISO 4217 currency code in use (upper case). */
export const isCurrencyCode: Test = generated.isCurrencyCode;
/** A real calendar date, `YYYY-MM-DD`. */
export const isDate: Test = generated.isDate;
/** An absolute http(s) link without hidden characters or credentials: safe for `href`/`src`. */
export const isHttpUrl: Test = generated.isHttpUrl;
/** A well-formed BCP 47 language tag. */
export const isLanguageTag: Test = generated.isLanguageTag;
/** A 24-hour `HH:MM` from 00:00 to 23:59. */
export const isTime: Test = generated.isTime;
/** A closing time: `HH:MM` or `24:00`. */
export const isClosingTime: Test = generated.isClosingTime;
/** An IANA time zone name the platform knows. */
export const isTimeZone: Test = generated.isTimeZone;
