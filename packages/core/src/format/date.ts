import { dateTimeFormat } from './intl-cache.js';

/** What may be shown of a calendar date: no time, no time zone (a calendar date has neither). */
export type CalendarDateOptions = Pick<
  Intl.DateTimeFormatOptions,
  'dateStyle' | 'weekday' | 'era' | 'year' | 'month' | 'day' | 'calendar' | 'numberingSystem'
>;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The instant that stands for a `YYYY-MM-DD` calendar date: its midnight in UTC. Formatted in
 * UTC it names the same day in every runtime time zone. Throws a RangeError for anything else,
 * including days that do not exist (2026-02-29).
 */
function calendarDate(isoDate: string): Date {
  const match = CALENDAR_DATE.exec(isoDate);
  const date = new Date(0);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
    date.setUTCFullYear(year, month - 1, day);
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return date;
  }
  throw new RangeError(`Expected a calendar date YYYY-MM-DD, got ${JSON.stringify(isoDate)}`);
}

const DEFAULT_DATE: CalendarDateOptions = { dateStyle: 'medium' };

/** A calendar date (`YYYY-MM-DD`) in the locale's words, e.g. `27 lis 2026` (pl); never a day off. */
export function formatDate(locale: string, isoDate: string, options: CalendarDateOptions = DEFAULT_DATE): string {
  return dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(calendarDate(isoDate));
}

/**
 * Two calendar dates as one range, sharing what they have in common: `Nov 27 – Dec 2, 2026`,
 * and a single date when they are equal. `from` after `to` is a RangeError, not a silent swap.
 */
export function formatDateRange(
  locale: string,
  from: string,
  to: string,
  options: CalendarDateOptions = DEFAULT_DATE,
): string {
  const start = calendarDate(from);
  const end = calendarDate(to);
  if (start > end) throw new RangeError(`Date range starts after it ends: ${from} – ${to}`);
  return dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).formatRange(start, end);
}

// An instant needs its offset; without one, `Date` would read it in the runtime's zone.
const INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function instantOf(instant: string | number | Date): Date {
  const date =
    typeof instant === 'string' ? (INSTANT_WITH_OFFSET.test(instant) ? new Date(instant) : undefined) : new Date(instant);
  if (!date || Number.isNaN(date.getTime())) {
    throw new RangeError(`Expected an instant such as 2026-11-24T13:05:00Z, got ${JSON.stringify(String(instant))}`);
  }
  return date;
}

/**
 * The wall-clock time of an instant in an IANA time zone, e.g. the shop's: `14:05` (pl),
 * `2:05 PM` (en). Pass options for more (a weekday, the zone's name).
 */
export function formatTime(
  locale: string,
  instant: string | number | Date,
  timeZone: string,
  options: Omit<Intl.DateTimeFormatOptions, 'timeZone'> = { timeStyle: 'short' },
): string {
  return dateTimeFormat(locale, { ...options, timeZone }).format(instantOf(instant));
}
