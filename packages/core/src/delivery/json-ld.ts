/**
 * schema.org `OfferShippingDetails` built from the same config and the same estimate the
 * delivery notice shows, so search engines are told exactly what buyers read.
 * Embed the result in an `Offer` as `shippingDetails`.
 */
import type { DeliveryConfig } from '../schema/types.js';
import { WEEKDAYS, type Weekday } from '../schema/options.js';
import { parseInstant, offsetString } from '../calendar/zoned.js';
import { deliveryDetails, type DeliveryQuery } from './estimate.js';

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};

/** A span of days as schema.org counts them: `unitCode` DAY is UN/CEFACT's code for days. */
const days = (minValue: number, maxValue: number) => ({ '@type': 'QuantitativeValue', minValue, maxValue, unitCode: 'DAY' }) as const;

export interface ShippingDetailsJsonLd {
  '@type': 'OfferShippingDetails';
  shippingDestination: { '@type': 'DefinedRegion'; addressCountry: string };
  deliveryTime: {
    '@type': 'ShippingDeliveryTime';
    handlingTime: ReturnType<typeof days>;
    transitTime: ReturnType<typeof days>;
    cutoffTime: string;
    businessDays: { '@type': 'OpeningHoursSpecification'; dayOfWeek: string[] };
  };
  shippingRate?: { '@type': 'MonetaryAmount'; value: number; currency: string };
}

/**
 * The shipping details for the carrier the notice shows (the named one, else the soonest),
 * or `null` when none serves the destination. Handling counts dispatch days (the working days
 * with a cut-off), transit the carrier's delivery days; the cut-off carries the warehouse's
 * UTC offset on the start day, as schema.org's `Time` requires. `rate` adds the price of shipping.
 */
export function shippingDetailsJsonLd(
  delivery: DeliveryConfig,
  query: DeliveryQuery & { rate?: { amount: number; currency: string } },
): ShippingDetailsJsonLd | null {
  const details = deliveryDetails(delivery, query);
  if (!details) return null;
  const destination = query.destination.toUpperCase();
  const carrier = delivery.carriers.find((each) => each.id === details.carrier)!;
  const [transitMin, transitMax] = carrier.transit[destination] ?? carrier.transit.default!;
  const handling = (delivery.handlingDays ?? 0) + (details.stock.mode === 'made-to-order' ? details.stock.leadDays : 0);
  const orderBy = parseInstant(details.orderBy);
  const workingDays = new Set<Weekday>(delivery.workingDays ?? ['mon', 'tue', 'wed', 'thu', 'fri']);
  const dispatchWeekdays = WEEKDAYS.filter(
    (day) => workingDays.has(day) && (typeof delivery.cutoff === 'string' || delivery.cutoff[day] !== undefined),
  );
  const cutoff = new Intl.DateTimeFormat('en-US', { timeZone: delivery.timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' })
    .format(orderBy);

  return {
    '@type': 'OfferShippingDetails',
    shippingDestination: { '@type': 'DefinedRegion', addressCountry: destination },
    deliveryTime: {
      '@type': 'ShippingDeliveryTime',
      handlingTime: days(handling, handling),
      transitTime: days(transitMin, transitMax),
      cutoffTime: `${cutoff}:00${offsetString(orderBy, delivery.timeZone)}`,
      businessDays: { '@type': 'OpeningHoursSpecification', dayOfWeek: dispatchWeekdays.map((day) => `https://schema.org/${DAY_NAMES[day]}`) },
    },
    ...(query.rate && { shippingRate: { '@type': 'MonetaryAmount', value: query.rate.amount, currency: query.rate.currency } }),
  };
}
