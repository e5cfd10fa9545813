/**
 * Fuzzing `<candor-partner-badges>`: arbitrary JSON, and generated `partners` sections (known
 * ids and custom partners, names, descriptions, fees in any currency, links, artwork,
 * destinations and products) in any layout, kind, language and filter. It never throws; a
 * valid section shows exactly the partners core selects, in order, each badge as high as the
 * others; an empty shadow root always has a logged reason. `validatePartnersSection` is the
 * oracle of validity.
 */
import fc from 'fast-check';
import {
  COURIER_PARTNER_IDS, PAYMENT_PARTNER_IDS, selectPartners, validatePartnersSection, type CandorConfig, type PartnersConfig,
} from '@candor/core';
import { describe, expect, it, vi } from 'vitest';
import '../../packages/elements/src/partner-badges.js';
import type { CandorPartnerBadges } from '../../packages/elements/src/partner-badges/partner-badges.js';
import { settle } from '../../packages/elements/src/test-support/fixture.js';
import { breach } from './support/delivery.js';
import { fuzzPage } from './support/fuzz-page.js';

const TAG = 'Candor <candor-partner-badges>:';
const NAUGHTY = fc.constantFrom('<img src=x onerror=window.__pwned=1>', '${window.__pwned=1}', '<!--?lit$1$-->', '__proto__', ' ', 'Ω≈ç√', '\u202e');
const text = fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), NAUGHTY);
const country = fc.constantFrom('PL', 'SI', 'GR', 'DE', 'CY');
const common = {
  name: text,
  description: text,
  fee: fc.record(
    { amount: fc.double({ min: 0, max: 1e7, noNaN: true }), percent: fc.double({ min: 0, max: 100, noNaN: true }), currency: fc.constantFrom('PLN', 'EUR', 'JPY', 'KWD', 'GBP') },
    { requiredKeys: ['amount'] },
  ),
  // Mostly valid, now and then what the schema refuses.
  url: fc.oneof({ arbitrary: fc.constantFrom('https://partner.example/terms', 'http://x.example/'), weight: 39 }, fc.constant('javascript:alert(1)')),
  artwork: fc.record({
    src: fc.oneof({ arbitrary: fc.constant('https://artwork.invalid/a.svg'), weight: 39 }, fc.constant('data:image/png;base64,AA==')),
    width: fc.integer({ min: 1, max: 400 }),
    height: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 200 }), weight: 39 }, fc.constant(0)),
  }),
  destinations: fc.uniqueArray(country, { maxLength: 3 }),
  products: fc.uniqueArray(fc.constantFrom('sku-1', 'sku-2', 'sofa'), { maxLength: 2 }),
};
/** A known id or a custom partner with a name, and now and then neither (refused). */
const partner = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.oneof(
    { arbitrary: fc.record(fields, { requiredKeys: ['id'] }), weight: 20 },
    { arbitrary: fc.record(fields, { requiredKeys: ['name'] }), weight: 19 },
    fc.record(fields, { requiredKeys: [] }),
  );
const payment = partner({ id: fc.constantFrom(...PAYMENT_PARTNER_IDS), kind: fc.constantFrom('card', 'wallet', 'pay-later', 'other'), ...common });
const courier = partner({ id: fc.constantFrom(...COURIER_PARTNER_IDS), kind: fc.constantFrom('home', 'parcel-locker'), ...common });
const partners = fc.record(
  {
    payment: fc.uniqueArray(payment, { maxLength: 6, selector: (each) => ('id' in each ? each.id : Math.random()) }),
    couriers: fc.uniqueArray(courier, { maxLength: 4, selector: (each) => ('id' in each ? each.id : Math.random()) }),
  },
  { requiredKeys: [] },
);
const query = fc.record({
  kind: fc.constantFrom(undefined, 'payment', 'courier', 'all', 'bogus'),
  layout: fc.constantFrom(undefined, 'row', 'grid', 'list', 'bogus'),
  destination: fc.option(fc.oneof(country, fc.constantFrom('pl', ' gr ', 'ZZ', '')), { nil: undefined }),
  product: fc.option(fc.constantFrom('sku-1', 'sofa', 'none'), { nil: undefined }),
  lang: fc.constantFrom('en', 'pl', 'sl-SI', 'el', 'de-AT', 'fr'),
});

const page = fuzzPage();
const { warnings } = page;
const counts = { shown: 0, empty: 0, invalid: 0 };

async function render(config: unknown, q: Record<string, string | undefined>, element = document.createElement('candor-partner-badges')) {
  page.container.lang = q.lang ?? 'en';
  for (const name of ['kind', 'layout', 'destination', 'product'] as const) {
    if (q[name] === undefined) element.removeAttribute(name);
    else element.setAttribute(name, q[name]!);
  }
  element.config = config as CandorConfig;
  if (!element.isConnected) page.container.append(element);
  await settle(element);
  return element;
}

async function check(element: CandorPartnerBadges, config: unknown, q: Record<string, string | undefined>): Promise<void> {
  const root = element.shadowRoot!;
  const section = typeof config === 'object' && config !== null && !Array.isArray(config) ? (config as Record<string, unknown>).partners : undefined;
  const result = section === undefined ? undefined : validatePartnersSection(section);
  if (result?.ok) {
    const kind = q.kind === 'payment' || q.kind === 'courier' ? q.kind : 'all';
    const expected = selectPartners(result.value as PartnersConfig, { kind, destination: q.destination, product: q.product });
    await vi.waitFor(() => expect(root.querySelectorAll('[part="badge"]').length, JSON.stringify({ config, q })).toBe(expected.length));
    if (expected.length === 0) counts.empty += 1;
    else counts.shown += 1;
    const names = [...root.querySelectorAll('[part="name"]')].map((node) => node.textContent);
    expected.forEach(({ partner }, index) => {
      if (partner.name !== undefined) expect(names[index]).toBe(partner.name);
    });
    // Every badge as high as the others; in the grid, as the others of its line (a wrapped name grows its line).
    const lines = new Map<string, Set<number>>();
    for (const mark of root.querySelectorAll('[part="mark"]')) {
      const line = element.getAttribute('layout') === 'grid' ? String(Math.round(mark.closest('li')!.getBoundingClientRect().top)) : 'all';
      lines.set(line, (lines.get(line) ?? new Set()).add(Math.round(mark.getBoundingClientRect().height)));
    }
    for (const heights of lines.values()) expect(heights.size, JSON.stringify({ config, q })).toBe(1);
  } else {
    if (result) counts.invalid += 1;
    expect(root.querySelector('[part]'), JSON.stringify(config)).toBeNull();
    await vi.waitFor(() => expect(warnings.some((line) => line.startsWith(TAG))).toBe(true));
  }
  for (const link of root.querySelectorAll('a')) expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
  for (const image of root.querySelectorAll('img')) expect(image.getAttribute('src')).toMatch(/^https?:\/\//);
  expect(page.uncaught.errors).toEqual([]);
  expect(breach()).toBeUndefined();
}

describe('<candor-partner-badges> fed arbitrary configs', () => {
  it('arbitrary JSON never throws, and never leaves it empty without a logged reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.record({ partners: fc.jsonValue({ maxDepth: 4 }) })), query, async (config, q) => {
        const element = await render(config, q);
        try {
          await check(element, config, q);
        } finally {
          element.remove();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('generated partners sections in any layout, language and filter show what core selects', async () => {
    Object.assign(counts, { shown: 0, empty: 0, invalid: 0 });
    const element = document.createElement('candor-partner-badges');
    try {
      await fc.assert(
        fc.asyncProperty(partners, query, async (section, q) => {
          const config = { shop: { name: 'Fuzz', currency: 'EUR' }, partners: section };
          await render(config, q, element);
          await check(element, config, q);
        }),
        { numRuns: 300 },
      );
    } finally {
      element.remove();
    }
    // The generator must reach valid sections often, or this proves little.
    expect(counts.shown, JSON.stringify(counts)).toBeGreaterThan(60);
  });
});
