/**
 * Public holidays: the nationwide statutory days off of a country, computed by the rules in
 * holiday-rules.ts. The delivery estimate asks about single dates many times, so each
 * country-year is built once and kept in a small cache.
 */
import { isoDate, parseIsoDate } from './civil.js';
import { HOLIDAY_RULES, holidayYear, SUPPORTED_HOLIDAY_COUNTRIES, type HolidayCountry } from './holiday-rules.js';

export { SUPPORTED_HOLIDAY_COUNTRIES, type HolidayCountry };

export interface PublicHoliday {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** English name; coinciding holidays are joined with " / ". */
  readonly name: string;
}

interface Calendar {
  readonly holidays: readonly PublicHoliday[];
  readonly dates: ReadonlySet<string>;
}

const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;
const CACHE_LIMIT = 128;
const cache = new Map<string, Calendar>();

/** Whether `publicHolidays` knows the country (ISO 3166-1 alpha-2, either case). */
export function hasHolidayCalendar(country: string): boolean {
  return Object.hasOwn(HOLIDAY_RULES, country.toUpperCase());
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`Public holidays are known for whole years ${FIRST_YEAR}–${LAST_YEAR}, got ${year}`);
  }
}

function build(country: HolidayCountry, year: number): Calendar {
  const rule = HOLIDAY_RULES[country];
  const first = parseIsoDate(`${year}-01-01`);
  const last = parseIsoDate(`${year}-12-31`);
  const byDay = new Map<number, string[]>();
  // The next year's rules too: a US New Year's Day on a Saturday is observed on 31 December.
  for (const rulesYear of [year, year + 1]) {
    const holidays = holidayYear(rulesYear);
    rule(holidays);
    for (const [day, names] of holidays.days) {
      if (day >= first && day <= last) byDay.set(day, [...(byDay.get(day) ?? []), ...names]);
    }
  }
  const holidays = [...byDay]
    .sort(([a], [b]) => a - b)
    .map(([day, names]) => Object.freeze({ date: isoDate(day), name: names.join(' / ') }));
  return { holidays, dates: new Set(holidays.map((holiday) => holiday.date)) };
}

function calendar(country: string, year: number): Calendar | undefined {
  checkYear(year);
  const code = country.toUpperCase();
  if (!hasHolidayCalendar(code)) return undefined;
  const key = `${code}${year}`;
  let found = cache.get(key);
  if (!found) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    found = build(code as HolidayCountry, year);
    cache.set(key, found);
  }
  return found;
}

/**
 * The nationwide statutory days off of `country` (ISO 3166-1 alpha-2, either case) in `year`,
 * sorted by date, one entry per date. A country without a calendar here gives `[]`, so that a
 * delivery estimate to it skips no holidays; see `SUPPORTED_HOLIDAY_COUNTRIES`.
 * @throws RangeError for a year that is not a whole number from 1900 to 2200.
 */
export function publicHolidays(country: string, year: number): PublicHoliday[] {
  return [...(calendar(country, year)?.holidays ?? [])];
}

/**
 * Whether `date` (`YYYY-MM-DD`) is a public holiday of `country`; always false for a country
 * without a calendar here.
 * @throws RangeError for a malformed date, or one outside 1900–2200.
 */
export function isPublicHoliday(country: string, date: string): boolean {
  const year = Number(date.slice(0, 4));
  // A date whose year is unreadable gets the date's own error, not the year's.
  if (!Number.isInteger(year)) parseIsoDate(date);
  if (calendar(country, year)?.dates.has(date)) return true;
  parseIsoDate(date);
  return false;
}
