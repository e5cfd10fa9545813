// Core timings: the median of repeated runs, after a warm-up so the JIT has settled.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const WARM_UP = 200;
const RUNS = 200;

/** Median milliseconds per call of `run`, or why the row is not measured. */
function median(run) {
  for (let i = 0; i < WARM_UP; i += 1) run();
  const samples = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[RUNS >> 1];
}

export async function timeCore() {
  const core = await import('../packages/core/dist/index.js');
  const configText = readFileSync('examples/configs/pl-shoes.candor.json', 'utf8');
  const config = JSON.parse(configText);
  // A fixed, uneven spread of whole-star ratings: the same work on every run.
  const ratings = Array.from({ length: 10_000 }, (_, i) => [5, 5, 4, 5, 3, 4, 5, 1, 2, 5][i % 10]);
  const validation = core.validateConfig(config);
  const rows = [
    { name: 'validateConfig(pl-shoes.candor.json)', ms: median(() => core.validateConfig(config)), note: validation.ok ? 'valid' : 'INVALID config: timing the error path' },
    { name: 'parseJson(pl-shoes.candor.json text)', ms: median(() => core.parseJson(configText)), note: `${configText.length} chars, with source positions` },
    { name: 'JSON.parse(same text), for scale', ms: median(() => JSON.parse(configText)), note: 'built in' },
    { name: 'summarizeRatings(10,000 ratings)', ms: median(() => core.summarizeRatings(ratings)) },
  ];
  const holidayCountries = core.SUPPORTED_HOLIDAY_COUNTRIES;
  // Each call a year the holiday cache (128 country-years) no longer holds: 300 years in turn.
  let year = 1900;
  const nextYear = () => (year = year >= 2199 ? 1900 : year + 1);
  rows.push({
    name: `publicHolidays(1 country, 1 year), uncached`,
    ms: median(() => core.publicHolidays('GR', nextYear())),
    note: 'Orthodox Easter, moved days',
  });
  rows.push({
    name: `publicHolidays(all ${holidayCountries.length} countries, 1 year), uncached`,
    ms: median(() => { const y = nextYear(); for (const country of holidayCountries) core.publicHolidays(country, y); }),
  });
  const delivery = config.delivery;
  const now = '2026-12-23T13:30:00Z';
  rows.push({
    name: 'estimateDelivery(pl-shoes, Christmas)',
    ms: median(() => core.estimateDelivery(delivery, { now, destination: 'PL' })),
    note: JSON.stringify(core.estimateDelivery(delivery, { now, destination: 'PL' })),
  });
  rows.push({
    name: 'deliveryDetails(pl-shoes → DE), every carrier',
    ms: median(() => core.deliveryDetails(delivery, { now, destination: 'DE' })),
  });
  return { warmUp: WARM_UP, runs: RUNS, rows };
}
