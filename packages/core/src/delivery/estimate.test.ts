import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { DeliveryConfig } from '../schema/types.js';
import { deliveryDetails, estimateDelivery } from './estimate.js';

const sample = (name: string): DeliveryConfig =>
  JSON.parse(readFileSync(new URL(`../../../../examples/configs/${name}.candor.json`, import.meta.url), 'utf8')).delivery;

const pl = sample('pl-shoes');
const si = sample('si-outdoor');
const gr = sample('gr-fashion');
const inStock = { mode: 'in-stock' } as const;

/** One named case: when the buyer orders, and what they must be told. */
type Case = [label: string, now: string, expected: { dispatchDate: string; orderBy: string; earliest: string; latest: string; carrier: string }];

function table(config: DeliveryConfig, destination: string, cases: Case[], extra: { stock?: typeof inStock } = {}) {
  for (const [label, now, expected] of cases) {
    it(label, () => expect(estimateDelivery(config, { now, destination, ...extra })).toEqual(expected));
  }
}

describe('estimateDelivery — a Polish shoe shop (Warsaw, cut-off 14:00, Fridays 12:00)', () => {
  table(pl, 'PL', [
    ['a minute before the cut-off ships today', '2026-11-24T12:59:00Z',
      { dispatchDate: '2026-11-24', orderBy: '2026-11-24T13:00:00Z', earliest: '2026-11-25', latest: '2026-11-26', carrier: 'inpost' }],
    ['at the cut-off minute it is too late', '2026-11-24T13:00:00Z',
      { dispatchDate: '2026-11-25', orderBy: '2026-11-25T13:00:00Z', earliest: '2026-11-26', latest: '2026-11-27', carrier: 'inpost' }],
    ['the last second before the cut-off still counts', '2026-11-24T12:59:59Z',
      { dispatchDate: '2026-11-24', orderBy: '2026-11-24T13:00:00Z', earliest: '2026-11-25', latest: '2026-11-26', carrier: 'inpost' }],
    ['Friday before noon: InPost delivers on Saturday, so it is chosen', '2026-11-27T10:59:00Z',
      { dispatchDate: '2026-11-27', orderBy: '2026-11-27T11:00:00Z', earliest: '2026-11-28', latest: '2026-11-30', carrier: 'inpost' }],
    ['Friday at noon: ships Monday', '2026-11-27T11:00:00Z',
      { dispatchDate: '2026-11-30', orderBy: '2026-11-30T13:00:00Z', earliest: '2026-12-01', latest: '2026-12-02', carrier: 'inpost' }],
    ['Christmas: 24 Dec (a day off since 2025), 25–26 Dec and a closure on the 28th', '2026-12-23T13:30:00Z',
      { dispatchDate: '2026-12-29', orderBy: '2026-12-29T13:00:00Z', earliest: '2026-12-30', latest: '2026-12-31', carrier: 'inpost' }],
    ['New Year: InPost delivers on Saturday 2 Jan, DPD only on Monday', '2026-12-30T12:00:00Z',
      { dispatchDate: '2026-12-30', orderBy: '2026-12-30T13:00:00Z', earliest: '2026-12-31', latest: '2027-01-02', carrier: 'inpost' }],
    ['after the cut-off on 30 Dec: closures, New Year and Epiphany push it to 5 Jan', '2026-12-30T13:00:00Z',
      { dispatchDate: '2027-01-05', orderBy: '2027-01-05T13:00:00Z', earliest: '2027-01-07', latest: '2027-01-08', carrier: 'inpost' }],
    ['the Friday before the clocks change: Monday\'s cut-off is 14:00 summer time', '2026-03-27T11:00:00Z',
      { dispatchDate: '2026-03-30', orderBy: '2026-03-30T12:00:00Z', earliest: '2026-03-31', latest: '2026-04-01', carrier: 'inpost' }],
    ['Good Friday after noon: Easter Monday is a day off', '2026-04-03T10:30:00Z',
      { dispatchDate: '2026-04-07', orderBy: '2026-04-07T12:00:00Z', earliest: '2026-04-08', latest: '2026-04-09', carrier: 'inpost' }],
    ['1 May is no delivery day; 3 May falls on a Sunday', '2026-04-30T08:00:00Z',
      { dispatchDate: '2026-04-30', orderBy: '2026-04-30T12:00:00Z', earliest: '2026-05-02', latest: '2026-05-04', carrier: 'inpost' }],
  ]);

  it('counts German holidays for a parcel to Germany, and only carriers that serve it', () => {
    expect(estimateDelivery(pl, { now: '2026-11-24T12:59:00Z', destination: 'DE' })).toEqual({
      dispatchDate: '2026-11-24', orderBy: '2026-11-24T13:00:00Z', earliest: '2026-11-26', latest: '2026-11-30', carrier: 'dpd',
    });
    // 3 Oct, German Unity Day, is a Saturday in 2026; 25–26 Dec are Friday and Saturday.
    expect(estimateDelivery(pl, { now: '2026-12-22T12:00:00Z', destination: 'DE' })).toMatchObject({
      dispatchDate: '2026-12-22', earliest: '2026-12-24', latest: '2026-12-29',
    });
  });

  it('uses the default transit for a country without its own, with no holidays it does not know', () => {
    expect(estimateDelivery(pl, { now: '2026-11-24T12:59:00Z', destination: 'no' })).toMatchObject({
      earliest: '2026-11-27', latest: '2026-12-02', carrier: 'dpd',
    });
  });

  it('gives the named carrier, and null when it does not serve the destination or does not exist', () => {
    expect(estimateDelivery(pl, { now: '2026-11-27T10:59:00Z', destination: 'PL', carrier: 'dpd' })).toMatchObject({
      earliest: '2026-11-30', latest: '2026-12-01', carrier: 'dpd',
    });
    expect(estimateDelivery(pl, { now: '2026-11-24T12:59:00Z', destination: 'DE', carrier: 'inpost' })).toBeNull();
    expect(estimateDelivery(pl, { now: '2026-11-24T12:59:00Z', destination: 'PL', carrier: 'ups' })).toBeNull();
    const polandOnly = { ...pl, carriers: pl.carriers.filter((carrier) => carrier.id === 'inpost') };
    expect(estimateDelivery(polandOnly, { now: '2026-11-24T12:59:00Z', destination: 'US' })).toBeNull();
  });

  it('returns exactly the contract\'s five fields', () => {
    expect(Object.keys(estimateDelivery(pl, { now: '2026-11-24T12:59:00Z', destination: 'PL' })!).sort()).toEqual(
      ['carrier', 'dispatchDate', 'earliest', 'latest', 'orderBy'],
    );
  });

  it('refuses a time without an offset rather than guessing the zone', () => {
    expect(() => estimateDelivery(pl, { now: '2026-11-24 14:05', destination: 'PL' })).toThrow(/ISO instant/);
  });
});

describe('estimateDelivery — a Slovenian outdoor shop (Ljubljana, cut-off 13:00)', () => {
  table(si, 'SI', [
    ['a closure on 24 Dec, Christmas and the weekend: ships Monday 28th, GLS the next day', '2026-12-24T10:00:00Z',
      { dispatchDate: '2026-12-28', orderBy: '2026-12-28T12:00:00Z', earliest: '2026-12-29', latest: '2026-12-29', carrier: 'gls' }],
    ['New Year: 1 and 2 January are both days off in Slovenia', '2026-12-30T11:59:00Z',
      { dispatchDate: '2026-12-30', orderBy: '2026-12-30T12:00:00Z', earliest: '2026-12-31', latest: '2026-12-31', carrier: 'gls' }],
    ['Prešeren Day, 8 February, is a Monday in 2027', '2027-02-05T12:30:00Z',
      { dispatchDate: '2027-02-09', orderBy: '2027-02-09T12:00:00Z', earliest: '2027-02-10', latest: '2027-02-10', carrier: 'gls' }],
    ['Easter Monday 2027 (29 March), the day after the clocks change', '2027-03-26T12:00:00Z',
      { dispatchDate: '2027-03-30', orderBy: '2027-03-30T11:00:00Z', earliest: '2027-03-31', latest: '2027-03-31', carrier: 'gls' }],
  ]);

  it('lets Pošta Slovenije skip both New Year days when it is chosen', () => {
    expect(estimateDelivery(si, { now: '2026-12-30T11:59:00Z', destination: 'SI', carrier: 'posta-slovenije' })).toMatchObject({
      earliest: '2026-12-31', latest: '2027-01-04',
    });
  });
});

describe('estimateDelivery — a Greek fashion shop (Athens, cut-off 15:00, one handling day)', () => {
  it('makes to order: lead days and handling count as dispatch days', () => {
    expect(estimateDelivery(gr, { now: '2026-11-24T12:00:00Z', destination: 'GR' })).toEqual({
      dispatchDate: '2026-11-30', orderBy: '2026-11-24T13:00:00Z', earliest: '2026-12-01', latest: '2026-12-02', carrier: 'boxnow',
    });
  });

  table(gr, 'GR', [
    // Labour Day falls on Holy Saturday, so it moves to Easter Tuesday, 4 May (as it did in 2021).
    ['Orthodox Easter 2027: closed Good Friday to Easter Monday, then Labour Day moved to Tuesday', '2027-04-29T13:00:00Z',
      { dispatchDate: '2027-05-06', orderBy: '2027-05-05T12:00:00Z', earliest: '2027-05-07', latest: '2027-05-08', carrier: 'boxnow' }],
    ['Clean Monday 2027 (15 March) is no dispatch day', '2027-03-12T12:00:00Z',
      { dispatchDate: '2027-03-16', orderBy: '2027-03-12T13:00:00Z', earliest: '2027-03-17', latest: '2027-03-18', carrier: 'boxnow' }],
    ['Independence Day, 25 March 2027, a Thursday', '2027-03-24T12:00:00Z',
      { dispatchDate: '2027-03-26', orderBy: '2027-03-24T13:00:00Z', earliest: '2027-03-27', latest: '2027-03-29', carrier: 'boxnow' }],
  ], { stock: inStock });

  it('ships to Cyprus only with carriers that have a Cyprus transit, skipping Cyprus\'s holidays', () => {
    // 1 October is Cyprus Independence Day (a Thursday in 2026).
    expect(estimateDelivery(gr, { now: '2026-09-28T10:00:00Z', destination: 'CY', stock: inStock })).toEqual({
      dispatchDate: '2026-09-29', orderBy: '2026-09-28T12:00:00Z', earliest: '2026-10-03', latest: '2026-10-06', carrier: 'boxnow',
    });
  });
});

describe('stock modes', () => {
  it('counts a back-order from the dispatch day after the restock date, with no countdown', () => {
    const details = deliveryDetails(pl, {
      now: '2026-11-24T10:00:00Z', destination: 'PL', stock: { mode: 'backorder', restockDate: '2026-12-03' },
    });
    expect(details).toMatchObject({
      startDate: '2026-12-04', dispatchDate: '2026-12-04', orderBy: '2026-12-04T11:00:00Z',
      earliest: '2026-12-05', latest: '2026-12-07', countdown: false, validUntil: '2026-11-24T23:00:00Z',
    });
  });

  it('treats a restock date that has passed as stock in hand', () => {
    const query = { now: '2026-11-24T10:00:00Z', destination: 'PL' };
    expect(estimateDelivery(pl, { ...query, stock: { mode: 'backorder', restockDate: '2026-11-20' } })).toEqual(estimateDelivery(pl, query));
  });

  it('adds a made-to-order lead time in dispatch days, and keeps the real cut-off', () => {
    const details = deliveryDetails(pl, { now: '2026-11-24T10:00:00Z', destination: 'PL', stock: { mode: 'made-to-order', leadDays: 5 } });
    expect(details).toMatchObject({ startDate: '2026-11-24', dispatchDate: '2026-12-01', countdown: true, validUntil: '2026-11-24T13:00:00Z' });
  });

  it('reads the stock from the config when the query has none', () => {
    expect(deliveryDetails(gr, { now: '2026-11-24T12:00:00Z', destination: 'GR' })!.stock).toEqual({ mode: 'made-to-order', leadDays: 3 });
    expect(deliveryDetails(pl, { now: '2026-11-24T12:00:00Z', destination: 'PL' })!.stock).toEqual({ mode: 'in-stock' });
  });
});

describe('deliveryDetails', () => {
  it('lists every serving carrier with its own dates, in config order', () => {
    expect(deliveryDetails(pl, { now: '2026-11-27T10:59:00Z', destination: 'PL' })!.carriers).toEqual([
      { carrier: 'inpost', name: 'InPost Paczkomaty', earliest: '2026-11-28', latest: '2026-11-30' },
      { carrier: 'dpd', name: 'Kurier DPD', earliest: '2026-11-30', latest: '2026-12-01' },
    ]);
  });

  it('has a countdown only while today\'s cut-off is ahead, valid until it passes', () => {
    const before = deliveryDetails(pl, { now: '2026-11-24T11:46:00Z', destination: 'PL' })!;
    expect(before).toMatchObject({ today: '2026-11-24', countdown: true, validUntil: '2026-11-24T13:00:00Z' });
    const after = deliveryDetails(pl, { now: '2026-11-24T13:00:00Z', destination: 'PL' })!;
    // Valid until midnight in Warsaw, 23:00 UTC in winter.
    expect(after).toMatchObject({ today: '2026-11-24', countdown: false, validUntil: '2026-11-24T23:00:00Z' });
  });

  it('dates "today" in the warehouse zone, not in UTC', () => {
    // 23:30 UTC on Monday is 00:30 on Tuesday in Warsaw: Tuesday's cut-off is ahead.
    expect(deliveryDetails(pl, { now: '2026-11-23T23:30:00Z', destination: 'PL' })).toMatchObject({
      today: '2026-11-24', dispatchDate: '2026-11-24', countdown: true,
    });
  });

  it('returns null for a calendar with no dispatch day at all', () => {
    const never = { ...pl, workingDays: ['sat' as const], cutoff: { mon: '14:00' } };
    expect(deliveryDetails(never, { now: '2026-11-24T10:00:00Z', destination: 'PL' })).toBeNull();
  });
});
