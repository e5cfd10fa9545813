import { describe, expect, it } from 'vitest';
import { candorSchema } from '../schema/candor.schema.js';
import { COURIER_PARTNER_IDS, COURIER_KINDS, PAYMENT_KINDS, PAYMENT_PARTNER_IDS } from '../schema/options.js';
import { COURIER_PARTNERS, PARTNER_IDS, PAYMENT_PARTNERS, isCourierPartnerId, isPaymentPartnerId, knownPartner } from './registry.js';

/** The ids the issue asks Candor to know, at least. */
const REQUIRED_PAYMENT = [
  'visa', 'mastercard', 'maestro', 'amex', 'blik', 'przelewy24', 'payu', 'tpay', 'paypo', 'paypal', 'klarna', 'applepay',
  'googlepay', 'revolut', 'iris', 'vivawallet', 'flik', 'valu', 'bank-transfer', 'cash-on-delivery',
];
const REQUIRED_COURIERS = [
  'inpost', 'dpd', 'dhl', 'gls', 'ups', 'fedex', 'poczta-polska', 'orlen-paczka', 'posta-slovenije', 'acs', 'elta', 'speedex',
  'geniki', 'boxnow',
];

describe('the partner registry', () => {
  it('has an entry for exactly the ids the schema accepts, in both groups', () => {
    expect(Object.keys(PAYMENT_PARTNERS)).toEqual([...PAYMENT_PARTNER_IDS]);
    expect(Object.keys(COURIER_PARTNERS)).toEqual([...COURIER_PARTNER_IDS]);
    expect(PARTNER_IDS).toEqual([...PAYMENT_PARTNER_IDS, ...COURIER_PARTNER_IDS]);
    const { payment, couriers } = candorSchema.properties.partners.properties;
    expect(payment.items.properties.id.enum).toBe(PAYMENT_PARTNER_IDS);
    expect(couriers.items.properties.id.enum).toBe(COURIER_PARTNER_IDS);
  });

  it('knows every partner the issue names', () => {
    for (const id of REQUIRED_PAYMENT) expect(isPaymentPartnerId(id), id).toBe(true);
    for (const id of REQUIRED_COURIERS) expect(isCourierPartnerId(id), id).toBe(true);
  });

  it('gives each a non-empty name and a kind from the schema\'s lists', () => {
    for (const entry of Object.values(PAYMENT_PARTNERS)) {
      expect(entry.name.trim()).toBe(entry.name);
      expect(entry.name).not.toBe('');
      expect(PAYMENT_KINDS).toContain(entry.kind);
    }
    for (const entry of Object.values(COURIER_PARTNERS)) {
      expect(entry.name).not.toBe('');
      expect(COURIER_KINDS).toContain(entry.kind);
    }
  });

  it('tells the groups apart and ignores what is not an own id', () => {
    expect(knownPartner('payment', 'blik')?.name).toBe('BLIK');
    expect(knownPartner('courier', 'blik')).toBeUndefined();
    expect(knownPartner('courier', 'boxnow')?.kind).toBe('parcel-locker');
    for (const odd of ['toString', '__proto__', 'constructor', 'hasOwnProperty', '', 'VISA']) {
      expect(isPaymentPartnerId(odd), odd).toBe(false);
      expect(knownPartner('payment', odd), odd).toBeUndefined();
    }
    expect(isPaymentPartnerId(undefined)).toBe(false);
  });
});
