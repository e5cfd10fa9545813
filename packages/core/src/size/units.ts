/**
 * Lengths for the size guide: centimetres and inches (feet and inches for height), rounded
 * the way size charts are read, and formatted through `Intl` in the page's language.
 *
 * Charts store clothing measurements in centimetres and foot measurements in millimetres
 * (the schema says so). Conversion is exact — the inch is 25.4 mm by the 1959 international
 * yard and pound agreement — and only what is shown is rounded.
 */
import { listFormat, numberFormat } from '../format/intl-cache.js';
import type { FootMeasurement, Measurement } from '../schema/options.js';

/** Units a buyer can read a chart in. */
export const UNIT_SYSTEMS = ['metric', 'imperial'] as const;
export type UnitSystem = (typeof UNIT_SYSTEMS)[number];

/** Any measurement a chart can hold: body measurements (cm) or foot measurements (mm). */
export type ChartMeasurement = Measurement | FootMeasurement;

export const MM_PER_INCH = 25.4;
export const CM_PER_INCH = 2.54;
const INCHES_PER_FOOT = 12;

/**
 * Countries that have not adopted the metric system for everyday measures (the US, Liberia
 * and Myanmar): their buyers read charts in inches by default. Everyone else reads centimetres.
 */
const IMPERIAL_COUNTRIES = new Set(['US', 'LR', 'MM']);

/** The unit a chart opens in for a shop in `country` (ISO 3166-1 alpha-2). */
export function defaultUnitSystem(country: string | undefined): UnitSystem {
  return country && IMPERIAL_COUNTRIES.has(country.trim().toUpperCase()) ? 'imperial' : 'metric';
}

/** Foot measurements are kept in millimetres, everything else in centimetres. */
export function isFootMeasurement(name: ChartMeasurement): name is FootMeasurement {
  return name === 'footLength' || name === 'footWidth';
}

/** The unit a chart stores `name` in. */
export function chartUnit(name: ChartMeasurement): 'cm' | 'mm' {
  return isFootMeasurement(name) ? 'mm' : 'cm';
}

/** `value` rounded to a multiple of `step` (half away from zero), without binary noise: 0.1 + 0.2 gives 0.3. */
export function roundTo(value: number, step: number): number {
  const steps = Math.round(Math.abs(value) / step) * Math.sign(value);
  // Each step count times a step of at most 3 decimals: 12 digits are plenty and drop the noise.
  return Number((steps * step).toFixed(12)) + 0;
}

/**
 * How a measurement is read, which decides its rounding: whole centimetres or whole inches
 * (as feet and inches) for height, half units for girths and lengths, millimetres or tenths
 * of an inch for feet.
 */
export type LengthKind = 'height' | 'girth' | 'foot';

export function lengthKind(name: ChartMeasurement): LengthKind {
  if (name === 'height') return 'height';
  return isFootMeasurement(name) ? 'foot' : 'girth';
}

/** A value converted from the chart's unit to what a buyer reads: a number and its `Intl` unit. */
export interface Shown {
  value: number;
  unit: 'centimeter' | 'millimeter' | 'inch';
}

/**
 * `value` (in the chart's unit: cm, or mm for feet) as a buyer reads it in `system`, rounded:
 * body measurements to 0.5 cm or 0.5 in, height to 1 cm or 1 in, feet to 1 mm … shown in cm
 * with one decimal, or 0.1 in.
 */
export function toShown(name: ChartMeasurement, value: number, system: UnitSystem): Shown {
  const kind = lengthKind(name);
  if (kind === 'foot') {
    return system === 'metric'
      ? { value: roundTo(value, 1) / 10, unit: 'centimeter' }
      : { value: roundTo(value / MM_PER_INCH, 0.1), unit: 'inch' };
  }
  const step = kind === 'height' ? 1 : 0.5;
  return system === 'metric'
    ? { value: roundTo(value, step), unit: 'centimeter' }
    : { value: roundTo(value / CM_PER_INCH, step), unit: 'inch' };
}

/** What a buyer typed, in `system` (inches for imperial; feet are added by the caller), back to the chart's unit. */
export function fromEntered(name: ChartMeasurement, value: number, system: UnitSystem): number {
  if (isFootMeasurement(name)) return system === 'metric' ? value * 10 : value * MM_PER_INCH;
  return system === 'metric' ? value : value * CM_PER_INCH;
}

/** The unit a buyer types `name` in: cm (feet in cm too: a ruler shows cm), or inches. */
export function enteredUnit(system: UnitSystem): Shown['unit'] {
  return system === 'metric' ? 'centimeter' : 'inch';
}

/** Whole feet and inches, e.g. 175 cm → 5 ft 9 in; 12 inches carry into the next foot. */
export function feetAndInches(cm: number): { feet: number; inches: number } {
  const total = Math.round(cm / CM_PER_INCH);
  return { feet: Math.floor(total / INCHES_PER_FOOT), inches: total % INCHES_PER_FOOT };
}

export function fromFeetAndInches(feet: number, inches: number): number {
  return (feet * INCHES_PER_FOOT + inches) * CM_PER_INCH;
}

const unitFormat = (locale: string, unit: string, fractionDigits = 1) =>
  numberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: fractionDigits });

/** The short symbol of a unit in `locale`: `cm`, `in`, `εκ.`, `ίν.`. */
export function unitSymbol(locale: string, unit: Shown['unit'] | 'foot'): string {
  return unitFormat(locale, unit).formatToParts(1).find((part) => part.type === 'unit')?.value ?? unit;
}

/** A plain number as typed in `locale`, without grouping: `98,5` in pl. */
export function formatEntered(locale: string, value: number): string {
  return numberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(value);
}

function heightText(locale: string, cm: number): string {
  const { feet, inches } = feetAndInches(cm);
  const parts = [unitFormat(locale, 'foot').format(feet)];
  if (inches > 0 || feet === 0) parts.push(unitFormat(locale, 'inch').format(inches));
  return listFormat(locale, { type: 'unit', style: 'narrow' }).format(parts);
}

/** One measurement as a buyer reads it: `98 cm`, `38.5 in`, `26.5 cm`, `5 ft 9 in`. */
export function formatMeasure(locale: string, name: ChartMeasurement, value: number, system: UnitSystem): string {
  if (system === 'imperial' && name === 'height') return heightText(locale, value);
  const shown = toShown(name, value, system);
  return unitFormat(locale, shown.unit).format(shown.value);
}

/**
 * A chart cell: a `[min, max]` range as `96–101 cm`, in the locale's range pattern, or one
 * value. A range whose ends round to the same figure shows that figure once (never `~96 cm`).
 */
export function formatMeasureRange(
  locale: string,
  name: ChartMeasurement,
  value: number | readonly [number, number],
  system: UnitSystem,
): string {
  if (typeof value === 'number') return formatMeasure(locale, name, value, system);
  const [min, max] = value;
  if (system === 'imperial' && name === 'height') {
    const low = heightText(locale, min);
    const high = heightText(locale, max);
    return low === high ? low : `${low} – ${high}`;
  }
  const low = toShown(name, min, system);
  const high = toShown(name, max, system);
  if (low.value === high.value) return unitFormat(locale, low.unit).format(low.value);
  return unitFormat(locale, low.unit).formatRange(low.value, high.value);
}

const FRACTIONS: Readonly<Record<string, number>> = { '½': 1 / 2, '¼': 1 / 4, '¾': 3 / 4, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8, '⅓': 1 / 3, '⅔': 2 / 3 };
const DECIMAL = /^\d+(?:[.,]\d+)?$|^[.,]\d+$/;
const MIXED = /^(\d+)?\s*(?:([½¼¾⅛⅜⅝⅞⅓⅔])|(\d+)\s*\/\s*(\d+))$/;

/**
 * A positive measurement as a buyer types it, in any Candor language: `98`, `98.5`, `98,5`,
 * and the fractions of an inch US charts print (`9 1/4`, `9¼`). Anything else — signs,
 * grouping, units, two separators — is `undefined`, so the form can say what it expects.
 */
export function parseMeasurement(text: string): number | undefined {
  const trimmed = text.trim();
  if (DECIMAL.test(trimmed)) return Number(trimmed.replace(',', '.'));
  const mixed = MIXED.exec(trimmed);
  if (!mixed) return undefined;
  const whole = mixed[1] === undefined ? 0 : Number(mixed[1]);
  if (mixed[2] !== undefined) return whole + FRACTIONS[mixed[2]]!;
  const denominator = Number(mixed[4]);
  const numerator = Number(mixed[3]);
  // "1/0" means nothing, and "9 5/4" is not how anyone writes a length.
  if (denominator === 0 || (mixed[1] !== undefined && numerator >= denominator)) return undefined;
  return whole + numerator / denominator;
}
