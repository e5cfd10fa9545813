import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNumber, isoWeekday, parseIsoDate } from './civil.js';
import { orthodoxEaster, orthodoxEasterDay, westernEaster, westernEasterDay } from './easter.js';

// Published Easter tables, 2020–2035: [year, Western, Orthodox] (Gregorian dates).
const PUBLISHED: readonly [number, string, string][] = [
  [2020, '04-12', '04-19'],
  [2021, '04-04', '05-02'],
  [2022, '04-17', '04-24'],
  [2023, '04-09', '04-16'],
  [2024, '03-31', '05-05'],
  [2025, '04-20', '04-20'],
  [2026, '04-05', '04-12'],
  [2027, '03-28', '05-02'],
  [2028, '04-16', '04-16'],
  [2029, '04-01', '04-08'],
  [2030, '04-21', '04-28'],
  [2031, '04-13', '04-13'],
  [2032, '03-28', '05-02'],
  [2033, '04-17', '04-24'],
  [2034, '04-09', '04-09'],
  [2035, '03-25', '04-29'],
];

const SUNDAY = 6;
const day = (year: number, month: number, dayOfMonth: number) => dayNumber(year, month, dayOfMonth);

describe('Easter', () => {
  it.each(PUBLISHED)('%i: Western %s, Orthodox %s', (year, western, orthodox) => {
    expect(westernEaster(year)).toBe(`${year}-${western}`);
    expect(orthodoxEaster(year)).toBe(`${year}-${orthodox}`);
    expect(westernEasterDay(year)).toBe(parseIsoDate(`${year}-${western}`));
  });

  it('knows the extremes and century years of the Gregorian tables', () => {
    expect(westernEaster(1943)).toBe('1943-04-25'); // latest possible
    expect(westernEaster(2285)).toBe('2285-03-22'); // earliest possible
    expect(westernEaster(1900)).toBe('1900-04-15');
    expect(westernEaster(2000)).toBe('2000-04-23');
    expect(westernEaster(2100)).toBe('2100-03-28');
    expect(orthodoxEaster(1983)).toBe('1983-05-08');
    expect(orthodoxEaster(2010)).toBe('2010-04-04');
  });

  it('falls on a Sunday from 22 March to 25 April (Western)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
        const easter = westernEasterDay(year);
        expect(isoWeekday(easter)).toBe(SUNDAY);
        expect(easter).toBeGreaterThanOrEqual(day(year, 3, 22));
        expect(easter).toBeLessThanOrEqual(day(year, 4, 25));
      }),
      { numRuns: 300 },
    );
  });

  it('falls on a Sunday from 4 April to 8 May in 1900–2099 (Orthodox), a day later after 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
        const easter = orthodoxEasterDay(year);
        const lag = year < 2100 ? 0 : 1;
        expect(isoWeekday(easter)).toBe(SUNDAY);
        expect(easter).toBeGreaterThanOrEqual(day(year, 4, 4 + lag));
        expect(easter).toBeLessThanOrEqual(day(year, 5, 8 + lag));
      }),
      { numRuns: 300 },
    );
  });

  it('puts Orthodox Easter on or after Western Easter, never more than five weeks later', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
        const gap = orthodoxEasterDay(year) - westernEasterDay(year);
        expect([0, 7, 28, 35]).toContain(gap);
      }),
      { numRuns: 300 },
    );
  });

  it('has the two Easters coincide in 2025, 2028, 2031 and 2034, and not in the years between', () => {
    const together = PUBLISHED.filter(([year]) => westernEaster(year) === orthodoxEaster(year)).map(([year]) => year);
    expect(together).toEqual([2025, 2028, 2031, 2034]);
  });

  it('rejects years outside the Gregorian calendar and fractions', () => {
    for (const bad of [1582, 10000, 2026.5, Number.NaN]) {
      expect(() => westernEaster(bad), String(bad)).toThrow(RangeError);
      expect(() => orthodoxEaster(bad), String(bad)).toThrow(RangeError);
    }
  });
});
