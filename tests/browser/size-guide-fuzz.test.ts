/**
 * Fuzzing `<candor-size-guide>`: arbitrary JSON as the `sizeGuide` section, and generated
 * schema-valid sections (clothing and shoe charts of any measurements, single figures and
 * ranges with gaps, overlaps and shared edges, labels in any systems, fit rules), with any
 * `product`/`chart` attribute, unit, and anything a buyer types into "Find my size". It never
 * throws; a valid section renders its chart or says why it shows nothing; what the guide
 * recommends is what core's `recommendSize` finds. `validateSizeGuideSection` is the oracle
 * of validity.
 */
import fc from 'fast-check';
import {
  FOOT_MEASUREMENTS, MEASUREMENTS, MEASUREMENT_LIMITS, SIZE_SYSTEMS, chartMeasurements, findChart, fromEntered, messagesFor, parseMeasurement, sizeValue,
  recommendSize, recommendationText, validateSizeGuideSection, type BuyerMeasurements, type CandorConfig, type ChartMeasurement, type SizeChart,
} from '@candor/core';
import { describe, expect, it, vi } from 'vitest';
import type { CandorSizeGuide } from '../../packages/elements/src/size-guide/size-guide.js';
import { settle } from '../../packages/elements/src/test-support/fixture.js';
import { breach } from './support/delivery.js';
import { foreignMarkup, part, showsNothing, submit } from './support/size-guide.js';
import '../../packages/elements/src/size-guide.js';
import { fuzzPage } from './support/fuzz-page.js';

const TAG = 'Candor <candor-size-guide>:';
const english = messagesFor('en')!.sizeGuide;
const label = fc.oneof(fc.constantFrom('S', 'M', '42', '8.5', 'XL / Long', '<b>L</b>', '${x}'), fc.string({ minLength: 1, maxLength: 8 }));

/** A value a chart may hold for a measurement: one figure, or a [min, max] range (min ≤ max). */
const value = (min: number, max: number) =>
  fc.oneof(
    fc.integer({ min, max }),
    fc.tuple(fc.integer({ min, max }), fc.integer({ min: 0, max: 12 })).map(([low, width]) => [low, low + width] as [number, number]),
  );

const systems = fc.uniqueArray(fc.constantFrom(...SIZE_SYSTEMS), { minLength: 1, maxLength: 3 });

function chart(kind: 'clothing' | 'shoes') {
  const names = kind === 'clothing' ? MEASUREMENTS : FOOT_MEASUREMENTS;
  return fc
    .record({
      id: fc.constantFrom('a', 'b', 'tops', 'shoes-1'),
      name: fc.string({ minLength: 1, maxLength: 12 }),
      systems,
      // A shoe chart measures foot length in every size; footWidth is optional.
      used: kind === 'shoes' ? fc.constantFrom<ChartMeasurement[]>(['footLength'], ['footLength', 'footWidth']) : fc.subarray([...names], { minLength: 1, maxLength: 3 }),
      count: fc.integer({ min: 1, max: 6 }),
      seeds: fc.array(fc.tuple(label, fc.array(value(kind === 'shoes' ? 100 : 40, kind === 'shoes' ? 320 : 190), { minLength: 3, maxLength: 3 })), { minLength: 6, maxLength: 6 }),
      products: fc.option(fc.uniqueArray(fc.constantFrom('p1', 'p2', 'p3'), { maxLength: 2 }), { nil: undefined }),
      betweenSizes: fc.option(fc.constantFrom('smaller' as const, 'larger' as const), { nil: undefined }),
      toeAllowance: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
      audience: fc.option(fc.constantFrom('women' as const, 'men' as const, 'kids' as const, 'unisex' as const), { nil: undefined }),
    })
    .map(({ id, name, systems: chosen, used, count, seeds, products, betweenSizes, toeAllowance, audience }) => {
      const sizes = seeds.slice(0, count).map(([text, values]) => {
        const labels = Object.fromEntries(chosen.map((system, index) => [system, index === 0 ? text : `${text}-${system}`]));
        const measured = Object.fromEntries(used.map((measurement, index) => [measurement, values[index]!]));
        return kind === 'shoes' ? { labels, ...measured } : { labels, measurements: measured };
      });
      return {
        id, name, kind, systems: chosen, sizes,
        ...(products && { products }), ...(betweenSizes && { betweenSizes }), ...(audience && { audience }),
        ...(kind === 'shoes' && toeAllowance !== undefined && { toeAllowance }),
      } as unknown as SizeChart;
    });
}

/** A section meant to be valid; the validator has the last word. */
const section = fc.record({ charts: fc.uniqueArray(fc.oneof(chart('clothing'), chart('shoes')), { minLength: 1, maxLength: 3, selector: (each) => each.id }) });
const typed = fc.oneof(
  { arbitrary: fc.integer({ min: 40, max: 110 }).map(String), weight: 8 },
  { arbitrary: fc.integer({ min: 15, max: 30 }).map(String), weight: 4 },
  fc.integer({ min: 1, max: 400 }).map(String),
  fc.tuple(fc.double({ min: 0.5, max: 400, noNaN: true }), fc.constantFrom('.', ',')).map(([number, separator]) => number.toFixed(1).replace('.', separator)),
  fc.constantFrom('', ' ', 'abc', '-5', '98 cm', '9 1/4', '<img src=x onerror=window.__pwned=1>'),
);

/** What a buyer types into one field: mostly a length around the chart's own values, sometimes anything. */
const entry = fc.oneof(
  { arbitrary: fc.double({ min: -0.2, max: 1.2, noNaN: true }).map((position) => ({ position })), weight: 6 },
  { arbitrary: typed.map((text) => ({ text })), weight: 1 },
);

/** The text for `name`: a length at `position` across the chart's range of it (below 0 and above 1: outside), in the buyer's unit. */
function typedFor(chart: SizeChart, name: ChartMeasurement, choice: { position: number } | { text: string }, units: 'metric' | 'imperial'): string {
  if ('text' in choice) return choice.text;
  const ends = chart.sizes.flatMap((size) => {
    const value = sizeValue(size, name);
    return value === undefined ? [] : typeof value === 'number' ? [value] : [...value];
  });
  const low = Math.min(...ends);
  const high = Math.max(...ends);
  const inChart = low + choice.position * (high - low || 10);
  const foot = name === 'footLength' || name === 'footWidth';
  const shown = units === 'metric' ? (foot ? inChart / 10 : inChart) : inChart / (foot ? 25.4 : 2.54);
  return shown.toFixed(1);
}

const page = fuzzPage();
const { warnings } = page;

async function render(config: unknown, attributes: { product?: string | undefined; chart?: string | undefined; units: 'metric' | 'imperial' }): Promise<CandorSizeGuide> {
  const element = document.createElement('candor-size-guide');
  element.inline = true;
  element.product = attributes.product;
  element.chart = attributes.chart;
  element.units = attributes.units;
  element.config = config as CandorConfig;
  page.container.replaceChildren(element);
  await settle(element);
  return element;
}

async function expectWarning(words: string[], what: unknown): Promise<void> {
  await vi.waitFor(() => {
    const logged = warnings.some((line) => line.startsWith(TAG) && words.every((word) => line.includes(word)));
    expect(logged, `no warning naming ${JSON.stringify(words)} for ${JSON.stringify(what)}`).toBe(true);
  }, { timeout: 3_000 });
}

/** What the form sends for `entries`: the chart's measurements in its units, as the element reads them. */
function measured(chart: SizeChart, entries: Record<string, string>, units: 'metric' | 'imperial'): BuyerMeasurements | 'invalid' | 'empty' {
  const result: BuyerMeasurements = {};
  for (const name of chartMeasurements(chart)) {
    const text = (entries[name] ?? '').trim();
    if (!text) continue;
    if (name === 'height' && units === 'imperial') return 'invalid'; // feet and inches: not fuzzed here
    const number = parseMeasurement(text);
    if (number === undefined) return 'invalid';
    const inChart = fromEntered(name, number, units);
    const [min, max] = MEASUREMENT_LIMITS[name];
    if (inChart < min || inChart > max) return 'invalid';
    result[name] = inChart;
  }
  return Object.keys(result).length === 0 ? 'empty' : result;
}

const counts = { charts: 0, recommendations: 0, hidden: 0, invalid: 0 };

describe('<candor-size-guide> under fuzzing', () => {
  it('never throws, and shows nothing only with a reason', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.record({ charts: fc.jsonValue({ maxDepth: 3 }) })), async (sizeGuide) => {
        const element = await render({ sizeGuide }, { units: 'metric' });
        const result = validateSizeGuideSection(sizeGuide);
        if (sizeGuide === null || sizeGuide === undefined) return;
        if (!result.ok) {
          expect(showsNothing(element), JSON.stringify(sizeGuide)).toBe(true);
          await expectWarning([result.errors[0]!.path], sizeGuide);
        }
        expect(page.uncaught.errors).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('renders any valid section’s chart and recommends what core recommends', { timeout: 180_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        section,
        // Half the time no attribute (the first chart), else a product or id that may be missing.
        fc.option(fc.constantFrom('p1', 'p2', 'nope'), { nil: undefined, freq: 2 }),
        fc.option(fc.constantFrom('a', 'b', 'tops', 'gone'), { nil: undefined, freq: 2 }),
        fc.constantFrom('metric' as const, 'imperial' as const),
        fc.array(entry, { minLength: 3, maxLength: 3 }),
        async (guide, product, chartId, units, typing) => {
          const element = await render({ sizeGuide: guide }, { product, chart: chartId, units });
          const result = validateSizeGuideSection(guide);
          const first = JSON.stringify({ guide, product, chartId, units });
          if (!result.ok) {
            counts.invalid += 1;
            expect(showsNothing(element), first).toBe(true);
            return;
          }
          const chart = findChart(result.value, { chart: chartId, product });
          if (!chart) {
            counts.hidden += 1;
            expect(showsNothing(element), first).toBe(true);
            if (chartId) await expectWarning([`"${chartId}"`], first);
            return;
          }
          counts.charts += 1;
          expect(part(element, 'title')?.textContent, first).toBe(chart.name);
          expect(element.shadowRoot!.querySelectorAll('tbody tr'), first).toHaveLength(chart.sizes.length);
          const names = chartMeasurements(chart).filter((name) => !(name === 'height' && units === 'imperial'));
          const fields = Object.fromEntries(names.map((name, index) => [name, typedFor(chart, name, typing[index % 3]!, units)]));
          const what = JSON.stringify({ guide, product, chartId, units, fields });
          await submit(element, fields);
          const expected = measured(chart, fields, units);
          const headline = part(element, 'headline')?.textContent;
          if (expected === 'invalid') expect(element.shadowRoot!.querySelector('[part="error"]'), what).not.toBeNull();
          else if (expected === 'empty') expect(element.shadowRoot!.querySelector('.form-error')?.textContent, what).toBe(english.nothingEntered);
          else {
            counts.recommendations += 1;
            const recommendation = recommendSize(chart, expected);
            const text = recommendationText(chart, recommendation, english, { locale: 'en', units, system: chart.systems[0]! });
            expect(headline, what).toBe(text.headline);
            expect(part(element, 'choose') !== null, what).toBe(recommendation.size !== undefined);
          }
          expect(foreignMarkup(element), what).toEqual({ tags: [], attributes: [] });
          expect(page.uncaught.errors).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
    // The run must have reached every outcome, or the property proved less than it says.
    expect(counts.invalid).toBeLessThan(20);
    expect(counts.charts).toBeGreaterThan(60);
    expect(counts.recommendations).toBeGreaterThan(30);
    expect(counts.hidden).toBeGreaterThan(10);
    expect(breach()).toBeUndefined();
  });
});
