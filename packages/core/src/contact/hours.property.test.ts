/**
 * Properties of opening hours over generated weeks, exceptions, holidays, zones and instants,
 * with the instants drawn where clocks go wrong: the hours around each DST change of each zone
 * (found here by scanning offsets, not taken from the code under test), midnights and year ends.
 *
 * The oracle reads the wall clock through its own `Intl` formatter and applies DESIGN.md's
 * rule literally: open when a range of today contains the minute, or a range of yesterday that
 * ends on the next day has not ended yet. It is compared with the implementation away from the
 * hours where the clock repeats or skips (there the wall clock alone cannot say which of two
 * instants is meant; the rule for those hours has its own unit tests). Everywhere else the
 * properties hold for every instant: the status holds until `changesAt` and flips there.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ContactChannel, ContactHours, OpeningRange } from '../schema/types.js';
import { WEEKDAYS } from '../schema/options.js';
import { publicHolidays } from '../calendar/holidays.js';
import { messagesFor } from '../i18n/catalogs.js';
import { addOpeningMinutes, isOpen, openingDetails, openingStatus, OPENING_HORIZON_DAYS } from './hours.js';
import { channelStatus } from './status.js';
import { channelStatusText } from './text.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const RUNS = 400;
// Generous: these run beside the browser suites on shared cores.

/** Zones with DST in either hemisphere, half-hour DST (Lord Howe), odd offsets, the date line, and none. */
const ZONES = [
  'Europe/Warsaw', 'Europe/Ljubljana', 'Europe/Athens', 'Europe/London', 'America/New_York', 'America/St_Johns',
  'America/Santiago', 'Pacific/Auckland', 'Pacific/Chatham', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Asia/Tehran', 'Pacific/Apia', 'UTC',
] as const;
type Zone = (typeof ZONES)[number];

const offsetFormat = new Map<string, Intl.DateTimeFormat>();
/** The zone's UTC offset in minutes at `instant`, read from Intl's "longOffset" name (GMT+02:00). */
function offset(instant: number, zone: string): number {
  let format = offsetFormat.get(zone);
  if (!format) offsetFormat.set(zone, (format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })));
  const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')!.value;
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0)) : 0;
}

/** The instants in `year` at which the zone's offset changes, to the minute (found by scanning days, then bisecting). */
const transitionCache = new Map<string, number[]>();
function transitions(zone: string, year: number): number[] {
  const key = `${zone} ${year}`;
  const known = transitionCache.get(key);
  if (known) return known;
  const found: number[] = [];
  let previous = Date.UTC(year, 0, 1);
  for (let day = 1; day <= 366; day += 1) {
    const next = Date.UTC(year, 0, 1) + day * DAY;
    if (offset(previous, zone) !== offset(next, zone)) {
      let [low, high] = [previous, next];
      while (high - low > MINUTE) {
        const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
        if (offset(middle, zone) === offset(previous, zone)) low = middle;
        else high = middle;
      }
      found.push(high);
    }
    previous = next;
  }
  transitionCache.set(key, found);
  return found;
}

/** Far enough from a clock change that the wall clock names one instant (and the day's ranges mean what they say). */
function unambiguous(instant: number, zone: string): boolean {
  return offset(instant - 3 * HOUR, zone) === offset(instant + 3 * HOUR, zone) && offset(instant - 27 * HOUR, zone) === offset(instant + 3 * HOUR, zone);
}

const wallFormat = new Map<string, Intl.DateTimeFormat>();
/** The wall clock in `zone`: `YYYY-MM-DD`, ISO weekday index (0 = Monday) and minute of the day. */
function wall(instant: number, zone: string): { date: string; weekday: number; minute: number } {
  let format = wallFormat.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    wallFormat.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return { date, weekday: (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

const previousDate = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - DAY).toISOString().slice(0, 10);
const weekdayOf = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
const minutes = (time: string) => (time === '24:00' ? 1440 : Number(time.slice(0, 2)) * 60 + Number(time.slice(3)));

const holidayDates = new Map<string, Set<string>>();
function isHoliday(country: string, date: string): boolean {
  const key = `${country}${date.slice(0, 4)}`;
  let dates = holidayDates.get(key);
  if (!dates) holidayDates.set(key, (dates = new Set(publicHolidays(country, Number(date.slice(0, 4))).map((holiday) => holiday.date))));
  return dates.has(date);
}

/** DESIGN.md's rule, read literally off the wall clock. */
function oracleOpen(hours: ContactHours, zone: string, instant: number, holidays: string | undefined): boolean {
  const rangesOf = (date: string): readonly OpeningRange[] => {
    const exception = hours.exceptions?.find((each) => each.date === date);
    if (exception) return exception.ranges;
    if (holidays && isHoliday(holidays, date)) return [];
    return hours[WEEKDAYS[weekdayOf(date)]!] ?? [];
  };
  const { date, minute } = wall(instant, zone);
  const endsNextDay = ([open, close]: OpeningRange) => close !== '24:00' && minutes(close) <= minutes(open);
  const today = rangesOf(date).some((range) => {
    const [open, close] = [minutes(range[0]), minutes(range[1])];
    return endsNextDay(range) ? minute >= open : minute >= open && minute < close;
  });
  const fromYesterday = rangesOf(previousDate(date)).some((range) => endsNextDay(range) && minute < minutes(range[1]));
  return today || fromYesterday;
}

// ───────────────────────────── generators ─────────────────────────────

const pad = (value: number) => String(value).padStart(2, '0');
/** Times where rules go wrong (midnight, the hours clocks change in, a minute before midnight), and any other. */
const time = fc.oneof(
  fc.constantFrom('00:00', '00:30', '01:00', '01:30', '02:00', '02:30', '03:00', '03:30', '09:00', '12:00', '17:00', '22:00', '23:00', '23:59'),
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`),
);
const range: fc.Arbitrary<OpeningRange> = fc.tuple(time, fc.oneof({ arbitrary: time, weight: 4 }, fc.constant('24:00'))).map(([open, close]) => [open, close]);
const dayRanges = fc.array(range, { maxLength: 3 });
const week = fc.record(Object.fromEntries(WEEKDAYS.map((day) => [day, dayRanges])) as Record<(typeof WEEKDAYS)[number], typeof dayRanges>, { requiredKeys: [] });
/** Exceptions as day offsets from the instant's own date, so they land where they matter. */
const exceptionOffsets = fc.uniqueArray(fc.record({ offset: fc.integer({ min: -2, max: 16 }), ranges: dayRanges }), { maxLength: 4, selector: (each) => each.offset });
const holidays = fc.option(fc.constantFrom('PL', 'GR', 'US', 'NZ', 'JP'), { nil: undefined });

/** Any instant of 2020–2035, and many within a day and a half of a clock change of the zone, or of a year end. */
function instantNear(zone: Zone): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer({ min: Date.UTC(2020, 0, 1) / MINUTE, max: Date.UTC(2035, 11, 31) / MINUTE }).map((minute) => minute * MINUTE),
    { arbitrary: fc.tuple(fc.integer({ min: 2020, max: 2035 }), fc.nat(), fc.integer({ min: -36 * 60, max: 36 * 60 }), fc.integer({ min: 0, max: 59_999 }))
      .map(([year, pick, shift, ms]) => {
        const list = transitions(zone, year);
        const base = list.length > 0 ? list[pick % list.length]! : Date.UTC(year, 2, 29);
        return base + shift * MINUTE + (pick % 7 === 0 ? ms : 0);
      }), weight: 3 },
    fc.tuple(fc.integer({ min: 2020, max: 2035 }), fc.integer({ min: -30 * 60, max: 30 * 60 })).map(([year, shift]) => Date.UTC(year, 0, 1) + shift * MINUTE),
  );
}

const scenario = fc.constantFrom(...ZONES).chain((zone) =>
  fc.record({ zone: fc.constant(zone), week, exceptionOffsets, holidays, instant: instantNear(zone) }),
).map(({ zone, week: weekly, exceptionOffsets: offsets, holidays: country, instant }) => {
  const today = wall(instant, zone).date;
  const exceptions = offsets.map(({ offset: days, ranges }) => ({
    date: new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10),
    ranges,
  }));
  const hours: ContactHours = { ...weekly, ...(exceptions.length > 0 && { exceptions }) };
  return { zone, hours, holidays: country, instant, now: new Date(instant).toISOString() };
});

const status = (hours: ContactHours, zone: string, instant: number, holidays: string | undefined) =>
  isOpen(hours, zone, new Date(instant).toISOString(), { publicHolidaysOf: holidays });

// ───────────────────────────── properties ─────────────────────────────

describe('opening hours, generated', () => {
  it('agree with the wall-clock rule wherever the wall clock names one instant', { timeout: 60_000 }, () => {
    let compared = 0;
    fc.assert(
      fc.property(scenario, ({ zone, hours, holidays: country, instant }) => {
        if (!unambiguous(instant, zone)) return;
        compared += 1;
        expect(status(hours, zone, instant, country), JSON.stringify({ zone, hours, country, at: new Date(instant).toISOString() }))
          .toBe(oracleOpen(hours, zone, instant, country));
      }),
      { numRuns: RUNS * 3 },
    );
    expect(compared).toBeGreaterThan(RUNS);
  });

  it('hold their status until changesAt and flip exactly there; changesAt is within 14 days or null', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(scenario, fc.double({ min: 0, max: 1, noNaN: true }), ({ zone, hours, instant, now }, fraction) => {
        const { open, changesAt } = openingStatus(hours, zone, now);
        const what = JSON.stringify({ zone, hours, now });
        if (changesAt === null) {
          // Nothing changes within the horizon: sampled instants agree.
          for (const later of [instant + fraction * OPENING_HORIZON_DAYS * DAY, instant + OPENING_HORIZON_DAYS * DAY]) {
            expect(status(hours, zone, Math.floor(later), undefined), what).toBe(open);
          }
          return;
        }
        const change = Date.parse(changesAt);
        expect(change, what).toBeGreaterThan(instant);
        expect(change - instant, what).toBeLessThanOrEqual(OPENING_HORIZON_DAYS * DAY);
        const between = instant + Math.floor(fraction * (change - instant - 1));
        for (const at of [instant, between, change - 1]) expect(status(hours, zone, at, undefined), `${what} at ${new Date(at).toISOString()}`).toBe(open);
        expect(status(hours, zone, change, undefined), `${what} at the change`).toBe(!open);
      }),
      { numRuns: RUNS },
    );
  });

  it('name a next opening that is open from its first instant, and a next closing that is closed from its own', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(scenario, ({ zone, hours, holidays: country, instant, now }) => {
        const details = openingDetails(hours, zone, now, { publicHolidaysOf: country });
        const what = JSON.stringify({ zone, hours, country, now });
        expect(details.changesAt, what).toBe(details.open ? details.nextClosing : details.nextOpening);
        if (details.nextOpening !== null) {
          const opening = Date.parse(details.nextOpening);
          expect(opening, what).toBeGreaterThan(instant);
          expect(status(hours, zone, opening, country), what).toBe(true);
          expect(status(hours, zone, opening - 1, country), what).toBe(false);
        }
        if (details.nextClosing !== null) {
          const closing = Date.parse(details.nextClosing);
          expect(closing, what).toBeGreaterThan(instant);
          expect(status(hours, zone, closing, country), what).toBe(false);
          expect(status(hours, zone, closing - 1, country), what).toBe(true);
          if (details.nextOpening !== null) {
            // Closed now: the next closing ends the next opening; open now: it comes before the next opening.
            expect(details.open ? closing < Date.parse(details.nextOpening) : closing > Date.parse(details.nextOpening), what).toBe(true);
          }
        }
        if (details.holiday) expect(details.open, what).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('count reply times in opening time only, never sooner than the minutes asked for', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 600 }), ({ zone, hours, instant, now }, replyMinutes) => {
        const at = addOpeningMinutes(hours, zone, now, replyMinutes);
        const what = JSON.stringify({ zone, hours, now, replyMinutes });
        if (at === null) return;
        const reply = Date.parse(at);
        expect(reply - Math.floor(instant / 1000) * 1000, what).toBeGreaterThanOrEqual(replyMinutes * MINUTE);
        if (replyMinutes === 0) {
          const details = openingDetails(hours, zone, now);
          // The next open instant: now when open, else the next opening.
          expect(reply, what).toBe(details.open ? Math.floor(instant / 1000) * 1000 : Date.parse(details.nextOpening!));
        } else {
          // The reply lands in opening time (or on the closing instant that ends it).
          expect(status(hours, zone, reply - 1, undefined), what).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the words of a channel card, generated', () => {
  const english = messagesFor('en')!.contact;
  it('stay the same until the changesAt they give: one timer at that instant keeps a card true', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        scenario,
        fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
        fc.constantFrom('UTC', 'Europe/Warsaw', 'America/New_York'),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ zone, hours, holidays: country, instant, now }, replyMinutes, viewer, fraction) => {
          const channel: ContactChannel = { type: 'email', value: 'a@shop.example', hours, ...(replyMinutes !== undefined && { replyMinutes }) };
          const words = (at: string) =>
            channelStatusText(channelStatus(channel, {}, at, { timeZone: zone, publicHolidaysOf: country }), english, {
              locale: 'en', timeZone: zone, now: at, viewerTimeZone: viewer,
            });
          const first = words(now);
          const what = JSON.stringify({ zone, hours, country, now, replyMinutes, viewer });
          const until = first.changesAt === null ? instant + OPENING_HORIZON_DAYS * DAY : Date.parse(first.changesAt);
          expect(until, what).toBeGreaterThan(instant);
          const later = new Date(instant + Math.floor(fraction * (until - instant - 1))).toISOString();
          const { changesAt: _first, ...shown } = first;
          const { changesAt: _later, ...shownLater } = words(later);
          // Within the look-ahead a change beyond it may come closer; the words must not.
          if (first.changesAt !== null) expect(shownLater, `${what} at ${later}`).toEqual(shown);
        },
      ),
      { numRuns: RUNS / 2 },
    );
  });
});
