// `npm run bench`: figures, not a test. Prints one table per section and writes bench/results.json.
// `npm run bench -- --check` also exits 1 when a budget is missed (bundle gzip, Lighthouse, CLS).
import { writeFileSync, existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { measureEntry } from './sizes.mjs';
import { auditDemoShop } from './lighthouse.mjs';
import { timeCore } from './core.mjs';
import { timeRenders } from './render.mjs';

const BUDGET_GZIP = 30 * 1024; // all five elements with Lit
const GOAL = { score: 100, cls: 0, scriptingMs: 50 };
const LIGHTHOUSE_RUNS = 3; // the median of three smooths Lighthouse's run-to-run noise
const REACT = ['react', 'react-dom'];
const check = process.argv.includes('--check');

const candorEntries = [
  ['@candor/elements (all)', 'packages/elements/dist/index.js'],
  ['@candor/elements/cdn/candor.js (one file, every language)', 'packages/elements/dist/cdn/candor.js'],
  ['@candor/elements/rating.js', 'packages/elements/dist/rating.js'],
  ['@candor/elements/delivery-notice.js', 'packages/elements/dist/delivery-notice.js'],
  ['@candor/elements/reviews.js', 'packages/elements/dist/reviews.js'],
  ['@candor/elements/size-guide.js', 'packages/elements/dist/size-guide.js'],
  ['@candor/elements/partner-badges.js', 'packages/elements/dist/partner-badges.js'],
  ['<candor-partner-badges> with a shop\'s 6 partners', 'bench/entries/partner-badges-six-partners.mjs'],
  ['@candor/elements/contact-hub.js', 'packages/elements/dist/contact-hub.js'],
  // The chat facade is part of contact-hub.js: its loader and the providers' openers, counted alone.
  // Before the buyer asks for chat, the provider's own script costs the page 0 bytes: it is not requested.
  ['  of which the chat facade', 'packages/elements/dist/contact-hub/chat-facade.js'],
];
const peerEntries = [
  ['lit (alone, for scale)', 'bench/entries/lit.mjs'],
  ['shoelace sl-rating', 'bench/entries/shoelace-rating.mjs'],
  ['shoelace sl-dialog', 'bench/entries/shoelace-dialog.mjs'],
  ['react-google-reviews', 'bench/entries/react-google-reviews.mjs', { external: REACT }],
  ['react-google-reviews + React', 'bench/entries/react-google-reviews.with-react.mjs'],
  ['react-floating-whatsapp', 'bench/entries/react-floating-whatsapp.mjs', { external: REACT }],
  ['react-floating-whatsapp + React', 'bench/entries/react-floating-whatsapp.with-react.mjs'],
  ['react-svg-credit-card-payment-icons', 'bench/entries/react-svg-credit-card-payment-icons.mjs', { external: REACT }],
  ['react-svg-credit-card-… + React', 'bench/entries/react-svg-credit-card-payment-icons.with-react.mjs'],
  ['React + ReactDOM alone, for scale', 'bench/entries/react-dom-client.mjs'],
];
// HTTP Archive third-party-web, 2026-03: average main-thread time per page. Published, not measured here.
const PUBLISHED = [
  ['Trustpilot', 295],
  ['Yotpo', 668],
  ['Judge.me', 1021],
  ['Zendesk chat', 2157],
];

const builds = ['packages/core/dist/index.js', 'packages/elements/dist/index.js', 'examples/demo-shop/dist/main.js'];
const missing = builds.filter((file) => !existsSync(file));
if (missing.length) {
  console.error(`Missing ${missing.join(', ')}: run \`npm run build\` first (the bench measures the built packages).`);
  process.exit(1);
}

const started = performance.now();
// Timings (Lighthouse's CPU figures above all: it multiplies observed time by 4) grow with
// whatever else the machine is doing; say so rather than let a busy machine pass for a slow page.
const load = { cores: availableParallelism(), before: loadavg()[0] };
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => (value === null || value === undefined ? '—' : `${value < 1 ? value.toFixed(3) : value.toFixed(0)} ms`);

/** Prints a titled table: figures right-aligned, the first column and any "note" column left-aligned. */
function table(title, headers, rows) {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => String(row[column]).length)));
  const left = (column) => column === 0 || headers[column] === 'note';
  const line = (cells) => cells.map((cell, column) => String(cell)[left(column) ? 'padEnd' : 'padStart'](widths[column])).join('  ').trimEnd();
  console.log(`\n${title}\n`);
  console.log(line(headers));
  console.log(widths.map((width) => '─'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

async function measureAll(entries) {
  const rows = [];
  for (const [name, input, options] of entries) rows.push({ name, input, external: options?.external ?? [], ...(await measureEntry(input, options)) });
  return rows;
}

const sizeRow = (row) => [row.name, kb(row.minified), kb(row.gzip), kb(row.brotli)];

// 1. Bundle bytes
const candor = await measureAll(candorEntries);
const peers = await measureAll(peerEntries);
const all = candor[0];
table('Candor bundle bytes (each entry with its runtime, Lit included; minified, gzip -9, brotli q11)', ['entry', 'minified', 'gzip', 'brotli'], candor.map(sizeRow));
console.log(`\nBudget: all elements with Lit ≤ ${kb(BUDGET_GZIP)} gzip — now ${kb(all.gzip)} (${((all.gzip / BUDGET_GZIP) * 100).toFixed(0)} % of budget)`);
table('Peers, same bundler and compression (rollup + node-resolve + terser; React rows: react, react-dom external unless "+ React")', ['entry', 'minified', 'gzip', 'brotli'], peers.map(sizeRow));
// The size guide's modal against a dialog component alone: the whole guide (chart, finder,
// drawings, native <dialog>) beside Shoelace's <sl-dialog>, both with Lit, from the same run.
const sideBySide = [candor.find((row) => row.input.endsWith('/size-guide.js')), peers.find((row) => row.name === 'shoelace sl-dialog')];
table('A dialog: <candor-size-guide> (the whole guide, in a native <dialog>) beside Shoelace <sl-dialog> (the dialog alone)', ['entry', 'minified', 'gzip', 'brotli'], sideBySide.map(sizeRow));

// 2. Lighthouse on the demo shop
let lighthouse;
try {
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) runs.push(await auditDemoShop());
  lighthouse = summarizeRuns(runs);
  const baseline = await auditDemoShop({ withoutCandor: true });
  lighthouse.pageScriptingWithoutCandorMs = baseline.documentScriptingMs;
  lighthouse.candorAllScriptingMs = lighthouse.candorScriptingMs + Math.max(0, lighthouse.documentScriptingMs - baseline.documentScriptingMs);
} catch (error) {
  lighthouse = { error: String(error?.stack ?? error) };
}
if (lighthouse.error) {
  console.log(`\nLighthouse: not measured — ${lighthouse.error}`);
} else {
  const met = (ok) => (ok ? 'yes' : 'NO');
  table(`Demo shop in Lighthouse ${lighthouse.lighthouseVersion} (mobile, simulated slow 4G, CPU time ×4; median of ${LIGHTHOUSE_RUNS} runs)`, ['figure', 'measured', 'goal', 'met'], [
    ...Object.entries(lighthouse.scores).map(([category, score]) => [category, score, GOAL.score, met(score >= GOAL.score)]),
    ['CLS', lighthouse.cls.toFixed(3), GOAL.cls, met(lighthouse.cls <= GOAL.cls)],
    ['TBT', ms(lighthouse.tbtMs), '', ''],
    ['LCP', ms(lighthouse.lcpMs), '', ''],
    ['Candor scripting, by script URL (/dist/)', ms(lighthouse.candorScriptingMs), `≤ ${GOAL.scriptingMs} ms`, met(lighthouse.candorScriptingMs <= GOAL.scriptingMs)],
    ['Candor scripting, all (see note)', ms(lighthouse.candorAllScriptingMs), `≤ ${GOAL.scriptingMs} ms`, met(lighthouse.candorAllScriptingMs <= GOAL.scriptingMs)],
  ]);
  console.log(
    "\nNote: 'by script URL' is how third-party-web attributes time. Chrome books part of the work Candor's\n" +
      `script starts (time with no script URL on the stack) on the page itself: ${ms(lighthouse.documentScriptingMs)} there, ${ms(lighthouse.pageScriptingWithoutCandorMs)} in a run with /dist/ blocked; 'all' adds the difference.`,
  );
  if (lighthouse.failing.length) {
    console.log('\nAudits that cost points in some run:');
    for (const audit of lighthouse.failing) console.log(`  ${audit.category}: ${audit.title} (${audit.id}) score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''} — in ${audit.runs}/${LIGHTHOUSE_RUNS} runs`);
  }
  if (!lighthouse.candorScripts.length) console.log('\nNo /dist/ script appeared in bootup-time: was the bundle served? (a rebuild running at the same time removes it)');
}
table('Published, NOT measured here: HTTP Archive third-party-web averages, 2026-03 (main-thread time per page)', ['third party', 'per page'], [
  ...PUBLISHED.map(([name, value]) => [name, ms(value)]),
  ['Candor, measured above: by script URL', ms(lighthouse.candorScriptingMs)],
  ['Candor, measured above: all', ms(lighthouse.candorAllScriptingMs)],
]);

// 3. Core timings
const core = await timeCore();
table(`Core timings (Node ${process.version}; median of ${core.runs} runs after ${core.warmUp} warm-up runs)`, ['operation', 'median', 'note'], core.rows.map((row) => [row.name, ms(row.ms), row.note ?? '']));

// 4. Element renders in Chromium
let renders;
try {
  renders = await timeRenders();
  table(`Element renders in Chromium, unthrottled (added to the page → everything in it rendered; the first mount in a fresh page, then the median and slowest of ${renders.runs} more)`, ['element', 'first', 'median', 'slowest'], renders.rows.map((row) => [row.name, ms(row.first), ms(row.ms), ms(row.max)]));
} catch (error) {
  renders = { error: String(error?.stack ?? error) };
  console.log(`\nElement renders: not measured — ${renders.error}`);
}

const seconds = (performance.now() - started) / 1000;
load.after = loadavg()[0];
console.log(`\nBench took ${seconds.toFixed(0)} s on ${load.cores} cores, load average ${load.before.toFixed(1)} → ${load.after.toFixed(1)}. Full figures: bench/results.json`);
if (Math.max(load.before, load.after) > load.cores) console.log('Warning: the machine was busy with other work; the timings are inflated by it. Rerun on an idle machine for figures to quote.');

writeFileSync('bench/results.json', `${JSON.stringify({
  measuredAt: new Date().toISOString(),
  node: process.version,
  load,
  budget: { allElementsGzip: BUDGET_GZIP, ...GOAL },
  sizes: candor,
  peers,
  lighthouse,
  publishedThirdPartyWeb: { source: 'HTTP Archive third-party-web, 2026-03, average main-thread ms per page (published, not measured)', figures: Object.fromEntries(PUBLISHED) },
  core,
  renders,
  seconds,
}, null, 2)}\n`);

if (check) {
  const problems = [];
  if (all.gzip > BUDGET_GZIP) problems.push(`all elements ${kb(all.gzip)} gzip > ${kb(BUDGET_GZIP)}`);
  if (lighthouse.error) problems.push('Lighthouse did not run');
  else {
    for (const [category, score] of Object.entries(lighthouse.scores)) if (score < GOAL.score) problems.push(`Lighthouse ${category} ${score} < ${GOAL.score}`);
    if (lighthouse.cls > GOAL.cls) problems.push(`CLS ${lighthouse.cls} > ${GOAL.cls}`);
  }
  for (const problem of problems) console.error(`check: ${problem}`);
  if (problems.length) process.exit(1);
  console.log('check: within budget');
}

/** The median of each figure over the runs; audits that cost points are listed with how often. */
function summarizeRuns(runs) {
  const middle = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
  const failing = new Map();
  for (const audit of runs.flatMap((run) => run.failing)) {
    const key = `${audit.category}/${audit.id}`;
    failing.set(key, { ...audit, score: Math.min(audit.score, failing.get(key)?.score ?? 1), runs: (failing.get(key)?.runs ?? 0) + 1 });
  }
  const [first] = runs;
  return {
    lighthouseVersion: first.lighthouseVersion,
    runs: runs.length,
    scores: Object.fromEntries(Object.keys(first.scores).map((category) => [category, middle(runs.map((run) => run.scores[category]))])),
    cls: middle(runs.map((run) => run.cls)),
    tbtMs: middle(runs.map((run) => run.tbtMs)),
    lcpMs: middle(runs.map((run) => run.lcpMs)),
    candorScriptingMs: middle(runs.map((run) => run.candorScriptingMs)),
    documentScriptingMs: middle(runs.map((run) => run.documentScriptingMs)),
    candorScripts: first.candorScripts,
    failing: [...failing.values()],
    perRun: runs,
  };
}
