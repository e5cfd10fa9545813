import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FOOT_MEASUREMENTS, MEASUREMENTS } from '../schema/options.js';
import type { CandorConfig, SizeGuideConfig } from '../schema/types.js';
import { validateSizeGuideSection } from '../validate/validate.js';
import { MEASUREMENT_LIMITS, chartMeasurements, chartSystem, findChart, howToMeasureTopics, sizeLabel, sizeValue, valueRange } from './charts.js';

const sample = (name: string) => JSON.parse(readFileSync(new URL(`../../../../examples/configs/${name}`, import.meta.url), 'utf8')) as CandorConfig;
const samples = ['pl-shoes.candor.json', 'si-outdoor.candor.json', 'gr-fashion.candor.json'].map((name) => [name, sample(name)] as const);

const guide: SizeGuideConfig = {
  charts: [
    { id: 'tops', name: 'Tops', kind: 'clothing', systems: ['INT', 'EU'], products: ['tee-1', 'tee-2'], sizes: [{ labels: { INT: 'S', EU: '36' }, measurements: { waist: [66, 70], chest: [84, 88] } }] },
    { id: 'shoes', name: 'Shoes', kind: 'shoes', systems: ['EU', 'UK'], products: ['boot-1'], sizes: [{ labels: { UK: '8' }, footLength: [263, 268] }] },
    { id: 'by-id-only', name: 'Hats', kind: 'clothing', systems: ['INT'], sizes: [{ labels: { INT: 'M' }, measurements: { head: [56, 58] } }] },
  ],
};

describe('findChart', () => {
  it('takes the chart named by id, else the first that lists the product, else the first chart', () => {
    expect(findChart(guide, { chart: 'shoes' })?.id).toBe('shoes');
    expect(findChart(guide, { chart: 'shoes', product: 'tee-1' })?.id).toBe('shoes');
    expect(findChart(guide, { product: 'boot-1' })?.id).toBe('shoes');
    expect(findChart(guide, { product: 'tee-2' })?.id).toBe('tops');
    expect(findChart(guide, {})?.id).toBe('tops');
    expect(findChart(guide, { chart: '', product: null })?.id).toBe('tops');
  });

  it('finds nothing for an unknown id or a product no chart lists: never someone else’s chart', () => {
    expect(findChart(guide, { chart: 'nope' })).toBeUndefined();
    expect(findChart(guide, { product: 'sofa' })).toBeUndefined();
    // A chart without products is used by id only.
    expect(findChart(guide, { product: 'by-id-only' })).toBeUndefined();
  });
});

describe('reading a chart', () => {
  it('lists the measurements its sizes use, in the standard order', () => {
    expect(chartMeasurements(guide.charts[0]!)).toEqual(['chest', 'waist']);
    expect(chartMeasurements(guide.charts[1]!)).toEqual(['footLength']);
    expect(howToMeasureTopics(guide.charts[0]!)).toEqual(['chest', 'waist']);
    expect(howToMeasureTopics({ ...guide.charts[0]!, howToMeasure: ['hips'] } as SizeGuideConfig['charts'][number])).toEqual(['hips']);
  });

  it('reads a size in the wanted system, falling back to the chart’s first system and a size’s first label', () => {
    const shoes = guide.charts[1]!;
    expect(chartSystem(shoes, 'UK')).toBe('UK');
    expect(chartSystem(shoes, 'US')).toBe('EU');
    expect(chartSystem(shoes, null)).toBe('EU');
    expect(sizeLabel(shoes.sizes[0]!, 'EU')).toBe('8');
    expect(sizeLabel(guide.charts[0]!.sizes[0]!, 'EU')).toBe('36');
  });

  it('gives ranges for values and single figures alike', () => {
    expect(sizeValue(guide.charts[0]!.sizes[0]!, 'chest')).toEqual([84, 88]);
    expect(sizeValue(guide.charts[0]!.sizes[0]!, 'hips')).toBeUndefined();
    expect(sizeValue(guide.charts[1]!.sizes[0]!, 'footWidth')).toBeUndefined();
    expect(sizeValue(guide.charts[1]!.sizes[0]!, 'chest')).toBeUndefined();
    expect(valueRange(38)).toEqual([38, 38]);
  });
});

describe('MEASUREMENT_LIMITS', () => {
  it('covers every measurement a chart can hold', () => {
    expect(Object.keys(MEASUREMENT_LIMITS).sort()).toEqual([...MEASUREMENTS, ...FOOT_MEASUREMENTS].sort());
    for (const [min, max] of Object.values(MEASUREMENT_LIMITS)) expect(min).toBeLessThan(max);
  });

  it.each(samples)('lets a buyer enter every value of %s', (_, config) => {
    for (const chart of config.sizeGuide!.charts) {
      for (const size of chart.sizes) {
        for (const name of chartMeasurements(chart)) {
          const value = sizeValue(size, name);
          if (value === undefined) continue;
          const [low, high] = MEASUREMENT_LIMITS[name];
          for (const end of valueRange(value)) {
            expect(end, `${chart.id} ${name}`).toBeGreaterThanOrEqual(low);
            expect(end, `${chart.id} ${name}`).toBeLessThanOrEqual(high);
          }
        }
      }
    }
  });
});

describe('the sample configs', () => {
  it.each(samples)('%s has a valid size guide whose charts each find their products', (_, config) => {
    expect(validateSizeGuideSection(config.sizeGuide).ok).toBe(true);
    for (const chart of config.sizeGuide!.charts) {
      for (const product of chart.products ?? []) expect(findChart(config.sizeGuide!, { product })?.id).toBe(chart.id);
    }
  });
});
