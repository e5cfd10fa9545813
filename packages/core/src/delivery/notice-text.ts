/**
 * The delivery notice's words, built once for the element and for the server that
 * pre-renders it: the same details, catalog and `now` give the same lines, so the page does
 * not change when the element upgrades. DOM-free, and plain text only: a date is a segment
 * that carries its `YYYY-MM-DD` for a `<time datetime>`, never markup.
 */
import type { OnTimeRate } from '../schema/types.js';
import type { DispatchRelative, Messages, TimeLeft } from '../i18n/messages.js';
import { parseIsoDate } from '../calendar/civil.js';
import { dateTimeFormat } from '../format/intl-cache.js';
import { formatDate, formatDateRange } from '../format/date.js';
import { formatNumber } from '../format/number.js';
import type { DeliveryDetails } from './estimate.js';

/** A run of text; `date` (`YYYY-MM-DD`) when it names a calendar date. */
export interface NoticeSegment {
  text: string;
  date?: string;
}

/** One line of the notice, in reading order. */
export type NoticeLine = readonly NoticeSegment[];

export interface DeliveryNoticeText {
  /** When it ships: the countdown, the next dispatch day, the restock or the made-to-order lead. */
  headline: NoticeLine;
  /** When it arrives and with whom. */
  arrival: NoticeLine;
  /** The measured on-time rate, when the config has one. */
  onTime?: NoticeLine;
  /** Whether the headline counts down to `orderBy` (it changes each minute). */
  countdown: boolean;
}

/** How dates appear in the notice (DESIGN.md): `Wed 25 Nov`, `śr., 25 lis`. */
export const NOTICE_DATE: Intl.DateTimeFormatOptions & { weekday: 'short'; day: 'numeric'; month: 'short' } = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
};
const PERIOD_DATE = { day: 'numeric', month: 'short', year: 'numeric' } as const;
const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * Stand-ins handed to the catalog in place of formatted dates and the carrier's name, then
 * replaced by their segments. Private-use characters: no translation contains them; and text
 * from the config (a carrier's name) only ever enters through a slot, so a name that happens
 * to contain one of them is never mistaken for a slot.
 */
const SLOTS = ['\uE000', '\uE001', '\uE002'] as const;

/** The text of a line, for an accessible name, a test or a server's fallback. */
export function lineText(line: NoticeLine): string {
  return line.map((segment) => segment.text).join('');
}

/**
 * Whole minutes left before `orderBy`, rounded down so the countdown never promises a minute
 * the buyer does not have; the last, partial minute still reads "1 minute".
 */
export function minutesLeft(orderBy: string, now: number): number {
  return Math.max(1, Math.floor((Date.parse(orderBy) - now) / MINUTE));
}

function timeLeft(orderBy: string, now: number): TimeLeft {
  const minutes = minutesLeft(orderBy, now);
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

function dateSegment(locale: string, date: string): NoticeSegment {
  return { text: formatDate(locale, date, NOTICE_DATE), date };
}

/**
 * A date range as segments, each end carrying its own date: `Fri 27` `–` `Sat 28` ` Nov`
 * (what the two ends share stays plain text). One date when both ends are equal.
 */
function rangeSegments(locale: string, from: string, to: string): NoticeSegment[] {
  if (from === to) return [dateSegment(locale, from)];
  const format = dateTimeFormat(locale, { ...NOTICE_DATE, timeZone: 'UTC' });
  const segments: NoticeSegment[] = [];
  for (const part of format.formatRangeToParts(parseIsoDate(from) * DAY, parseIsoDate(to) * DAY)) {
    const date = part.source === 'startRange' ? from : part.source === 'endRange' ? to : undefined;
    const last = segments.at(-1);
    if (last && last.date === date) last.text += part.value;
    else segments.push(date ? { text: part.value, date } : { text: part.value });
  }
  return segments;
}

/** Renders `sentence`, replacing each slot marker by its segments. */
function fill(sentence: string, slots: readonly NoticeLine[]): NoticeSegment[] {
  const segments: NoticeSegment[] = [];
  let text = '';
  for (const character of sentence) {
    const slot = SLOTS.indexOf(character as (typeof SLOTS)[number]);
    if (slot < 0 || !slots[slot]) {
      text += character;
      continue;
    }
    if (text) segments.push({ text });
    text = '';
    segments.push(...slots[slot]!.map((segment) => ({ ...segment })));
  }
  if (text) segments.push({ text });
  return segments;
}

function relativeDay(today: string, date: string): DispatchRelative {
  const days = parseIsoDate(date) - parseIsoDate(today);
  return days <= 0 ? 'today' : days === 1 ? 'tomorrow' : 'later';
}

export interface NoticeTextOptions {
  /** The `Intl` locale the page resolved to, e.g. `pl-PL`. */
  locale: string;
  /** The moment to count down from, in ms since the epoch (the same `now` the details were computed for). */
  now: number;
  /** The config's `delivery.onTime`, shown as the third line when present. */
  onTime?: OnTimeRate | undefined;
}

/**
 * The notice's lines for `details`, in the catalog's words and the page's date format:
 * "Order within 2 h 14 min and it ships today" / "Arrives Fri 27 – Sat 28 Nov with InPost".
 * A countdown only when `details.countdown` says the cut-off is a real deadline.
 */
export function deliveryNoticeText(
  details: DeliveryDetails,
  messages: Messages['delivery'],
  { locale, now, onTime }: NoticeTextOptions,
): DeliveryNoticeText {
  const [first, second, third] = SLOTS;
  const dispatch = dateSegment(locale, details.dispatchDate);
  const shipsLine = fill(messages.dispatchDay({ relative: relativeDay(details.today, details.dispatchDate), date: first }), [[dispatch]]);
  // The dispatch phrase goes into the sentence as a slot of its own, with its date inside.
  const ships = second;
  const countdown = details.countdown && Date.parse(details.orderBy) > now;
  const { stock } = details;

  let headline: string;
  const slots: NoticeLine[] = [[], shipsLine];
  // A restock date in the past is stock on the shelf (the estimate counts it so too).
  if (stock.mode === 'backorder' && stock.restockDate >= details.today) {
    slots[0] = [dateSegment(locale, stock.restockDate)];
    headline = messages.backorder({ restock: first, ships });
  } else if (stock.mode === 'made-to-order') {
    headline = messages.madeToOrder(countdown ? { ships, locale, ...timeLeft(details.orderBy, now) } : { ships, locale });
  } else if (countdown) {
    headline = messages.countdown({ ships, locale, ...timeLeft(details.orderBy, now) });
  } else {
    headline = messages.ships({ ships });
  }

  const text: DeliveryNoticeText = {
    headline: fill(headline, slots),
    arrival: fill(messages.arrives({ dates: first, carrier: third }), [
      rangeSegments(locale, details.earliest, details.latest),
      [],
      [{ text: details.carrierName }],
    ]),
    countdown,
  };
  if (onTime) {
    const percent = formatNumber(locale, onTime.percent / 100, { style: 'percent', maximumFractionDigits: 1 });
    const period = formatDateRange(locale, onTime.from, onTime.to, PERIOD_DATE);
    text.onTime = [{ text: messages.onTime({ percent, orders: onTime.orders, period, locale }) }];
  }
  return text;
}

/** The line shown when no carrier serves the buyer's country: its name in the page language. */
export function noDeliveryText(messages: Messages['delivery'], locale: string, destination: string): string {
  let country = destination;
  try {
    country = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(destination.toUpperCase()) ?? destination;
  } catch {
    // Not a region code Intl knows: name it by its code.
  }
  return messages.noDelivery({ country });
}
