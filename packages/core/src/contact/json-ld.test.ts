import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CandorConfig, ContactConfig } from '../schema/types.js';
import { contactJsonLd } from './json-ld.js';

const sample = JSON.parse(readFileSync(new URL('../../../../examples/configs/pl-shoes.candor.json', import.meta.url), 'utf8')) as CandorConfig;
const DAY = (name: string) => `https://schema.org/${name}`;

describe('contactJsonLd', () => {
  it('describes each reachable channel with its hours and languages, leaving out chat and the shop', () => {
    const points = contactJsonLd(sample.contact!, { shop: sample.shop, now: '2026-11-24T10:00:00Z' });
    const reach = points.map((point) => point.telephone ?? point.email ?? point.url);
    expect(reach).toEqual(['+48123456789', 'sklep@kroki.example', 'https://wa.me/48600123456']);
    for (const point of points) expect(point).toMatchObject({ '@type': 'ContactPoint', contactType: 'customer service' });
    const [phone, email] = points;
    expect(phone!.name).toBe('Infolinia');
    expect(phone!.availableLanguage).toEqual(['pl', 'en']);
    // The phone line's own hours: weekdays 9–17, grouped into one specification.
    expect(phone!.hoursAvailable).toEqual(
      expect.arrayContaining([
        { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map(DAY), opens: '09:00', closes: '17:00' },
      ]),
    );
    // The e-mail follows the section's hours, with Saturday and the dated exceptions.
    expect(email!.hoursAvailable).toEqual(
      expect.arrayContaining([
        { '@type': 'OpeningHoursSpecification', dayOfWeek: [DAY('Saturday')], opens: '10:00', closes: '14:00' },
        { '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: '2026-12-24', validThrough: '2026-12-24' },
        { '@type': 'OpeningHoursSpecification', opens: '09:00', closes: '13:00', validFrom: '2026-12-31', validThrough: '2026-12-31' },
      ]),
    );
  });

  it('lists the coming year’s public holidays as closed days when the section closes on them', () => {
    const [phone] = contactJsonLd(sample.contact!, { shop: sample.shop, now: '2026-11-24T10:00:00Z' });
    const closedDays = phone!.hoursAvailable!.filter((spec) => spec.validFrom && spec.opens === '00:00' && spec.closes === '00:00').map((spec) => spec.validFrom);
    // 11 November has passed; Christmas Eve (a holiday in Poland since 2025), Christmas, New Year and Easter Monday 2027 come.
    expect(closedDays).toEqual(expect.arrayContaining(['2026-12-24', '2026-12-25', '2027-01-01', '2027-03-29', '2027-11-11']));
    expect(closedDays).not.toContain('2026-11-11');
    expect(closedDays.every((date) => date! >= '2026-11-24' && date! < '2027-11-24')).toBe(true);
    // Without a moment to count from, nothing dated is left out and no holiday is invented.
    const [timeless] = contactJsonLd(sample.contact!, { shop: sample.shop });
    expect(timeless!.hoursAvailable!.filter((spec) => spec.validFrom)).toEqual([]);
  });

  it('keeps an exception on a holiday as the exception says, and leaves past exceptions out', () => {
    const contact: ContactConfig = {
      closedOnPublicHolidays: true,
      hours: { mon: [['09:00', '17:00']], exceptions: [{ date: '2026-11-11', ranges: [['10:00', '12:00']] }, { date: '2026-01-02', ranges: [] }] },
      channels: [{ type: 'phone', value: '+48 12 345 67 89' }],
    };
    const [point] = contactJsonLd(contact, { shop: { name: 'Kroki', country: 'PL', timeZone: 'Europe/Warsaw' }, now: '2026-11-01T10:00:00Z' });
    const on = (date: string) => point!.hoursAvailable!.filter((spec) => spec.validFrom === date);
    expect(on('2026-11-11')).toEqual([{ '@type': 'OpeningHoursSpecification', opens: '10:00', closes: '12:00', validFrom: '2026-11-11', validThrough: '2026-11-11' }]);
    expect(on('2026-01-02')).toEqual([]);
  });

  it('writes the end of the day as 23:59 and keeps a range past midnight as written', () => {
    const contact: ContactConfig = { channels: [{ type: 'email', value: 'a@shop.example', hours: { fri: [['18:00', '24:00'], ['22:00', '02:00']] } }] };
    const [point] = contactJsonLd(contact);
    expect(point!.hoursAvailable!.map((spec) => [spec.opens, spec.closes])).toEqual([['18:00', '23:59'], ['22:00', '02:00']]);
  });

  it('leaves hours out for a channel that is always available, and builds addresses only from valid values', () => {
    const contact = {
      channels: [
        { type: 'telegram', value: 'kroki' },
        { type: 'email', value: 'javascript:alert(1)' },
        { type: 'form', value: 'javascript:alert(1)' },
        { type: 'viber', value: '+48 600 123 456' },
      ],
    } as unknown as ContactConfig;
    expect(contactJsonLd(contact)).toEqual([{ '@type': 'ContactPoint', contactType: 'customer service', url: 'https://t.me/kroki' }]);
  });
});
