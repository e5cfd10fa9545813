// `npm run bench`: figures, not a test. Prints a table and writes bench/results.json.
import { writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { measureEntry } from './sizes.mjs';

const BUDGET_GZIP = 30 * 1024; // all five elements with Lit

const entries = [
  ['lit (alone, for scale)', 'bench/entries/lit.mjs'],
  ['@candor/elements (all)', 'packages/elements/dist/index.js'],
  ['@candor/elements/rating.js', 'packages/elements/dist/rating.js'],
];

if (!existsSync('packages/elements/dist/index.js')) {
  console.error('Run `npm run build` first (bench measures the built packages).');
  process.exit(1);
}

const rows = [];
for (const [name, input] of entries) rows.push({ name, ...(await measureEntry(input)) });

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('\nBundle bytes (each with its runtime, minified; gzip -9; brotli q11)\n');
console.log(['entry'.padEnd(34), 'minified'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10)].join(''));
for (const row of rows) {
  console.log([row.name.padEnd(34), kb(row.minified).padStart(10), kb(row.gzip).padStart(10), kb(row.brotli).padStart(10)].join(''));
}
const all = rows.find((row) => row.name.startsWith('@candor/elements (all)'));
console.log(`\nBudget: all elements with Lit ≤ ${kb(BUDGET_GZIP)} gzip — now ${kb(all.gzip)} (${((all.gzip / BUDGET_GZIP) * 100).toFixed(0)} %)`);

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify({ measuredAt: new Date().toISOString(), sizes: rows }, null, 2));
if (process.argv.includes('--check') && all.gzip > BUDGET_GZIP) {
  console.error('Over budget.');
  process.exit(1);
}
