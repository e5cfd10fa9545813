import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The installed `candor` command exactly as a merchant runs it: the bin file, node, the built CLI.
const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'packages/core/bin/candor.js');
const candor = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root });

beforeAll(() => {
  if (!existsSync(join(root, 'packages/core/dist/cli.js'))) {
    throw new Error('packages/core/dist/cli.js is missing: run `npm run build` first (npm test does).');
  }
});

describe('the candor bin', () => {
  it('passes every sample config in examples/configs', () => {
    const samples = readdirSync(join(root, 'examples/configs')).filter((name) => name.endsWith('.candor.json'));
    expect(samples.length).toBeGreaterThanOrEqual(3);
    const result = candor('validate', ...samples.map((name) => `examples/configs/${name}`));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('exits 1 and prints FILE:LINE:COLUMN JSON-POINTER message for a broken config', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'candor-bin-')), 'candor.json');
    writeFileSync(file, '{\n  "shop": {\n    "name": "Sklep",\n    "currency": "ZLT"\n  }\n}\n');
    const result = candor('validate', file);
    expect(result.status).toBe(1);
    expect(result.stdout.trim()).toMatch(new RegExp(`^${file}:4:17 /shop/currency .*ISO 4217`));
  });

  it('exits 2 with usage for an unknown command', () => {
    const result = candor('frobnicate');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/validate/);
  });
});
