// <candor-partner-badges> as a typical shop ships it: the element and its six partners (four
// payment methods, two couriers) in the page's config. Candor bundles no artwork, so the bytes
// do not grow with the partners a shop lists; the page's language and the partners'
// descriptions load on demand (counted apart, as lazy chunks).
import '../../packages/elements/dist/partner-badges.js';
import { setPageConfig } from '../../packages/elements/dist/shared/config-store.js';

setPageConfig({
  shop: { name: 'Kroki', locale: 'pl-PL', currency: 'PLN', country: 'PL' },
  partners: {
    payment: [{ id: 'blik' }, { id: 'przelewy24' }, { id: 'visa' }, { id: 'mastercard' }],
    couriers: [{ id: 'inpost', fee: { amount: 12.99 } }, { id: 'dpd', fee: { amount: 16.99 } }],
  },
});
