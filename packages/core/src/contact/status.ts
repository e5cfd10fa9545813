/**
 * What a contact channel can honestly promise now: whether it is open, and when a buyer who
 * writes now can expect a reply. The typical reply time counts during opening hours only
 * (the config says so), so a message sent after closing is answered after the next opening.
 */
import type { ContactConfig, ContactChannel, ContactHours } from '../schema/types.js';
import { isoInstant, parseInstant } from '../calendar/zoned.js';
import { addOpeningMinutes, openingDetails, type OpeningDetails, type OpeningOptions } from './hours.js';

const MINUTE = 60_000;

/** When a reply can be expected. */
export type ReplyExpectation =
  /** Within the typical time: open long enough (or always available). */
  | { kind: 'within'; minutes: number }
  /**
   * At the latest at `at`, after the next opening: closed now, or closing before the typical
   * time is up. `from` when the typical time is 0 (replies start at the opening itself).
   */
  | { kind: 'at'; at: string; from: boolean }
  /** Closed beyond the look-ahead: the typical time, once it reopens. */
  | { kind: 'after-reopening'; minutes: number };

export interface ChannelStatus {
  /** The hours in force: the channel's own, else the section's; undefined means always available. */
  hours: ContactHours | undefined;
  /** Open or closed and when that changes; undefined when always available. */
  opening: OpeningDetails | undefined;
  /** Undefined when the config gives no typical reply time. */
  reply: ReplyExpectation | undefined;
  /** The next instant either of the above changes, or null. */
  changesAt: string | null;
}

export interface ChannelStatusOptions extends OpeningOptions {
  /** The shop's IANA time zone (`shop.timeZone`): the hours are on its clock. */
  timeZone: string;
}

/** The hours a channel keeps: its own, else the contact section's, else none (always available). */
export function channelHours(channel: ContactChannel, contact: Pick<ContactConfig, 'hours'>): ContactHours | undefined {
  return channel.hours ?? contact.hours;
}

/** The holiday country to close on: `shop.country` when the section says `closedOnPublicHolidays`. */
export function holidayCountry(contact: Pick<ContactConfig, 'closedOnPublicHolidays'>, country: string | undefined): string | undefined {
  return contact.closedOnPublicHolidays ? country : undefined;
}

const earliest = (...instants: (string | null | undefined)[]): string | null =>
  instants.filter((instant): instant is string => typeof instant === 'string').sort()[0] ?? null;

/**
 * When a buyer who writes at `now` can expect a first reply, and when that answer changes.
 * - Open, with at least `replyMinutes` left before closing (or no hours at all): "within".
 * - Closed, or open but closing sooner: the instant `replyMinutes` of opening time after the
 *   next opening. While still open this ignores the minutes left today, so the promise never
 *   gets earlier than the truth, and it does not tick down minute by minute.
 * - Nothing opens within the look-ahead: "after reopening".
 */
export function replyExpectation(
  hours: ContactHours | undefined,
  replyMinutes: number,
  now: string,
  options: ChannelStatusOptions,
  opening: OpeningDetails | undefined = hours && openingDetails(hours, options.timeZone, now, options),
): { reply: ReplyExpectation; changesAt: string | null } {
  if (!hours || !opening) return { reply: { kind: 'within', minutes: replyMinutes }, changesAt: null };
  const at = parseInstant(now);
  const reply = replyMinutes * MINUTE;
  if (opening.open) {
    const closing = opening.nextClosing === null ? Infinity : parseInstant(opening.nextClosing);
    // Strictly before the closing: at the switch instant the promise becomes a time.
    if (at + reply < closing) {
      return { reply: { kind: 'within', minutes: replyMinutes }, changesAt: closing === Infinity ? null : isoInstant(closing - reply) };
    }
  }
  const replyAt = opening.nextOpening && addOpeningMinutes(hours, options.timeZone, opening.nextOpening, replyMinutes, options);
  if (!replyAt) return { reply: { kind: 'after-reopening', minutes: replyMinutes }, changesAt: opening.changesAt };
  return { reply: { kind: 'at', at: replyAt, from: replyMinutes === 0 }, changesAt: opening.changesAt };
}

/** Open or closed, the reply expectation, and when either changes, for one channel at `now`. */
export function channelStatus(
  channel: ContactChannel,
  contact: Pick<ContactConfig, 'hours'>,
  now: string,
  options: ChannelStatusOptions,
): ChannelStatus {
  const hours = channelHours(channel, contact);
  const opening = hours && openingDetails(hours, options.timeZone, now, options);
  const expectation = channel.replyMinutes === undefined ? undefined : replyExpectation(hours, channel.replyMinutes, now, options, opening);
  return {
    hours,
    opening,
    reply: expectation?.reply,
    changesAt: earliest(opening?.changesAt, expectation?.changesAt),
  };
}
