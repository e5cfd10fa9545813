import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadMessages } from '../i18n/catalogs.js';
import { SUPPORTED_LOCALES, type Locale } from '../i18n/locales.js';
import type { Messages } from '../i18n/messages.js';
import { formatDateRange } from '../format/date.js';
import type { DeliveryDetails } from './estimate.js';
import { NOTICE_DATE, deliveryNoticeText, lineText, minutesLeft, noDeliveryText, type NoticeLine } from './notice-text.js';

const catalogs = Object.fromEntries(
  await Promise.all(SUPPORTED_LOCALES.map(async (locale) => [locale, (await loadMessages(locale)).delivery] as const)),
) as Record<Locale, Messages['delivery']>;

/** Tuesday 24 Nov 2026 in Warsaw, cut-off 14:00 (13:00Z), shipping today with InPost. */
function details(overrides: Partial<DeliveryDetails> = {}): DeliveryDetails {
  return {
    dispatchDate: '2026-11-24',
    orderBy: '2026-11-24T13:00:00Z',
    earliest: '2026-11-25',
    latest: '2026-11-26',
    carrier: 'inpost',
    carrierName: 'InPost Paczkomaty',
    today: '2026-11-24',
    startDate: '2026-11-24',
    stock: { mode: 'in-stock' },
    countdown: true,
    validUntil: '2026-11-24T13:00:00Z',
    carriers: [{ carrier: 'inpost', name: 'InPost Paczkomaty', earliest: '2026-11-25', latest: '2026-11-26' }],
    ...overrides,
  };
}

/** `now` so many minutes before the 13:00Z cut-off. */
const before = (minutes: number, seconds = 0) => Date.parse('2026-11-24T13:00:00Z') - minutes * 60_000 - seconds * 1000;
const headline = (locale: Locale, minutes: number, seconds = 0, intl: string = locale) =>
  lineText(deliveryNoticeText(details(), catalogs[locale], { locale: intl, now: before(minutes, seconds) }).headline);

describe('the countdown', () => {
  it.each([
    ['en', 'Order within 2 h 14 min and it ships today'],
    ['pl', 'Zostały 2 godz. 14 min, by zamówić z wysyłką dziś'],
    ['sl', 'Še 2 h 14 min za naročilo z odpremo danes'],
    ['el', 'Παραγγείλτε μέσα σε 2 ώρ. 14 λεπ. και αποστέλλεται σήμερα'],
    ['de', 'Bestellen Sie innerhalb von 2 Std. 14 Min., dann versenden wir heute'],
  ] as const)('reads naturally in %s', (locale, text) => {
    expect(headline(locale, 134)).toBe(text);
  });

  it('agrees with the number in Polish: one, few, many', () => {
    expect(headline('pl', 1)).toBe('Została 1 minuta, by zamówić z wysyłką dziś');
    expect(headline('pl', 2)).toBe('Zostały 2 minuty, by zamówić z wysyłką dziś');
    expect(headline('pl', 5)).toBe('Zostało 5 minut, by zamówić z wysyłką dziś');
    expect(headline('pl', 22)).toBe('Zostały 22 minuty, by zamówić z wysyłką dziś');
    expect(headline('pl', 60)).toBe('Została 1 godz., by zamówić z wysyłką dziś');
    expect(headline('pl', 5 * 60 + 3)).toBe('Zostało 5 godz. 3 min, by zamówić z wysyłką dziś');
  });

  it('uses the Slovenian dual', () => {
    expect(headline('sl', 1)).toBe('Še 1 minuta za naročilo z odpremo danes');
    expect(headline('sl', 2)).toBe('Še 2 minuti za naročilo z odpremo danes');
    expect(headline('sl', 3)).toBe('Še 3 minute za naročilo z odpremo danes');
    expect(headline('sl', 5)).toBe('Še 5 minut za naročilo z odpremo danes');
  });

  it('writes minutes out in English, German and Greek, singular and plural', () => {
    expect(headline('en', 1)).toBe('Order within 1 minute and it ships today');
    expect(headline('en', 45)).toBe('Order within 45 minutes and it ships today');
    expect(headline('de', 1)).toBe('Bestellen Sie innerhalb von 1 Minute, dann versenden wir heute');
    expect(headline('el', 1)).toBe('Παραγγείλτε μέσα σε 1 λεπτό και αποστέλλεται σήμερα');
    expect(headline('el', 30)).toBe('Παραγγείλτε μέσα σε 30 λεπτά και αποστέλλεται σήμερα');
  });

  it('rounds down, never promising a minute the buyer does not have', () => {
    expect(headline('en', 134, 59)).toBe('Order within 2 h 14 min and it ships today');
    expect(headline('en', 120)).toBe('Order within 2 h and it ships today');
    expect(minutesLeft('2026-11-24T13:00:00Z', before(0, 30))).toBe(1);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 * 60 * 60 }), (seconds) => {
        const shown = minutesLeft('2026-11-24T13:00:00Z', before(0, seconds));
        return shown >= 1 && (shown === 1 || shown * 60 <= seconds);
      }),
    );
  });

  it('names the dispatch day when handling takes longer than today', () => {
    const later = details({ dispatchDate: '2026-11-25', earliest: '2026-11-26', latest: '2026-11-27' });
    const text = deliveryNoticeText(later, catalogs.en, { locale: 'en-GB', now: before(134) });
    expect(lineText(text.headline)).toBe('Order within 2 h 14 min and it ships tomorrow, Wed 25 Nov');
  });

  it('stops once the cut-off has passed, even with stale details', () => {
    const text = deliveryNoticeText(details(), catalogs.en, { locale: 'en', now: before(-1) });
    expect(text.countdown).toBe(false);
    expect(lineText(text.headline)).not.toMatch(/within/);
  });
});

describe('without a countdown', () => {
  const tomorrow = details({
    dispatchDate: '2026-11-25', earliest: '2026-11-26', latest: '2026-11-27', startDate: '2026-11-25', countdown: false,
    orderBy: '2026-11-25T13:00:00Z', validUntil: '2026-11-24T23:00:00Z',
  });

  it.each([
    ['en', 'en-GB', 'Ships tomorrow, Wed 25 Nov', 'Arrives Thu 26 Nov\u2009–\u2009Fri 27 Nov with InPost Paczkomaty'],
    ['pl', 'pl-PL', 'Wysyłka jutro, śr., 25 lis', 'Dostawa czw., 26 lis–pt., 27 lis (InPost Paczkomaty)'],
    ['sl', 'sl-SI', 'Odprema jutri, sre., 25. nov.', 'Dostava čet., 26.–pet., 27. nov. (InPost Paczkomaty)'],
    ['el', 'el-GR', 'Αποστολή αύριο, Τετ 25 Νοε', 'Παράδοση Πέμ 26 Νοε – Παρ 27 Νοε με InPost Paczkomaty'],
    ['de', 'de-DE', 'Versand morgen, Mi., 25. Nov.', 'Zustellung Do., 26.\u2009–\u2009Fr., 27. Nov. mit InPost Paczkomaty'],
  ] as const)('says honestly when it ships, in %s', (locale, intl, ships, arrives) => {
    const text = deliveryNoticeText(tomorrow, catalogs[locale], { locale: intl, now: before(-60) });
    expect(text.countdown).toBe(false);
    expect(lineText(text.headline)).toBe(ships);
    expect(lineText(text.arrival)).toBe(arrives);
  });

  it('names a later day by its date', () => {
    const monday = details({ dispatchDate: '2026-11-30', startDate: '2026-11-30', today: '2026-11-28', countdown: false, earliest: '2026-12-01', latest: '2026-12-02' });
    expect(lineText(deliveryNoticeText(monday, catalogs.en, { locale: 'en-GB', now: before(0) }).headline)).toBe('Ships on Mon 30 Nov');
    expect(lineText(deliveryNoticeText(monday, catalogs.de, { locale: 'de', now: before(0) }).headline)).toBe('Versand am Mo., 30. Nov.');
  });
});

describe('stock', () => {
  it('tells when a back-ordered item returns and when it then ships', () => {
    const backorder = details({
      stock: { mode: 'backorder', restockDate: '2026-12-03' }, countdown: false,
      startDate: '2026-12-04', dispatchDate: '2026-12-04', earliest: '2026-12-05', latest: '2026-12-07',
    });
    const text = deliveryNoticeText(backorder, catalogs.en, { locale: 'en-GB', now: before(134) });
    expect(lineText(text.headline)).toBe('Back in stock Thu 3 Dec — ships on Fri 4 Dec');
    expect(text.headline.filter((segment) => segment.date).map((segment) => segment.date)).toEqual(['2026-12-03', '2026-12-04']);
    expect(lineText(deliveryNoticeText(backorder, catalogs.pl, { locale: 'pl', now: before(134) }).headline)).toBe(
      'Ponownie w magazynie czw., 3 gru — wysyłka pt., 4 gru',
    );
  });

  it('treats a restock date already past as stock on the shelf', () => {
    const arrived = details({ stock: { mode: 'backorder', restockDate: '2026-11-20' } });
    expect(lineText(deliveryNoticeText(arrived, catalogs.en, { locale: 'en', now: before(10) }).headline)).toBe(
      'Order within 10 minutes and it ships today',
    );
  });

  it('says an item is made to order, with the countdown only when the cut-off is real', () => {
    const made = details({ stock: { mode: 'made-to-order', leadDays: 5 }, dispatchDate: '2026-12-01', earliest: '2026-12-02', latest: '2026-12-03' });
    expect(lineText(deliveryNoticeText(made, catalogs.en, { locale: 'en-GB', now: before(134) }).headline)).toBe(
      'Made to order: order within 2 h 14 min and it ships on Tue 1 Dec',
    );
    const late = { ...made, countdown: false };
    expect(lineText(deliveryNoticeText(late, catalogs.en, { locale: 'en-GB', now: before(-5) }).headline)).toBe('Made to order: ships on Tue 1 Dec');
    expect(lineText(deliveryNoticeText(late, catalogs.sl, { locale: 'sl', now: before(-5) }).headline)).toBe(
      'Izdelava po naročilu: odprema tor., 1. dec.',
    );
  });
});

describe('dates', () => {
  const dated = (line: NoticeLine) => line.filter((segment) => segment.date);

  it('marks each end of a range with its own date and keeps the range as Intl writes it', () => {
    for (const locale of ['en-GB', 'pl', 'sl', 'el', 'de', 'en-US']) {
      const text = deliveryNoticeText(details({ earliest: '2026-11-27', latest: '2026-12-02' }), catalogs.en, { locale, now: before(10) });
      expect(dated(text.arrival).map((segment) => segment.date)).toEqual(['2026-11-27', '2026-12-02']);
      expect(lineText(text.arrival)).toContain(formatDateRange(locale, '2026-11-27', '2026-12-02', NOTICE_DATE));
    }
  });

  it('shows one date when the earliest is the latest: the promise', () => {
    const text = deliveryNoticeText(details({ earliest: '2026-11-25', latest: '2026-11-25' }), catalogs.en, { locale: 'en-GB', now: before(10) });
    expect(lineText(text.arrival)).toBe('Arrives Wed 25 Nov with InPost Paczkomaty');
    expect(dated(text.arrival)).toEqual([{ text: 'Wed 25 Nov', date: '2026-11-25' }]);
  });

  it('keeps a carrier name as plain text, whatever it contains', () => {
    const text = deliveryNoticeText(details({ carrierName: '<b>Fast</b> & "cheap"' }), catalogs.en, { locale: 'en', now: before(10) });
    expect(lineText(text.arrival)).toContain('<b>Fast</b> & "cheap"');
  });
});

describe('the on-time rate', () => {
  const onTime = { percent: 96.4, orders: 1843, from: '2026-10-01', to: '2026-10-31' };

  it.each([
    ['en', 'en-GB', '96.4% of 1,843 orders from 1\u2009–\u200931 Oct 2026 arrived within the dates shown'],
    ['pl', 'pl-PL', '96,4% z 1843 zamówień z okresu 1–31 paź 2026 dotarło w podanym terminie'],
    ['de', 'de-DE', '96,4\u00a0% von 1.843 Bestellungen vom 1.–31. Okt. 2026 kamen im angezeigten Zeitraum an'],
  ] as const)('is stated with its sample and period in %s', (locale, intl, text) => {
    const lines = deliveryNoticeText(details(), catalogs[locale], { locale: intl, now: before(10), onTime });
    expect(lineText(lines.onTime!)).toBe(text);
  });

  it('is left out when the shop has not measured one', () => {
    expect(deliveryNoticeText(details(), catalogs.en, { locale: 'en', now: before(10) }).onTime).toBeUndefined();
  });
});

describe('no carrier for the destination', () => {
  it.each([
    ['en', 'We don’t deliver to Norway'],
    ['pl', 'Nie dostarczamy do tego kraju: Norwegia'],
    ['sl', 'V to državo ne dostavljamo: Norveška'],
    ['el', 'Δεν αποστέλλουμε σε αυτή τη χώρα: Νορβηγία'],
    ['de', 'In dieses Land liefern wir nicht: Norwegen'],
  ] as const)('names the country in %s', (locale, text) => {
    expect(noDeliveryText(catalogs[locale], locale, 'no')).toBe(text);
  });

  it('falls back to the code for a region Intl cannot name', () => {
    expect(noDeliveryText(catalogs.en, 'en', '12')).toBe('We don’t deliver to 12');
  });
});
