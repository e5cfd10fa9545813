/**
 * The string formats of candor.json, checked for real. They run in browsers inside the
 * generated validator, so each is a few lines over the platform (`Intl`, `URL`) or a
 * compact code list.
 *
 * This module must stay self-contained (no imports): the build inlines it into
 * `generated/validators.js`.
 */

/**
 * ISO 3166-1 alpha-2: the 249 officially assigned codes (ISO 3166 Maintenance Agency,
 * Online Browsing Platform), plus XK, the user-assigned code the European Commission and
 * others use for Kosovo.
 */
const COUNTRY_CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
  'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
  'UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW';

/**
 * ISO 4217 List One (as amended to 2026): the currencies in use that a shop can price in.
 * Left out: fund codes (BOV, CHE, …), precious metals and bond units (XAU, XBA, …), XDR,
 * XSU, the test and "no currency" codes (XTS, XXX), and codes withdrawn since — HRK
 * (Croatia, EUR from 2023), BGN (Bulgaria, EUR from 2026), ANG (now XCG), SLL (now SLE),
 * ZWL (now ZWG), CUC.
 */
const CURRENCY_CODES =
  'AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP ' +
  'CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ' +
  'ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT ' +
  'MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD ' +
  'SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VED VES ' +
  'VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG';

/** Whether `code` is one of the space-separated, fixed-width codes of `list`. */
function listed(list: string, code: string, width: number): boolean {
  if (code.length !== width || !/^[A-Z]+$/.test(code)) return false;
  const at = list.indexOf(code);
  return at >= 0 && at % (width + 1) === 0;
}

export function isCountryCode(value: string): boolean {
  return listed(COUNTRY_CODES, value, 2);
}

export function isCurrencyCode(value: string): boolean {
  return listed(CURRENCY_CODES, value, 3);
}

// Asking `Intl` is slow to repeat (a time zone check builds a formatter: ~0.1 ms), and configs
// repeat the same few locales and zones, so answers are remembered (a bounded number).
const locales = new Map<string, boolean>();
const timeZones = new Map<string, boolean>();

/** `ask()`'s answer for `value`, from `cache` when known; a RangeError counts as false. */
function remembered(cache: Map<string, boolean>, value: string, ask: () => boolean): boolean {
  let answer = cache.get(value);
  if (answer === undefined) {
    try {
      answer = ask();
    } catch {
      answer = false;
    }
    if (cache.size >= 256) cache.clear();
    cache.set(value, answer);
  }
  return answer;
}

/** A transit table key: a country code or "default". */
export function isCountryOrDefault(value: string): boolean {
  return value === 'default' || isCountryCode(value);
}

/**
 * A well-formed BCP 47 language tag (RFC 5646), as `Intl` understands it, whose language is
 * a 2–3 letter ISO 639 code: the longer language subtags RFC 5646 allows are unused, and
 * accepting them would let "polish" pass.
 */
export function isLanguageTag(value: string): boolean {
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(value) && remembered(locales, value, () => Intl.getCanonicalLocales(value).length === 1);
}

let canonicalTimeZones: ReadonlySet<string> | undefined;

/**
 * An IANA time zone name the platform knows (offsets such as "+01:00" are not zone names): one
 * a formatter accepts. Most configs name a canonical zone, found in `Intl.supportedValuesOf`
 * without building a formatter, whose first construction with a time zone loads the zone data
 * (~20 ms in Chromium, a cost a page without a delivery notice or contact hub never needs).
 * Aliases ("Europe/Kiev"), other casings and "UTC" take the formatter's word.
 */
export function isTimeZone(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(value) && remembered(timeZones, value, () => {
    canonicalTimeZones ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
    if (canonicalTimeZones.has(value)) return true;
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  });
}

/** A 24-hour `HH:MM` from 00:00 to 23:59. */
export function isTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** A closing time: `HH:MM`, or `24:00` for the midnight that ends the day. */
export function isClosingTime(value: string): boolean {
  return value === '24:00' || isTime(value);
}

/** A real calendar date `YYYY-MM-DD` (proleptic Gregorian, ISO 8601 calendar date). */
export function isDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const length = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= length;
}

/**
 * Characters a link never needs and attacks use to hide a scheme (`java\tscript:`) or to
 * spoof what is shown: controls, whitespace, invisible and bidirectional formatting marks,
 * and the backslash (browsers read `https:\\evil.example` as `https://evil.example`).
 */
const HIDDEN_CHARACTERS = /[\u0000-\u0020\u007f-\u00a0\u00ad\u061c\u115f\u1160\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufeff\\]/;

/**
 * An absolute http or https link and nothing else: no `javascript:`, `data:` or `vbscript:`,
 * however it is cased, spaced or encoded, no protocol-relative `//host`, and no
 * `user:password@` part (a classic way to make `https://shop.example@evil.example` look like the shop).
 */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/[^/?#]/i.test(value) || HIDDEN_CHARACTERS.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** A path on the shop's own site, such as `/checkout` (used to hide the contact launcher). */
export function isPagePath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !HIDDEN_CHARACTERS.test(value);
}

/** A link to fetch data from: absolute http(s), or a path on the shop's own site ("/reviews/p1.json"). */
export function isHttpUrlOrPath(value: string): boolean {
  return isHttpUrl(value) || isPagePath(value);
}

/** An e-mail address in the dot-atom form of RFC 5322 §3.4.1, with a domain that has a dot. */
export function isEmail(value: string): boolean {
  return /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[\p{L}\p{N}]([\p{L}\p{N}-]*[\p{L}\p{N}])?(\.[\p{L}\p{N}]([\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u.test(value)
    && value.length <= 254;
}

/**
 * An international phone number: "+", a country code and 7 to 15 digits in all (ITU-T
 * E.164), with single spaces or hyphens allowed between digits for readability.
 */
export function isPhone(value: string): boolean {
  return /^\+[1-9]([ -]?\d){6,14}$/.test(value);
}

/** A messenger user name (Messenger page, Telegram, Instagram): letters, digits, ".", "_", "-". */
export function isHandle(value: string): boolean {
  return /^@?[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(value);
}

/** A short id: lower-case letters and digits, joined by single hyphens. */
export function isSlug(value: string): boolean {
  return value.length <= 64 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value);
}

/** Every format the schema names, by name; the build hands these to ajv. */
export const FORMAT_CHECKS = {
  'country-code': isCountryCode,
  'country-or-default': isCountryOrDefault,
  'currency-code': isCurrencyCode,
  locale: isLanguageTag,
  'time-zone': isTimeZone,
  'hh-mm': isTime,
  'hh-mm-end': isClosingTime,
  date: isDate,
  'http-url': isHttpUrl,
  'page-path': isPagePath,
  'http-url-or-path': isHttpUrlOrPath,
  email: isEmail,
  phone: isPhone,
  handle: isHandle,
  slug: isSlug,
} as const;

export type FormatName = keyof typeof FORMAT_CHECKS;
