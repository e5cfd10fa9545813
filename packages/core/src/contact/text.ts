/**
 * The words of a channel card, built once for the element and for a server that pre-renders
 * it: "Open now · until 17:00", "We usually reply within 2 hours", "Expect a reply on Monday
 * by 12:00". Times are on the shop's clock (the hours are written on it); when the buyer's own
 * clock differs at that instant, the time carries its zone ("10:00 CET"), so nobody calls an
 * hour early. Plain text only.
 */
import type { ContactDay, Messages, ReplyDuration } from '../i18n/messages.js';
import { civilOf, isoDate, isoWeekday } from '../calendar/civil.js';
import { isoInstant, parseInstant } from '../calendar/zoned.js';
import { nextMidnight, shopClock } from './hours.js';
import { formatDate, formatTime } from '../format/date.js';
import { formatList } from '../format/list.js';
import type { ChannelStatus, ReplyExpectation } from './status.js';

const DAY = 86_400_000;

export interface ContactTextOptions {
  /** The `Intl` locale the page resolved to, e.g. `pl-PL`. */
  locale: string;
  /** The shop's time zone, which the hours are on. */
  timeZone: string;
  /** The same `now` the status was computed for (ISO instant). */
  now: string;
  /** The buyer's time zone; times get a zone name where its clock differs from the shop's. */
  viewerTimeZone?: string | undefined;
}

export interface ChannelStatusText {
  /** `Open now · until 17:00` / `Closed now · opens on Monday at 10:00`; undefined when always available. */
  status?: string;
  /** Whether the status says open (for a visual marker beside it). */
  open?: boolean;
  /** The reply expectation; undefined without a typical reply time. */
  reply?: string;
  /** The next instant any of these words change: the status's change, or the shop's next midnight when a word like "tomorrow" is used. */
  changesAt: string | null;
}

/** A typical reply time in words: whole minutes under an hour, whole hours up to two days, then whole days — rounded up, never promising faster. */
export function replyDuration(minutes: number): ReplyDuration | undefined {
  if (!Number.isFinite(minutes) || minutes <= 0) return undefined;
  if (minutes < 60) return { unit: 'minute', count: Math.ceil(minutes) };
  if (minutes <= 48 * 60) return { unit: 'hour', count: Math.ceil(minutes / 60) };
  return { unit: 'day', count: Math.ceil(minutes / (24 * 60)) };
}

/** Where `instant` falls from today on the shop's clock. */
function relativeDay(today: number, day: number): ContactDay {
  const days = day - today;
  return days <= 0 ? 'today' : days === 1 ? 'tomorrow' : days < 7 ? 'weekday' : 'date';
}

/** Words for an instant on the shop's clock: a day phrase from the catalog and a time. */
function moment(instant: number, messages: Messages['contact'], options: ContactTextOptions): { day: string; time: string; relative: ContactDay } {
  const { locale, timeZone } = options;
  const today = shopClock(parseInstant(options.now), timeZone).day;
  const { day } = shopClock(instant, timeZone);
  const relative = relativeDay(today, day);
  const { month, day: dayOfMonth } = civilOf(day);
  const date = formatDate(locale, isoDate(day), { day: 'numeric', month: 'long' });
  return {
    day: messages.day({ relative, weekday: isoWeekday(day), date, dayOfMonth, month, locale }),
    time: clockTime(instant, options),
    relative,
  };
}

/** `10:00` on the shop's clock, `10:00 CET` when the buyer's clock shows another time then. */
function clockTime(instant: number, { locale, timeZone, viewerTimeZone }: ContactTextOptions): string {
  let differs = false;
  if (viewerTimeZone && viewerTimeZone !== timeZone) {
    try {
      const viewer = shopClock(instant, viewerTimeZone);
      const shop = shopClock(instant, timeZone);
      differs = viewer.day !== shop.day || viewer.minute !== shop.minute;
    } catch {
      differs = false; // an unknown zone from the browser: say nothing about it
    }
  }
  return formatTime(locale, instant, timeZone, { hour: '2-digit', minute: '2-digit', ...(differs && { timeZoneName: 'short' }) });
}

interface Words {
  text: string;
  /** Says "today", "tomorrow" or a weekday, which the shop's midnight changes. */
  usesDay: boolean;
  /** Another instant the words change at, besides the status's own. */
  changesAt?: number;
}

function statusText(status: ChannelStatus, messages: Messages['contact'], options: ContactTextOptions): Words | undefined {
  const opening = status.opening;
  if (!opening) return undefined;
  const now = parseInstant(options.now);
  if (opening.open) {
    const closing = opening.nextClosing === null ? undefined : parseInstant(opening.nextClosing);
    // "Until 17:00" names the next 17:00: a close more than a day away gets it only from a day before.
    if (closing !== undefined && closing - now > DAY) return { text: messages.openNow({}), usesDay: false, changesAt: closing - DAY };
    return { text: messages.openNow({ until: closing === undefined ? undefined : clockTime(closing, options) }), usesDay: false };
  }
  if (opening.nextOpening === null) return { text: messages.closedNow({ holiday: opening.holiday }), usesDay: false };
  const { day, time } = moment(parseInstant(opening.nextOpening), messages, options);
  return { text: messages.closedNow({ day, time, holiday: opening.holiday }), usesDay: true };
}

function replyText(reply: ReplyExpectation, messages: Messages['contact'], options: ContactTextOptions): Words {
  const duration = replyDuration(reply.kind === 'at' ? 0 : reply.minutes);
  switch (reply.kind) {
    case 'within':
      return { text: duration ? messages.replyWithin({ ...duration, locale: options.locale }) : messages.replyNow, usesDay: false };
    case 'after-reopening':
      return { text: messages.replyAfterReopening(duration && { ...duration, locale: options.locale }), usesDay: false };
    case 'at': {
      const { day, time } = moment(parseInstant(reply.at), messages, options);
      return { text: messages.replyAt({ day, time, from: reply.from }), usesDay: true };
    }
  }
}

/** The status and reply lines of a channel, in the catalog's words, and when they next change. */
export function channelStatusText(status: ChannelStatus, messages: Messages['contact'], options: ContactTextOptions): ChannelStatusText {
  const result: ChannelStatusText = { changesAt: status.changesAt };
  const shown = statusText(status, messages, options);
  const reply = status.reply && replyText(status.reply, messages, options);
  if (shown) {
    result.status = shown.text;
    result.open = status.opening!.open;
  }
  if (reply) result.reply = reply.text;
  const changes = [status.changesAt === null ? Infinity : parseInstant(status.changesAt), shown?.changesAt ?? Infinity];
  // "Tomorrow" becomes "today" at the shop's midnight.
  if (shown?.usesDay || reply?.usesDay) changes.push(parseInstant(nextMidnight(options.now, options.timeZone)));
  const first = Math.min(...changes);
  result.changesAt = first === Infinity ? null : isoInstant(first);
  return result;
}

/** `Languages: Polish, English`: each BCP 47 tag named in the page language, joined as the language joins lists. */
export function languagesText(languages: readonly string[], messages: Messages['contact'], locale: string): string | undefined {
  if (languages.length === 0) return undefined;
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  } catch {
    names = undefined;
  }
  const named = languages.map((tag) => {
    try {
      return names?.of(tag) ?? tag;
    } catch {
      return tag; // not a tag Intl can name: show it as written
    }
  });
  return messages.languages(formatList(locale, named));
}
