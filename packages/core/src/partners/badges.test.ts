import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '../i18n/catalogs.js';
import { SUPPORTED_LOCALES, type Locale } from '../i18n/locales.js';
import type { Messages } from '../i18n/messages.js';
import type { PartnersConfig } from '../schema/types.js';
import { validatePartnersSection } from '../validate/validate.js';
import { feeText, partnerBadges, partnerName, safeHttpUrl, selectPartners, type PartnerFee } from './badges.js';
import { loadPartnerDescriptions } from './descriptions.js';

const catalogs = Object.fromEntries(
  await Promise.all(SUPPORTED_LOCALES.map(async (locale) => [locale, await loadMessages(locale)] as const)),
) as Record<Locale, Messages>;
const en = catalogs.en.partners;
const NBSP = /[\u00a0\u202f]/g;
const plain = (text: string | undefined) => text?.replace(NBSP, ' ');

/** The Polish sample shop's partners, trimmed. */
const polish: PartnersConfig = {
  payment: [
    { id: 'blik', description: 'Płatność kodem z aplikacji banku' },
    { id: 'visa' },
    { id: 'paypo', url: 'https://www.paypo.pl' },
    { id: 'cash-on-delivery', fee: { amount: 5, currency: 'PLN' }, destinations: ['PL'] },
    { name: 'Raty Santander', kind: 'pay-later', products: ['sofa-1'] },
  ],
  couriers: [
    { id: 'inpost', name: 'InPost Paczkomaty', fee: { amount: 12.99 }, destinations: ['PL'] },
    { id: 'dpd', fee: { amount: 0 } },
  ],
};

describe('selectPartners', () => {
  it('keeps the config order, payment methods first, and the asked group only', () => {
    const names = (kind?: 'payment' | 'courier' | 'all') => selectPartners(polish, { kind }).map(({ partner }) => partner.id ?? partner.name);
    expect(names()).toEqual(['blik', 'visa', 'paypo', 'cash-on-delivery', 'Raty Santander', 'inpost', 'dpd']);
    expect(names('payment')).toEqual(['blik', 'visa', 'paypo', 'cash-on-delivery', 'Raty Santander']);
    expect(names('courier')).toEqual(['inpost', 'dpd']);
    expect(selectPartners({}, {})).toEqual([]);
  });

  it('leaves out partners limited to other countries or products, only when the query names one', () => {
    const ids = (query: Parameters<typeof selectPartners>[1]) => selectPartners(polish, query).map(({ partner }) => partner.id ?? partner.name);
    expect(ids({ destination: 'DE' })).toEqual(['blik', 'visa', 'paypo', 'Raty Santander', 'dpd']);
    // Country codes match in any case and with stray spaces, as attributes are typed.
    expect(ids({ destination: ' pl ' })).toContain('cash-on-delivery');
    expect(ids({ product: 'shoe-7' })).not.toContain('Raty Santander');
    expect(ids({ product: 'sofa-1' })).toContain('Raty Santander');
    expect(ids({ destination: '', product: '' })).toHaveLength(7);
    // Found by fuzzing the element: a removed attribute reads as null.
    expect(ids({ destination: null, product: null })).toHaveLength(7);
    expect(selectPartners(polish, { kind: 'courier', destination: 'CZ' }).map((each) => each.index)).toEqual([1]);
  });
});

describe('partnerName', () => {
  it('is the merchant\'s, else the catalog\'s for the language, else the brand as written', () => {
    expect(partnerName('courier', { id: 'inpost', name: 'InPost Paczkomaty' }, en)).toBe('InPost Paczkomaty');
    expect(partnerName('payment', { id: 'cash-on-delivery' }, catalogs.pl.partners)).toBe('Płatność przy odbiorze');
    expect(partnerName('payment', { id: 'cash-on-delivery' }, catalogs.el.partners)).toBe('Αντικαταβολή');
    expect(partnerName('courier', { id: 'elta' }, catalogs.el.partners)).toBe('ΕΛΤΑ Courier');
    expect(partnerName('courier', { id: 'elta' }, catalogs.pl.partners)).toBe('ELTA Courier');
    expect(partnerName('payment', { id: 'amex' })).toBe('American Express');
    expect(partnerName('payment', { id: 'bank-transfer' }, en)).toBe('Bank transfer');
  });
});

describe('feeText', () => {
  it('formats amounts as currency through Intl, in the fee\'s currency or the shop\'s', () => {
    const pl = { locale: 'pl-PL', messages: catalogs.pl.partners, currency: 'PLN' };
    expect(plain(feeText({ amount: 5 }, 'payment', pl))).toBe('Opłata: 5,00 zł');
    expect(plain(feeText({ amount: 12.99 }, 'courier', pl))).toBe('Dostawa: 12,99 zł');
    expect(plain(feeText({ amount: 2, currency: 'EUR' }, 'payment', pl))).toBe('Opłata: 2,00 €');
    expect(plain(feeText({ amount: 1234.5, currency: 'EUR' }, 'courier', { locale: 'de-DE', messages: catalogs.de.partners }))).toBe('Versand: 1.234,50 €');
    expect(plain(feeText({ amount: 3.5 }, 'courier', { locale: 'el-GR', messages: catalogs.el.partners, currency: 'EUR' }))).toBe('Μεταφορικά: 3,50 €');
    expect(plain(feeText({ amount: 2.5 }, 'courier', { locale: 'sl-SI', messages: catalogs.sl.partners, currency: 'EUR' }))).toBe('Dostava: 2,50 €');
  });

  it('shows a percentage of the order, alone or beside an amount', () => {
    const text = { locale: 'en-GB', messages: en, currency: 'GBP' };
    expect(feeText({ percent: 1.5 }, 'payment', text)).toBe('Fee: 1.5% of the order');
    expect(feeText({ amount: 1, percent: 2.25 }, 'payment', text)).toBe('Fee: £1.00 + 2.25% of the order');
    expect(plain(feeText({ percent: 1.5 }, 'payment', { locale: 'pl', messages: catalogs.pl.partners }))).toBe('Opłata: 1,5% wartości zamówienia');
  });

  it('says "free" only for a fee of zero', () => {
    const text = { locale: 'en', messages: en, currency: 'EUR' };
    expect(feeText({ amount: 0 }, 'courier', text)).toBe('Free delivery');
    expect(feeText({ amount: 0, percent: 0 }, 'payment', text)).toBe('No extra fee');
    expect(feeText({ amount: 0.001 }, 'payment', text)).toBe('Fee: €0.00');
    expect(feeText({ amount: 0, percent: 3 }, 'payment', text)).toBe('Fee: 3% of the order');
  });

  it('still shows the amount without any currency, or with one Intl does not know', () => {
    expect(feeText({ amount: 5 }, 'payment', { locale: 'en', messages: en })).toBe('Fee: 5');
    expect(feeText({ amount: 5, currency: 'XX1' }, 'payment', { locale: 'en', messages: en })).toBe('Fee: 5.00 XX1');
  });

  it('never throws and always shows a positive fee\'s digits, for any amount, percentage, currency and locale', () => {
    const currencies = fc.constantFrom(undefined, 'PLN', 'EUR', 'JPY', 'BHD', 'CHF', 'USD', 'XXX', 'ABC');
    const locales = fc.constantFrom('en', 'en-IN', 'pl-PL', 'sl', 'el-GR', 'de-AT', 'de-CH', 'ar-EG');
    fc.assert(
      fc.property(
        fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: undefined }),
        fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
        currencies,
        locales,
        fc.constantFrom('payment' as const, 'courier' as const),
        (amount, percent, currency, locale, group) => {
          fc.pre(amount !== undefined || percent !== undefined);
          const fee = { ...(amount !== undefined && { amount }), ...(percent !== undefined && { percent }), ...(currency && { currency }) } as PartnerFee;
          const text = feeText(fee, group, { locale, messages: en, currency: 'EUR' });
          const paid = (amount ?? 0) > 0 || (percent ?? 0) > 0;
          expect(text === en.free(group)).toBe(!paid);
          if (paid) expect(text).toMatch(/\p{Nd}/u);
          expect(text).not.toMatch(/NaN|undefined|Infinity/);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('partnerBadges', () => {
  it('gives each badge its name, description (the merchant\'s first), fee and safe link', async () => {
    const descriptions = await loadPartnerDescriptions('pl');
    const badges = partnerBadges(polish, { destination: 'PL' }, { locale: 'pl-PL', messages: catalogs.pl.partners, descriptions, currency: 'PLN' });
    expect(badges.map((badge) => badge.name)).toEqual([
      'BLIK', 'Visa', 'PayPo', 'Płatność przy odbiorze', 'Raty Santander', 'InPost Paczkomaty', 'DPD',
    ]);
    expect(badges[0]!.description).toBe('Płatność kodem z aplikacji banku');
    expect(badges[1]!.description).toBe(descriptions.visa);
    expect(badges[4]!.description).toBeUndefined();
    expect(plain(badges[3]!.fee)).toBe('Opłata: 5,00 zł');
    expect(badges[6]!.fee).toBe('Darmowa dostawa');
    expect(badges[1]!.fee).toBeUndefined();
    expect(badges[2]!.url).toBe('https://www.paypo.pl');
    expect(badges.map((badge) => badge.group)).toEqual(['payment', 'payment', 'payment', 'payment', 'payment', 'courier', 'courier']);
    expect(badges[0]!.id).toBe('blik');
    expect(badges[4]!.id).toBeUndefined();
  });

  it('without descriptions loaded, shows only the merchant\'s own', () => {
    const badges = partnerBadges(polish, {}, { locale: 'en', messages: en });
    expect(badges.map((badge) => badge.description)).toEqual(['Płatność kodem z aplikacji banku', undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('refuses links and artwork that are not absolute http(s), and artwork without a real size', () => {
    const hostile: PartnersConfig = {
      payment: [
        { id: 'visa', url: 'javascript:alert(1)', artwork: { src: 'data:image/svg+xml,<svg onload=alert(1)>', width: 10, height: 10 } },
        { id: 'mastercard', url: '//evil.example/x', artwork: { src: 'https://cdn.example/mc.svg', width: 0, height: 20 } },
        { id: 'blik', url: 'http://blik.example/', artwork: { src: 'https://cdn.example/blik.svg', width: 80, height: 40 } },
      ],
    };
    const badges = partnerBadges(hostile, {}, { locale: 'en', messages: en });
    expect(badges.map((badge) => badge.url)).toEqual([undefined, undefined, 'http://blik.example/']);
    expect(badges.map((badge) => badge.artwork)).toEqual([undefined, undefined, { src: 'https://cdn.example/blik.svg', width: 80, height: 40 }]);
  });

  it('works for every schema-valid section the generator can make', () => {
    const fee = fc.record({ amount: fc.double({ min: 0, max: 1e6, noNaN: true }), percent: fc.double({ min: 0, max: 100, noNaN: true }) }, { requiredKeys: [] })
      .filter((each) => 'amount' in each || 'percent' in each);
    const partner = fc.record(
      {
        id: fc.constantFrom('visa', 'blik', 'cash-on-delivery'),
        name: fc.string({ minLength: 1 }),
        description: fc.string({ minLength: 1 }),
        fee,
        url: fc.webUrl(),
        destinations: fc.uniqueArray(fc.constantFrom('PL', 'SI', 'GR', 'DE'), { maxLength: 3 }),
        products: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 5 }), { maxLength: 3 }),
      },
      { requiredKeys: ['name'] },
    );
    const section = fc.record({ payment: fc.uniqueArray(partner, { maxLength: 6, selector: (each) => each.id ?? Symbol('custom') }) }, { requiredKeys: [] });
    fc.assert(
      fc.property(section, fc.constantFrom(undefined, 'PL', 'GR'), (config, destination) => {
        const result = validatePartnersSection(config);
        fc.pre(result.ok);
        const badges = partnerBadges(config as PartnersConfig, { destination }, { locale: 'en', messages: en, currency: 'EUR' });
        expect(badges.length).toBe(selectPartners(config as PartnersConfig, { destination }).length);
        for (const badge of badges) {
          expect(badge.name.length).toBeGreaterThan(0);
          if (badge.url !== undefined) expect(badge.url).toMatch(/^https?:/i);
        }
      }),
      { numRuns: 120 },
    );
  }, 30_000);
});

describe('safeHttpUrl', () => {
  it('lets through absolute http and https addresses only', () => {
    expect(safeHttpUrl('https://a.example/x?y=1')).toBe('https://a.example/x?y=1');
    expect(safeHttpUrl('HTTP://A.EXAMPLE')).toBe('HTTP://A.EXAMPLE');
    for (const bad of ['javascript:alert(1)', ' javascript:alert(1)', 'JaVaScRiPt:x', 'data:text/html,x', 'vbscript:x', '/relative', '//host/x', 'mailto:a@b.c', '', 'https//x', 42, null]) {
      expect(safeHttpUrl(bad), String(bad)).toBeUndefined();
    }
  });
});
