/**
 * The config reference in the docs (stories/guides/config-reference.mdx) is rendered from the
 * schema. These tests render it as the docs site does and check it against the schema, walked
 * here on its own: every key, at every depth and in every variant, is on the page with its
 * description, whether it is required, its allowed values, default, formats and examples.
 */
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { candorSchema } from '@candor/core';
import { ConfigReference } from '../../stories/guides/blocks/ConfigReference.js';
import { FORMAT_HELP } from '../../stories/guides/blocks/formats.js';
import { formatsUsed } from '../../stories/guides/blocks/schema-reference.js';

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A key of some object in the schema, found by walking `properties` (everything else is passed through). */
interface SchemaKey {
  chain: string[];
  node: Node;
  required: boolean;
}

function schemaKeys(node: unknown, chain: string[] = []): SchemaKey[] {
  if (Array.isArray(node)) return node.flatMap((item) => schemaKeys(item, chain));
  if (!isNode(node)) return [];
  const found: SchemaKey[] = [];
  const required = Array.isArray(node.required) ? (node.required as string[]) : [];
  for (const [key, child] of Object.entries(isNode(node.properties) ? node.properties : {})) {
    if (!isNode(child)) continue;
    found.push({ chain: [...chain, key], node: child, required: required.includes(key) });
    found.push(...schemaKeys(child, [...chain, key]));
  }
  for (const keyword of ['items', 'additionalProperties', 'oneOf', 'anyOf']) found.push(...schemaKeys(node[keyword], chain));
  return found;
}

/** Every `description` anywhere in the schema, tuple places and variants included. */
function descriptions(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(descriptions);
  if (!isNode(node)) return [];
  return Object.entries(node).flatMap(([key, value]) => (key === 'description' && typeof value === 'string' ? [value] : descriptions(value)));
}

const unescape = (text: string) =>
  text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&amp;', '&');
const escape = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#x27;');

/** A path's chain of key names: `contact.channels[type=email].hours.mon[][0]` → contact, channels, hours, mon. */
const chainOf = (path: string) =>
  path
    .replace(/\[[^\]]*\]/g, '')
    .split('.')
    .filter((segment) => segment !== '' && !segment.startsWith('<'));

const html = renderToStaticMarkup(createElement(ConfigReference));

interface RenderedRow {
  id: string;
  path: string;
  sameAs: string | undefined;
  chain: string[];
  html: string;
}

const rows: RenderedRow[] = [...html.matchAll(/<tr id="([^"]*)" data-path="([^"]*)"(?: data-same-as="([^"]*)")?>(.*?)<\/tr>/gs)].map(
  ([, id, path, sameAs, inner]) => ({
    id: id!,
    path: unescape(path!),
    sameAs: sameAs === undefined ? undefined : unescape(sameAs),
    chain: chainOf(unescape(path!)),
    html: inner!,
  }),
);

const same = (a: string[], b: string[]) => a.length === b.length && a.every((segment, i) => segment === b[i]);

/** The rows that describe a key: its own, or those of the first place a repeated structure is spelled out. */
function rowsFor(chain: string[]): RenderedRow[] {
  const direct = rows.filter((row) => same(row.chain, chain));
  if (direct.length > 0) return direct;
  for (let cut = chain.length - 1; cut > 0; cut--) {
    const holder = rows.find((row) => row.sameAs !== undefined && same(row.chain, chain.slice(0, cut)));
    if (holder) return rowsFor([...chainOf(holder.sameAs!), ...chain.slice(cut)]);
  }
  return [];
}

/** What a reader sees of some HTML: its text, tags removed. */
const textOf = (markup: string) => unescape(markup.replace(/<[^>]+>/g, ''));
/** A description as the page shows it: `code` spans lose their backticks. */
const shown = (description: string) => description.replace(/`([^`]+)`/g, '$1');

const code = (value: unknown) => `<code>${escape(JSON.stringify(value))}</code>`;
const TYPE_WORDS: Record<string, RegExp> = {
  string: /string/, integer: /integer/, number: /number/, boolean: /boolean/, object: /object/, array: /list|\[/,
};

/** What the row for `key` must show, as failures (empty when it shows everything). */
function missing(key: SchemaKey, row: RenderedRow): string[] {
  const [keyCell = '', valueCell = '', meaningCell = ''] = row.html.split(/<\/t[hd]>/);
  const problems: string[] = [];
  if (key.required !== keyCell.includes('required')) problems.push(key.required ? 'not marked required' : 'marked required');
  if (typeof key.node.description === 'string' && !textOf(meaningCell).includes(shown(key.node.description))) problems.push('description');
  for (const value of (key.node.enum as unknown[] | undefined) ?? []) if (!meaningCell.includes(code(value))) problems.push(`allowed value ${JSON.stringify(value)}`);
  const items = isNode(key.node.items) ? key.node.items : {};
  for (const value of (items.enum as unknown[] | undefined) ?? []) if (!meaningCell.includes(code(value))) problems.push(`allowed item ${JSON.stringify(value)}`);
  for (const example of (key.node.examples as unknown[] | undefined) ?? []) if (!meaningCell.includes(code(example))) problems.push(`example ${JSON.stringify(example)}`);
  if (key.node.default !== undefined && !valueCell.includes(code(key.node.default))) problems.push('default');
  for (const format of [key.node.format, items.format]) {
    if (typeof format === 'string' && !valueCell.includes(`href="#format-${format}"`)) problems.push(`format ${format}`);
  }
  if (key.node.const !== undefined && !valueCell.includes(escape(JSON.stringify(key.node.const)))) problems.push('constant');
  if (typeof key.node.type === 'string' && !TYPE_WORDS[key.node.type]!.test(valueCell)) problems.push(`type ${key.node.type}`);
  return problems;
}

describe('the config reference', () => {
  const keys = schemaKeys(candorSchema);

  it('walks a schema of some size (the walk itself works)', () => {
    expect(keys.length).toBeGreaterThan(150);
    expect(rows.length).toBeGreaterThan(100);
  });

  it('has every key of the schema, with everything the schema says about it', () => {
    const failures: string[] = [];
    for (const key of keys) {
      const candidates = rowsFor(key.chain);
      if (candidates.length === 0) {
        failures.push(`${key.chain.join('.')}: no row`);
        continue;
      }
      const reports = candidates.map((row) => missing(key, row));
      if (reports.every((problems) => problems.length > 0)) failures.push(`${key.chain.join('.')}: ${reports[0]!.join(', ')}`);
    }
    expect(failures).toEqual([]);
  });

  it('has a section for every top-level key', () => {
    for (const name of Object.keys(candorSchema.properties)) {
      expect(html).toContain(`<h2 id="config-${name.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}-section"`);
    }
  });

  it('shows every description in the schema, tuple places and variants included', () => {
    const page = textOf(html);
    const absent = [...new Set(descriptions(candorSchema))].filter((text) => !page.includes(shown(text)));
    expect(absent).toEqual([]);
  });

  it('explains every format the schema uses', () => {
    const used = formatsUsed(candorSchema);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((format) => !(format in FORMAT_HELP))).toEqual([]);
    for (const format of used) expect(html).toContain(`id="format-${format}"`);
  });

  it('gives each row its own anchor, and every link on the page lands on one', () => {
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map(([, id]) => id!);
    expect(new Set(ids).size).toBe(ids.length);
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map(([, id]) => id!);
    expect(targets.filter((target) => !ids.includes(target))).toEqual([]);
  });

  it('points a repeated structure to a row that spells it out', () => {
    const repeated = rows.filter((row) => row.sameAs !== undefined);
    expect(repeated.length).toBeGreaterThan(0);
    for (const row of repeated) expect(rows.some((other) => other.path === row.sameAs && other.sameAs === undefined)).toBe(true);
  });
});
