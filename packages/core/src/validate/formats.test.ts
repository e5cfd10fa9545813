import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FORMAT_CHECKS, isClosingTime, isCountryCode, isCurrencyCode, isDate, isEmail, isHandle, isHttpUrl, isLanguageTag,
  isHttpUrlOrPath, isPagePath, isPhone, isSlug, isTime, isTimeZone,
} from './formats.js';
import { HOSTILE_URLS } from './test-fixtures.js';

describe('country and currency codes', () => {
  it('knows ISO 3166-1 alpha-2 codes, upper case, and XK for Kosovo', () => {
    for (const code of ['PL', 'SI', 'GR', 'CY', 'GB', 'US', 'AX', 'SS', 'XK', 'ZW']) expect(isCountryCode(code), code).toBe(true);
    for (const code of ['pl', 'UK', 'EL', 'EU', 'XX', 'YU', 'AN', 'P', 'POL', 'P L', '', 'L ']) expect(isCountryCode(code), code).toBe(false);
  });

  it('lists 250 country codes: the 249 assigned ones and XK', () => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const all = [...letters].flatMap((a) => [...letters].map((b) => a + b));
    expect(all.filter(isCountryCode)).toHaveLength(250);
  });

  it('knows ISO 4217 currencies in use, and not withdrawn ones', () => {
    for (const code of ['PLN', 'EUR', 'USD', 'GBP', 'CZK', 'HUF', 'RON', 'CHF', 'XCG', 'VED', 'SLE']) expect(isCurrencyCode(code), code).toBe(true);
    for (const code of ['pln', 'HRK', 'BGN', 'XXX', 'XAU', 'EURO', 'EU', 'ZŁ', '']) expect(isCurrencyCode(code), code).toBe(false);
  });
});

describe('locales and time zones', () => {
  it('accepts well-formed BCP 47 tags only', () => {
    for (const tag of ['pl', 'pl-PL', 'sl-SI', 'el-GR', 'en', 'sr-Latn-RS', 'de-CH-1996', 'zh-Hant-TW']) expect(isLanguageTag(tag), tag).toBe(true);
    for (const tag of ['pl_PL', 'polish', 'p', '', 'pl-', '-PL', 'en-US-', '12']) expect(isLanguageTag(tag), tag).toBe(false);
  });

  it('accepts IANA zone names the platform knows, not offsets or typos', () => {
    for (const zone of ['Europe/Warsaw', 'Europe/Ljubljana', 'Europe/Athens', 'America/Argentina/Buenos_Aires', 'UTC', 'Etc/GMT-2']) {
      expect(isTimeZone(zone), zone).toBe(true);
    }
    for (const zone of ['Europe/Warsow', 'Warsaw', '+01:00', 'CET+1', '', 'Europe/', '/Warsaw']) expect(isTimeZone(zone), zone).toBe(false);
  });

  it('agrees with a formatter on every zone it knows, aliases and other casings included', () => {
    const formatterAccepts = (zone: string) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    };
    const zones = [...Intl.supportedValuesOf('timeZone'), 'Europe/Kiev', 'Asia/Calcutta', 'US/Eastern', 'europe/warsaw', 'EUROPE/ATHENS', 'Etc/UTC', 'Mars/Olympus'];
    for (const zone of zones) expect(isTimeZone(zone), zone).toBe(formatterAccepts(zone));
  });
});

describe('times and dates', () => {
  it('reads HH:MM from 00:00 to 23:59, and 24:00 only as a closing time', () => {
    for (const time of ['00:00', '09:30', '14:00', '23:59']) {
      expect(isTime(time), time).toBe(true);
      expect(isClosingTime(time), time).toBe(true);
    }
    expect(isTime('24:00')).toBe(false);
    expect(isClosingTime('24:00')).toBe(true);
    for (const time of ['9:00', '24:01', '25:00', '12:60', '12:5', '1200', '12:00:00', '12.00', '']) {
      expect(isTime(time), time).toBe(false);
      expect(isClosingTime(time), time).toBe(false);
    }
  });

  it('accepts exactly the real calendar dates', () => {
    expect(isDate('2026-02-28')).toBe(true);
    expect(isDate('2028-02-29')).toBe(true);
    expect(isDate('2000-02-29')).toBe(true);
    for (const date of ['2026-02-29', '2100-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '26-01-01', '2026-1-1', '2026-01-01T00:00']) {
      expect(isDate(date), date).toBe(false);
    }
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        // Reference: the platform's proleptic Gregorian calendar round trip.
        const date = new Date(0);
        date.setUTCFullYear(year, month - 1, day);
        const real = month >= 1 && month <= 12 && day >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
        expect(isDate(text)).toBe(real);
      }),
    );
  });
});

describe('isHttpUrl', () => {
  it('accepts absolute http and https links', () => {
    for (const url of [
      'https://shop.example',
      'http://shop.example/',
      'HTTPS://Shop.Example/Path?q=1#top',
      'https://sklep.example/ścieżka/buty',
      'https://shop.example:8443/a',
      'https://xn--sklep-7ua.example/',
      'https://shop.example/search?q=a%20b&x=&#',
    ]) {
      expect(isHttpUrl(url), url).toBe(true);
    }
  });

  it('rejects every other scheme and every hidden or disguised link', () => {
    for (const url of HOSTILE_URLS) expect(isHttpUrl(url), JSON.stringify(url)).toBe(false);
  });

  it('only ever accepts what the URL parser reads as http(s) to the same host, for any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom(...HOSTILE_URLS).map((url) => `${url}${'x'}`)), (url) => {
        if (!isHttpUrl(url)) return;
        const parsed = new URL(url);
        expect(['http:', 'https:']).toContain(parsed.protocol);
        expect(parsed.username + parsed.password).toBe('');
        expect(url).not.toMatch(/[\u0000-\u0020\u007f]/);
      }),
    );
  }, 30_000);
});

describe('channel values and ids', () => {
  it('checks e-mail addresses', () => {
    for (const email of ['sklep@kroki.example', 'a.b+c@shop.example', 'info@sklep.pl', 'όνομα@παράδειγμα.ελ'.replace('όνομα', 'info')]) expect(isEmail(email), email).toBe(true);
    for (const email of ['sklep', 'sklep@', '@shop.example', 'a@b', 'a..b@shop.example', 'a b@shop.example', 'mailto:a@shop.example', '.a@shop.example']) {
      expect(isEmail(email), email).toBe(false);
    }
  });

  it('checks international phone numbers (E.164 digits, spaces or hyphens between them)', () => {
    for (const phone of ['+48123456789', '+48 12 345 67 89', '+386 41-234-567', '+30 210 123 4567', '+1234567']) expect(isPhone(phone), phone).toBe(true);
    for (const phone of ['12 345 67 89', '0048123456789', '+0123456789', '+48  123456789', '+48 123', '+1234567890123456', '+48 (12) 3456789', 'tel:+48123456789']) {
      expect(isPhone(phone), phone).toBe(false);
    }
  });

  it('checks user names, ids and page paths', () => {
    expect(['butikkowalski', 'elia.atelier', '@vrh_outdoor', 'shop-1'].every(isHandle)).toBe(true);
    expect(['https://instagram.com/x', 'a b', '', '.x', 'x/y'].some(isHandle)).toBe(false);
    expect(['inpost', 'gls-parcelshop', 'a1'].every(isSlug)).toBe(true);
    expect(['InPost', 'in post', '-a', 'a-', 'a--b', '', 'ż'].some(isSlug)).toBe(false);
    expect(['/cart', '/checkout*', '/'].every(isPagePath)).toBe(true);
    expect(['cart', '//evil.example', '/a b', 'https://shop.example/cart'].some(isPagePath)).toBe(false);
  });
});

describe('FORMAT_CHECKS', () => {
  it('names every format function once, and none throws on any string', () => {
    expect(new Set(Object.values(FORMAT_CHECKS)).size).toBe(Object.keys(FORMAT_CHECKS).length);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        for (const check of Object.values(FORMAT_CHECKS)) expect(typeof check(text)).toBe('boolean');
      }),
    );
  });
});

describe('isHttpUrlOrPath', () => {
  it('accepts http(s) links and paths on the shop\'s own site, nothing else', () => {
    expect(['https://shop.example/reviews.json', '/reviews/p-1.json', '/'].every(isHttpUrlOrPath)).toBe(true);
    expect(['//evil.example/x.json', 'reviews.json', '/a b', ...HOSTILE_URLS].some(isHttpUrlOrPath)).toBe(false);
  });
});
