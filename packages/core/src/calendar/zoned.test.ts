import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseIsoDate } from './civil.js';
import { instantAt, isoInstant, offsetString, parseInstant, wallClock } from './zoned.js';

/** Zones with DST, half- and quarter-hour offsets, the date line, and none at all. */
const ZONES = [
  'Europe/Warsaw', 'Europe/Ljubljana', 'Europe/Athens', 'Europe/London', 'America/New_York', 'America/St_Johns',
  'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'Pacific/Kiritimati', 'Pacific/Apia', 'UTC',
] as const;

const MINUTE = 60_000;
const instants = fc.integer({ min: Date.UTC(2000, 0, 1) / MINUTE, max: Date.UTC(2040, 0, 1) / MINUTE }).map((minute) => minute * MINUTE);

describe('wall clock in a time zone', () => {
  it('reads the wall clock that Intl shows', () => {
    expect(wallClock(Date.parse('2026-11-24T13:05:00Z'), 'Europe/Warsaw')).toEqual({ day: parseIsoDate('2026-11-24'), minute: 14 * 60 + 5, second: 0 });
    expect(wallClock(Date.parse('2026-11-24T23:30:00Z'), 'Europe/Athens').day).toBe(parseIsoDate('2026-11-25'));
    expect(wallClock(Date.parse('2026-11-24T10:00:00Z'), 'America/New_York').minute).toBe(5 * 60);
  });

  it('finds the instant of every wall-clock minute that exists, and the first of two that repeat', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), (instant, zone) => {
        const { day, minute } = wallClock(instant, zone);
        const found = instantAt(day, minute, zone);
        expect(wallClock(found, zone)).toMatchObject({ day, minute });
        // The same wall time an hour later may exist once more (clocks going back): never after it.
        expect(found).toBeLessThanOrEqual(instant);
        expect(instant - found).toBeLessThanOrEqual(3 * 60 * MINUTE);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the order of wall-clock minutes within a day, across DST changes', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }), (instant, zone, a, b) => {
        const { day } = wallClock(instant, zone);
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(instantAt(day, early, zone)).toBeLessThanOrEqual(instantAt(day, late, zone));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps that order minute by minute through the days the clocks change', () => {
    const days: [string, string][] = [
      ['Europe/Warsaw', '2026-03-29'], ['Europe/Warsaw', '2026-10-25'], ['America/New_York', '2026-03-08'],
      ['America/New_York', '2026-11-01'], ['Australia/Lord_Howe', '2026-04-05'], ['Australia/Lord_Howe', '2026-10-04'],
      ['Pacific/Chatham', '2026-09-27'], ['Pacific/Apia', '2011-12-29'], ['Pacific/Apia', '2011-12-31'],
    ];
    for (const [zone, date] of days) {
      let previous = -Infinity;
      for (let minute = 0; minute < 1440; minute += 1) {
        const instant = instantAt(parseIsoDate(date), minute, zone);
        expect(instant, `${zone} ${date} minute ${minute}`).toBeGreaterThanOrEqual(previous);
        previous = instant;
      }
    }
  });

  it('maps a time in the spring-forward gap to the jump, and takes the first of a repeated time', () => {
    // Warsaw: 2026-03-29 02:00 CET → 03:00 CEST; 2026-10-25 03:00 CEST → 02:00 CET.
    expect(isoInstant(instantAt(parseIsoDate('2026-03-29'), 150, 'Europe/Warsaw'))).toBe('2026-03-29T01:00:00Z');
    expect(isoInstant(instantAt(parseIsoDate('2026-03-29'), 180, 'Europe/Warsaw'))).toBe('2026-03-29T01:00:00Z');
    expect(isoInstant(instantAt(parseIsoDate('2026-03-29'), 119, 'Europe/Warsaw'))).toBe('2026-03-29T00:59:00Z');
    expect(isoInstant(instantAt(parseIsoDate('2026-10-25'), 150, 'Europe/Warsaw'))).toBe('2026-10-25T00:30:00Z');
    // Apia skipped 30 December 2011 altogether: its midnight is the next day's.
    expect(wallClock(instantAt(parseIsoDate('2011-12-30'), 0, 'Pacific/Apia'), 'Pacific/Apia').day).toBe(parseIsoDate('2011-12-31'));
  });

  it('writes offsets and instants the ISO way, and refuses instants without an offset', () => {
    expect(offsetString(Date.parse('2026-07-01T12:00:00Z'), 'Europe/Athens')).toBe('+03:00');
    expect(offsetString(Date.parse('2026-01-01T12:00:00Z'), 'America/St_Johns')).toBe('-03:30');
    expect(offsetString(Date.parse('2026-01-01T12:00:00Z'), 'Asia/Kathmandu')).toBe('+05:45');
    expect(parseInstant('2026-11-24T14:05:00+01:00')).toBe(Date.parse('2026-11-24T13:05:00Z'));
    for (const bad of ['2026-11-24T13:05:00', '2026-11-24', 'tomorrow', '2026-13-24T13:05:00Z', '']) {
      expect(() => parseInstant(bad), bad).toThrow(RangeError);
    }
  });
});
