/**
 * Calendar dates without time zones: a `YYYY-MM-DD` string, or its day number (days since
 * 1970-01-01, the proleptic Gregorian calendar). Arithmetic on day numbers is exact, so adding
 * days never passes through an instant and no DST change can move a date.
 */
import { WEEKDAYS, type Weekday } from '../schema/options.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a Gregorian date (month 1–12); out-of-range days roll over, like `Date.UTC`. */
export function dayNumber(year: number, month: number, day: number): number {
  // Days from civil, after Howard Hinnant's public-domain algorithm (eras of 400 years).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5);
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468 + day - 1;
}

/** The Gregorian year, month (1–12) and day of a day number. */
export function civilOf(days: number): { year: number; month: number; day: number } {
  const shifted = days + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `YYYY-MM-DD` of a day number. */
export function isoDate(days: number): string {
  const { year, month, day } = civilOf(days);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The day number of a `YYYY-MM-DD` date; a RangeError for anything else, including 2026-02-29. */
export function parseIsoDate(value: string): number {
  const match = ISO_DATE.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const days = dayNumber(year, month, day);
    const back = civilOf(days);
    if (back.year === year && back.month === month && back.day === day) return days;
  }
  throw new RangeError(`Expected a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
}

/** Weekday of a day number, 0 = Monday … 6 = Sunday (ISO 8601). 1970-01-01 was a Thursday. */
export function isoWeekday(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

/** Weekday key (`mon` … `sun`) of a day number, as the config spells it. */
export function weekdayKey(days: number): Weekday {
  return WEEKDAYS[isoWeekday(days)]!;
}

/** `days` later (or earlier, when negative) than `date`. */
export function addDays(date: string, days: number): string {
  return isoDate(parseIsoDate(date) + days);
}
