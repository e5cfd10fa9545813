/**
 * Properties of the delivery estimate over generated warehouses, carriers and moments, with
 * the moments drawn where calendars go wrong: DST changes, year ends, leap days and the days
 * around public holidays (Easter, Christmas, Orthodox Easter). The oracle is deliberately
 * independent of the estimate's own code: holidays come from `publicHolidays`' lists, days
 * from `Date` in UTC, wall clocks from `Intl`.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DeliveryConfig } from '../schema/types.js';
import { WEEKDAYS, type Weekday } from '../schema/options.js';
import { publicHolidays } from '../calendar/holidays.js';
import { deliveryDetails, type DeliveryDetails } from './estimate.js';

const RUNS = 400;
const ZONES = ['Europe/Warsaw', 'Europe/Ljubljana', 'Europe/Athens', 'Europe/Lisbon', 'Europe/London', 'America/New_York', 'Asia/Nicosia', 'Pacific/Auckland'] as const;
const COUNTRIES = ['PL', 'SI', 'GR', 'CY', 'DE', 'GB', 'US', 'IT', 'HR', 'RO', 'NO'] as const;
const YEARS = { min: 2020, max: 2035 };
const DAY = 86_400_000;

const weekdayOf = (date: string) => WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]!;
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const calendarDaysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

const holidayCache = new Map<string, Set<string>>();
function isHoliday(country: string, date: string): boolean {
  const key = `${country}${date.slice(0, 4)}`;
  let days = holidayCache.get(key);
  if (!days) holidayCache.set(key, (days = new Set(publicHolidays(country, Number(date.slice(0, 4))).map((holiday) => holiday.date))));
  return days.has(date);
}

/** The wall clock in a zone, read through Intl: `YYYY-MM-DD` and minutes since midnight. */
function wall(instant: number, timeZone: string): { date: string; minute: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

const weekdaySet = fc.subarray([...WEEKDAYS], { minLength: 1 });
const hhmm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
const transit = fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 6 })).map(([min, extra]) => [min, min + extra] as [number, number]);

/** Days where calendars go wrong, as `YYYY-MM-DD`. */
function trickyDays(country: string): fc.Arbitrary<string> {
  const year = fc.integer(YEARS);
  const lastSunday = (y: number, month: number) => {
    const last = new Date(Date.UTC(y, month, 0));
    return new Date(last.getTime() - ((last.getUTCDay() + 7) % 7) * DAY).toISOString().slice(0, 10);
  };
  return fc.oneof(
    // Any day at all.
    fc.integer({ min: Date.UTC(YEARS.min, 0, 1) / DAY, max: Date.UTC(YEARS.max, 11, 31) / DAY }).map((day) => new Date(day * DAY).toISOString().slice(0, 10)),
    // Around the EU clock changes, and the US ones.
    fc.tuple(year, fc.constantFrom(3, 10), fc.integer({ min: -3, max: 2 })).map(([y, month, offset]) => plusDays(lastSunday(y, month), offset)),
    fc.tuple(year, fc.constantFrom([2, 8], [10, 1]), fc.integer({ min: -3, max: 2 })).map(([y, [month, first], offset]) => {
      const firstOfMonth = new Date(Date.UTC(y, month, 1));
      const sunday = plusDays(firstOfMonth.toISOString().slice(0, 10), (7 - firstOfMonth.getUTCDay()) % 7);
      return plusDays(sunday, first - 1 + offset);
    }),
    // Year ends and leap days.
    fc.tuple(year, fc.integer({ min: -10, max: 8 })).map(([y, offset]) => plusDays(`${y}-01-01`, offset)),
    fc.tuple(fc.constantFrom(2020, 2024, 2028, 2032), fc.integer({ min: -2, max: 2 })).map(([y, offset]) => plusDays(`${y}-02-29`, offset)),
    // The days around each of the country's holidays: Easter, Christmas, Orthodox Easter clusters.
    fc.tuple(year, fc.nat(), fc.integer({ min: -6, max: 3 })).map(([y, pick, offset]) => {
      const holidays = publicHolidays(country, y);
      return holidays.length === 0 ? `${y}-12-24` : plusDays(holidays[pick % holidays.length]!.date, offset);
    }),
  );
}

const scenario = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    country: fc.constantFrom(...COUNTRIES),
    destination: fc.constantFrom(...COUNTRIES),
    workingDays: weekdaySet,
    cutoff: fc.oneof(hhmm, fc.dictionary(fc.constantFrom(...WEEKDAYS), hhmm, { minKeys: 1 })),
    handlingDays: fc.integer({ min: 0, max: 4 }),
    closureOffsets: fc.array(fc.integer({ min: -2, max: 20 }), { maxLength: 4 }),
    carriers: fc.array(fc.record({ deliveryDays: weekdaySet, transit, servesDefault: fc.boolean() }), { minLength: 1, maxLength: 3 }),
    stock: fc.oneof(
      fc.constant({ mode: 'in-stock' as const }),
      fc.record({ mode: fc.constant('made-to-order' as const), leadDays: fc.integer({ min: 1, max: 6 }) }),
      fc.record({ mode: fc.constant('backorder' as const), restockOffset: fc.integer({ min: -5, max: 30 }) }),
    ),
    minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    second: fc.integer({ min: 0, max: 59 }),
  })
  .chain((base) => trickyDays(base.country).map((day) => ({ ...base, day })));

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario) {
  // The instant whose UTC wall time is the chosen day and minute, then read in the zone: any instant will do.
  const now = Date.parse(`${s.day}T00:00:00Z`) + s.minute * 60_000 + s.second * 1000;
  const today = wall(now, s.timeZone).date;
  const delivery: DeliveryConfig = {
    timeZone: s.timeZone,
    country: s.country,
    workingDays: s.workingDays as Weekday[],
    cutoff: s.cutoff,
    handlingDays: s.handlingDays,
    closures: [...new Set(s.closureOffsets.map((offset) => plusDays(today, offset)))],
    carriers: s.carriers.map((carrier, index) => ({
      id: `carrier-${index}`,
      deliveryDays: carrier.deliveryDays as Weekday[],
      transit: carrier.servesDefault ? { default: carrier.transit } : { [s.destination]: carrier.transit },
    })),
  };
  const stock = s.stock.mode === 'backorder' ? { mode: 'backorder' as const, restockDate: plusDays(today, s.stock.restockOffset) } : s.stock;
  return { delivery, now, today, query: { now: new Date(now).toISOString(), destination: s.destination, stock } };
}

const cutoffOn = (delivery: DeliveryConfig, date: string) => {
  const weekday = weekdayOf(date);
  if (!(delivery.workingDays ?? []).includes(weekday)) return undefined;
  return typeof delivery.cutoff === 'string' ? delivery.cutoff : delivery.cutoff[weekday];
};
const isDispatchDay = (delivery: DeliveryConfig, date: string) =>
  cutoffOn(delivery, date) !== undefined && !delivery.closures!.includes(date) && !isHoliday(delivery.country, date);

/** Runs the property on every generated scenario that has an estimate. */
function forEstimates(check: (details: DeliveryDetails, built: ReturnType<typeof build>) => void) {
  fc.assert(
    fc.property(scenario, (s) => {
      const built = build(s);
      const details = deliveryDetails(built.delivery, built.query);
      if (details) check(details, built);
    }),
    { numRuns: RUNS },
  );
}

describe('estimateDelivery properties', () => {
  it('never throws on a valid config, and gives an estimate whenever a dispatch day exists', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const built = build(s);
        const details = deliveryDetails(built.delivery, built.query);
        const anyDispatchDay = Array.from({ length: 60 }, (_, offset) => plusDays(built.today, offset)).some((date) => isDispatchDay(built.delivery, date));
        if (anyDispatchDay) expect(details).not.toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it('orders its dates: today ≤ start ≤ dispatch ≤ earliest ≤ latest', () => {
    forEstimates((details) => {
      expect(details.today <= details.startDate).toBe(true);
      expect(details.startDate <= details.dispatchDate).toBe(true);
      expect(details.dispatchDate <= details.earliest).toBe(true);
      expect(details.earliest <= details.latest).toBe(true);
    });
  });

  it('dispatches only on a dispatch day: a working day with a cut-off, no holiday, no closure', () => {
    forEstimates((details, { delivery }) => {
      expect(isDispatchDay(delivery, details.startDate), `start ${details.startDate}`).toBe(true);
      expect(isDispatchDay(delivery, details.dispatchDate), `dispatch ${details.dispatchDate}`).toBe(true);
    });
  });

  it('delivers only on the carrier\'s delivery days that are no holiday at the destination', () => {
    forEstimates((details, { delivery, query }) => {
      const carrier = delivery.carriers.find((each) => each.id === details.carrier)!;
      const [min] = carrier.transit[query.destination] ?? carrier.transit.default!;
      const deliveryDay = (date: string) => (carrier.deliveryDays ?? []).includes(weekdayOf(date)) && !isHoliday(query.destination, date);
      if (min > 0) expect(deliveryDay(details.earliest), `earliest ${details.earliest}`).toBe(true);
      if (details.latest !== details.dispatchDate) expect(deliveryDay(details.latest), `latest ${details.latest}`).toBe(true);
    });
  });

  it('is never earlier than a naive count of calendar days allows', () => {
    forEstimates((details, { delivery, query }) => {
      const carrier = delivery.carriers.find((each) => each.id === details.carrier)!;
      const [min, max] = carrier.transit[query.destination] ?? carrier.transit.default!;
      const lead = query.stock.mode === 'made-to-order' ? query.stock.leadDays : 0;
      expect(calendarDaysBetween(details.startDate, details.dispatchDate)).toBeGreaterThanOrEqual((delivery.handlingDays ?? 0) + lead);
      expect(calendarDaysBetween(details.dispatchDate, details.earliest)).toBeGreaterThanOrEqual(min);
      expect(calendarDaysBetween(details.dispatchDate, details.latest)).toBeGreaterThanOrEqual(max);
      if (query.stock.mode === 'backorder' && query.stock.restockDate >= details.today) {
        expect(details.startDate > query.stock.restockDate).toBe(true);
      }
    });
  });

  it('puts the order-by instant at the start day\'s cut-off on the warehouse clock, after now when counting down', () => {
    forEstimates((details, { delivery, now }) => {
      const orderBy = Date.parse(details.orderBy);
      const cutoff = cutoffOn(delivery, details.startDate)!;
      const [hour, minute] = cutoff.split(':').map(Number) as [number, number];
      const shown = wall(orderBy, delivery.timeZone);
      // At the cut-off, or at the jump when the cut-off falls in a spring-forward gap.
      expect(shown.date).toBe(details.startDate);
      expect(shown.minute).toBeGreaterThanOrEqual(hour * 60 + minute);
      expect(wall(orderBy - 60_000, delivery.timeZone).minute < hour * 60 + minute || wall(orderBy - 60_000, delivery.timeZone).date < details.startDate).toBe(true);
      if (details.countdown) expect(orderBy).toBeGreaterThan(now);
      else expect(details.startDate > details.today || orderBy <= now).toBe(true);
    });
  });

  it('holds until `validUntil`, and only moves later as time passes', () => {
    fc.assert(
      fc.property(scenario, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 * 24 * 60 }), (s, within, minutesLater) => {
        const built = build(s);
        const details = deliveryDetails(built.delivery, built.query);
        if (!details) return;
        const until = Date.parse(details.validUntil);
        expect(until).toBeGreaterThan(built.now);
        const inside = built.now + Math.floor((until - built.now) * within * 0.999);
        const same = deliveryDetails(built.delivery, { ...built.query, now: new Date(inside).toISOString() })!;
        expect([same.dispatchDate, same.earliest, same.latest, same.carrier]).toEqual([details.dispatchDate, details.earliest, details.latest, details.carrier]);
        const later = deliveryDetails(built.delivery, { ...built.query, now: new Date(built.now + minutesLater * 60_000).toISOString(), carrier: details.carrier });
        if (later) {
          expect(later.dispatchDate >= details.dispatchDate).toBe(true);
          expect(later.latest >= details.latest).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('chooses the serving carrier with the earliest latest date, then earliest earliest, then config order', () => {
    forEstimates((details) => {
      const best = details.carriers.reduce((a, b) => (b.latest < a.latest || (b.latest === a.latest && b.earliest < a.earliest) ? b : a));
      expect(details.carrier).toBe(best.carrier);
    });
  });
});
