import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The validator that tests exercise is generated from the schema sources. Regenerate it when
// any source is newer, so a test never passes against a stale build (or fails on a fresh clone).
const core = (path: string) => fileURLToPath(new URL(`../packages/core/${path}`, import.meta.url));
const SOURCES = ['src/schema/options.ts', 'src/schema/candor.schema.ts', 'src/validate/formats.ts', 'src/validate/checks.ts', 'scripts/build-validator.mjs'];
const GENERATED = core('src/validate/generated/validators.js');

export default function setup(): void {
  const builtAt = existsSync(GENERATED) ? statSync(GENERATED).mtimeMs : 0;
  if (SOURCES.some((source) => statSync(core(source)).mtimeMs > builtAt)) {
    execFileSync(process.execPath, [core('scripts/build-validator.mjs')], { stdio: 'inherit' });
  }
}
