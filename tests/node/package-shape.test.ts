/**
 * What npm would publish, checked with `npm pack --dry-run` for each package (after `npm run
 * build`, which `npm test` runs first): the files a user imports are in the tarball, nothing
 * else is, every export resolves to a packed file with its types first, side effects are
 * declared only for the modules that register elements, and the three packages share one version.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGES = ['core', 'elements', 'react'] as const;
type Manifest = {
  name: string;
  version: string;
  license: string;
  sideEffects: boolean | string[];
  exports: Record<string, string | Record<string, string>>;
  dependencies?: Record<string, string>;
};
const manifest = (name: string): Manifest => JSON.parse(readFileSync(`${root}packages/${name}/package.json`, 'utf8')) as Manifest;

function packedFiles(name: string): string[] {
  if (!existsSync(`${root}packages/${name}/dist/index.js`)) {
    throw new Error(`packages/${name}/dist is missing: run \`npm run build\` first (\`npm test\` does).`);
  }
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '-w', `packages/${name}`], { cwd: root, encoding: 'utf8' });
  const [result] = JSON.parse(output) as [{ files: { path: string }[] }];
  return result.files.map((file) => file.path);
}

/** Every file an export condition points at, with the condition's name. */
function exportTargets(exports: Manifest['exports']): [string, string, string][] {
  return Object.entries(exports).flatMap(([subpath, target]) =>
    typeof target === 'string' ? [[subpath, 'default', target]] : Object.entries(target).map(([condition, file]) => [subpath, condition, file] as [string, string, string]),
  );
}

describe.each(PACKAGES)('@candor/%s as npm would publish it', (name) => {
  const pkg = manifest(name);
  const files = packedFiles(name);

  it('holds its README, licence and built modules with their types, and no sources, tests or maps', () => {
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts']));
    expect(files.filter((file) => /(^|\/)(src|tests?|node_modules)\/|\.test\.|\.map$|\.tsbuildinfo$/.test(file))).toEqual([]);
    expect(readFileSync(`${root}packages/${name}/LICENSE`, 'utf8')).toBe(readFileSync(`${root}LICENSE`, 'utf8'));
    expect(pkg.license).toBe('MIT');
  });

  it('resolves every export to a packed file, types first', () => {
    for (const [subpath, condition, file] of exportTargets(pkg.exports)) {
      expect(files, `${subpath} (${condition})`).toContain(file.replace(/^\.\//, ''));
    }
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'object') expect(Object.keys(target)[0], subpath).toBe('types');
    }
  });

  it('marks only the modules that register elements as having side effects', () => {
    if (name === 'core') return void expect(pkg.sideEffects).toBe(false);
    const declared = pkg.sideEffects as string[];
    const jsFiles = files.filter((file) => file.endsWith('.js'));
    const matches = (pattern: string, file: string) =>
      new RegExp(`^${pattern.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`).test(file);
    const withEffects = jsFiles.filter((file) => declared.some((pattern) => matches(pattern, file)));
    // Entry modules only: one per element (and the all-in-one index), never a class or a helper.
    for (const file of withEffects) expect(file, file).toMatch(/^dist\/(development\/|cdn\/)?[a-z-]+\.js$/);
    expect(withEffects).toContain('dist/index.js');
  });
});

describe('the three packages', () => {
  it('share one version, and depend on each other at exactly that version', () => {
    const all = PACKAGES.map(manifest);
    const [version] = new Set(all.map((pkg) => pkg.version));
    expect(new Set(all.map((pkg) => pkg.version)).size).toBe(1);
    for (const pkg of all) {
      for (const [dependency, range] of Object.entries(pkg.dependencies ?? {})) {
        if (dependency.startsWith('@candor/')) expect(range, `${pkg.name} → ${dependency}`).toBe(version);
      }
    }
  });

  it('@candor/elements ships its manifest, development build and one-file bundle', () => {
    const files = packedFiles('elements');
    expect(files).toEqual(expect.arrayContaining(['custom-elements.json', 'dist/development/index.js', 'dist/cdn/candor.js']));
    const development = readFileSync(`${root}packages/elements/dist/development/shared/define.js`, 'utf8');
    const production = readFileSync(`${root}packages/elements/dist/shared/define.js`, 'utf8');
    // The misuse warning is in the development build only.
    expect(development).toContain('already defined by another copy');
    expect(production).not.toContain('already defined by another copy');
  });
});
