import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, civilOf, dayNumber, isoDate, isoWeekday, parseIsoDate, weekdayKey } from './civil.js';

const utcDays = (date: Date) => Math.floor(date.getTime() / 86_400_000);

describe('civil dates', () => {
  it('agrees with the platform calendar for every day of four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(1800, 1, 1), max: dayNumber(2200, 12, 31) }), (days) => {
        const date = new Date(days * 86_400_000);
        expect(isoDate(days)).toBe(date.toISOString().slice(0, 10));
        expect(parseIsoDate(isoDate(days))).toBe(days);
        expect(isoWeekday(days)).toBe((date.getUTCDay() + 6) % 7);
      }),
      { numRuns: 2000 },
    );
  });

  it('knows the epoch, leap days and century rules', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(isoDate(dayNumber(2024, 2, 29))).toBe('2024-02-29');
    expect(civilOf(dayNumber(2000, 2, 29))).toEqual({ year: 2000, month: 2, day: 29 });
    expect(isoDate(dayNumber(2100, 2, 29))).toBe('2100-03-01');
    expect(utcDays(new Date('2026-11-24T00:00:00Z'))).toBe(parseIsoDate('2026-11-24'));
    expect(weekdayKey(parseIsoDate('2026-11-24'))).toBe('tue');
  });

  it('rejects dates that do not exist or are not YYYY-MM-DD', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-4-1', '26-04-01', '2026-04-31', '']) {
      expect(() => parseIsoDate(bad), bad).toThrow(RangeError);
    }
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });
});
