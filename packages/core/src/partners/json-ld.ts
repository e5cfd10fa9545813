/**
 * schema.org payment methods from the same `partners` section the badges show, so search
 * engines read what buyers see: `acceptedPaymentMethod` for an `Offer` (structured values,
 * https://schema.org/PaymentMethod) and `paymentAccepted` for the shop's `Organization` or
 * `LocalBusiness` (a text list, https://schema.org/paymentAccepted). Only a shop that asks
 * for it embeds either.
 */
import type { Messages } from '../i18n/messages.js';
import type { PaymentKind } from '../schema/options.js';
import type { PartnersConfig, PaymentPartner } from '../schema/types.js';
import { partnerName, selectPartners, type PartnerBadgeQuery } from './badges.js';
import { PAYMENT_PARTNERS, isPaymentPartnerId, type PaymentMethodType } from './registry.js';

export type PaymentMethodJsonLd =
  | { '@type': 'PaymentCard'; name: string }
  | { '@type': 'PaymentMethod'; name: string; paymentMethodType?: `https://schema.org/${PaymentMethodType}` };

/** The schema.org type of payment a custom partner's `kind` amounts to, when there is one. */
const METHOD_TYPE_OF_KIND: Partial<Record<PaymentKind, PaymentMethodType>> = {
  'bank-transfer': 'ByBankTransferInAdvance',
  'cash-on-delivery': 'COD',
  'pay-later': 'ByInvoice',
};

/**
 * The payment methods that apply to an offer (a product, a buyer's country), as schema.org
 * structured values: cards as `PaymentCard`, the rest as `PaymentMethod` with its
 * `paymentMethodType` where one fits (cash on delivery is `COD`, bank transfer
 * `ByBankTransferInAdvance`, pay-later `ByInvoice`). Names are in the language of `messages`
 * (English brand names without it).
 */
export function acceptedPaymentMethodJsonLd(
  section: PartnersConfig,
  query: Omit<PartnerBadgeQuery, 'kind'> = {},
  messages?: Messages['partners'],
): PaymentMethodJsonLd[] {
  return selectPartners(section, { ...query, kind: 'payment' }).map(({ partner }) => {
    const name = partnerName('payment', partner, messages);
    const known = isPaymentPartnerId(partner.id) ? PAYMENT_PARTNERS[partner.id] : undefined;
    const kind: PaymentKind | undefined = (partner as PaymentPartner).kind ?? known?.kind;
    if (kind === 'card') return { '@type': 'PaymentCard', name };
    const type = (known && 'methodType' in known ? known.methodType : undefined) ?? (kind ? METHOD_TYPE_OF_KIND[kind] : undefined);
    return type ? { '@type': 'PaymentMethod', name, paymentMethodType: `https://schema.org/${type}` } : { '@type': 'PaymentMethod', name };
  });
}

/** `paymentAccepted` for the shop: every payment method's name, comma-separated, in the config's order. */
export function paymentAcceptedText(section: PartnersConfig, messages?: Messages['partners']): string {
  return selectPartners(section, { kind: 'payment' })
    .map(({ partner }) => partnerName('payment', partner, messages))
    .join(', ');
}
