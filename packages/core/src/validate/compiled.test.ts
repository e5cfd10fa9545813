/**
 * The generated validator against ajv, the reference JSON Schema implementation: for configs
 * near the valid samples and for arbitrary JSON, both must accept exactly the same inputs.
 * ajv runs only here, in node; browsers get the small compiled checks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Ajv from 'ajv';
import ts from 'typescript';
import { candorSchema } from '../schema/candor.schema.js';
import { SECTION_NAMES, type SectionName } from '../schema/options.js';
import type { Check, Issue } from './checks.js';
import { FORMAT_CHECKS } from './formats.js';
import * as generated from './generated/validators.js';
import { formatPointer, parsePointer } from '../json/pointer.js';
import { allPointers, mutatedSample, sampleConfig, sampleNames, valueAt } from './test-fixtures.js';

/** Values just beside `original`: other types, boundary numbers, almost-right strings. */
function nearMisses(original: unknown, turn: number): unknown[] {
  const anyType = [null, true, [], {}, [3, 1], 'x'];
  if (typeof original === 'number') return [...anyType, -1, 0, 0.5, 1, 2.5, 5, 6, 100, 101, 400, 401, original + 1, -original];
  if (typeof original === 'string') {
    // A different handful of the almost-right strings at each value, so all of them are tried across the samples.
    const near = Array.from({ length: 6 }, (_, i) => NEAR_STRINGS[(turn * 6 + i) % NEAR_STRINGS.length]);
    return [...anyType, 0, '', ` ${original}`, original.toUpperCase(), original.toLowerCase(), `${original}x`, original.slice(1), ...near];
  }
  return [...anyType, 0, ''];
}

const NEAR_STRINGS = [
  'PL', 'pl', 'XX', 'default', 'EUR', 'HRK', 'pl-PL', 'pl_PL', 'Europe/Warsaw', 'Warsaw', '14:00', '24:00', '9:00', '23:60',
  '2026-12-31', '2026-02-30', 'https://shop.example', 'javascript:alert(1)', '//shop.example', '+48 12 345 67 89', '12 345',
  'a@shop.example', 'a@', 'inpost', 'In Post', 'clothing', 'shoes', 'backorder', 'in-stock', 'mon', 'Mon', '/cart', 'cart',
  'blik', 'visa', 'chat', 'phone', 'email', 'tidio', 'end', 'larger', 'EU', 'INT', 'chest', 'footLength', 'butik.kroki',
];

// unicode: false counts string lengths in UTF-16 units, as the compiled checks do (only minLength: 1 is used).
const ajv = new Ajv({ allErrors: false, strict: true, strictRequired: false, discriminator: true, unicode: false, logger: false, formats: FORMAT_CHECKS });
const ajvValidate = ajv.compile(candorSchema);
const ajvSections = Object.fromEntries(SECTION_NAMES.map((name) => [name, ajv.compile(candorSchema.properties[name])]));

const compiledParts: [string, Check][] = [
  ['$root', generated.validateRoot],
  ['shop', generated.validateShop],
  ['sizeGuide', generated.validateSizeGuide],
  ['partners', generated.validatePartners],
  ['delivery', generated.validateDelivery],
  ['reviews', generated.validateReviews],
  ['contact', generated.validateContact],
];

/** What the compiled checks find in a whole config: the top level, then each section present. */
function compiledIssues(config: unknown): Issue[] {
  const issues: Issue[] = [];
  generated.validateRoot(config, '', issues);
  if (typeof config === 'object' && config !== null && !Array.isArray(config)) {
    for (const [name, check] of compiledParts.slice(1)) {
      const value = (config as Record<string, unknown>)[name];
      if (value !== undefined) check(value, `/${name}`, issues);
    }
  }
  return issues;
}

describe('the compiled validator', () => {
  it('has one check for the top level and one per section', () => {
    expect(compiledParts.map(([name]) => name)).toEqual(['$root', ...SECTION_NAMES]);
  });

  it('accepts the samples, as ajv does', () => {
    for (const name of sampleNames) {
      const config = sampleConfig(name);
      expect(ajvValidate(config), name).toBe(true);
      expect(compiledIssues(config), name).toEqual([]);
    }
  });

  it('agrees with ajv on every single-value change of the samples', () => {
    let compared = 0;
    for (const name of sampleNames) {
      const config = sampleConfig(name);
      for (const [turn, pointer] of allPointers(config).filter((p) => p.split('/').length > 2).entries()) {
        const segments = parsePointer(pointer)!;
        const parent = valueAt(config, formatPointer(segments.slice(0, -1))) as Record<string, unknown>;
        const key = segments.at(-1)!;
        const original = parent[key];
        // Only the changed section needs checking: sections are validated independently.
        const section = segments[0] as SectionName;
        const compiled = compiledParts.find(([part]) => part === section)![1];
        const agree = (change: string) => {
          compared++;
          const issues: Issue[] = [];
          compiled(config[section], '', issues);
          const ok = issues.length === 0;
          if (ok !== ajvSections[section]!(config[section])) throw new Error(`${name} ${pointer} ${change}: compiled ${ok}, ajv ${!ok}`);
        };
        for (const value of nearMisses(original, turn)) {
          parent[key] = value;
          agree(`= ${JSON.stringify(value)}`);
        }
        parent[key] = original;
        if (Array.isArray(original) && original.length > 0) {
          original.push(structuredClone(original[0]));
          agree('with its first item repeated');
          original.pop();
        } else if (typeof original === 'object' && original !== null) {
          (original as Record<string, unknown>).unknownKey = 1;
          agree('with an unknown key');
          delete (original as Record<string, unknown>).unknownKey;
        }
        if (!Array.isArray(parent)) {
          delete parent[key];
          agree('removed');
          parent[key] = original;
        }
      }
    }
    expect(compared).toBeGreaterThan(20_000);
  }, 60_000);

  it('agrees with ajv on configs near the samples, changed at random', () => {
    fc.assert(
      fc.property(mutatedSample(), (config) => {
        expect(compiledIssues(config).length === 0).toBe(ajvValidate(config));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('agrees with ajv on arbitrary JSON, section by section', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SECTION_NAMES), fc.jsonValue({ maxDepth: 4 }), (section, value) => {
        const config = { [section]: value };
        expect(compiledIssues(config).length === 0).toBe(ajvValidate(config));
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('is built from the current formats.ts and checks.ts (run npm run build:schema after editing them)', () => {
    const generatedCode = readFileSync(new URL('./generated/validators.js', import.meta.url), 'utf8');
    for (const file of ['./formats.ts', './checks.ts']) {
      const source = readFileSync(new URL(file, import.meta.url), 'utf8');
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      const firstFunction = outputText.slice(outputText.indexOf('export function'));
      expect(generatedCode, file).toContain(firstFunction.slice(0, firstFunction.indexOf('\nexport const FORMAT_CHECKS') >>> 0));
    }
  });

  it('imports nothing: no ajv, no schema library at run time', () => {
    const generatedCode = readFileSync(new URL('./generated/validators.js', import.meta.url), 'utf8');
    expect(generatedCode).not.toMatch(/\bimport\b|\brequire\(/);
  });
});
