/**
 * Opening hours: whether a channel is open at an instant, and when that next changes.
 *
 * The config writes hours on the shop's wall clock (DESIGN.md, "Hours, exactly"): per weekday
 * a list of `["HH:MM", "HH:MM"]` pairs; a close at or before its open ends on the next day;
 * `"24:00"` is the midnight that ends the day; a dated exception replaces that date's weekly
 * ranges (empty: closed all day). Exceptions come before public holidays (when the shop closes
 * on them), and both before the weekly rules.
 *
 * Each range becomes an interval of instants through `instantAt`, so the arithmetic is done on
 * the wall clock and never as n × 24 h: a range that spans a clock change is as long as the
 * clocks say (22:00–06:00 is 9 hours on the night clocks go back in Warsaw). A time that happens
 * twice is its first occurrence; a time the clocks skip is the moment they jump past it.
 * Overlapping and touching intervals merge (Monday 00:00–24:00 and Tuesday 00:00–12:00 are one
 * opening), so "open" never flickers at midnight.
 */
import type { ContactHours, OpeningRange } from '../schema/types.js';
import { isoDate, weekdayKey } from '../calendar/civil.js';
import { instantAt, isoInstant, parseInstant, wallClock } from '../calendar/zoned.js';
import { hasHolidayCalendar, isPublicHoliday } from '../calendar/holidays.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** How far ahead `openingStatus` looks for the next change (DESIGN.md's public contract). */
export const OPENING_HORIZON_DAYS = 14;
/** The longest look-ahead `openingDetails` accepts: a little over a year. */
export const MAX_OPENING_HORIZON_DAYS = 400;

export interface OpeningOptions {
  /**
   * An ISO 3166-1 alpha-2 country whose public holidays are closed days, unless an exception
   * gives that date hours of its own (the config's `closedOnPublicHolidays` with `shop.country`).
   */
  publicHolidaysOf?: string | undefined;
  /** How many days ahead a change counts; `OPENING_HORIZON_DAYS` (14) by default. */
  horizonDays?: number | undefined;
}

/** `openingStatus`, with the next opening and closing and why a day is closed. */
export interface OpeningDetails {
  open: boolean;
  /** The instant of the next opening or closing within the horizon, else null. */
  changesAt: string | null;
  /** The next instant it opens, strictly after now (when open: after the current opening ends). */
  nextOpening: string | null;
  /** When open, the end of the current opening; when closed, the end of the next one. */
  nextClosing: string | null;
  /** Closed now, and today (in the shop's time zone) is a public holiday it closes on. */
  holiday: boolean;
}

/** One opening: `[start, end)` in ms since the epoch. */
type Span = [start: number, end: number];

const wallClocks = new Map<string, { day: number; minute: number; second: number }>();
const WALL_CLOCK_LIMIT = 1024;

/**
 * `wallClock`, remembered: a page asks about the same few instants (now, the next opening) for
 * every channel and every render, and each reading is an `Intl.formatToParts` call (~30 µs).
 */
export function shopClock(instant: number, timeZone: string): { day: number; minute: number; second: number } {
  const key = `${timeZone}\u0000${instant}`;
  let wall = wallClocks.get(key);
  if (!wall) {
    if (wallClocks.size >= WALL_CLOCK_LIMIT) wallClocks.clear();
    wallClocks.set(key, (wall = wallClock(instant, timeZone)));
  }
  return wall;
}

/**
 * The instant a calendar day starts in a time zone, remembered: every status asks for the same
 * few days again and again (each render, each channel), and each answer costs `Intl` calls.
 */
const dayStarts = new Map<string, number>();
const DAY_START_LIMIT = 2048;

function dayStart(day: number, timeZone: string): number {
  const key = `${timeZone}\u0000${day}`;
  let start = dayStarts.get(key);
  if (start === undefined) {
    if (dayStarts.size >= DAY_START_LIMIT) dayStarts.clear();
    dayStarts.set(key, (start = instantAt(day, 0, timeZone)));
  }
  return start;
}

/**
 * The instant of `minute` (0–1440) on `day`'s wall clock. A day exactly 24 hours long has no
 * clock change in it, so its minutes are plain offsets from its start; only the days the clocks
 * change on (23 or 25 hours, or odder) go through `instantAt`'s search.
 */
function wallInstant(day: number, minute: number, timeZone: string): number {
  if (minute === 0) return dayStart(day, timeZone);
  if (minute === 1440) return dayStart(day + 1, timeZone);
  const start = dayStart(day, timeZone);
  return dayStart(day + 1, timeZone) - start === DAY ? start + minute * MINUTE : instantAt(day, minute, timeZone);
}

/** Minutes since midnight of an opening time (`"HH:MM"`). */
function openingMinute(value: string): number {
  const match = TIME.exec(value);
  if (!match) throw new RangeError(`Expected an opening time HH:MM (00:00–23:59), got ${JSON.stringify(value)}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Minutes since midnight of a closing time: `"HH:MM"`, or `"24:00"` (1440). */
function closingMinute(value: string): number {
  return value === '24:00' ? 1440 : openingMinute(value);
}

function holidayChecker(country: string | undefined): (date: string) => boolean {
  if (!country || !hasHolidayCalendar(country)) return () => false;
  return (date) => {
    try {
      return isPublicHoliday(country, date);
    } catch {
      return false; // outside the years holiday rules cover (1900–2200): no holiday known
    }
  };
}

/** What a day's hours are made of, and whether a public holiday closed it. */
interface DayHours {
  ranges: readonly OpeningRange[];
  holiday: boolean;
}

/** Reads a config's hours one day at a time: exceptions, then public holidays, then the week. */
class Calendar {
  readonly timeZone: string;
  private readonly hours: ContactHours;
  private readonly exceptions = new Map<string, readonly OpeningRange[]>();
  private readonly isHoliday: (date: string) => boolean;

  constructor(hours: ContactHours, timeZone: string, options: OpeningOptions) {
    this.hours = hours;
    this.timeZone = timeZone;
    // The schema refuses two exceptions for one date; were there two, the first would count.
    for (const exception of hours.exceptions ?? []) {
      if (!this.exceptions.has(exception.date)) this.exceptions.set(exception.date, exception.ranges);
    }
    this.isHoliday = holidayChecker(options.publicHolidaysOf);
  }

  day(day: number): DayHours {
    const date = isoDate(day);
    const exception = this.exceptions.get(date);
    if (exception) return { ranges: exception, holiday: false };
    if (this.isHoliday(date)) return { ranges: [], holiday: true };
    return { ranges: this.hours[weekdayKey(day)] ?? [], holiday: false };
  }

  /** The day's ranges as intervals of instants, earliest first; empty ones (inside a skipped hour) dropped. */
  spans(day: number): Span[] {
    const spans: Span[] = [];
    for (const [opens, closes] of this.day(day).ranges) {
      const open = openingMinute(opens);
      const close = closingMinute(closes);
      const start = wallInstant(day, open, this.timeZone);
      // "24:00", and a close at or before its open, end on the next day.
      const end = close <= open && close !== 1440 ? wallInstant(day + 1, close, this.timeZone) : wallInstant(day, close, this.timeZone);
      if (end > start) spans.push([start, end]);
    }
    return spans.sort((a, b) => a[0] - b[0]);
  }

  /**
   * The openings from day `first` to day `last`, merged where they overlap or touch, in order.
   * Lazy: callers stop as soon as they know enough. An opening is handed out only once no later
   * range can extend it (every later range starts after it ends), except the last, which the
   * horizon cuts.
   */
  *openings(first: number, last: number): Generator<Span> {
    let current: Span | undefined;
    for (let day = first; day <= last; day += 1) {
      for (const span of this.spans(day)) {
        // Ranges of later days start no earlier (instantAt keeps wall-clock order), so a span
        // that starts after the current opening ends begins a new one.
        if (current && span[0] <= current[1]) current[1] = Math.max(current[1], span[1]);
        else {
          if (current) yield current;
          current = span;
        }
      }
    }
    if (current) yield current;
  }
}

function horizonOf(options: OpeningOptions): number {
  const days = options.horizonDays ?? OPENING_HORIZON_DAYS;
  if (!Number.isInteger(days) || days < 0 || days > MAX_OPENING_HORIZON_DAYS) {
    throw new RangeError(`horizonDays must be a whole number from 0 to ${MAX_OPENING_HORIZON_DAYS}, got ${days}`);
  }
  return days;
}

/** The first opening that has not ended by `at`, and the one after it. */
function around(calendar: Calendar, at: number, horizonDays: number): { current?: Span; next?: Span } {
  const today = shopClock(at, calendar.timeZone).day;
  // A range that began up to two days ago may still run (yesterday 22:00–06:00, or 09:00–09:00
  // plus a clock change); two days past the horizon cover its last changes, whatever the clock did.
  let current: Span | undefined;
  for (const span of calendar.openings(today - 2, today + horizonDays + 2)) {
    if (span[1] <= at) continue;
    if (!current) {
      current = span;
      continue;
    }
    return { current, next: span };
  }
  return current ? { current } : {};
}

/**
 * Whether `hours` are open at `now`, when that next changes, the next opening and closing, and
 * whether a public holiday closed the day. Instants are ISO strings in UTC (`…Z`); anything
 * beyond `horizonDays` (14 by default) is null.
 * @throws RangeError for an instant without an offset, a malformed time, or an unknown time zone.
 */
export function openingDetails(hours: ContactHours, timeZone: string, now: string, options: OpeningOptions = {}): OpeningDetails {
  const at = parseInstant(now);
  const horizonDays = horizonOf(options);
  const limit = at + horizonDays * DAY;
  const within = (instant: number | undefined) => (instant !== undefined && instant <= limit ? isoInstant(instant) : null);
  const calendar = new Calendar(hours, timeZone, options);
  const { current, next } = around(calendar, at, horizonDays);

  if (current && current[0] <= at) {
    const closing = within(current[1]);
    return { open: true, changesAt: closing, nextOpening: closing && within(next?.[0]), nextClosing: closing, holiday: false };
  }
  const opening = within(current?.[0]);
  return {
    open: false,
    changesAt: opening,
    nextOpening: opening,
    nextClosing: opening && within(current?.[1]),
    holiday: calendar.day(shopClock(at, timeZone).day).holiday,
  };
}

/**
 * DESIGN.md's public contract: whether `hours` (on the wall clock of `timeZone`) are open at
 * `now` (an ISO instant), and the instant of the next opening or closing within 14 days, else null.
 */
export function openingStatus(hours: ContactHours, timeZone: string, now: string): { open: boolean; changesAt: string | null } {
  const { open, changesAt } = openingDetails(hours, timeZone, now);
  return { open, changesAt };
}

/** Whether `hours` are open at `now`. */
export function isOpen(hours: ContactHours, timeZone: string, now: string, options: OpeningOptions = {}): boolean {
  return openingDetails(hours, timeZone, now, { ...options, horizonDays: 0 }).open;
}

/**
 * The instant at which `minutes` of opening time have passed since `from`: a reply promised
 * "within 2 hours during opening hours" to a message sent at 16:30, with 17:00 closing and
 * 09:00 opening, comes by 10:30 the next day. With 0 minutes, the first open instant at or
 * after `from`. Null when the hours within the horizon (counted from `from`) hold too little time.
 */
export function addOpeningMinutes(
  hours: ContactHours,
  timeZone: string,
  from: string,
  minutes: number,
  options: OpeningOptions = {},
): string | null {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError(`minutes must be a whole number ≥ 0, got ${minutes}`);
  const at = parseInstant(from);
  const horizonDays = horizonOf(options);
  const limit = at + horizonDays * DAY;
  const calendar = new Calendar(hours, timeZone, options);
  const today = shopClock(at, timeZone).day;
  let left = minutes * MINUTE;
  for (const [start, end] of calendar.openings(today - 2, today + horizonDays + 2)) {
    if (end <= at) continue;
    const begin = Math.max(start, at);
    if (begin > limit) return null;
    if (end - begin >= left) return begin + left <= limit ? isoInstant(begin + left) : null;
    left -= end - begin;
  }
  return null;
}

/** The instant the next calendar day starts in `timeZone`, after `now`. */
export function nextMidnight(now: string, timeZone: string): string {
  return isoInstant(dayStart(shopClock(parseInstant(now), timeZone).day + 1, timeZone));
}
