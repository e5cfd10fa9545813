/**
 * Turns what the checks found into sentences a merchant understands, with a suggestion
 * where one is likely right. Values are quoted with control and invisible characters
 * escaped, so a message is always safe to print in a terminal or show as text.
 */
import type { Issue, JsonType } from './checks.js';
import type { ConfigError } from './rules.js';
import { isCountryCode, isCurrencyCode, isDate, isHttpUrl, isTime } from './generated/validators.js';
import { closest } from './suggest.js';
import { quote } from './quote.js';

export { quote };


/** Lists values as `"a", "b" or "c"`, or the first few and how many there are. */
function listOr(values: readonly unknown[], word = 'or'): string {
  const shown = values.map((value) => (typeof value === 'string' ? quote(value) : String(value)));
  if (shown.length <= 2) return shown.join(` ${word} `);
  if (shown.length <= 8) return `${shown.slice(0, -1).join(', ')} ${word} ${shown.at(-1)}`;
  return `${shown.slice(0, 5).join(', ')}, … (${shown.length} in all)`;
}

const didYouMean = (suggestion: string | undefined) => (suggestion === undefined ? '' : ` — did you mean ${quote(suggestion)}?`);

const TYPE_NAMES: Record<JsonType, string> = {
  string: 'text in quotes',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
  null: 'null',
};

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : String(value);
  if (typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return 'no value';
}

// ─────────────────────────────── formats ───────────────────────────────

/** Codes people often write for a country instead of its ISO 3166-1 code. */
const COUNTRY_ALIASES: Record<string, string> = { UK: 'GB', EL: 'GR' };
/** Symbols and withdrawn ISO 4217 codes, with what replaced them. */
const CURRENCY_ALIASES: Record<string, string> = {
  '€': 'EUR', '$': 'USD', '£': 'GBP', 'ZŁ': 'PLN', 'KČ': 'CZK', 'FT': 'HUF', 'LEI': 'RON',
  HRK: 'EUR', BGN: 'EUR', SLL: 'SLE', ZWL: 'ZWG', ANG: 'XCG', CUC: 'CUP',
};

function countryHint(value: string): string | undefined {
  const upper = value.toUpperCase();
  if (COUNTRY_ALIASES[upper]) return COUNTRY_ALIASES[upper];
  return upper !== value && isCountryCode(upper) ? upper : undefined;
}

function timeZoneHint(value: string): string | undefined {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const city = zones.filter((zone) => zone.toLowerCase().endsWith(`/${value.toLowerCase()}`));
  return city.length === 1 ? city[0] : closest(value, zones);
}

function timeHint(value: string): string | undefined {
  const match = /^(\d{1,2})[:.h]?(\d{2})$/.exec(value.trim());
  const fixed = match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : undefined;
  return fixed !== undefined && fixed !== value && isTime(fixed) ? fixed : undefined;
}

function dateMessage(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${quote(value)} is not a real date`;
  // Day first, as written across Europe: 30.12.2026, 30/12/2026.
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value.trim());
  const iso = dayFirst ? `${dayFirst[3]}-${dayFirst[2]!.padStart(2, '0')}-${dayFirst[1]!.padStart(2, '0')}` : undefined;
  return `${quote(value)} is not a date in YYYY-MM-DD form${iso && isDate(iso) ? didYouMean(iso) : ', e.g. "2026-12-24"'}`;
}

function urlMessage(value: string): string {
  const visible = value.replace(/[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(visible)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') return `only http and https links are allowed here, not "${scheme}:"`;
  if (visible !== value) return `${quote(value)} contains spaces or invisible characters, which a link cannot have`;
  if (/^https?:\/\/[^/?#]*@/i.test(value)) return `${quote(value)} has a user name or password before "@"; links must not`;
  const bare = value.replace(/^\/\//, '');
  if (!scheme && /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+([/?#]|$)/u.test(bare) && isHttpUrl(`https://${bare}`)) {
    return `${quote(value)} is not a full link${didYouMean(`https://${bare}`)}`;
  }
  return `${quote(value)} is not a full http or https link such as "https://shop.example/page"`;
}

function slugHint(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}

function formatMessage(format: string, value: string): string {
  const q = quote(value);
  switch (format) {
    case 'country-code':
      return `${q} is not an ISO 3166-1 country code${didYouMean(countryHint(value))}`;
    case 'country-or-default':
      return `${q} is not an ISO 3166-1 country code or "default"${didYouMean(countryHint(value))}`;
    case 'currency-code': {
      const upper = value.toUpperCase();
      const hint = CURRENCY_ALIASES[upper] ?? (upper !== value && isCurrencyCode(upper) ? upper : undefined);
      return `${q} is not an ISO 4217 currency code in use${didYouMean(hint)}`;
    }
    case 'locale':
      return `${q} is not a BCP 47 language tag such as "pl" or "pl-PL"${didYouMean(value.includes('_') ? value.replace(/_/g, '-') : undefined)}`;
    case 'time-zone':
      return `${q} is not an IANA time zone such as "Europe/Warsaw"${didYouMean(timeZoneHint(value))}`;
    case 'hh-mm':
      if (value === '24:00') return '"24:00" only ends a day; here use a time from 00:00 to 23:59';
      return `${q} is not a 24-hour time HH:MM from 00:00 to 23:59${didYouMean(timeHint(value))}`;
    case 'hh-mm-end':
      return `${q} is not a 24-hour time HH:MM from 00:00 to 24:00${didYouMean(timeHint(value))}`;
    case 'date':
      return dateMessage(value);
    case 'http-url':
      return urlMessage(value);
    case 'http-url-or-path':
      return value.startsWith('/') ? `${q} is not a path on your site such as "/reviews/page-1.json"` : urlMessage(value);
    case 'email':
      return `${q} is not an e-mail address`;
    case 'phone': {
      const hint = /^00[1-9]/.test(value) ? `+${value.slice(2)}` : undefined;
      return `${q} is not an international phone number: write + and the country code, e.g. "+48 22 123 45 67"${didYouMean(hint)}`;
    }
    case 'handle': {
      const fromLink = /^https?:\/\/[^/]+\/(?:m\/)?@?([A-Za-z0-9._-]+)\/?$/i.exec(value)?.[1];
      return `${q} is not a user name: give only the name, without the address around it${didYouMean(fromLink)}`;
    }
    case 'slug': {
      const hint = slugHint(value);
      return `${q} is not an id: use lower-case letters, digits and single hyphens${didYouMean(hint || undefined)}`;
    }
    case 'page-path':
      return `${q} is not a path on your site: start it with one "/", e.g. "/checkout"`;
    default:
      return `${q} is not in the ${format} format`;
  }
}

// ─────────────────────────────── issues ───────────────────────────────

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The message for one issue; its path is the issue's own. */
export function describeIssue(issue: Issue): string {
  switch (issue.kind) {
    case 'type':
      return `expected ${issue.expected.map((type) => TYPE_NAMES[type]).join(' or ')}, got ${describeValue(issue.value)}`;
    case 'required':
      return `missing "${issue.key}"${issue.allowed ? `: one of ${listOr(issue.allowed)}` : ''}`;
    case 'required-one-of':
      return `needs ${listOr(issue.keys)}`;
    case 'unknown-key': {
      const suggestion = closest(issue.key, issue.known);
      return `unknown key ${quote(issue.key)}${suggestion ? didYouMean(suggestion) : ` — expected ${listOr(issue.known)}`}`;
    }
    case 'enum': {
      const written = typeof issue.value === 'string' ? issue.value : undefined;
      const allowed = issue.allowed.filter((value): value is string => typeof value === 'string');
      const got = written === undefined ? `, got ${describeValue(issue.value)}` : '';
      return `expected ${issue.allowed.length === 1 ? '' : 'one of '}${listOr(issue.allowed)}${got}${written === undefined ? '' : didYouMean(closest(written, allowed))}`;
    }
    case 'format':
      return formatMessage(issue.format, issue.value);
    case 'min-length':
      return issue.limit === 1 ? 'must not be empty' : `needs at least ${plural(issue.limit, 'character', 'characters')}`;
    case 'minimum':
      return `${issue.value} is less than the minimum, ${issue.limit}`;
    case 'maximum':
      return `${issue.value} is more than the maximum, ${issue.limit}`;
    case 'exclusive-minimum':
      return `must be more than ${issue.limit}, got ${issue.value}`;
    case 'min-items':
      return `needs at least ${plural(issue.limit, 'entry', 'entries')}, got ${issue.count}`;
    case 'max-items':
      return `expected ${plural(issue.limit, 'value', 'values')}, got ${issue.count}`;
    case 'min-properties':
      return 'must not be empty';
    case 'duplicate':
      return `${typeof issue.value === 'string' ? quote(issue.value) : String(issue.value)} is listed twice`;
  }
}

/**
 * One message per value: the first issue found at each path, except that the missing keys of
 * one object are named together ("missing "id" and "transit""), and a missing key that an
 * unknown key's "did you mean" already names is not reported again: "cutof" is one typo.
 */
export function describeIssues(issues: readonly Issue[]): { path: string; message: string }[] {
  const suggested = new Set<string>();
  for (const issue of issues) {
    if (issue.kind !== 'unknown-key') continue;
    const suggestion = closest(issue.key, issue.known);
    if (suggestion !== undefined) suggested.add(`${issue.path.slice(0, issue.path.lastIndexOf('/'))}/${suggestion}`);
  }
  const missing = new Map<string, string[]>();
  for (const issue of issues) {
    if (issue.kind !== 'required' || issue.allowed) continue;
    const keys = missing.get(issue.path) ?? [];
    if (!suggested.has(`${issue.path}/${issue.key}`)) keys.push(issue.key);
    missing.set(issue.path, keys);
  }
  const messages = new Map<string, string>();
  for (const issue of issues) {
    if (messages.has(issue.path)) continue;
    const keys = issue.kind === 'required' && !issue.allowed ? missing.get(issue.path)! : undefined;
    if (keys?.length === 0) continue;
    messages.set(issue.path, keys ? `missing ${listOr(keys, 'and')}` : describeIssue(issue));
  }
  return [...messages].map(([path, message]) => ({ path, message }));
}

/**
 * One error per value: the schema's first problem with it, else a rule's (a duplicate date
 * that is also not a real date needs one fix, not two). Paths get `prefix` in front.
 */
export function describeProblems(issues: Issue[], ruleErrors: ConfigError[], prefix: string): ConfigError[] {
  const errors = new Map(describeIssues(issues).map(({ path, message }) => [path, message]));
  for (const { path, message } of ruleErrors) if (!errors.has(path)) errors.set(path, message);
  return [...errors].map(([path, message]) => ({ path: prefix + path, message }));
}
