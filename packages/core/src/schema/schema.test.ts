import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FromSchema } from 'json-schema-to-ts';
import { candorSchema } from './candor.schema.js';
import {
  COURIER_PARTNER_IDS, CONTACT_CHANNEL_TYPES, FIT_FEEDBACK, MEASUREMENTS, PAYMENT_PARTNER_IDS, REVIEW_SOURCES,
  SECTION_NAMES, STOCK_MODES, WEEKDAYS,
} from './options.js';
import type { CandorConfig, ContactChannel, DeliveryConfig, Review, SizeChart } from './types.js';

type Schema = Record<string, unknown>;
const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every subschema with its path, descending through the keywords the schema uses. */
function* subschemas(schema: unknown, path = '#'): Generator<[Schema, string]> {
  if (!isSchema(schema)) return;
  yield [schema, path];
  for (const [key, child] of Object.entries((schema.properties as Schema | undefined) ?? {})) yield* subschemas(child, `${path}/properties/${key}`);
  if (Array.isArray(schema.items)) for (const [i, child] of schema.items.entries()) yield* subschemas(child, `${path}/items/${i}`);
  else yield* subschemas(schema.items, `${path}/items`);
  yield* subschemas(schema.additionalProperties, `${path}/additionalProperties`);
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    for (const [i, child] of ((schema[keyword] as unknown[] | undefined) ?? []).entries()) yield* subschemas(child, `${path}/${keyword}/${i}`);
  }
}

/** Each property schema: the values of every `properties` map. */
function* propertySchemas(): Generator<[Schema, string]> {
  for (const [schema, path] of subschemas(candorSchema)) {
    for (const [key, child] of Object.entries((schema.properties as Schema | undefined) ?? {})) yield [child as Schema, `${path}/properties/${key}`];
  }
}

/** Enum lists found anywhere below `schema`. */
const enums = (schema: unknown) => [...subschemas(schema)].flatMap(([sub]) => (Array.isArray(sub.enum) ? [sub.enum] : []));

describe('candorSchema', () => {
  it('has the six sections of SECTION_NAMES, in order, besides $schema', () => {
    expect(Object.keys(candorSchema.properties)).toEqual(['$schema', ...SECTION_NAMES]);
  });

  it('rejects unknown keys everywhere: every object is closed, or types its extra values (transit)', () => {
    const open = [...subschemas(candorSchema)]
      .filter(([sub]) => sub.type === 'object' || sub.properties)
      .filter(([sub]) => sub.additionalProperties !== false && !isSchema(sub.additionalProperties))
      .filter(([sub]) => !sub.discriminator) // its branches are closed
      .map(([, path]) => path);
    expect(open).toEqual([]);
  });

  it('describes every property for editors, and gives examples for most', () => {
    const properties = [...propertySchemas()];
    const undescribed = properties.filter(([sub]) => typeof sub.description !== 'string' || sub.description.length < 5).map(([, path]) => path);
    expect(undescribed).toEqual([]);
    // Booleans, closed lists and nested objects explain themselves through their enum or properties.
    const needExamples = properties.filter(([sub]) => (sub.type === 'string' && !sub.enum) || sub.type === 'number' || sub.type === 'integer');
    const withExamples = needExamples.filter(([sub]) => Array.isArray(sub.examples));
    expect(withExamples.length / needExamples.length).toBeGreaterThan(0.6);
  });

  it('takes its option lists from options.ts', () => {
    const { delivery, partners, contact, reviews, sizeGuide } = candorSchema.properties;
    expect(enums(delivery)).toContainEqual(WEEKDAYS);
    expect(enums(partners)).toContainEqual(PAYMENT_PARTNER_IDS);
    expect(enums(partners)).toContainEqual(COURIER_PARTNER_IDS);
    expect(enums(reviews)).toContainEqual(REVIEW_SOURCES);
    expect(enums(reviews)).toContainEqual(FIT_FEEDBACK);
    expect(enums(sizeGuide)).toContainEqual(MEASUREMENTS);
    const channelTypes = contact.properties.channels.items.oneOf.flatMap((branch) => branch.properties.type.enum);
    expect([...channelTypes].sort()).toEqual([...CONTACT_CHANNEL_TYPES].sort());
    const stockModes = delivery.properties.stock.oneOf.map((branch) => branch.properties.mode.const);
    expect(stockModes).toEqual([...STOCK_MODES]);
  });

  it('keeps the delivery shape of DESIGN.md', () => {
    const { delivery } = candorSchema.properties;
    expect(Object.keys(delivery.properties)).toEqual(
      expect.arrayContaining(['timeZone', 'country', 'workingDays', 'cutoff', 'handlingDays', 'closures', 'carriers']),
    );
    expect(Object.keys(delivery.properties.carriers.items.properties)).toEqual(['id', 'name', 'deliveryDays', 'transit']);
    expect(delivery.properties.workingDays.default).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(delivery.properties.handlingDays.default).toBe(0);
  });

  it('has no option that could hide or leave out low ratings', () => {
    const names = [...subschemas(candorSchema.properties.reviews)].flatMap(([sub]) => Object.keys((sub.properties as Schema | undefined) ?? {}));
    expect(names.filter((name) => /min|max|hide|exclude|filter|threshold|only/i.test(name))).toEqual([]);
    expect(Object.keys(candorSchema.properties.reviews.properties.display.properties)).toEqual(['pageSize', 'sort', 'authorNames']);
  });

  it('is what the build wrote to candor.schema.json', () => {
    const file = JSON.parse(readFileSync(new URL('../../candor.schema.json', import.meta.url), 'utf8')) as unknown;
    expect(file).toEqual(JSON.parse(JSON.stringify(candorSchema)));
  });
});

describe('CandorConfig', () => {
  it('is the type json-schema-to-ts derives from the whole schema', () => {
    type Whole = FromSchema<typeof candorSchema, { keepDefaultedPropertiesOptional: true }>;
    // Both directions must compile: the section-by-section type is the whole-schema type.
    const toWhole = (config: CandorConfig): Whole => config;
    const fromWhole = (config: Whole): CandorConfig => config;
    expect(typeof toWhole).toBe('function');
    expect(typeof fromWhole).toBe('function');
  });

  it('narrows the tagged unions elements switch on', () => {
    const describe = (channel: ContactChannel, chart: SizeChart, review: Review, delivery: DeliveryConfig) => {
      const value = channel.type === 'chat' ? channel.script : channel.value;
      const first = chart.kind === 'shoes' ? chart.sizes[0]?.footLength : chart.sizes[0]?.measurements;
      const transit: [number, number] | undefined = delivery.carriers[0]?.transit['PL'];
      return [value, first, review.reply?.author, transit];
    };
    expect(describe(
      { type: 'chat', provider: 'tidio', script: 'https://code.tidio.co/x.js' },
      { id: 'a', name: 'A', kind: 'shoes', systems: ['EU'], sizes: [{ labels: { EU: '40' }, footLength: [255, 260] }] },
      { id: 'r', rating: 5, author: 'A', date: '2026-01-01' },
      { timeZone: 'Europe/Warsaw', country: 'PL', cutoff: '14:00', carriers: [{ id: 'dpd', transit: { PL: [1, 2] } }] },
    )).toEqual(['https://code.tidio.co/x.js', [255, 260], undefined, [1, 2]]);
  });
});
