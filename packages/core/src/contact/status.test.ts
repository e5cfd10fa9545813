import { describe, expect, it } from 'vitest';
import type { ContactChannel, ContactConfig, ContactHours } from '../schema/types.js';
import { SUPPORTED_LOCALES } from '../i18n/locales.js';
import { loadMessages } from '../i18n/catalogs.js';
import type { Messages } from '../i18n/messages.js';
import { channelStatus, replyExpectation } from './status.js';
import { channelStatusText, languagesText, replyDuration } from './text.js';

const WARSAW = 'Europe/Warsaw';
const weekdays = (ranges: [string, string][]): ContactHours => ({ mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges });
const hours: ContactHours = { ...weekdays([['09:00', '17:00']]), sat: [['10:00', '14:00']] };
const contact: ContactConfig = { hours, channels: [{ type: 'email', value: 'sklep@kroki.example', replyMinutes: 120 }] };
const email = (replyMinutes?: number, own?: ContactHours): ContactChannel => ({
  type: 'email', value: 'sklep@kroki.example', ...(replyMinutes !== undefined && { replyMinutes }), ...(own && { hours: own }),
});
const options = { timeZone: WARSAW };

const messages = Object.fromEntries(await Promise.all(SUPPORTED_LOCALES.map(async (locale) => [locale, (await loadMessages(locale)).contact]))) as Record<
  (typeof SUPPORTED_LOCALES)[number],
  Messages['contact']
>;

describe('replyExpectation', () => {
  it('promises the typical time while open long enough, and says until when that holds', () => {
    // Tuesday 11:00: closes at 17:00, a 2-hour reply fits until 15:00.
    expect(replyExpectation(hours, 120, '2026-11-24T10:00:00Z', options)).toEqual({
      reply: { kind: 'within', minutes: 120 },
      changesAt: '2026-11-24T14:00:00Z',
    });
  });

  it('gives a time after the next opening when closing comes first, never sooner than the truth', () => {
    // Tuesday 15:30: 90 minutes left today; the conservative promise counts from tomorrow's 09:00.
    expect(replyExpectation(hours, 120, '2026-11-24T14:30:00Z', options)).toEqual({
      reply: { kind: 'at', at: '2026-11-25T10:00:00Z', from: false },
      changesAt: '2026-11-24T16:00:00Z',
    });
  });

  it('when closed: the next opening plus the typical time, counted in opening hours', () => {
    // Saturday 15:00: Monday 09:00 opening, a 2-hour reply by 11:00.
    expect(replyExpectation(hours, 120, '2026-11-28T14:00:00Z', options).reply).toEqual({ kind: 'at', at: '2026-11-30T10:00:00Z', from: false });
    // Friday 18:00, 6 hours: Saturday's 4 hours, then 2 on Monday.
    expect(replyExpectation(hours, 360, '2026-11-27T17:00:00Z', options).reply).toEqual({ kind: 'at', at: '2026-11-30T10:00:00Z', from: false });
    // A phone answered at once: from the opening.
    expect(replyExpectation(hours, 0, '2026-11-28T14:00:00Z', options).reply).toEqual({ kind: 'at', at: '2026-11-30T08:00:00Z', from: true });
  });

  it('without hours, always the typical time; closed beyond the look-ahead, after reopening', () => {
    expect(replyExpectation(undefined, 30, '2026-11-28T14:00:00Z', options)).toEqual({ reply: { kind: 'within', minutes: 30 }, changesAt: null });
    const away: ContactHours = { ...hours, exceptions: Array.from({ length: 21 }, (_, i) => ({ date: `2026-08-${String(i + 1).padStart(2, '0')}`, ranges: [] })) };
    expect(replyExpectation(away, 30, '2026-08-01T10:00:00Z', options)).toEqual({ reply: { kind: 'after-reopening', minutes: 30 }, changesAt: null });
  });
});

describe('channelStatus', () => {
  it('takes the channel’s own hours over the section’s, and public holidays when asked', () => {
    const store = email(undefined, { sun: [['10:00', '12:00']] });
    expect(channelStatus(store, contact, '2026-11-29T09:30:00Z', options).opening?.open).toBe(true);
    expect(channelStatus(email(), contact, '2026-11-29T09:30:00Z', options).opening?.open).toBe(false);
    expect(channelStatus(email(), contact, '2026-11-11T10:00:00Z', { ...options, publicHolidaysOf: 'PL' }).opening).toMatchObject({ open: false, holiday: true });
  });

  it('is always available without any hours, and changes at the earliest of its status and its promise', () => {
    expect(channelStatus(email(15), {}, '2026-11-24T10:00:00Z', options)).toEqual({
      hours: undefined, opening: undefined, reply: { kind: 'within', minutes: 15 }, changesAt: null,
    });
    expect(channelStatus(email(120), contact, '2026-11-24T10:00:00Z', options).changesAt).toBe('2026-11-24T14:00:00Z');
    expect(channelStatus(email(), contact, '2026-11-24T10:00:00Z', options).changesAt).toBe('2026-11-24T16:00:00Z');
  });
});

describe('replyDuration', () => {
  it('rounds up to minutes, hours up to two days, then days', () => {
    expect(replyDuration(0)).toBeUndefined();
    expect(replyDuration(5)).toEqual({ unit: 'minute', count: 5 });
    expect(replyDuration(59)).toEqual({ unit: 'minute', count: 59 });
    expect(replyDuration(60)).toEqual({ unit: 'hour', count: 1 });
    expect(replyDuration(90)).toEqual({ unit: 'hour', count: 2 });
    expect(replyDuration(1440)).toEqual({ unit: 'hour', count: 24 });
    expect(replyDuration(48 * 60 + 1)).toEqual({ unit: 'day', count: 3 });
  });
});

describe('channelStatusText', () => {
  const text = (locale: keyof typeof messages, channel: ContactChannel, now: string, extra: Partial<{ viewerTimeZone: string; publicHolidaysOf: string }> = {}) =>
    channelStatusText(channelStatus(channel, contact, now, { ...options, ...extra }), messages[locale], {
      locale: locale === 'en' ? 'en-GB' : locale, timeZone: WARSAW, now, viewerTimeZone: extra.viewerTimeZone ?? WARSAW,
    });

  it('says open until the close, and how fast replies come', () => {
    expect(text('en', email(120), '2026-11-24T10:00:00Z')).toEqual({
      status: 'Open now · until 17:00', open: true, reply: 'We usually reply within 2 hours', changesAt: '2026-11-24T14:00:00Z',
    });
  });

  it('says closed, when it opens and when a reply can be expected, and changes again at the shop’s midnight', () => {
    // Saturday 15:00 → Monday.
    expect(text('en', email(120), '2026-11-28T14:00:00Z')).toEqual({
      status: 'Closed now · opens on Monday at 09:00',
      open: false,
      reply: 'Expect a reply on Monday by 11:00',
      changesAt: '2026-11-28T23:00:00Z',
    });
    // Monday 07:00: "today".
    expect(text('en', email(0), '2026-11-30T06:00:00Z')).toMatchObject({ status: 'Closed now · opens today at 09:00', reply: 'Expect a reply today from 09:00', changesAt: '2026-11-30T08:00:00Z' });
    // Tuesday 18:00: "tomorrow".
    expect(text('en', email(15), '2026-11-24T17:00:00Z').status).toBe('Closed now · opens tomorrow at 09:00');
  });

  it('says why on a public holiday, and names a date beyond the coming week', () => {
    expect(text('en', email(), '2026-11-11T10:00:00Z', { publicHolidaysOf: 'PL' }).status).toBe('Closed for the public holiday · opens tomorrow at 09:00');
    const later = email(undefined, { exceptions: [{ date: '2026-12-07', ranges: [['10:00', '12:00']] }] });
    expect(text('en', later, '2026-11-28T14:00:00Z').status).toBe('Closed now · opens on 7 December at 10:00');
  });

  it('names the shop’s time zone when the buyer’s clock differs', () => {
    expect(text('en', email(120), '2026-11-24T10:00:00Z', { viewerTimeZone: 'Europe/London' }).status).toBe('Open now · until 17:00 CET');
    // Same offset, other zone name: no need to say.
    expect(text('en', email(120), '2026-11-24T10:00:00Z', { viewerTimeZone: 'Europe/Ljubljana' }).status).toBe('Open now · until 17:00');
  });

  it('speaks every language, with its cases and plurals', () => {
    const saturday = '2026-11-28T14:00:00Z';
    expect(text('pl', email(120), saturday)).toMatchObject({ status: 'Zamknięte · otwieramy w poniedziałek o 09:00', reply: 'Odpowiemy w poniedziałek do 11:00' });
    expect(text('sl', email(120), saturday)).toMatchObject({ status: 'Zaprto · odpremo v ponedeljek ob 09:00', reply: 'Odgovorimo v ponedeljek do 11:00' });
    expect(text('de', email(120), saturday)).toMatchObject({ status: 'Jetzt geschlossen · öffnet am Montag um 09:00', reply: 'Antwort am Montag bis 11:00' });
    expect(text('el', email(120), saturday).status).toMatch(/^Κλειστά τώρα · ανοίγουμε τη Δευτέρα στις 09:00/);
    const sunday = email(undefined, { exceptions: [{ date: '2026-12-07', ranges: [['10:00', '12:00']] }] });
    expect(text('sl', sunday, saturday).status).toBe('Zaprto · odpremo 7. decembra ob 10:00');
    expect(text('pl', sunday, saturday).status).toBe('Zamknięte · otwieramy 7 grudnia o 10:00');

    const now = '2026-11-24T10:00:00Z';
    const within = (locale: keyof typeof messages, minutes: number) =>
      channelStatusText(channelStatus(email(minutes), {}, now, options), messages[locale], { locale, timeZone: WARSAW, now }).reply;
    expect([1, 2, 5, 22].map((minutes) => within('pl', minutes))).toEqual([
      'Zwykle odpowiadamy w ciągu 1 minuty', 'Zwykle odpowiadamy w ciągu 2 minut', 'Zwykle odpowiadamy w ciągu 5 minut', 'Zwykle odpowiadamy w ciągu 22 minut',
    ]);
    expect([60, 120, 300].map((minutes) => within('pl', minutes))).toEqual([
      'Zwykle odpowiadamy w ciągu 1 godziny', 'Zwykle odpowiadamy w ciągu 2 godzin', 'Zwykle odpowiadamy w ciągu 5 godzin',
    ]);
    expect([1, 2, 3, 5].map((minutes) => within('sl', minutes))).toEqual([
      'Običajno odgovorimo v 1 minuti', 'Običajno odgovorimo v 2 minutah', 'Običajno odgovorimo v 3 minutah', 'Običajno odgovorimo v 5 minutah',
    ]);
    expect([60, 120].map((minutes) => within('el', minutes))).toEqual(['Συνήθως απαντάμε μέσα σε 1 ώρα', 'Συνήθως απαντάμε μέσα σε 2 ώρες']);
    expect([1, 4320].map((minutes) => within('de', minutes))).toEqual(['Wir antworten meist innerhalb von 1 Minute', 'Wir antworten meist innerhalb von 3 Tagen']);
    expect([1, 2880].map((minutes) => within('en', minutes))).toEqual(['We usually reply within 1 minute', 'We usually reply within 48 hours']);
    for (const locale of SUPPORTED_LOCALES) expect(within(locale, 0), locale).toBe(messages[locale].replyNow);
  });
});

describe('languagesText', () => {
  it('names languages in the page language and joins them as it does', () => {
    expect(languagesText(['pl', 'en', 'uk'], messages.en, 'en')).toBe('Languages: Polish, English, and Ukrainian');
    expect(languagesText(['pl', 'en'], messages.pl, 'pl')).toBe('Języki: polski i angielski');
    expect(languagesText([], messages.en, 'en')).toBeUndefined();
  });
});
