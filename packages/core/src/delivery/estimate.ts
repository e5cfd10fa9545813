/**
 * The honest delivery estimate (DESIGN.md, "`delivery`, exactly"): when an order placed now
 * ships and the range in which it arrives. Dates are counted on the warehouse's wall clock in
 * whole calendar days, so DST changes and year ends cannot shift them.
 */
import type { Carrier, DeliveryConfig, StockConfig, TransitRange } from '../schema/types.js';
import type { Weekday } from '../schema/options.js';
import { isoDate, parseIsoDate, weekdayKey } from '../calendar/civil.js';
import { isPublicHoliday } from '../calendar/holidays.js';
import { instantAt, isoInstant, parseInstant, wallClock } from '../calendar/zoned.js';

/** The contract's estimate: dates `YYYY-MM-DD`, `orderBy` an ISO instant. */
export interface DeliveryEstimate {
  dispatchDate: string;
  orderBy: string;
  earliest: string;
  latest: string;
  carrier: string;
}

/** A product's stock situation; the config's `delivery.stock` says the same for the whole page. */
export type StockState = StockConfig;

export interface DeliveryQuery {
  /** An ISO instant with its offset, e.g. `2026-11-24T13:05:00Z`. */
  now: string;
  /** The buyer's country, ISO 3166-1 alpha-2. */
  destination: string;
  /** A carrier id from the config; without it, the one that arrives soonest. */
  carrier?: string | undefined;
  /** This product's stock, overriding `delivery.stock`; in stock by default. */
  stock?: StockState | undefined;
}

export interface CarrierEstimate {
  carrier: string;
  name: string;
  earliest: string;
  latest: string;
}

/** Everything an element needs to tell the buyer, beyond the contract's five fields. */
export interface DeliveryDetails extends DeliveryEstimate {
  /** The carrier's name as buyers see it (its id when it has none). */
  carrierName: string;
  /** Today in the warehouse's time zone. */
  today: string;
  /** The start day: today before the cut-off, else the next dispatch day; for a restock, the dispatch day after it. `orderBy` is its cut-off. */
  startDate: string;
  /** The stock situation the estimate applies. */
  stock: StockState;
  /**
   * Whether `orderBy` is a real deadline: ordering before it ships on `dispatchDate`, ordering
   * after it does not. Only then may a countdown be shown.
   */
  countdown: boolean;
  /** The instant this estimate can next change: the cut-off when it is still ahead today, else the next midnight in the warehouse. */
  validUntil: string;
  /** Every carrier that serves the destination, in config order, each with its own dates. */
  carriers: CarrierEstimate[];
}

const DEFAULT_DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
/** A calendar with no dispatch or delivery day for this long has none at all (a config error the schema cannot see). */
const SEARCH_LIMIT = 800;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The warehouse's calendar: which days dispatch, and each day's cut-off. */
function dispatchCalendar(delivery: DeliveryConfig) {
  const workingDays = new Set<Weekday>(delivery.workingDays ?? DEFAULT_DAYS);
  const closures = new Set(delivery.closures ?? []);
  const cutoffOn = (day: number): number | undefined => {
    const weekday = weekdayKey(day);
    if (!workingDays.has(weekday)) return undefined;
    const cutoff = typeof delivery.cutoff === 'string' ? delivery.cutoff : delivery.cutoff[weekday];
    return cutoff === undefined ? undefined : minutesOf(cutoff);
  };
  const isDispatchDay = (day: number) =>
    cutoffOn(day) !== undefined && !closures.has(isoDate(day)) && !isPublicHoliday(delivery.country, isoDate(day));
  /** The `count`-th dispatch day after `day` (0: `day` itself). */
  const nthAfter = (day: number, count: number): number | undefined => {
    let current = day;
    for (let found = 0, step = 0; found < count; step += 1) {
      if (step > SEARCH_LIMIT * Math.max(1, count)) return undefined;
      current += 1;
      if (isDispatchDay(current)) found += 1;
    }
    return current;
  };
  return { cutoffOn, isDispatchDay, nthAfter };
}

function transitFor(carrier: Carrier, destination: string): TransitRange | undefined {
  return carrier.transit[destination] ?? carrier.transit.default;
}

/** The min-th and max-th delivery days of `carrier` after `dispatch` (0 is the dispatch day itself). */
function arrival(carrier: Carrier, destination: string, dispatch: number, [min, max]: TransitRange) {
  const deliveryDays = new Set<Weekday>(carrier.deliveryDays ?? DEFAULT_DAYS);
  const isDeliveryDay = (day: number) => deliveryDays.has(weekdayKey(day)) && !isPublicHoliday(destination, isoDate(day));
  let day = dispatch;
  let earliest = min === 0 ? dispatch : undefined;
  for (let counted = 0, step = 0; counted < max; ) {
    if ((step += 1) > SEARCH_LIMIT * Math.max(1, max)) return undefined;
    day += 1;
    if (!isDeliveryDay(day)) continue;
    counted += 1;
    if (counted === min) earliest = day;
  }
  return earliest === undefined ? undefined : { earliest: isoDate(earliest), latest: isoDate(day) };
}

/**
 * The estimate with everything an element shows: the chosen carrier's dates, every serving
 * carrier's, and whether the cut-off is a real deadline. `null` when no carrier serves the
 * destination, when a named carrier does not, or when the calendar has no dispatch day.
 */
export function deliveryDetails(delivery: DeliveryConfig, query: DeliveryQuery): DeliveryDetails | null {
  const now = parseInstant(query.now);
  const { timeZone } = delivery;
  const destination = query.destination.toUpperCase();
  const calendar = dispatchCalendar(delivery);
  const clock = wallClock(now, timeZone);
  const today = clock.day;

  const cutoffToday = calendar.isDispatchDay(today) ? calendar.cutoffOn(today) : undefined;
  const start = cutoffToday !== undefined && clock.minute < cutoffToday ? today : calendar.nthAfter(today, 1);
  if (start === undefined) return null;

  const stock: StockState = query.stock ?? delivery.stock ?? { mode: 'in-stock' };
  const handling = delivery.handlingDays ?? 0;
  let dispatch: number | undefined;
  let countsFrom = start;
  if (stock.mode === 'backorder' && parseIsoDate(stock.restockDate) >= today) {
    // The stock arrives during the restock day: the order counts from the dispatch day after it.
    const firstAfterRestock = calendar.nthAfter(parseIsoDate(stock.restockDate), 1);
    if (firstAfterRestock === undefined) return null;
    countsFrom = firstAfterRestock;
    dispatch = calendar.nthAfter(countsFrom, handling);
  } else {
    const lead = stock.mode === 'made-to-order' ? stock.leadDays : 0;
    dispatch = calendar.nthAfter(start, handling + lead);
  }
  if (dispatch === undefined) return null;

  const carriers: (CarrierEstimate & { index: number })[] = [];
  delivery.carriers.forEach((carrier, index) => {
    const transit = transitFor(carrier, destination);
    const dates = transit && arrival(carrier, destination, dispatch, transit);
    if (dates) carriers.push({ carrier: carrier.id, name: carrier.name ?? carrier.id, ...dates, index });
  });
  const chosen = query.carrier
    ? carriers.find((each) => each.carrier === query.carrier)
    : [...carriers].sort((a, b) => a.latest.localeCompare(b.latest) || a.earliest.localeCompare(b.earliest) || a.index - b.index)[0];
  if (!chosen) return null;

  const orderBy = instantAt(countsFrom, calendar.cutoffOn(countsFrom)!, timeZone);
  // Only an order that counts from today races a cut-off; a restock date is no deadline.
  const countdown = countsFrom === today;
  return {
    dispatchDate: isoDate(dispatch),
    orderBy: isoInstant(orderBy),
    earliest: chosen.earliest,
    latest: chosen.latest,
    carrier: chosen.carrier,
    carrierName: chosen.name,
    today: isoDate(today),
    startDate: isoDate(countsFrom),
    stock,
    countdown,
    validUntil: isoInstant(countdown ? orderBy : instantAt(today + 1, 0, timeZone)),
    carriers: carriers.map(({ index: _index, ...each }) => each),
  };
}

/** The public contract: exactly `{ dispatchDate, orderBy, earliest, latest, carrier }`, or `null`. */
export function estimateDelivery(delivery: DeliveryConfig, query: DeliveryQuery): DeliveryEstimate | null {
  const details = deliveryDetails(delivery, query);
  if (!details) return null;
  const { dispatchDate, orderBy, earliest, latest, carrier } = details;
  return { dispatchDate, orderBy, earliest, latest, carrier };
}
