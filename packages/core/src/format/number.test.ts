import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCurrency, formatDecimal, formatDuration, formatNumber } from './number.js';
import { SUPPORTED_LOCALES } from '../i18n/locales.js';

// Node 20 ships full ICU; these are CLDR's conventions. U+00A0 is a no-break space, U+2212 a minus sign.
describe('formatNumber', () => {
  it.each([
    ['en', '1,234,567.891', '1,234', '-0.5'],
    ['pl', '1\u00a0234\u00a0567,891', '1234', '-0,5'],
    ['sl', '1.234.567,891', '1234', '\u22120,5'],
    ['el', '1.234.567,891', '1.234', '-0,5'],
    ['de', '1.234.567,891', '1.234', '-0,5'],
  ])('groups and separates as %s does', (locale, large, fourDigits, negative) => {
    expect(formatNumber(locale, 1234567.891)).toBe(large);
    // Polish and Slovenian leave four-digit numbers ungrouped (CLDR minimumGroupingDigits 2).
    expect(formatNumber(locale, 1234)).toBe(fourDigits);
    expect(formatNumber(locale, -0.5)).toBe(negative);
  });

  it('passes options through', () => {
    expect(formatNumber('de', 0.68, { style: 'percent' })).toBe('68\u00a0%');
    expect(formatNumber('en', 0.68, { style: 'percent' })).toBe('68%');
  });
});

describe('formatDecimal', () => {
  it.each([
    ['en', '4.6', '3.0'],
    ['pl', '4,6', '3,0'],
    ['sl', '4,6', '3,0'],
    ['el', '4,6', '3,0'],
    ['de', '4,6', '3,0'],
  ])('shows a rating with one decimal in %s', (locale, fractional, whole) => {
    expect(formatDecimal(locale, 4.6)).toBe(fractional);
    expect(formatDecimal(locale, 3)).toBe(whole);
  });

  it('takes other precisions', () => {
    expect(formatDecimal('pl', 5, 0)).toBe('5');
    expect(formatDecimal('en', 4.567, 2)).toBe('4.57');
  });

  it('always shows exactly the requested number of decimals, and the value rounded', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SUPPORTED_LOCALES),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        (locale, value, digits) => {
          const text = formatDecimal(locale, value, digits);
          const decimalSeparator = locale === 'en' ? '.' : ',';
          const [whole, fraction = ''] = text.split(decimalSeparator);
          expect(fraction).toHaveLength(digits);
          const parsed = Number(`${whole}.${fraction}`);
          expect(Math.abs(parsed - value)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-9);
        },
      ),
    );
  });
});

describe('formatCurrency', () => {
  it.each([
    ['en', 'PLN\u00a01,299.00', '€49.90'],
    ['pl', '1299,00\u00a0zł', '49,90\u00a0€'],
    ['sl', '1299,00\u00a0PLN', '49,90\u00a0€'],
    ['el', '1.299,00\u00a0PLN', '49,90\u00a0€'],
    ['de', '1.299,00\u00a0PLN', '49,90\u00a0€'],
  ])('places the currency as %s does', (locale, zloty, euro) => {
    expect(formatCurrency(locale, 1299, 'PLN')).toBe(zloty);
    expect(formatCurrency(locale, 49.9, 'EUR')).toBe(euro);
  });

  it('keeps the region of the locale', () => {
    expect(formatCurrency('de-CH', 1299.5, 'CHF')).toBe("CHF\u00a01'299.50");
  });

  it('rejects a malformed currency code', () => {
    expect(() => formatCurrency('en', 1, 'EURO')).toThrow(RangeError);
  });
});

describe('formatDuration', () => {
  it.each([
    ['en', '2 hr 14 min', '1 day 3 hr'],
    ['pl', '2 godz. i 14 min', '1 dzień i 3 godz.'],
    ['sl', '2 h in 14 min', '1 d in 3 h'],
    ['el', '2 ώ. 14 λ.', '1 ημέρα 3 ώ.'],
    ['de', '2 Std., 14 Min.', '1 Tg., 3 Std.'],
  ])('reads a countdown in %s', (locale, hoursAndMinutes, daysAndHours) => {
    expect(formatDuration(locale, { hours: 2, minutes: 14 })).toBe(hoursAndMinutes);
    expect(formatDuration(locale, { days: 1, hours: 3, minutes: 0 })).toBe(daysAndHours);
  });

  it('spells units out in the long style', () => {
    expect(formatDuration('pl', { hours: 2, minutes: 5 }, 'long')).toBe('2 godziny i 5 minut');
    expect(formatDuration('en', { hours: 1, minutes: 1 }, 'long')).toBe('1 hour 1 minute');
  });

  it('reads nothing left as zero minutes', () => {
    expect(formatDuration('en', {})).toBe('0 min');
    expect(formatDuration('de', { hours: 0, minutes: 0 })).toBe('0 Min.');
  });

  it('rejects negative and fractional parts', () => {
    expect(() => formatDuration('en', { minutes: -1 })).toThrow(RangeError);
    expect(() => formatDuration('en', { hours: 1.5 })).toThrow(RangeError);
  });
});
