import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { starterConfig } from '../cli/starter.js';
import { parsePointer } from '../json/pointer.js';
import { valueAt as at } from './test-fixtures.js';
import {
  validateConfig, validateDeliverySection, validateSection, validateShopSection, type ConfigError,
} from './validate.js';
import { HOSTILE_URLS, REMOVE, edited, mutatedSample, sampleConfig as sample, sampleNames } from './test-fixtures.js';


/** The errors of `config`, which must be invalid. */
function errorsOf(config: unknown): ConfigError[] {
  const result = validateConfig(config);
  if (result.ok) throw new Error('expected the config to be invalid');
  return result.errors;
}

/** The Polish sample with some values set or removed, by JSON pointer. */
const broken = (edits: Record<string, unknown>) => edited(sample('pl-shoes.candor.json'), edits);


describe('valid configs', () => {
  it('has the three sample shops', () => {
    expect(sampleNames.sort()).toEqual(['gr-fashion.candor.json', 'pl-shoes.candor.json', 'si-outdoor.candor.json']);
  });

  it.each(sampleNames)('%s validates', (name) => {
    const config = sample(name);
    expect(validateConfig(config)).toEqual({ ok: true, config });
  });

  it('accepts the init starter, an empty config, and the DESIGN.md delivery example', () => {
    expect(validateConfig(starterConfig()).ok).toBe(true);
    expect(validateConfig({}).ok).toBe(true);
    const delivery = {
      timeZone: 'Europe/Warsaw', country: 'PL', workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'], cutoff: '14:00', handlingDays: 0,
      closures: ['2026-12-31'],
      carriers: [{ id: 'inpost', name: 'InPost Paczkomaty', deliveryDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], transit: { PL: [1, 2], default: [3, 6] } }],
    };
    expect(validateDeliverySection(delivery)).toEqual({ ok: true, value: delivery });
  });

  it('keeps the sample reviews honest: a spread of ratings, low ones included, replies signed', () => {
    const items = at(sample('pl-shoes.candor.json'), '/reviews/items') as { rating: number; reply?: { author: string } }[];
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(new Set(items.map((review) => review.rating))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(items.filter((review) => review.reply).length).toBeGreaterThanOrEqual(3);
  });
});

describe('errors: one per problem, at the offending value, in words a merchant understands', () => {
  it('reports a value of the wrong type', () => {
    expect(errorsOf(broken({ '/delivery/handlingDays': '1' }))).toEqual([
      { path: '/delivery/handlingDays', message: 'expected a whole number, got the text "1"' },
    ]);
    expect(errorsOf(broken({ '/delivery/carriers/0/transit/PL': [1.5, 2] }))).toEqual([
      { path: '/delivery/carriers/0/transit/PL/0', message: 'expected a whole number, got the number 1.5' },
    ]);
    expect(errorsOf({ shop: [] })).toEqual([{ path: '/shop', message: 'expected an object { … }, got a list' }]);
    expect(errorsOf([])).toEqual([{ path: '', message: 'expected an object { … }, got a list' }]);
  });

  it('reports unknown keys with a "did you mean"', () => {
    const config = broken({ '/delivery/cutof': '14:00', '/delivery/cutoff': REMOVE });
    // One typo, one error: the "did you mean" covers the missing "cutoff".
    expect(errorsOf(config)).toEqual([{ path: '/delivery/cutof', message: 'unknown key "cutof" — did you mean "cutoff"?' }]);
    expect(errorsOf({ delivery: { cutof: '14:00' } })).toEqual([
      { path: '/delivery', message: 'missing "timeZone", "country" and "carriers"' },
      { path: '/delivery/cutof', message: 'unknown key "cutof" — did you mean "cutoff"?' },
    ]);
    expect(errorsOf({ delivey: {} })).toEqual([{ path: '/delivey', message: 'unknown key "delivey" — did you mean "delivery"?' }]);
    expect(errorsOf({ shop: { name: 'A', colour: 'red' } })).toEqual([
      { path: '/shop/colour', message: 'unknown key "colour" — expected "name", "url", "country", "locale", "currency" or "timeZone"' },
    ]);
  });

  it('reports unknown option values with the closest known one', () => {
    expect(errorsOf(broken({ '/partners/payment/0/id': 'blk' }))).toEqual([
      { path: '/partners/payment/0/id', message: 'expected one of "visa", "mastercard", "maestro", "amex", "blik", … (20 in all) — did you mean "blik"?' },
    ]);
    expect(errorsOf(broken({ '/delivery/workingDays': ['mon', 'Tue'] }))).toEqual([
      { path: '/delivery/workingDays/1', message: 'expected one of "mon", "tue", "wed", "thu", "fri", "sat" or "sun" — did you mean "tue"?' },
    ]);
  });

  it('checks country, currency, locale and time zone codes for real', () => {
    const config = { shop: { name: 'A', country: 'XX', currency: 'EURO', locale: 'pl_PL', timeZone: 'Europe/Warsow' } };
    expect(errorsOf(config)).toEqual([
      { path: '/shop/country', message: '"XX" is not an ISO 3166-1 country code' },
      { path: '/shop/currency', message: '"EURO" is not an ISO 4217 currency code in use' },
      { path: '/shop/locale', message: '"pl_PL" is not a BCP 47 language tag such as "pl" or "pl-PL" — did you mean "pl-PL"?' },
      { path: '/shop/timeZone', message: '"Europe/Warsow" is not an IANA time zone such as "Europe/Warsaw" — did you mean "Europe/Warsaw"?' },
    ]);
    expect(errorsOf({ shop: { name: 'A', country: 'UK', currency: 'HRK' } })).toEqual([
      { path: '/shop/country', message: '"UK" is not an ISO 3166-1 country code — did you mean "GB"?' },
      { path: '/shop/currency', message: '"HRK" is not an ISO 4217 currency code in use — did you mean "EUR"?' },
    ]);
    expect(errorsOf(broken({ '/delivery/carriers/1/transit/XX': [1, 2] }))).toEqual([
      { path: '/delivery/carriers/1/transit/XX', message: '"XX" is not an ISO 3166-1 country code or "default"' },
    ]);
  });

  it('checks times, with 24:00 allowed only where a day closes', () => {
    expect(errorsOf(broken({ '/delivery/cutoff': '24:00' }))).toEqual([
      { path: '/delivery/cutoff', message: '"24:00" only ends a day; here use a time from 00:00 to 23:59' },
    ]);
    expect(errorsOf(broken({ '/delivery/cutoff/fri': '9:30' }))).toEqual([
      { path: '/delivery/cutoff/fri', message: '"9:30" is not a 24-hour time HH:MM from 00:00 to 23:59 — did you mean "09:30"?' },
    ]);
    const hours = { mon: [['22:00', '24:00']], tue: [['24:00', '02:00'], ['08:00', '25:00']] };
    expect(errorsOf({ contact: { hours, channels: [{ type: 'email', value: 'a@shop.example' }] } })).toEqual([
      { path: '/contact/hours/tue/0/0', message: '"24:00" only ends a day; here use a time from 00:00 to 23:59' },
      { path: '/contact/hours/tue/1/1', message: '"25:00" is not a 24-hour time HH:MM from 00:00 to 24:00' },
    ]);
  });

  it('checks that dates are real YYYY-MM-DD dates', () => {
    expect(errorsOf(broken({ '/delivery/closures': ['2026-02-30', '31.12.2026', '2026-12-31', '2026-12-31'] }))).toEqual([
      { path: '/delivery/closures/0', message: '"2026-02-30" is not a real date' },
      { path: '/delivery/closures/1', message: '"31.12.2026" is not a date in YYYY-MM-DD form — did you mean "2026-12-31"?' },
      { path: '/delivery/closures/3', message: '"2026-12-31" is listed twice' },
    ]);
  });

  it('rejects every link that is not plain http(s), wherever a link goes', () => {
    const places = [
      '/shop/url',
      '/partners/payment/4/url',
      '/reviews/items/5/photos/0/src',
      '/reviews/disclosure/url',
      '/contact/channels/0/script',
      '/contact/channels/4/mapUrl',
    ];
    for (const path of places) {
      for (const url of HOSTILE_URLS) {
        const errors = errorsOf(broken({ [path]: url }));
        expect(errors, `${path} ← ${JSON.stringify(url)}`).toHaveLength(1);
        expect(errors[0]!.path).toBe(path);
      }
    }
    for (const url of HOSTILE_URLS) {
      expect(errorsOf(broken({ '/reviews/source': { url } })).map((error) => error.path), JSON.stringify(url)).toEqual(['/reviews/source/url']);
    }
    expect(validateConfig(broken({ '/reviews/source': { url: '/opinie/strona-1.json' } })).ok).toBe(true);
    const artwork = errorsOf(broken({ '/partners/couriers/0/artwork': { src: 'javascript:alert(1)', width: 120, height: 40 } }));
    expect(artwork).toEqual([{ path: '/partners/couriers/0/artwork/src', message: 'only http and https links are allowed here, not "javascript:"' }]);
    expect(errorsOf({ shop: { name: 'A', url: 'JaVaScRiPt:alert(1)' } })[0]!.message).toBe('only http and https links are allowed here, not "javascript:"');
    expect(errorsOf({ shop: { name: 'A', url: 'java\tscript:alert(1)' } })[0]!.message).toBe('only http and https links are allowed here, not "javascript:"');
    expect(errorsOf({ shop: { name: 'A', url: 'data:text/html,x' } })[0]!.message).toBe('only http and https links are allowed here, not "data:"');
    expect(errorsOf({ shop: { name: 'A', url: 'www.kroki.example' } })[0]!.message).toBe(
      '"www.kroki.example" is not a full link — did you mean "https://www.kroki.example"?',
    );
    expect(errorsOf({ shop: { name: 'A', url: 'https://kroki.example@evil.example' } })[0]!.message).toBe(
      '"https://kroki.example@evil.example" has a user name or password before "@"; links must not',
    );
  });

  it('reports a range whose minimum is above its maximum', () => {
    expect(errorsOf(broken({ '/delivery/carriers/1/transit/CZ': [5, 2] }))).toEqual([
      { path: '/delivery/carriers/1/transit/CZ', message: 'transit minimum 5 is greater than maximum 2' },
    ]);
    expect(errorsOf(broken({ '/sizeGuide/charts/0/sizes/2/footLength': [248, 242] }))).toEqual([
      { path: '/sizeGuide/charts/0/sizes/2/footLength', message: 'footLength minimum 248 is greater than maximum 242' },
    ]);
    const si = edited(sample('si-outdoor.candor.json'), { '/sizeGuide/charts/0/sizes/1/measurements/chest': [100, 94] });
    expect(errorsOf(si)).toEqual([{ path: '/sizeGuide/charts/0/sizes/1/measurements/chest', message: 'chest minimum 100 is greater than maximum 94' }]);
  });

  it('refuses a delivery calendar that could never ship, and delays beyond any real parcel', () => {
    expect(errorsOf(broken({ '/delivery/cutoff': { sat: '12:00' } }))).toEqual([
      { path: '/delivery/cutoff', message: expect.stringMatching(/^none of the working days \(mon, tue, wed, thu, fri\) has a cut-off/) },
    ]);
    expect(errorsOf(broken({ '/delivery/cutoff': {} })).map((error) => error.path)).toEqual(['/delivery/cutoff']);
    expect(errorsOf(broken({ '/delivery/workingDays': [] })).map((error) => error.path)).toEqual(['/delivery/workingDays']);
    expect(errorsOf(broken({ '/delivery/carriers/0/deliveryDays': [] })).map((error) => error.path)).toEqual(['/delivery/carriers/0/deliveryDays']);
    expect(errorsOf(broken({ '/delivery/handlingDays': 31 })).map((error) => error.path)).toEqual(['/delivery/handlingDays']);
    expect(errorsOf(broken({ '/delivery/carriers/1/transit/DE': [2, 61] })).map((error) => error.path)).toEqual(['/delivery/carriers/1/transit/DE/1']);
    expect(errorsOf(broken({ '/delivery/stock': { mode: 'made-to-order', leadDays: 181 } })).map((error) => error.path)).toEqual(['/delivery/stock/leadDays']);
  });

  it('picks the right branch of a tagged union instead of reporting every branch', () => {
    expect(errorsOf(broken({ '/delivery/stock': { mode: 'backorder' } }))).toEqual([
      { path: '/delivery/stock', message: 'missing "restockDate"' },
    ]);
    expect(errorsOf(broken({ '/delivery/stock': { mode: 'preorder' } }))).toEqual([
      { path: '/delivery/stock/mode', message: 'expected one of "in-stock", "backorder" or "made-to-order"' },
    ]);
    expect(errorsOf(broken({ '/contact/channels/1': { type: 'phone', value: '12 345 67 89' } }))).toEqual([
      { path: '/contact/channels/1/value', message: '"12 345 67 89" is not an international phone number: write + and the country code, e.g. "+48 22 123 45 67"' },
    ]);
    expect(errorsOf(broken({ '/contact/channels/1': { type: 'fax', value: '+48123456789' } })).map((e) => e.path)).toEqual(['/contact/channels/1/type']);
    expect(errorsOf(broken({ '/sizeGuide/charts/0/kind': REMOVE }))).toEqual([
      { path: '/sizeGuide/charts/0', message: 'missing "kind": one of "clothing" or "shoes"' },
    ]);
    expect(errorsOf(broken({ '/sizeGuide/charts/0/sizes/0/footLength': 'long' }))).toEqual([
      { path: '/sizeGuide/charts/0/sizes/0/footLength', message: 'expected a number or a list [ … ], got the text "long"' },
    ]);
  });

  it('asks for an id or a name for a partner, and names all missing keys together', () => {
    expect(errorsOf(broken({ '/partners/payment/6': { description: 'x' } }))).toEqual([
      { path: '/partners/payment/6', message: 'needs "id" or "name"' },
    ]);
    expect(errorsOf(broken({ '/delivery/carriers/2': {} }))).toEqual([
      { path: '/delivery/carriers/2', message: 'missing "id" and "transit"' },
    ]);
  });

  it('reports ids used twice, replies dated before their review, and unlabelled incentives', () => {
    const config = broken({
      '/reviews/items/1/id': 'r-1012',
      '/reviews/items/2/reply': { body: 'Dziękujemy', author: 'Marta', date: '2026-01-01' },
      '/reviews/items/3/incentive': 'rabat',
      '/delivery/carriers/1/id': 'inpost',
    });
    expect(errorsOf(config)).toEqual([
      { path: '/delivery/carriers/1/id', message: 'carrier id "inpost" is used twice' },
      { path: '/reviews/items/1/id', message: 'review id "r-1012" is used twice' },
      { path: '/reviews/items/2/reply/date', message: 'the reply (2026-01-01) is dated before the review (2026-09-28)' },
      { path: '/reviews/items/3/incentivised', message: 'an "incentive" is given, so "incentivised" must be true' },
    ]);
  });

  it('escapes invisible characters in messages', () => {
    expect(errorsOf({ shop: { name: 'A', country: 'P\u202eL' } })[0]!.message).toBe('"P\\u202eL" is not an ISO 3166-1 country code');
  });
});

describe('validateSection', () => {
  it('validates one section, with paths from the section name', () => {
    const config = sample('si-outdoor.candor.json');
    expect(validateSection('delivery', config['delivery'])).toEqual({ ok: true, value: config['delivery'] });
    expect(validateSection('shop', { name: 'A', country: 'pl' })).toEqual({
      ok: false,
      errors: [{ path: '/shop/country', message: '"pl" is not an ISO 3166-1 country code — did you mean "PL"?' }],
    });
    expect(validateShopSection(undefined)).toEqual({ ok: false, errors: [{ path: '/shop', message: 'expected an object { … }, got no value' }] });
  });

  it('gives the same errors as validateConfig for that section', () => {
    const config = broken({ '/delivery/cutoff': '25:00', '/shop/currency': 'zł' });
    const all = errorsOf(config);
    const delivery = validateSection('delivery', config['delivery']);
    expect(delivery.ok ? [] : delivery.errors).toEqual(all.filter((error) => error.path.startsWith('/delivery')));
  });
});

describe('any input', () => {
  it('never throws, and every error points at a value in the input or its parent object', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything(), mutatedSample()), (input) => {
        const result = validateConfig(input);
        if (result.ok) return;
        for (const error of result.errors) {
          expect(error.message.length).toBeGreaterThan(0);
          expect(parsePointer(error.path)).toBeDefined();
          if (error.path === '') continue;
          // A missing key is reported at its object; anything else at the value itself.
          const here = at(input, error.path);
          const parent = at(input, error.path.slice(0, error.path.lastIndexOf('/')));
          expect(here !== undefined || (typeof parent === 'object' && parent !== null)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
