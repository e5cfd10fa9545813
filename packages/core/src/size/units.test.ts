import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultUnitSystem, feetAndInches, formatEntered, formatMeasure, formatMeasureRange, fromEntered, fromFeetAndInches, parseMeasurement,
  roundTo, toShown, unitSymbol,
} from './units.js';

describe('defaultUnitSystem', () => {
  it('reads inches in the US (and the two other countries without metric everyday measures), centimetres elsewhere', () => {
    expect(defaultUnitSystem('US')).toBe('imperial');
    expect(defaultUnitSystem(' us ')).toBe('imperial');
    expect(defaultUnitSystem('LR')).toBe('imperial');
    expect(defaultUnitSystem('MM')).toBe('imperial');
    for (const country of ['PL', 'SI', 'GR', 'DE', 'GB', 'CA', 'IE']) expect(defaultUnitSystem(country)).toBe('metric');
    expect(defaultUnitSystem(undefined)).toBe('metric');
    expect(defaultUnitSystem('')).toBe('metric');
  });
});

describe('roundTo', () => {
  it('rounds half away from zero to the step, without binary noise', () => {
    expect(roundTo(37.79, 0.5)).toBe(38);
    expect(roundTo(37.75, 0.5)).toBe(38);
    expect(roundTo(37.74, 0.5)).toBe(37.5);
    expect(roundTo(0.1 + 0.2, 0.1)).toBe(0.3);
    expect(roundTo(9.25, 0.1)).toBe(9.3);
    expect(roundTo(257.5, 5)).toBe(260);
    expect(roundTo(-2.5, 1)).toBe(-3);
    expect(Object.is(roundTo(-0.2, 1), 0)).toBe(true);
  });

  it('lands on a multiple of the step within half a step, for any value', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0.1, 0.5, 1, 5), (value, step) => {
        const rounded = roundTo(value, step);
        expect(Math.abs(rounded - value)).toBeLessThanOrEqual(step / 2 + 1e-9);
        const steps = rounded / step;
        expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-6);
      }),
    );
  });
});

describe('conversion', () => {
  it('uses the exact inch: 2.54 cm, 25.4 mm', () => {
    expect(fromEntered('chest', 38, 'imperial')).toBeCloseTo(96.52, 10);
    expect(fromEntered('footLength', 10, 'imperial')).toBeCloseTo(254, 10);
    expect(fromEntered('footLength', 26.5, 'metric')).toBe(265);
    expect(fromEntered('waist', 80, 'metric')).toBe(80);
  });

  it('shows body measurements to half a unit, height to a whole one, feet to a millimetre or a tenth of an inch', () => {
    expect(toShown('chest', 96, 'imperial')).toEqual({ value: 38, unit: 'inch' }); // 37.8 in
    expect(toShown('chest', 101, 'imperial')).toEqual({ value: 40, unit: 'inch' }); // 39.76 in
    expect(toShown('chest', 96.3, 'metric')).toEqual({ value: 96.5, unit: 'centimeter' });
    expect(toShown('height', 172.4, 'metric')).toEqual({ value: 172, unit: 'centimeter' });
    expect(toShown('footLength', 265, 'metric')).toEqual({ value: 26.5, unit: 'centimeter' });
    expect(toShown('footLength', 235, 'imperial')).toEqual({ value: 9.3, unit: 'inch' }); // 9.25 in
  });

  it('comes back from what it shows to within the rounding, for any measurement', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('chest' as const, 'waist' as const, 'inseam' as const, 'footLength' as const),
        fc.double({ min: 1, max: 400, noNaN: true }),
        fc.constantFrom('metric' as const, 'imperial' as const),
        (name, value, system) => {
          const shown = toShown(name, value, system);
          const back = fromEntered(name, shown.value, system);
          // Half a display step, converted back: 0.25 in = 6.35 mm is the widest.
          const tolerance = name === 'footLength' ? (system === 'metric' ? 0.5 : 1.27) : system === 'metric' ? 0.25 : 0.635;
          expect(Math.abs(back - value)).toBeLessThanOrEqual(tolerance + 1e-9);
        },
      ),
    );
  });

  it('writes height in whole feet and inches, carrying 12 inches into a foot', () => {
    expect(feetAndInches(175)).toEqual({ feet: 5, inches: 9 }); // 68.9 in
    expect(feetAndInches(182.5)).toEqual({ feet: 6, inches: 0 }); // 71.85 in → 72
    expect(feetAndInches(104)).toEqual({ feet: 3, inches: 5 });
    expect(fromFeetAndInches(5, 9)).toBeCloseTo(175.26, 10);
    fc.assert(
      fc.property(fc.double({ min: 30, max: 260, noNaN: true }), (cm) => {
        const { feet, inches } = feetAndInches(cm);
        expect(inches).toBeGreaterThanOrEqual(0);
        expect(inches).toBeLessThan(12);
        expect(Math.abs(fromFeetAndInches(feet, inches) - cm)).toBeLessThanOrEqual(1.27 + 1e-9);
      }),
    );
  });
});

describe('formatting', () => {
  it('writes a measurement with its unit in the page language', () => {
    expect(formatMeasure('en', 'chest', 98, 'metric')).toBe('98 cm');
    expect(formatMeasure('pl', 'chest', 98.5, 'metric')).toBe('98,5 cm');
    expect(formatMeasure('en', 'chest', 98, 'imperial')).toBe('38.5 in');
    expect(formatMeasure('en', 'height', 175, 'imperial')).toBe('5 ft 9 in');
    expect(formatMeasure('en', 'height', 182.5, 'imperial')).toBe('6 ft');
    expect(formatMeasure('de', 'footLength', 265, 'metric')).toBe('26,5 cm');
    expect(formatMeasure('el', 'waist', 70, 'metric')).toBe('70 εκ.');
  });

  it('writes a range in the locale’s pattern, and one figure when both ends round alike', () => {
    expect(formatMeasureRange('en', 'chest', [96, 101], 'metric')).toBe('96–101 cm');
    expect(formatMeasureRange('en', 'chest', [96, 101], 'imperial')).toBe('38–40 in');
    expect(formatMeasureRange('pl', 'footLength', [230, 235], 'metric')).toBe('23–23,5 cm');
    expect(formatMeasureRange('en', 'height', [170, 176], 'imperial')).toBe('5 ft 7 in – 5 ft 9 in');
    expect(formatMeasureRange('en', 'neck', [37, 37.2], 'metric')).toBe('37 cm');
    expect(formatMeasureRange('en', 'neck', 38, 'metric')).toBe('38 cm');
    expect(formatMeasureRange('en', 'height', [175, 175.5], 'imperial')).toBe('5 ft 9 in');
  });

  it('names units as the language writes them', () => {
    expect(unitSymbol('en', 'centimeter')).toBe('cm');
    expect(unitSymbol('en', 'inch')).toBe('in');
    expect(unitSymbol('el', 'centimeter')).toBe('εκ.');
  });
});

describe('parseMeasurement', () => {
  it('reads decimals with a point or a comma, and the fractions US charts print', () => {
    expect(parseMeasurement('98')).toBe(98);
    expect(parseMeasurement(' 98.5 ')).toBe(98.5);
    expect(parseMeasurement('98,5')).toBe(98.5);
    expect(parseMeasurement(',5')).toBe(0.5);
    expect(parseMeasurement('9 1/4')).toBe(9.25);
    expect(parseMeasurement('9¼')).toBe(9.25);
    expect(parseMeasurement('9 ½')).toBe(9.5);
    expect(parseMeasurement('3/4')).toBe(0.75);
  });

  it('refuses what is not one plain positive number', () => {
    for (const text of ['', ' ', 'abc', '98 cm', '-98', '+98', '1,000.5', '98.5.1', '9 5/4', '1/0', '98,', 'NaN', 'Infinity', '1e3', '٩٨']) {
      expect(parseMeasurement(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('reads back whatever a buyer’s language writes, in every Candor language', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999 }).map((tenths) => tenths / 10),
        fc.constantFrom('en', 'pl', 'sl', 'el', 'de', 'de-CH', 'en-IN'),
        (value, locale) => {
          expect(parseMeasurement(formatEntered(locale, value))).toBe(value);
        },
      ),
    );
  });
});
