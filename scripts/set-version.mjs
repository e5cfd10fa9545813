#!/usr/bin/env node
// `npm run release:version -- 0.2.0`: moves @candor/core, @candor/elements and @candor/react
// (and the repository's own version) to one new version, with every dependency between them
// pinned to it exactly. The three packages are always released together, at the same version:
// an element never meets a core or a wrapper of another release. Then refresh the lockfile
// (`npm install`), commit, tag `v0.2.0`, and `npm publish --workspaces`.
import { readFileSync, writeFileSync } from 'node:fs';

const version = process.argv[2];
if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version ?? '')) {
  console.error('usage: npm run release:version -- <major.minor.patch[-pre]>');
  process.exit(1);
}

const root = new URL('../', import.meta.url);
const rootManifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const files = ['package.json', ...rootManifest.workspaces.map((workspace) => `${workspace}/package.json`)];
const manifests = files.map((file) => [file, JSON.parse(readFileSync(new URL(file, root), 'utf8'))]);
const ours = new Set(manifests.slice(1).map(([, manifest]) => manifest.name));

for (const [file, manifest] of manifests) {
  manifest.version = version;
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
    for (const name of Object.keys(manifest[field] ?? {})) if (ours.has(name)) manifest[field][name] = version;
  }
  writeFileSync(new URL(file, root), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`${file}: ${version}`);
}
