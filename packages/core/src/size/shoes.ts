/**
 * Standard shoe sizes from a foot length, by the published definitions of each system. They
 * are estimates, and are said to be: every system except Mondopoint numbers the *last* (the
 * form a shoe is made on), which is longer than the foot by a toe allowance that differs from
 * maker to maker. Candor states the allowance it assumes, and a shop's own chart always wins.
 *
 * Definitions (last length ℓ):
 * - EU, the Paris point: one size is ⅔ cm of last, size 0 at ℓ = 0, so size = 1.5 × ℓ in cm.
 * - UK, the barleycorn: one size is ⅓ inch of last. Children's size 0 is a 4-inch last and
 *   children's sizes run to 13½; adult size 1 follows at 8⅔ inches (BS 5943). So children's
 *   size = 3 × ℓ in inches − 12, adult size = 3 × ℓ − 25.
 * - US: the same barleycorn steps, one size above the UK for men (3ℓ − 24); women's sizes on
 *   the common "standard" scale 1½ above men's (3ℓ − 22.5); children's 12⅓ above men's
 *   (3ℓ − 11⅔), after whose 13½ come the youth sizes, numbered like men's.
 * - Mondopoint (ISO 9407): the foot length itself in millimetres; no allowance. Shoes are
 *   marked in 5 mm steps, so it is given to the nearest 5 mm.
 * Sources: BS 5943:1980; ISO 9407:2019; the formulas as collected in Wikipedia's "Shoe size".
 */
import type { SizeAudience } from '../schema/options.js';
import { MM_PER_INCH, roundTo } from './units.js';

/** ⅓ inch, in mm. */
export const BARLEYCORN_MM = MM_PER_INCH / 3;
/** ⅔ cm, in mm. */
export const PARIS_POINT_MM = 20 / 3;
/**
 * How much longer than the foot a last is, unless a chart says otherwise: a shoe's inside is
 * typically about 15 mm longer than the foot (Wikipedia, "Shoe size"). Makers use 10–20 mm.
 */
export const DEFAULT_TOE_ALLOWANCE_MM = 15;
/**
 * A rounded size is marked approximate when it stands for a last more than this far from the
 * computed one (EU whole sizes are 6.7 mm apart, UK and US half sizes 4.2 mm): then systems
 * that round to different steps point at different shoes.
 */
export const APPROXIMATE_MM = 2;

/** The scales Candor estimates; children's scales are separate systems of numbers. */
export const SHOE_SCALES = ['EU', 'UK', 'UK-child', 'US-men', 'US-women', 'US-child', 'Mondopoint'] as const;
export type ShoeScale = (typeof SHOE_SCALES)[number];

interface Scale {
  /** Length of one size, mm. */
  step: number;
  /** Sizes below zero on this scale's count: size = last / step − offset. */
  offset: number;
  /** What sizes are made in: whole or half sizes. */
  rounding: number;
  /** The range of sizes the scale has. */
  min: number;
  max: number;
}

const SCALES: Readonly<Record<Exclude<ShoeScale, 'Mondopoint'>, Scale>> = {
  EU: { step: PARIS_POINT_MM, offset: 0, rounding: 1, min: 15, max: 60 },
  UK: { step: BARLEYCORN_MM, offset: 25, rounding: 0.5, min: 1, max: 20 },
  'UK-child': { step: BARLEYCORN_MM, offset: 12, rounding: 0.5, min: 0, max: 13.5 },
  'US-men': { step: BARLEYCORN_MM, offset: 24, rounding: 0.5, min: 1, max: 22 },
  'US-women': { step: BARLEYCORN_MM, offset: 22.5, rounding: 0.5, min: 1, max: 22 },
  'US-child': { step: BARLEYCORN_MM, offset: 35 / 3, rounding: 0.5, min: 0, max: 13.5 },
};

const MONDOPOINT_STEP = 5;

export interface ShoeSizeEstimate {
  scale: ShoeScale;
  /** The size as shoes are marked: a whole EU size, a half UK or US size, Mondopoint in 5 mm. */
  size: number;
  /** The formula's value before rounding. */
  exact: number;
  /** The marked size stands for a last more than `APPROXIMATE_MM` away from this foot's. */
  approximate: boolean;
}

export interface StandardShoeSizes {
  /** mm */
  footLength: number;
  /** mm added to the foot to get the last, as assumed. */
  allowance: number;
  /** mm */
  lastLength: number;
  /** One estimate per scale that has a size for this foot, in `SHOE_SCALES` order. */
  sizes: ShoeSizeEstimate[];
}

const CHILDREN: ReadonlySet<SizeAudience> = new Set(['kids', 'girls', 'boys', 'baby']);

function estimate(scale: Exclude<ShoeScale, 'Mondopoint'>, lastLength: number): ShoeSizeEstimate | undefined {
  const { step, offset, rounding, min, max } = SCALES[scale];
  const exact = lastLength / step - offset;
  const size = roundTo(exact, rounding);
  if (size < min || size > max) return undefined;
  return { scale, size, exact, approximate: Math.abs(size - exact) * step > APPROXIMATE_MM };
}

/**
 * The US scales a chart's audience reads: men's and women's for adults (both when the
 * chart is unisex or says nothing), children's for children — whose feet outgrow that scale
 * into the youth sizes, numbered as men's.
 */
function usScales(audience: SizeAudience | undefined): Array<Exclude<ShoeScale, 'Mondopoint'>> {
  if (audience === 'men') return ['US-men'];
  if (audience === 'women') return ['US-women'];
  if (audience && CHILDREN.has(audience)) return ['US-child'];
  return ['US-men', 'US-women'];
}

/**
 * Standard sizes for a foot `footLength` mm long. `allowance` (mm) is how much longer than
 * the foot the last is assumed to be. A scale with no size for this foot is left out (a
 * child's foot has no adult UK size), and the UK and US children's scales give way to the
 * adult ones above 13½.
 */
export function standardShoeSizes(
  footLength: number,
  { audience, allowance = DEFAULT_TOE_ALLOWANCE_MM }: { audience?: SizeAudience | undefined; allowance?: number | undefined } = {},
): StandardShoeSizes {
  const lastLength = footLength + allowance;
  const sizes: ShoeSizeEstimate[] = [];
  const add = (value: ShoeSizeEstimate | undefined) => value && sizes.push(value);
  add(estimate('EU', lastLength));
  // One UK number per foot: children's sizes up to 13½, then adult sizes from 1.
  add(estimate('UK', lastLength) ?? estimate('UK-child', lastLength));
  for (const scale of usScales(audience)) {
    add(scale === 'US-child' ? (estimate('US-child', lastLength) ?? estimate('US-men', lastLength)) : (estimate(scale, lastLength) ?? estimate('US-child', lastLength)));
  }
  const mondopoint = roundTo(footLength, MONDOPOINT_STEP);
  if (mondopoint > 0) sizes.push({ scale: 'Mondopoint', size: mondopoint, exact: footLength, approximate: false });
  sizes.sort((a, b) => SHOE_SCALES.indexOf(a.scale) - SHOE_SCALES.indexOf(b.scale));
  return { footLength, allowance, lastLength, sizes };
}

/** The foot length (mm) a size of `scale` is made for, with `allowance`: the inverse of the formulas. */
export function footLengthForShoeSize(scale: ShoeScale, size: number, allowance = DEFAULT_TOE_ALLOWANCE_MM): number {
  if (scale === 'Mondopoint') return size;
  const { step, offset } = SCALES[scale];
  return (size + offset) * step - allowance;
}

const FRACTION_LABELS: Readonly<Record<string, number>> = { '½': 0.5, '⅓': 1 / 3, '⅔': 2 / 3 };

/**
 * A shop's size label as a number, when it is one: `42`, `8.5`, `8,5`, `8½`, `42 2/3`, `42⅔`.
 * Letters and ranges (`M`, `39/40`) are not sizes on a numeric scale: `undefined`.
 */
export function numericSizeLabel(label: string): number | undefined {
  const text = label.trim();
  if (/^\d+(?:[.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  const fraction = /^(\d+)\s*(?:([½⅓⅔])|([12])\s*\/\s*([23]))$/.exec(text);
  if (!fraction) return undefined;
  const whole = Number(fraction[1]);
  if (fraction[2]) return whole + FRACTION_LABELS[fraction[2]]!;
  const numerator = Number(fraction[3]);
  const denominator = Number(fraction[4]);
  return numerator < denominator ? whole + numerator / denominator : undefined;
}
