import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDate, formatDateRange, formatTime, type CalendarDateOptions } from './date.js';
import { SUPPORTED_LOCALES } from '../i18n/locales.js';

// U+2009 thin space and U+2013 en dash are CLDR's range separators for some locales.
describe('formatDate', () => {
  it.each([
    ['en', 'Nov 27, 2026', 'Thursday, February 29, 2024'],
    ['pl', '27 lis 2026', 'czwartek, 29 lutego 2024'],
    ['sl', '27. nov. 2026', 'četrtek, 29. februar 2024'],
    ['el', '27 Νοε 2026', 'Πέμπτη 29 Φεβρουαρίου 2024'],
    ['de', '27.11.2026', 'Donnerstag, 29. Februar 2024'],
  ])('writes a calendar date as %s does', (locale, medium, full) => {
    expect(formatDate(locale, '2026-11-27')).toBe(medium);
    expect(formatDate(locale, '2024-02-29', { dateStyle: 'full' })).toBe(full);
  });

  it('takes the fields to show', () => {
    expect(formatDate('pl', '2026-01-01', { weekday: 'short', day: 'numeric', month: 'short' })).toBe('czw., 1 sty');
    expect(formatDate('en-GB', '2026-01-01', { day: 'numeric', month: 'long' })).toBe('1 January');
  });

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '26-11-27', '2026-11-27T00:00:00Z', '', 'tomorrow'])(
    'rejects %j, which is no calendar date',
    (input) => {
      expect(() => formatDate('en', input)).toThrow(RangeError);
    },
  );

  it('shows the pitfall it avoids: midnight UTC is the day before west of Greenwich', () => {
    const naive = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(new Date('2026-11-27'));
    expect(naive).toBe('2026-11-26');
    expect(formatDate('en-CA', '2026-11-27', { year: 'numeric', month: '2-digit', day: '2-digit' })).toBe('2026-11-27');
  });
});

/** The offset of `timeZone` from UTC at `instant`, in milliseconds, read from Intl itself. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const wallClock = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
  return wallClock - Math.floor(instant / 1000) * 1000;
}

/** The instant when clocks in `timeZone` show noon on `isoDate` (noon exists on every day, DST or not). */
function noonIn(isoDate: string, timeZone: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const wallClock = Date.UTC(year, month - 1, day, 12);
  const guess = wallClock - zoneOffset(wallClock, timeZone);
  return wallClock - zoneOffset(guess, timeZone);
}

// Runtime zones from UTC−10 to UTC+13, with and without DST, north and south.
const ZONES = [
  'Pacific/Honolulu',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'UTC',
  'Europe/Warsaw',
  'Europe/Athens',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Pacific/Auckland',
  'Pacific/Tongatapu',
];
const FIRST_DAY = Date.UTC(1970, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(2100, 11, 31) / 86_400_000;
const calendarDates = fc
  .integer({ min: FIRST_DAY, max: LAST_DAY })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
const OPTIONS: CalendarDateOptions[] = [
  { dateStyle: 'medium' },
  { dateStyle: 'full' },
  { weekday: 'long', day: 'numeric', month: 'long' },
  { year: 'numeric', month: '2-digit', day: '2-digit' },
];

describe('formatDate never shifts the day', () => {
  it('names the same day as a buyer in any time zone sees on that day (1970–2100)', () => {
    fc.assert(
      fc.property(
        calendarDates,
        fc.constantFrom(...ZONES),
        fc.constantFrom(...SUPPORTED_LOCALES),
        fc.constantFrom(...OPTIONS),
        (isoDate, timeZone, locale, options) => {
          const noon = noonIn(isoDate, timeZone);
          // The helper itself must land on the right day, or the comparison below proves nothing.
          expect(new Intl.DateTimeFormat('en-CA', { timeZone }).format(noon)).toBe(isoDate);
          const seenThere = new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(noon);
          expect(formatDate(locale, isoDate, options)).toBe(seenThere);
        },
      ),
      // Each run builds fresh Intl formatters (slow by design: they are the oracle).
      { numRuns: 400 },
    );
  });

  it('round-trips through an ISO-ordered locale', () => {
    fc.assert(
      fc.property(calendarDates, (isoDate) => {
        expect(formatDate('en-CA', isoDate, { year: 'numeric', month: '2-digit', day: '2-digit' })).toBe(isoDate);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatDateRange', () => {
  it.each([
    ['en', 'Nov 27\u2009\u2013\u2009Dec 2, 2026', 'Thu, Nov 26\u2009\u2013\u2009Fri, Nov 27'],
    ['pl', '27 lis\u20132 gru 2026', 'czw., 26 lis\u2013pt., 27 lis'],
    ['sl', '27. nov.\u20132. dec. 2026', 'čet., 26.\u2013pet., 27. nov.'],
    ['el', '27 Νοε \u2013 2 Δεκ 2026', 'Πέμ 26 Νοε \u2013 Παρ 27 Νοε'],
    ['de', '27.11.\u2009\u2013\u200902.12.2026', 'Do., 26.\u2009\u2013\u2009Fr., 27. Nov.'],
  ])('shares what both dates have in common in %s', (locale, acrossMonths, withWeekdays) => {
    expect(formatDateRange(locale, '2026-11-27', '2026-12-02')).toBe(acrossMonths);
    expect(formatDateRange(locale, '2026-11-26', '2026-11-27', { weekday: 'short', day: 'numeric', month: 'short' })).toBe(
      withWeekdays,
    );
  });

  it('spans a year end', () => {
    expect(formatDateRange('pl', '2026-12-30', '2027-01-04', { dateStyle: 'long' })).toBe(
      '30 grudnia 2026\u2009\u2013\u20094 stycznia 2027',
    );
  });

  it('is a single date when both ends are the same day', () => {
    fc.assert(
      fc.property(
        calendarDates,
        fc.constantFrom(...SUPPORTED_LOCALES),
        fc.constantFrom(...OPTIONS),
        (isoDate, locale, options) => {
          expect(formatDateRange(locale, isoDate, isoDate, options)).toBe(formatDate(locale, isoDate, options));
        },
      ),
    );
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => formatDateRange('en', '2026-11-28', '2026-11-27')).toThrow(RangeError);
    expect(() => formatDateRange('en', '2026-11-27', 'soon')).toThrow(RangeError);
  });
});

describe('formatTime', () => {
  it.each([
    ['en', '3:05 PM', 'Tuesday 3:05 PM'],
    ['pl', '15:05', 'wtorek, 15:05'],
    ['sl', '15:05', 'torek, 15:05'],
    ['el', '3:05 μ.μ.', 'Τρίτη 3:05 μ.μ.'],
    ['de', '15:05', 'Dienstag, 15:05'],
  ])('shows the wall-clock time in the shop’s zone in %s', (locale, short, withWeekday) => {
    expect(formatTime(locale, '2026-11-24T13:05:00Z', 'Europe/Athens')).toBe(short);
    expect(
      formatTime(locale, '2026-11-24T13:05:00Z', 'Europe/Athens', { weekday: 'long', hour: 'numeric', minute: '2-digit' }),
    ).toBe(withWeekday);
  });

  it('follows daylight saving time', () => {
    // Poland moves to CEST at 01:00 UTC on 29 March 2026.
    expect(formatTime('pl', '2026-03-29T00:30:00Z', 'Europe/Warsaw')).toBe('01:30');
    expect(formatTime('pl', '2026-03-29T01:30:00Z', 'Europe/Warsaw')).toBe('03:30');
  });

  it('accepts offsets, epoch milliseconds and dates for the same instant', () => {
    const expected = formatTime('de', '2026-11-24T13:05:00Z', 'Europe/Berlin');
    expect(formatTime('de', '2026-11-24T15:05:00+02:00', 'Europe/Berlin')).toBe(expected);
    expect(formatTime('de', Date.UTC(2026, 10, 24, 13, 5), 'Europe/Berlin')).toBe(expected);
    expect(formatTime('de', new Date(Date.UTC(2026, 10, 24, 13, 5)), 'Europe/Berlin')).toBe(expected);
  });

  it('refuses an instant without an offset, which would depend on the runtime’s zone', () => {
    expect(() => formatTime('en', '2026-11-24T13:05:00', 'Europe/Warsaw')).toThrow(RangeError);
    expect(() => formatTime('en', 'noon', 'Europe/Warsaw')).toThrow(RangeError);
    expect(() => formatTime('en', Number.NaN, 'Europe/Warsaw')).toThrow(RangeError);
  });

  it('refuses an unknown time zone', () => {
    expect(() => formatTime('en', '2026-11-24T13:05:00Z', 'Europe/Atlantis')).toThrow(RangeError);
  });
});
