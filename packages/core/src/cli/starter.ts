import type { CandorConfig } from '../schema/types.js';

/** Where `$schema` points in a shop that installed @candor/core from npm. */
export const SCHEMA_FROM_NODE_MODULES = './node_modules/@candor/core/candor.schema.json';

/**
 * The `candor init` starter: a small, valid config that shows the shape of each common
 * section. Every value is a placeholder the merchant replaces.
 */
export function starterConfig(): CandorConfig {
  return {
    $schema: SCHEMA_FROM_NODE_MODULES,
    shop: {
      name: 'Example Shop',
      url: 'https://shop.example',
      country: 'IE',
      locale: 'en-IE',
      currency: 'EUR',
      timeZone: 'Europe/Dublin',
    },
    partners: {
      payment: [{ id: 'visa' }, { id: 'mastercard' }, { id: 'paypal' }],
      couriers: [{ id: 'dpd' }],
    },
    delivery: {
      timeZone: 'Europe/Dublin',
      country: 'IE',
      workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      cutoff: '14:00',
      handlingDays: 0,
      closures: [],
      carriers: [{ id: 'dpd', name: 'DPD', transit: { IE: [1, 2], default: [3, 6] } }],
    },
    contact: {
      hours: {
        mon: [['09:00', '17:00']],
        tue: [['09:00', '17:00']],
        wed: [['09:00', '17:00']],
        thu: [['09:00', '17:00']],
        fri: [['09:00', '17:00']],
      },
      channels: [{ type: 'email', value: 'hello@shop.example', replyMinutes: 240 }],
    },
  };
}
