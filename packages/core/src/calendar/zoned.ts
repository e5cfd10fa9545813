/**
 * Wall-clock time in an IANA time zone, through `Intl` only (no time-zone data of our own).
 * Delivery arithmetic counts calendar days and compares minutes on the warehouse's wall
 * clock; instants appear only at the edges (now, the cut-off). Never a fixed offset, never
 * n × 24 h: both go wrong twice a year.
 */
import { dayNumber } from './civil.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    // en-US with h23 gives plain Latin digits and hours 0–23 in every runtime.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The wall clock in `timeZone` at `instant` (ms since the epoch): its day number and minute of the day. */
export function wallClock(instant: number, timeZone: string): { day: number; minute: number; second: number } {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  // Years before 1 AD come with an era; delivery never needs them, but keep the arithmetic total.
  const day = dayNumber(parts.year!, parts.month!, parts.day!);
  return { day, minute: parts.hour! * 60 + parts.minute!, second: parts.second! };
}

/** How far the wall clock in `timeZone` is ahead of UTC at `instant`, in ms (whole seconds). */
function offsetAt(instant: number, timeZone: string): number {
  const wall = wallClock(instant, timeZone);
  const asUtc = wall.day * DAY + wall.minute * MINUTE + wall.second * 1000;
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The first instant at which the wall clock in `timeZone` shows `minute` of `day` or later.
 * A time that happens twice (clocks going back) is its first occurrence; a time that never
 * happens (clocks going forward) is the moment the clocks jump past it — a 02:30 cut-off on
 * a spring-forward night in Warsaw is 03:00 CEST, the first minute that is no longer before
 * 02:30. So later wall times never map to earlier instants, which a deadline needs.
 */
export function instantAt(day: number, minute: number, timeZone: string): number {
  const wall = day * DAY + minute * MINUTE;
  const before = wall - offsetAt(wall - DAY, timeZone);
  const after = wall - offsetAt(wall + DAY, timeZone);
  const reached = (instant: number) => {
    const shown = wallClock(instant, timeZone);
    return shown.day > day || (shown.day === day && shown.minute >= minute);
  };
  const exact = [before, after].filter((candidate) => {
    const shown = wallClock(candidate, timeZone);
    return shown.day === day && shown.minute === minute;
  });
  if (exact.length > 0) return Math.min(...exact);
  // In a gap: search the minutes between the two candidates for the jump.
  let low = Math.min(before, after);
  let high = Math.max(before, after);
  if (reached(low)) return low;
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (reached(middle)) high = middle;
    else low = middle;
  }
  return high;
}

/** An instant as `2026-11-24T13:00:00Z`: ISO 8601 in UTC, whole seconds. */
export function isoInstant(instant: number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `+01:00`-style offset of `timeZone` at `instant`. */
export function offsetString(instant: number, timeZone: string): string {
  const minutes = Math.round(offsetAt(instant, timeZone) / MINUTE);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

/** Parses an ISO instant that carries its offset; a RangeError otherwise (a bare local time is ambiguous). */
export function parseInstant(value: string): number {
  const time = INSTANT.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw new RangeError(`Expected an ISO instant with an offset, such as 2026-11-24T13:05:00Z, got ${JSON.stringify(value)}`);
  return time;
}
