/**
 * Fuzzing `<candor-delivery-notice>`: arbitrary JSON, and generated schema-valid `delivery`
 * sections (zones, weekday subsets, cut-off times and maps, closures, carriers with transit
 * tables, stock modes, on-time rates) at arbitrary instants from 2020 to 2035 — DST days and
 * year ends included — through the element's render path. It never throws; what it shows
 * agrees with core's estimate; an empty shadow root always has a logged reason.
 * `validateDeliverySection` is the oracle of validity.
 */
import fc from 'fast-check';
import { WEEKDAYS, deliveryDetails, validateDeliverySection, type CandorConfig, type DeliveryConfig, type DeliveryDetails, type StockState } from '@candor/core';
import { describe, expect, it, vi } from 'vitest';
import '../../packages/elements/src/delivery-notice.js';
import type { CandorDeliveryNotice } from '../../packages/elements/src/delivery-notice/delivery-notice.js';
import { settle } from '../../packages/elements/src/test-support/fixture.js';
import { breach, foreignMarkup, part, rawText, showsNothing } from './support/delivery.js';
import { fuzzPage } from './support/fuzz-page.js';

const TAG = 'Candor <candor-delivery-notice>:';
const pad = (value: number) => String(value).padStart(2, '0');
const hhmm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`);
const isoDay = fc.date({ min: new Date('2019-06-01T00:00:00Z'), max: new Date('2036-06-30T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
/** Mostly a working week of three or more days; now and then any other (the schema wants one day at least). */
const weekdays = fc.oneof({ arbitrary: fc.subarray([...WEEKDAYS], { minLength: 3 }), weight: 4 }, fc.subarray([...WEEKDAYS], { minLength: 1 }));

/** Zones with DST in either hemisphere, half- and quarter-hour offsets, and the date line. */
const TIME_ZONES = [
  'Europe/Warsaw', 'Europe/Ljubljana', 'Europe/Athens', 'Europe/London', 'America/New_York', 'America/St_Johns',
  'Pacific/Auckland', 'Pacific/Chatham', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Asia/Kathmandu', 'Pacific/Kiritimati',
  'Pacific/Pago_Pago', 'UTC',
] as const;
/** Countries with a holiday calendar, and two without (NO, JP). */
const COUNTRIES = ['PL', 'SI', 'GR', 'DE', 'GB', 'US', 'HR', 'IE', 'NO', 'JP'] as const;

const transitRange = fc.tuple(fc.nat(6), fc.nat(6)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]);
const carrier = fc.record(
  {
    id: fc.constantFrom('inpost', 'dpd', 'gls', 'x-1', 'ups'),
    name: fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('<b>Fast</b>', 'Kurier DPD', '${x}')),
    deliveryDays: weekdays,
    // Usually with a "default" entry, so that most destinations are served.
    transit: fc
      .tuple(fc.dictionary(fc.constantFrom(...COUNTRIES), transitRange, { maxKeys: 4 }), fc.option(transitRange, { freq: 4 }))
      .map(([byCountry, fallback]) => (fallback ? { ...byCountry, default: fallback } : byCountry)),
  },
  { requiredKeys: ['id', 'transit'] },
);
const stock = fc.oneof(
  fc.constant<StockState>({ mode: 'in-stock' }),
  isoDay.map((restockDate): StockState => ({ mode: 'backorder', restockDate })),
  fc.integer({ min: 1, max: 20 }).map((leadDays): StockState => ({ mode: 'made-to-order', leadDays })),
);
const onTime = fc.record({
  percent: fc.double({ min: 0, max: 100, noNaN: true }),
  orders: fc.integer({ min: 1, max: 1_000_000 }),
  period: fc.tuple(isoDay, isoDay).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
}).map(({ period: [from, to], ...rest }) => ({ ...rest, from: from!, to: to! }));

/** A `delivery` section meant to be schema-valid; the validator still has the last word. */
const deliverySection = fc.record(
  {
    timeZone: fc.constantFrom(...TIME_ZONES),
    country: fc.constantFrom(...COUNTRIES),
    workingDays: weekdays,
    // A map may leave days out, but the schema's rules want a cut-off on at least one working day:
    // weekdays of the map other than Monday are kept out of the map now and then (Monday is in most weeks).
    cutoff: fc.oneof({ arbitrary: hhmm, weight: 2 }, fc.dictionary(fc.constantFrom(...WEEKDAYS), hhmm, { minKeys: 5, maxKeys: 7 })),
    handlingDays: fc.integer({ min: 0, max: 5 }),
    closures: fc.uniqueArray(isoDay, { maxLength: 8 }),
    carriers: fc.uniqueArray(carrier, { minLength: 1, maxLength: 4, selector: (each) => each.id }),
    stock,
    onTime,
  },
  { requiredKeys: ['timeZone', 'country', 'cutoff', 'carriers'] },
) as fc.Arbitrary<DeliveryConfig>;

/** Any instant of 2020–2035, and the ones calendars trip on: DST changes, year ends, a leap day. */
const instant = fc.oneof(
  fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T23:59:59Z'), noInvalidDate: true }).map((date) => date.toISOString()),
  fc.constantFrom(
    '2026-03-29T00:59:00Z', '2026-03-29T01:00:00Z', '2026-10-25T00:59:00Z', '2026-10-25T01:30:00Z',
    '2026-03-08T06:59:00Z', '2026-03-08T07:00:00Z', '2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z',
    '2026-04-05T12:59:00Z', '2026-09-26T14:00:00Z', '2025-12-31T22:59:00Z', '2025-12-31T23:00:00Z',
    '2026-12-31T23:59:59Z', '2027-01-01T00:00:00Z', '2020-02-29T12:00:00Z', '2035-12-31T23:59:59Z',
  ),
);
const destination = fc.option(fc.constantFrom(...COUNTRIES, 'pl', ' de ', 'FR', 'ZZ', ''), { nil: undefined });
const carrierChoice = fc.option(fc.constantFrom('inpost', 'dpd', 'gls', 'x-1', 'ups', 'pigeon'), { nil: undefined });
const productStock = fc.option(stock, { nil: undefined });

interface Query {
  now: string;
  destination: string | undefined;
  carrier: string | undefined;
  stock: StockState | undefined;
}

const page = fuzzPage();
const { warnings } = page;

async function render(config: unknown, query: Query, notice = document.createElement('candor-delivery-notice')): Promise<CandorDeliveryNotice> {
  notice.now = query.now;
  notice.destination = query.destination;
  notice.carrier = query.carrier;
  notice.stock = query.stock?.mode;
  notice.restockDate = query.stock?.mode === 'backorder' ? query.stock.restockDate : undefined;
  notice.leadDays = query.stock?.mode === 'made-to-order' ? query.stock.leadDays : undefined;
  notice.config = config as CandorConfig;
  if (!notice.isConnected) page.container.append(notice);
  await settle(notice);
  return notice;
}

/** Waits (the wording of schema problems loads on demand) for a logged line holding all of `words`. */
async function expectWarning(words: string[], what: unknown): Promise<void> {
  await vi.waitFor(() => {
    const logged = warnings.some((line) => line.startsWith(TAG) && words.every((word) => line.includes(word)));
    expect(logged, `no warning naming ${JSON.stringify(words)} for ${JSON.stringify(what)}`).toBe(true);
  }, { timeout: 3_000 });
}

/** Core's estimate for what the element was asked, or the error core throws. */
function expected(delivery: DeliveryConfig, query: Query): { details: DeliveryDetails | null } | { error: unknown } {
  const code = (query.destination?.trim() || delivery.country).toUpperCase();
  const base = { now: query.now, destination: code, stock: query.stock };
  try {
    // A named carrier that does not serve gives way to the default choice (the element's documented rule).
    return { details: (query.carrier && deliveryDetails(delivery, { ...base, carrier: query.carrier })) || deliveryDetails(delivery, base) };
  } catch (error) {
    return { error };
  }
}

const counts = { notice: 0, unserved: 0, noEstimate: 0, invalid: 0 };

/** What a notice for a valid section must show: core's dates and carrier, or the "no carrier serves" line. */
async function checkValid(notice: CandorDeliveryNotice, delivery: DeliveryConfig, query: Query): Promise<void> {
  const what = { delivery, query };
  const outcome = expected(delivery, query);
  if ('error' in outcome) {
    counts.noEstimate += 1;
    expect(showsNothing(notice), JSON.stringify(what)).toBe(true);
    await expectWarning([`${TAG} no estimate:`], what);
    return;
  }
  const { details } = outcome;
  if (details === null) {
    counts.unserved += 1;
    expect(rawText(notice, 'unavailable'), JSON.stringify(what)).toMatch(/^We don’t deliver to .+/);
    expect(part(notice, 'headline')).toBeNull();
    return;
  }
  counts.notice += 1;
  expect(rawText(notice, 'headline')?.trim(), JSON.stringify(what)).toBeTruthy();
  const arrival = part(notice, 'arrival')!;
  const dates = [...arrival.querySelectorAll('time')].map((time) => time.dateTime);
  expect(dates, JSON.stringify(what)).toEqual(details.earliest === details.latest ? [details.earliest] : [details.earliest, details.latest]);
  expect(arrival.textContent!.endsWith(` with ${details.carrierName}`), JSON.stringify(what)).toBe(true);
  const select = part(notice, 'select') as HTMLSelectElement | null;
  expect(select !== null, JSON.stringify(what)).toBe(details.carriers.length >= 2);
  if (select) expect(select.value).toBe(details.carrier);
  expect((part(notice, 'on-time') !== null), JSON.stringify(what)).toBe(delivery.onTime !== undefined);
}

/** The invariants for any config: nothing thrown or run, no foreign markup, and a reason for an empty root. */
async function check(notice: CandorDeliveryNotice, config: unknown, query: Query): Promise<void> {
  const root = notice.shadowRoot!;
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    expect(showsNothing(notice)).toBe(true);
    await expectWarning(['JSON object'], config);
  } else {
    const delivery = (config as Record<string, unknown>).delivery;
    const result = delivery === undefined ? undefined : validateDeliverySection(delivery);
    if (result === undefined) {
      expect(showsNothing(notice)).toBe(true);
      await expectWarning(['"delivery"'], config);
    } else if (!result.ok) {
      counts.invalid += 1;
      expect(showsNothing(notice), JSON.stringify(config)).toBe(true);
      const first = result.errors[0]!;
      await expectWarning([first.path, first.message], config);
    } else {
      await checkValid(notice, result.value, query);
    }
  }
  const empty = root.childElementCount === 0 && root.textContent!.trim() === '';
  if (empty) expect(warnings.length, 'an empty notice with nothing logged').toBeGreaterThan(0);
  expect(foreignMarkup(notice), JSON.stringify(config)).toEqual({ tags: [], attributes: [] });
  expect(page.uncaught.errors).toEqual([]);
  expect(breach()).toBeUndefined();
}

const FIXED: Query = { now: '2026-11-24T10:46:00Z', destination: 'PL', carrier: undefined, stock: undefined };

describe('<candor-delivery-notice> fed arbitrary configs', () => {
  it('arbitrary JSON never throws and never leaves it empty without a logged reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.record({ delivery: fc.jsonValue({ maxDepth: 3 }) })), async (config) => {
        const notice = await render(config, FIXED);
        try {
          await check(notice, config, FIXED);
        } finally {
          notice.remove();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('schema-valid delivery sections at any instant and destination never throw and show what core estimates', async () => {
    Object.assign(counts, { notice: 0, unserved: 0, noEstimate: 0, invalid: 0 });
    await fc.assert(
      fc.asyncProperty(deliverySection, instant, destination, carrierChoice, productStock, async (delivery, now, to, named, own) => {
        const query: Query = { now, destination: to, carrier: named, stock: own };
        const config = { delivery };
        const notice = await render(config, query);
        try {
          await check(notice, config, query);
        } finally {
          notice.remove();
        }
      }),
      { numRuns: 400 },
    );
    // The generator must stay valid and reach the notice often, or this property proves little.
    expect(counts.invalid, JSON.stringify(counts)).toBeLessThan(20);
    expect(counts.notice, JSON.stringify(counts)).toBeGreaterThan(150);
  });

  it('a config and query that change under a mounted notice keep it consistent at every step', async () => {
    const notice = await render(undefined, FIXED);
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof({ arbitrary: deliverySection.map((delivery) => ({ delivery })), weight: 3 }, fc.jsonValue({ maxDepth: 3 })),
          instant,
          destination,
          carrierChoice,
          async (config, now, to, named) => {
            const query: Query = { now, destination: to, carrier: named, stock: undefined };
            await render(config, query, notice);
            await check(notice, config, query);
          },
        ),
        { numRuns: 200 },
      );
    } finally {
      notice.remove();
    }
  });
});

describe('found by fuzzing', () => {
  // Found here: a calendar with no dispatch day at all ("workingDays": [] or "cutoff": {}) passed
  // the schema, and the notice then told the buyer "We don’t deliver to Poland" although a carrier
  // serves Poland. The schema now refuses such calendars (naming the field), and the notice shows
  // nothing but a warning.
  it('a calendar that never dispatches is not passed off as "we don’t deliver to …"', async () => {
    for (const [delivery, path] of [
      [{ timeZone: 'Europe/Warsaw', country: 'PL', cutoff: '14:00', workingDays: [], carriers: [{ id: 'inpost', transit: { PL: [1, 2] } }] }, '/delivery/workingDays'],
      [{ timeZone: 'Europe/Warsaw', country: 'PL', cutoff: {}, carriers: [{ id: 'inpost', transit: { PL: [1, 2] } }] }, '/delivery/cutoff'],
      [{ timeZone: 'Europe/Warsaw', country: 'PL', cutoff: { sat: '10:00' }, carriers: [{ id: 'inpost', transit: { PL: [1, 2] } }] }, '/delivery/cutoff'],
    ] as [DeliveryConfig, string][]) {
      const result = validateDeliverySection(delivery);
      expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual([path]);
      const before = warnings.length;
      const notice = await render({ delivery }, FIXED);
      try {
        expect(part(notice, 'unavailable'), JSON.stringify(delivery)).toBeNull();
        // The wording of config problems loads on demand: the warning may come a moment later.
        await vi.waitFor(() => expect(warnings.length).toBeGreaterThan(before));
      } finally {
        notice.remove();
      }
    }
  });
});
