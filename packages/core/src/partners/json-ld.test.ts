import { describe, expect, it } from 'vitest';
import { loadMessages } from '../i18n/catalogs.js';
import type { PartnersConfig } from '../schema/types.js';
import { acceptedPaymentMethodJsonLd, paymentAcceptedText } from './json-ld.js';

const section: PartnersConfig = {
  payment: [
    { id: 'visa' },
    { id: 'blik' },
    { id: 'paypo' },
    { id: 'cash-on-delivery', destinations: ['PL'] },
    { id: 'bank-transfer' },
    { name: 'Raty Santander', kind: 'pay-later', products: ['sofa-1'] },
    { name: 'Karta podarunkowa', kind: 'card' },
  ],
  couriers: [{ id: 'inpost' }],
};

describe('acceptedPaymentMethodJsonLd', () => {
  it('gives cards as PaymentCard and the rest as PaymentMethod with schema.org\'s type where one fits', () => {
    expect(acceptedPaymentMethodJsonLd(section, { destination: 'PL', product: 'sofa-1' })).toEqual([
      { '@type': 'PaymentCard', name: 'Visa' },
      { '@type': 'PaymentMethod', name: 'BLIK' },
      { '@type': 'PaymentMethod', name: 'PayPo', paymentMethodType: 'https://schema.org/ByInvoice' },
      { '@type': 'PaymentMethod', name: 'Cash on delivery', paymentMethodType: 'https://schema.org/COD' },
      { '@type': 'PaymentMethod', name: 'Bank transfer', paymentMethodType: 'https://schema.org/ByBankTransferInAdvance' },
      { '@type': 'PaymentMethod', name: 'Raty Santander', paymentMethodType: 'https://schema.org/ByInvoice' },
      { '@type': 'PaymentCard', name: 'Karta podarunkowa' },
    ]);
  });

  it('matches what the badges show for the same offer: filters and the page\'s language', async () => {
    const pl = (await loadMessages('pl')).partners;
    const names = acceptedPaymentMethodJsonLd(section, { destination: 'DE', product: 'shoe-1' }, pl).map((method) => method.name);
    expect(names).toEqual(['Visa', 'BLIK', 'PayPo', 'Przelew bankowy', 'Karta podarunkowa']);
    expect(acceptedPaymentMethodJsonLd({ couriers: [{ id: 'dpd' }] })).toEqual([]);
  });
});

describe('paymentAcceptedText', () => {
  it('lists every payment method of the shop, as text', async () => {
    expect(paymentAcceptedText(section)).toBe('Visa, BLIK, PayPo, Cash on delivery, Bank transfer, Raty Santander, Karta podarunkowa');
    const el = (await loadMessages('el')).partners;
    expect(paymentAcceptedText({ payment: [{ id: 'iris' }, { id: 'cash-on-delivery' }] }, el)).toBe('IRIS, Αντικαταβολή');
    expect(paymentAcceptedText({})).toBe('');
  });
});
