// What the demo server writes into the page before any script runs, from the same config and
// the same @candor/core the elements use: the delivery notice's lines (so the element upgrades
// without moving anything) and the product's JSON-LD (so search engines read what buyers see).
// Everything from the config is escaped as text; nothing here trusts it.

// Built by `npm run build`; without it the page is served as it is, and the elements still work.
const corePromise = import('../../packages/core/dist/index.js').catch(() => undefined);

/** The demo's one product, as index.html shows it. */
const PRODUCT = {
  id: 'polbuty-kazimierz',
  name: 'Skórzane półbuty Kazimierz',
  image: '/assets/kazimierz-koniak.svg',
  price: 459,
  currency: 'PLN',
};

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);

/** The config's section when it passes its check, else undefined (the element then shows nothing either). */
function section(config, name, check) {
  if (typeof config !== 'object' || config === null) return undefined;
  const result = check(config?.[name]);
  return result.ok ? result.value : undefined;
}

/**
 * The delivery notice's fallback lines for `destination` at `now`, one `<div slot="fallback">`
 * per line, exactly as the element documents; '' when there is nothing to show.
 */
export async function deliveryFallback(config, { lang, now = Date.now() }) {
  const core = await corePromise;
  if (!core) return '';
  const delivery = section(config, 'delivery', core.checkDeliverySection);
  if (!delivery) return '';
  const shop = section(config, 'shop', core.checkShopSection);
  const { locale, intlLocale } = core.resolveLocale([lang, shop?.locale]);
  const messages = (await core.loadMessages(locale)).delivery;
  const destination = (shop?.country ?? delivery.country).toUpperCase();
  const details = core.deliveryDetails(delivery, { now: new Date(now).toISOString(), destination });
  const lines = [];
  if (!details) {
    lines.push(core.noDeliveryText(messages, intlLocale, destination));
  } else {
    const text = core.deliveryNoticeText(details, messages, { locale: intlLocale, now, onTime: delivery.onTime });
    lines.push(core.lineText(text.headline), core.lineText(text.arrival));
    if (text.onTime) lines.push(core.lineText(text.onTime));
    if (details.carriers.length >= 2) lines.push(`${messages.carrier}: ${details.carrierName}`);
  }
  return lines.map((line) => `<div slot="fallback">${escapeHtml(line)}</div>`).join('');
}

/** schema.org Product with its offer, shipping details and the rating the page shows; `<` escaped for a script element. */
export async function productJsonLd(config, { origin, lang, now = Date.now() }) {
  const core = await corePromise;
  if (!core) return '';
  const delivery = section(config, 'delivery', core.checkDeliverySection);
  const shop = section(config, 'shop', core.checkShopSection);
  const reviews = section(config, 'reviews', core.checkReviewsSection);
  const destination = (shop?.country ?? delivery?.country ?? 'PL').toUpperCase();
  const query = { now: new Date(now).toISOString(), destination };
  // The price of shipping with the carrier the notice shows, when the partners section lists its fee.
  const carrier = delivery && core.estimateDelivery(delivery, query)?.carrier;
  const partners = section(config, 'partners', core.checkPartnersSection);
  const fee = partners?.couriers?.find((each) => each.id === carrier)?.fee;
  const shipping = delivery && core.shippingDetailsJsonLd(delivery, { ...query, ...(fee && { rate: fee }) });
  // The payment methods the badges show for this product and country, named as the page names them.
  const { locale } = core.resolveLocale([lang, shop?.locale]);
  const paymentMethods = partners
    ? core.acceptedPaymentMethodJsonLd(partners, { destination, product: PRODUCT.id }, (await core.loadMessages(locale)).partners)
    : [];
  const ratings = (reviews?.items ?? []).filter((review) => review.product === PRODUCT.id).map((review) => review.rating);
  const summary = core.summarizeRatings(ratings);
  const product = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: PRODUCT.name,
    image: new URL(PRODUCT.image, origin).href,
    sku: PRODUCT.id,
    ...(shop?.name && { brand: { '@type': 'Brand', name: shop.name } }),
    ...(summary && summary.count > 0 && {
      aggregateRating: { '@type': 'AggregateRating', ratingValue: core.roundRating(summary.average), reviewCount: summary.count, bestRating: 5, worstRating: 1 },
    }),
    offers: {
      '@type': 'Offer',
      price: PRODUCT.price.toFixed(2),
      priceCurrency: PRODUCT.currency,
      availability: 'https://schema.org/InStock',
      ...(shipping && { shippingDetails: shipping }),
      ...(paymentMethods.length > 0 && { acceptedPaymentMethod: paymentMethods }),
    },
  };
  return JSON.stringify(product).replaceAll('<', '\\u003c');
}

/**
 * schema.org Organization with its ContactPoints, from the same `contact` section the hub
 * shows (`contactJsonLd`); '' without one. `<` escaped for a script element.
 */
export async function shopJsonLd(config, { now = Date.now() } = {}) {
  const core = await corePromise;
  if (!core) return '';
  const contact = section(config, 'contact', core.checkContactSection);
  if (!contact) return '';
  const shop = section(config, 'shop', core.checkShopSection);
  const contactPoint = core.contactJsonLd(contact, { shop, now: new Date(now).toISOString() });
  if (contactPoint.length === 0) return '';
  const organization = {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    ...(shop?.name && { name: shop.name }),
    ...(shop?.url && { url: shop.url }),
    contactPoint,
  };
  return core.jsonLdScriptText(organization);
}

/** The origins of the config's chat scripts, for the page's script-src (http(s) origins only). */
export async function chatScriptOrigins(config) {
  const core = await corePromise;
  if (!core) return [];
  const contact = section(config, 'contact', core.checkContactSection);
  const origins = new Set();
  for (const channel of contact?.channels ?? []) {
    if (channel.type === 'chat' && core.isHttpUrl(channel.script)) origins.add(new URL(channel.script).origin);
  }
  return [...origins];
}
