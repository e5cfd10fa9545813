/**
 * Shared inputs of the validation tests (node only). Not part of the package's API.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { formatPointer, parsePointer } from '../json/pointer.js';

/** Links that must never reach an `href`: script schemes, hidden in every way browsers forgive. */
export const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\u0000script:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript\u200b:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'javascript:https://shop.example',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  'https://shop.example@evil.example/',
  'https://user:secret@shop.example/',
  'https:\\\\evil.example',
  'https:/evil.example',
  'https://',
  'https://shop.example/\u202egnp.exe',
  'https://shop.example/ path',
  'https://shop.example/\u00a0',
  'https://shop.example/\ufeff',
  '\thttps://shop.example/',
  'https://shop.example/\n',
];

const examplesDir = new URL('../../../../examples/configs/', import.meta.url);

/** The sample configs in examples/configs. */
export const sampleNames = readdirSync(examplesDir).filter((name) => name.endsWith('.candor.json')).sort();

/** A fresh copy of a sample config, parsed. */
export const sampleConfig = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(name, examplesDir), 'utf8')) as Record<string, unknown>;

/** Marks a key for removal in `edited`. */
export const REMOVE = Symbol('remove');

/** A copy of `config` with the value at each pointer set (an array index one past the end appends) or removed. */
export function edited(config: unknown, edits: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(config) as Record<string, unknown>;
  for (const [pointer, value] of Object.entries(edits)) {
    const segments = parsePointer(pointer)!;
    const parent = valueAt(copy, formatPointer(segments.slice(0, -1))) as Record<string, unknown>;
    if (typeof parent !== 'object' || parent === null) throw new Error(`no object at the parent of ${pointer}`);
    if (value === REMOVE) delete parent[segments.at(-1)!];
    else parent[segments.at(-1)!] = value;
  }
  return copy;
}

/** The value a JSON pointer names, or undefined. */
export function valueAt(value: unknown, pointer: string): unknown {
  return (parsePointer(pointer) ?? []).reduce<unknown>(
    (current, key) => (typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined),
    value,
  );
}

/** Pointers to every value in `value`, the root included. */
export function allPointers(value: unknown, segments: string[] = []): string[] {
  const here = formatPointer(segments);
  if (typeof value !== 'object' || value === null) return [here];
  return [here, ...Object.entries(value).flatMap(([key, child]) => allPointers(child, [...segments, key]))];
}

/**
 * A sample config with one value somewhere replaced (by arbitrary JSON, or by a string that
 * is almost right), or one key removed: inputs close to valid, where validators differ if
 * they differ at all.
 */
export function mutatedSample(): fc.Arbitrary<Record<string, unknown>> {
  const configs = sampleNames.map(sampleConfig);
  const pointers = configs.map((config) => allPointers(config).filter((pointer) => pointer !== '').map((pointer) => parsePointer(pointer)!));
  const nearMisses = fc.constantFrom(
    '', 'PL', 'pl', 'XX', 'EUR', 'eur', 'pl-PL', 'pl_PL', 'Europe/Warsaw', 'Europe/Warsow', '14:00', '24:00', '9:00',
    '2026-12-31', '2026-02-30', 'https://shop.example', 'javascript:alert(1)', '+48 12 345 67 89', 'a@shop.example',
    'inpost', 'In Post', 'clothing', 'shoes', 'backorder', 'mon', 'Mon', '/cart', 'cart', 'blik', 'default',
  );
  const replacement = fc.oneof(fc.jsonValue({ maxDepth: 2 }), nearMisses, fc.integer({ min: -2, max: 400 }), fc.constant([3, 1]));
  return fc
    .tuple(fc.integer({ min: 0, max: configs.length - 1 }), fc.nat(), replacement, fc.boolean())
    .map(([which, pick, value, remove]) => {
      const config = structuredClone(configs[which]!);
      const segments = pointers[which]![pick % pointers[which]!.length]!;
      const parent = valueAt(config, formatPointer(segments.slice(0, -1))) as Record<string, unknown>;
      const key = segments.at(-1)!;
      if (remove && !Array.isArray(parent)) delete parent[key];
      else parent[key] = value;
      return config;
    });
}
