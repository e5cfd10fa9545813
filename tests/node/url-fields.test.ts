/**
 * Security suite (issue 3), config level: every link field of the schema refuses script and
 * data schemes however they are disguised. The fields are found by walking the schema, so a
 * link field added later is covered without touching this file; the sample configs provide a
 * valid home for each, and the test fails if a field has none.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candorSchema, formatPointer, validateConfig } from '../../packages/core/src/index.js';

const URL_FORMATS = new Set(['http-url', 'http-url-or-path']);

type Schema = { [key: string]: unknown };
const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Subschemas a value at this level must (also or alternatively) match. */
function alternatives(schema: Schema): Schema[] {
  return [schema, ...(['oneOf', 'anyOf', 'allOf'] as const).flatMap((key) => (Array.isArray(schema[key]) ? (schema[key] as unknown[]).filter(isSchema) : []))];
}

/** Every place in the schema that holds a link, as a path with `*` for array items and map values. */
function linkFieldsOf(schema: Schema, path: string[] = []): string[] {
  const found: string[] = [];
  for (const each of alternatives(schema)) {
    if (each !== schema) {
      found.push(...linkFieldsOf(each, path));
      continue;
    }
    if (typeof each.format === 'string' && URL_FORMATS.has(each.format)) found.push(formatPointer(path));
    if (isSchema(each.properties)) {
      for (const [key, child] of Object.entries(each.properties)) if (isSchema(child)) found.push(...linkFieldsOf(child, [...path, key]));
    }
    if (isSchema(each.items)) found.push(...linkFieldsOf(each.items, [...path, '*']));
    if (isSchema(each.additionalProperties)) found.push(...linkFieldsOf(each.additionalProperties, [...path, '*']));
  }
  return [...new Set(found)];
}

/** Does `value` fit a oneOf branch's fixed fields (`const`, `enum`), such as a channel's `type`? */
function branchFits(branch: Schema, value: unknown): boolean {
  if (!isSchema(branch.properties) || !isSchema(value)) return true;
  return Object.entries(branch.properties).every(([key, child]) => {
    if (!isSchema(child) || !(key in value)) return true;
    if ('const' in child) return child.const === value[key];
    if (Array.isArray(child.enum)) return child.enum.includes(value[key]);
    return true;
  });
}

/** Pointers of the link strings in `value`, each with the schema path it sits at. */
function linksIn(schema: Schema, value: unknown, pointer: string[] = [], path: string[] = []): Array<{ pointer: string; field: string }> {
  const found: Array<{ pointer: string; field: string }> = [];
  const branches = (['oneOf', 'anyOf'] as const).flatMap((key) => (Array.isArray(schema[key]) ? (schema[key] as unknown[]).filter(isSchema) : []));
  for (const branch of branches.filter((each) => branchFits(each, value))) found.push(...linksIn(branch, value, pointer, path));
  if (typeof value === 'string' && typeof schema.format === 'string' && URL_FORMATS.has(schema.format)) {
    found.push({ pointer: formatPointer(pointer), field: formatPointer(path) });
  }
  if (Array.isArray(value) && isSchema(schema.items)) {
    for (const [index, item] of value.entries()) found.push(...linksIn(schema.items, item, [...pointer, String(index)], [...path, '*']));
  } else if (isSchema(value)) {
    for (const [key, child] of Object.entries(value)) {
      const properties = isSchema(schema.properties) ? schema.properties : {};
      const sub = isSchema(properties[key]) ? properties[key] : isSchema(schema.additionalProperties) ? schema.additionalProperties : undefined;
      if (sub) found.push(...linksIn(sub, child, [...pointer, key], [...path, key in properties ? key : '*']));
    }
  }
  return found;
}

const samplesDir = new URL('../../examples/configs/', import.meta.url);
const samples = readdirSync(samplesDir)
  .filter((name) => name.endsWith('.candor.json'))
  .sort()
  .map((name) => ({ name, config: JSON.parse(readFileSync(new URL(name, samplesDir), 'utf8')) as unknown }));

/**
 * Link fields the samples leave out, grafted onto a sample with a valid link: the walk then
 * finds them like any other. A new link field needs a sample value or a graft here.
 */
const GRAFTS: Record<string, string> = {
  '/partners/payment/0/artwork': JSON.stringify({ src: 'https://shop.example/blik.svg', width: 120, height: 40 }),
  '/partners/couriers/0/artwork': JSON.stringify({ src: 'https://shop.example/inpost.svg', width: 120, height: 40 }),
  '/partners/couriers/0/url': JSON.stringify('https://inpost.example'),
  '/reviews/source': JSON.stringify({ url: '/reviews/p1.json' }),
  '/contact/channels/0/person/photo': JSON.stringify('https://shop.example/team/magda.jpg'),
};

function grafted(config: unknown): unknown {
  let copy = config;
  for (const [pointer, json] of Object.entries(GRAFTS)) copy = withValue(copy, pointer, JSON.parse(json) as unknown);
  return copy;
}

/** One valid home per link field: the first sample that has a value there, grafts included. */
function homes(): Map<string, { sample: unknown; pointer: string }> {
  const result = new Map<string, { sample: unknown; pointer: string }>();
  for (const config of [...samples.map((sample) => sample.config), grafted(samples[0]!.config)]) {
    for (const { pointer, field } of linksIn(candorSchema as Schema, config)) {
      if (!result.has(field)) result.set(field, { sample: config, pointer });
    }
  }
  return result;
}

/** A copy of `config` with the string at `pointer` replaced. */
function withValue(config: unknown, pointer: string, value: unknown): unknown {
  const copy = structuredClone(config) as Record<string, unknown>;
  const keys = pointer.split('/').slice(1).map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
  const parent = keys.slice(0, -1).reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, copy);
  parent[keys.at(-1)!] = value;
  return copy;
}

const PAYLOADS = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];

/** The ways browsers and HTML parsers forgive a disguised scheme, applied to `url`. */
const DISGUISES: Array<[string, (url: string) => string]> = [
  ['plain', (url) => url],
  ['upper case', (url) => url.toUpperCase()],
  ['mixed case', (url) => [...url].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('')],
  ['leading space', (url) => ` ${url}`],
  ['leading tab and newline', (url) => `\t\n${url}`],
  ['leading control characters', (url) => `\u0000\u0001\u001f${url}`],
  ['leading no-break space', (url) => `\u00a0${url}`],
  ['trailing whitespace', (url) => `${url} \t\n`],
  ['tab inside the scheme', (url) => `${url.slice(0, 2)}\t${url.slice(2)}`],
  ['newline inside the scheme', (url) => `${url.slice(0, 3)}\n${url.slice(3)}`],
  ['carriage return inside the scheme', (url) => `${url.slice(0, 1)}\r${url.slice(1)}`],
  ['zero-width space before the colon', (url) => url.replace(':', '\u200b:')],
  ['decimal entity', (url) => `&#${url.charCodeAt(0)};${url.slice(1)}`],
  ['padded decimal entity', (url) => `&#0000${url.charCodeAt(0)}${url.slice(1)}`],
  ['hex entity', (url) => `&#x${url.charCodeAt(0).toString(16)};${url.slice(1)}`],
  ['named colon entity', (url) => url.replace(':', '&colon;')],
  ['percent-encoded first letter', (url) => `%${url.charCodeAt(0).toString(16).toUpperCase()}${url.slice(1)}`],
  ['percent-encoded colon', (url) => url.replace(':', '%3A')],
];

describe('link fields in the schema', () => {
  const fields = linkFieldsOf(candorSchema as Schema);
  const found = homes();

  it('are found by walking the schema, and every one has a home in a sample config', () => {
    expect(fields.length).toBeGreaterThanOrEqual(10);
    expect(fields.filter((field) => !found.has(field)), 'link fields no sample config uses').toEqual([]);
    for (const { sample, pointer } of found.values()) {
      expect(validateConfig(sample).ok, `sample with ${pointer}`).toBe(true);
    }
  });

  it('each refuse javascript:, data: and vbscript: in every disguise, at their own JSON pointer', () => {
    for (const [field, { sample, pointer }] of found) {
      for (const payload of PAYLOADS) {
        for (const [disguise, apply] of DISGUISES) {
          const hostile = apply(payload);
          const result = validateConfig(withValue(sample, pointer, hostile));
          const where = `${field} (${pointer}) ← ${disguise} ${JSON.stringify(hostile)}`;
          expect(result.ok, where).toBe(false);
          if (!result.ok) expect(result.errors.map((error) => error.path), where).toEqual([pointer]);
        }
      }
    }
  });

  it('each refuse a script scheme in any casing with any invisible characters spliced in', () => {
    const invisible = fc.constantFrom('', '\t', '\n', '\r', '\u0000', '\u0008', '\u001b', ' ', '\u00a0', '\u200b', '\u2028', '\ufeff');
    const disguised = fc
      .tuple(fc.constantFrom('javascript', 'data', 'vbscript'), fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), fc.array(invisible, { minLength: 12, maxLength: 12 }))
      .map(([scheme, upper, gaps]) => {
        const letters = [...scheme].map((c, i) => (upper[i] ? c.toUpperCase() : c));
        return `${gaps[0]}${letters.map((c, i) => c + gaps[i + 1]!).join('')}:alert(1)`;
      });
    const entries = [...found.entries()];
    fc.assert(
      fc.property(disguised, fc.nat(), (hostile, pick) => {
        const [, { sample, pointer }] = entries[pick % entries.length]!;
        const result = validateConfig(withValue(sample, pointer, hostile));
        return !result.ok && result.errors.length === 1 && result.errors[0]!.path === pointer;
      }),
      { numRuns: 500 },
    );
  });

  it('each still accept a plain https link, so the refusals are about the scheme', () => {
    for (const [field, { sample, pointer }] of found) {
      expect(validateConfig(withValue(sample, pointer, 'https://shop.example/a.json')).ok, field).toBe(true);
    }
  });
});
