import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateConfig } from '../validate/validate.js';
import { runCli, USAGE } from './cli.js';
import { SCHEMA_FROM_NODE_MODULES } from './starter.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'candor-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(args, { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line), cwd: dir });
  return { code, stdout, stderr };
}

const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
const sample = (name: string) => readFileSync(new URL(`../../../../examples/configs/${name}`, import.meta.url), 'utf8');

/** `LINE:COLUMN` (1-based) of the first `needle` in `text`, or of what follows `needle` with `after`. */
function find(text: string, needle: string, { after = false } = {}): string {
  const found = text.indexOf(needle);
  if (found < 0) throw new Error(`${needle} not in text`);
  const lines = text.slice(0, found + (after ? needle.length : 0)).split('\n');
  return `${lines.length}:${lines.at(-1)!.length + 1}`;
}

describe('candor validate', () => {
  it('prints "FILE: ok" and exits 0 for valid configs', async () => {
    write('pl.json', sample('pl-shoes.candor.json'));
    write('gr.json', sample('gr-fashion.candor.json'));
    expect(await run('validate', 'pl.json', 'gr.json')).toEqual({ code: 0, stdout: ['pl.json: ok', 'gr.json: ok'], stderr: [] });
  });

  it('validates candor.json when no file is named', async () => {
    write('candor.json', '{"shop": {"name": "A"}}');
    expect(await run('validate')).toEqual({ code: 0, stdout: ['candor.json: ok'], stderr: [] });
  });

  it('prints FILE:LINE:COLUMN POINTER message for each problem, where the value starts, and exits 1', async () => {
    const text = sample('pl-shoes.candor.json')
      .replace('"cutoff": {', '"cutof": {')
      .replace('"country": "PL"', '"country": "XX"')
      .replace('"PL": [1, 2], "CZ": [2, 3]', '"PL": [1, 2], "CZ": [5, 2]')
      .replace('"url": "https://kroki.example"', '"url": "javascript:alert(1)"');
    write('candor.json', text);
    const { code, stdout, stderr } = await run('validate', 'candor.json');
    expect(code).toBe(1);
    expect(stderr).toEqual([]);
    expect(stdout).toEqual([
      `candor.json:${find(text, '"javascript:alert(1)"')} /shop/url only http and https links are allowed here, not "javascript:"`,
      `candor.json:${find(text, '"XX"')} /shop/country "XX" is not an ISO 3166-1 country code`,
      `candor.json:${find(text, '{"mon": "14:00"')} /delivery/cutof unknown key "cutof" — did you mean "cutoff"?`,
      `candor.json:${find(text, '[5, 2]')} /delivery/carriers/1/transit/CZ transit minimum 5 is greater than maximum 2`,
    ]);
  });

  it('reports a JSON syntax error the same way, with the pointer of the value being read', async () => {
    write('broken.json', '{\n  "shop": {\n    "name": "A",\n  }\n}\n');
    expect(await run('validate', 'broken.json')).toEqual({
      code: 1,
      stdout: ['broken.json:4:3 /shop unexpected "}" — a trailing comma before it?'],
      stderr: [],
    });
    write('empty.json', '');
    expect((await run('validate', 'empty.json')).stdout).toEqual(['empty.json:1:1 "" the file is empty: a JSON document has one value, e.g. { }']);
  });

  it('reports files it cannot read, and goes on with the others', async () => {
    write('ok.json', '{}');
    mkdirSync(join(dir, 'folder.json'));
    expect(await run('validate', 'missing.json', 'folder.json', 'ok.json')).toEqual({
      code: 1,
      stdout: ['missing.json:1:1 "" cannot read the file: no such file', 'folder.json:1:1 "" cannot read the file: it is a directory', 'ok.json: ok'],
      stderr: [],
    });
  });

  it('points at the object when a key is missing, and keeps paths and messages on one line', async () => {
    const text = '{"contact": {"channels": [{"type": "email"}]}, "shop": {"name": "Bad\\nname", "country": "P\\u001bL"}}';
    write('c.json', text);
    const { code, stdout } = await run('validate', 'c.json');
    expect(code).toBe(1);
    expect(stdout).toEqual([
      `c.json:${find(text, '{"type"')} /contact/channels/0 missing "value"`,
      `c.json:${find(text, '"P')} /shop/country "P\\u001bL" is not an ISO 3166-1 country code`,
    ]);
    expect(stdout.join('')).not.toMatch(/[\u0000-\u001f]/);
  });
});

describe('candor init', () => {
  it('writes a valid starter candor.json with $schema', async () => {
    const { code, stdout } = await run('init');
    expect(code).toBe(0);
    expect(stdout).toEqual(['Created candor.json. Fill it in, then check it with: npx candor validate candor.json']);
    const config = JSON.parse(readFileSync(join(dir, 'candor.json'), 'utf8')) as Record<string, unknown>;
    expect(config.$schema).toBe(SCHEMA_FROM_NODE_MODULES);
    expect(validateConfig(config).ok).toBe(true);
    expect(await run('validate')).toMatchObject({ code: 0 });
  });

  it('writes to the file named, and never overwrites one', async () => {
    expect((await run('init', 'shop.candor.json')).code).toBe(0);
    expect(existsSync(join(dir, 'shop.candor.json'))).toBe(true);
    write('candor.json', '{"mine": true}');
    expect(await run('init')).toEqual({ code: 1, stdout: [], stderr: ['candor init: candor.json already exists; it was left as it is'] });
    expect(readFileSync(join(dir, 'candor.json'), 'utf8')).toBe('{"mine": true}');
  });
});

describe('candor reviews', () => {
  it('writes the static review files through the main command', async () => {
    write('candor.json', sample('pl-shoes.candor.json'));
    const { code, stdout, stderr } = await run('reviews', 'candor.json', '--out', 'public/reviews');
    expect({ code, stderr }).toEqual({ code: 0, stderr: [] });
    expect(stdout[0]).toMatch(/^Wrote 1 file to public\/reviews \(\d+ reviews\): reviews\.json$/);
    expect(JSON.parse(readFileSync(join(dir, 'public/reviews/reviews.json'), 'utf8'))).toMatchObject({ version: 1, queryable: false });
  });

  it('lists the command in the help, and exits 2 for its wrong usage', async () => {
    expect(USAGE).toMatch(/^  reviews FILE --out DIR \[--page-size N\] \[--product ID\]$/m);
    expect((await run('reviews', 'candor.json')).code).toBe(2);
    expect((await run('reviews', '--help')).code).toBe(0);
  });
});

describe('usage', () => {
  it('prints help with exit 0', async () => {
    for (const args of [['--help'], ['-h'], ['help'], ['validate', '--help']]) {
      expect(await run(...args), args.join(' ')).toEqual({ code: 0, stdout: [USAGE], stderr: [] });
    }
  });

  it('exits 2 with the usage for no command, an unknown command or option', async () => {
    expect(await run()).toEqual({ code: 2, stdout: [], stderr: [USAGE] });
    const unknown = await run('check', 'candor.json');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr[0]).toBe(`candor: unknown command "check"\n\n${USAGE}`);
    expect((await run('validate', '--fix')).code).toBe(2);
    expect((await run('init', 'a.json', 'b.json')).code).toBe(2);
  });

});
