import { listFormat, numberFormat } from './intl-cache.js';

/** A number in the locale's own digits, separators and grouping: `12 345,5` in pl. */
export function formatNumber(locale: string, value: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(value);
}

/**
 * A number with exactly `fractionDigits` decimals, as ratings are shown: `4,6` in pl,
 * `3.0` in en (so that 3 and 3.04 read alike). Round first if the rule matters; this rounds
 * half away from zero.
 */
export function formatDecimal(locale: string, value: number, fractionDigits = 1): string {
  return numberFormat(locale, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(
    value,
  );
}

/** An amount of money in an ISO 4217 currency, placed and spaced as the locale does: `49,90 zł`. */
export function formatCurrency(
  locale: string,
  amount: number,
  currency: string,
  options?: Omit<Intl.NumberFormatOptions, 'style' | 'currency'>,
): string {
  return numberFormat(locale, { ...options, style: 'currency', currency }).format(amount);
}

/** The parts of a length of time; each a whole, non-negative number. Mirrors `Intl.DurationFormat` input. */
export interface DurationParts {
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
}

const DURATION_UNITS = [
  ['days', 'day'],
  ['hours', 'hour'],
  ['minutes', 'minute'],
  ['seconds', 'second'],
] as const;

/**
 * A length of time such as `2 h 14 min` (sl), `2 godz. i 14 min` (pl), `2 hr 14 min` (en):
 * units from `Intl.NumberFormat`, joined by the locale's unit-list pattern. Zero parts are
 * left out; all zero reads `0 min`.
 *
 * `Intl.DurationFormat` does this too, but node 20 lacks it, and server and browser must
 * produce the same text.
 */
export function formatDuration(
  locale: string,
  duration: DurationParts,
  unitDisplay: 'long' | 'short' | 'narrow' = 'short',
): string {
  const parts: string[] = [];
  for (const [field, unit] of DURATION_UNITS) {
    const amount = duration[field] ?? 0;
    if (!Number.isInteger(amount) || amount < 0) {
      throw new RangeError(`formatDuration: ${field} must be a whole number ≥ 0, got ${amount}`);
    }
    if (amount > 0) parts.push(numberFormat(locale, { style: 'unit', unit, unitDisplay }).format(amount));
  }
  if (parts.length === 0) return numberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay }).format(0);
  return listFormat(locale, { type: 'unit', style: 'narrow' }).format(parts);
}
