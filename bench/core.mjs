// Core timings: the median of repeated runs, after a warm-up so the JIT has settled.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { tenThousandReviews } from './reviews-fixture.mjs';

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
  // Contact: opening hours on the shop's clock (Intl-based wall-clock arithmetic, no tz data of our own).
  const contact = config.contact;
  const hours = contact.hours;
  const zone = config.shop.timeZone;
  const always = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [['00:00', '24:00']]]));
  for (const [name, hoursOf, at, note] of [
    ['openingStatus(pl-shoes), open on a Tuesday', hours, '2026-11-24T10:00:00Z'],
    ['openingStatus(pl-shoes), closed on a Saturday evening', hours, '2026-11-28T18:00:00Z', 'the next opening is on Monday'],
    ['openingStatus(24/7), no change within 14 days', always, '2026-11-24T10:00:00Z', 'the worst case: 18 days of ranges read'],
    ['openingStatus(pl-shoes), on the night clocks go back', hours, '2026-10-25T00:30:00Z'],
  ]) {
    rows.push({ name, ms: median(() => core.openingStatus(hoursOf, zone, at)), note: note ?? JSON.stringify(core.openingStatus(hoursOf, zone, at)) });
  }
  rows.push({
    name: 'openingDetails(pl-shoes, PL holidays) before Christmas',
    ms: median(() => core.openingDetails(hours, zone, '2026-12-23T17:00:00Z', { publicHolidaysOf: 'PL' })),
    note: `next opening ${core.openingDetails(hours, zone, '2026-12-23T17:00:00Z', { publicHolidaysOf: 'PL' }).nextOpening}`,
  });
  const english = (await core.loadMessages('en')).contact;
  rows.push({
    name: `one hub render's words: status and reply of all ${contact.channels.length} channels`,
    ms: median(() => {
      for (const channel of contact.channels) {
        const status = core.channelStatus(channel, contact, '2026-11-28T14:00:00Z', { timeZone: zone, publicHolidaysOf: 'PL' });
        core.channelStatusText(status, english, { locale: 'en', timeZone: zone, now: '2026-11-28T14:00:00Z', viewerTimeZone: 'Europe/London' });
      }
    }),
  });
  rows.push({ name: 'contactJsonLd(pl-shoes) with a year of PL holidays', ms: median(() => core.contactJsonLd(contact, { shop: config.shop, now: '2026-11-24T10:00:00Z' })) });
  // Reviews: 10,000 of one product (bench/reviews-fixture.mjs), the same in every run.
  const reviews = tenThousandReviews();
  const total = (query) => `${core.queryReviews(reviews, query).total} of 10,000 match`;
  for (const [name, query] of [
    ['sort newest', { sort: 'newest' }],
    ['sort helpful', { sort: 'helpful' }],
    ['filter 1-star', { stars: [1] }],
    ['search a word ("podeszwa")', { search: 'podeszwa' }],
    ['search with diacritics ("ŻÓŁTY")', { search: 'ŻÓŁTY' }],
    ['page of 20 at offset 5,000', { offset: 5_000, limit: 20 }],
  ]) {
    rows.push({ name: `queryReviews(10,000 reviews), ${name}`, ms: median(() => core.queryReviews(reviews, query)), note: total(query) });
  }
  // queryReviews keeps each sorted order per array (the rows above); these are the one-time costs.
  rows.push({ name: 'sortReviews(10,000 reviews, helpful), uncached', ms: median(() => core.sortReviews(reviews, 'helpful')) });
  rows.push({
    name: 'prepareReviewSearch(10,000 reviews), uncached',
    ms: median(() => core.prepareReviewSearch(reviews.map((review) => ({ ...review })))),
    note: 'folds every text once; includes copying the reviews',
  });
  rows.push({ name: 'summarizeReviews(10,000 reviews)', ms: median(() => core.summarizeReviews(reviews)) });
  return { warmUp: WARM_UP, runs: RUNS, rows };
}
