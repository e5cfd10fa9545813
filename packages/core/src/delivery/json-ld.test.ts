import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { DeliveryConfig } from '../schema/types.js';
import { deliveryDetails } from './estimate.js';
import { shippingDetailsJsonLd } from './json-ld.js';

const sample = (name: string): DeliveryConfig =>
  JSON.parse(readFileSync(new URL(`../../../../examples/configs/${name}.candor.json`, import.meta.url), 'utf8')).delivery;
const pl = sample('pl-shoes');
const gr = sample('gr-fashion');

describe('shippingDetailsJsonLd', () => {
  it('describes the carrier the notice shows: handling, transit, cut-off with its offset, business days', () => {
    const query = { now: '2026-11-27T10:59:00Z', destination: 'PL' };
    expect(shippingDetailsJsonLd(pl, { ...query, rate: { amount: 12.99, currency: 'PLN' } })).toEqual({
      '@type': 'OfferShippingDetails',
      shippingDestination: { '@type': 'DefinedRegion', addressCountry: 'PL' },
      deliveryTime: {
        '@type': 'ShippingDeliveryTime',
        handlingTime: { '@type': 'QuantitativeValue', minValue: 0, maxValue: 0, unitCode: 'DAY' },
        transitTime: { '@type': 'QuantitativeValue', minValue: 1, maxValue: 2, unitCode: 'DAY' },
        // Friday's cut-off, in winter time.
        cutoffTime: '12:00:00+01:00',
        businessDays: {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((day) => `https://schema.org/${day}`),
        },
      },
      shippingRate: { '@type': 'MonetaryAmount', value: 12.99, currency: 'PLN' },
    });
  });

  it('carries the summer offset and the made-to-order lead time', () => {
    const details = shippingDetailsJsonLd(gr, { now: '2027-06-01T08:00:00Z', destination: 'gr' })!;
    expect(details.deliveryTime.cutoffTime).toBe('15:00:00+03:00');
    // One handling day plus three days to make it.
    expect(details.deliveryTime.handlingTime).toMatchObject({ minValue: 4, maxValue: 4 });
    expect(details.shippingDestination.addressCountry).toBe('GR');
    expect(details).not.toHaveProperty('shippingRate');
  });

  it('agrees with the estimate: handling and transit count exactly the days between its dates', () => {
    const query = { now: '2026-12-23T13:30:00Z', destination: 'DE' };
    const details = deliveryDetails(pl, query)!;
    const jsonLd = shippingDetailsJsonLd(pl, query)!;
    const carrier = pl.carriers.find((each) => each.id === details.carrier)!;
    expect([jsonLd.deliveryTime.transitTime.minValue, jsonLd.deliveryTime.transitTime.maxValue]).toEqual(carrier.transit.DE);
    expect(details.startDate).toBe(details.dispatchDate); // no handling days in this shop
    expect(jsonLd.deliveryTime.handlingTime.maxValue).toBe(0);
  });

  it('is null where nothing ships', () => {
    expect(shippingDetailsJsonLd(pl, { now: '2026-11-24T10:00:00Z', destination: 'DE', carrier: 'inpost' })).toBeNull();
  });
});
