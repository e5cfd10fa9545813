import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { loadMessages, loadPartnerDescriptions, type CandorConfig, type PartnersConfig } from '@candor/core';
import '../partner-badges.js';
import type { CandorPartnerBadges } from './partner-badges.js';
import { axeViolations, cleanup, fixture, settle } from '../test-support/fixture.js';

/** An image that loads from the test server: a plain drawing, no brand's artwork. */
const GOOD_ARTWORK = new URL('/packages/elements/src/test-support/artwork-120x40.svg', location.origin).href;
/** An address that never answers with an image (the .invalid TLD never resolves). */
const BROKEN_ARTWORK = 'https://artwork.invalid/mastercard.svg';

const polish: CandorConfig = {
  shop: { name: 'Kroki', locale: 'pl-PL', currency: 'PLN', country: 'PL' },
  partners: {
    payment: [
      { id: 'blik', description: 'Płatność kodem z aplikacji banku' },
      { id: 'przelewy24' },
      { id: 'visa' },
      { id: 'mastercard' },
      { id: 'paypo', url: 'https://www.paypo.pl' },
      { id: 'cash-on-delivery', fee: { amount: 5 }, destinations: ['PL'] },
    ],
    couriers: [
      { id: 'inpost', name: 'InPost Paczkomaty', fee: { amount: 12.99 }, destinations: ['PL'] },
      { id: 'dpd', fee: { amount: 16.99 } },
    ],
  },
};

const withPartners = (partners: PartnersConfig, shop: CandorConfig['shop'] = { name: 'Shop', currency: 'EUR' }): CandorConfig => ({ shop, partners });

async function badges(attributes: string, config: CandorConfig, lang = 'en'): Promise<CandorPartnerBadges> {
  const element = await fixture<CandorPartnerBadges>(`<candor-partner-badges ${attributes}></candor-partner-badges>`, { lang });
  element.config = config;
  await settle(element);
  await vi.waitFor(() => expect(element.shadowRoot!.querySelector('[part="group"]')).not.toBeNull());
  return element;
}

const all = (element: CandorPartnerBadges, part: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
/**
 * Marks' boxes grouped by the line of badges they stand in (the top of their badge, which a
 * mark centred in a taller line would not share with its neighbours), or all in one group.
 */
function byLine(marks: Element[], split = true): DOMRect[][] {
  const lines = new Map<number, DOMRect[]>();
  for (const mark of marks) {
    const key = split ? Math.round(mark.closest('li')!.getBoundingClientRect().top) : 0;
    lines.set(key, [...(lines.get(key) ?? []), mark.getBoundingClientRect()]);
  }
  return [...lines.values()];
}
const texts = (element: CandorPartnerBadges, part: string) => all(element, part).map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

beforeAll(async () => {
  await Promise.all(['pl', 'el', 'sl', 'de', 'en'].map((locale) => loadMessages(locale as 'pl')));
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('<candor-partner-badges>', () => {
  it('is accessible in each layout, closed and open', async () => {
    for (const layout of ['row', 'grid', 'list']) {
      const element = await badges(`layout="${layout}"`, polish, 'pl');
      expect(await axeViolations(element.parentElement!), layout).toEqual([]);
      for (const details of all(element, 'details')) (details as HTMLDetailsElement).open = true;
      expect(await axeViolations(element.parentElement!), `${layout} open`).toEqual([]);
    }
  });

  it('labels each badge by the partner\'s name, in a list named after its group', async () => {
    const element = await badges('', polish, 'pl');
    expect(texts(element, 'label')).toEqual(['Metody płatności', 'Formy dostawy']);
    const lists = all(element, 'badges');
    expect(lists.map((list) => list.getAttribute('aria-labelledby'))).toEqual(['label-payment', 'label-courier']);
    expect(texts(element, 'name')).toEqual([
      'BLIK', 'Przelewy24', 'Visa', 'Mastercard', 'PayPo', 'Płatność przy odbiorze', 'InPost Paczkomaty', 'DPD',
    ]);
    // Nothing that needs a pointer: no title tooltips, no hover-only text.
    expect(element.shadowRoot!.querySelector('[title]')).toBeNull();
  });

  it('shows fees on the badge, as currency in the page\'s language', async () => {
    const element = await badges('', polish, 'pl');
    const fees = all(element, 'badges').flatMap((list) => [...list.querySelectorAll('[part="fee"]')]).map((fee) => fee.textContent!.replace(/\s/g, ' '));
    expect(fees).toEqual(['Opłata: 5,00 zł', 'Dostawa: 12,99 zł', 'Dostawa: 16,99 zł']);
    const greek = await badges('kind="payment"', withPartners({ payment: [{ id: 'cash-on-delivery', fee: { amount: 2 } }] }), 'el');
    expect(texts(greek, 'name')).toEqual(['Αντικαταβολή']);
    expect(texts(greek, 'fee')[0]!.replace(/\s/g, ' ')).toBe('Χρέωση: 2,00 €');
  });

  it('puts what each partner means in a closed native disclosure under a row or grid, with safe links to terms', async () => {
    const descriptions = await loadPartnerDescriptions('pl');
    for (const layout of ['row', 'grid']) {
      const element = await badges(`layout="${layout}" kind="payment"`, polish, 'pl');
      const details = all(element, 'details') as HTMLDetailsElement[];
      expect(details).toHaveLength(1);
      expect(details[0]!.open).toBe(false);
      expect(texts(element, 'summary')).toEqual(['Co oznaczają te metody płatności']);
      expect(texts(element, 'description')).toEqual([
        'Płatność kodem z aplikacji banku', descriptions.przelewy24, descriptions.visa, descriptions.mastercard, descriptions.paypo,
        descriptions['cash-on-delivery'],
      ]);
      const terms = all(element, 'terms') as HTMLAnchorElement[];
      expect(terms.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([['Regulamin PayPo', 'https://www.paypo.pl']]);
      // The keyboard opens it like any <details>: Enter on the summary.
      (element.shadowRoot!.querySelector('summary') as HTMLElement).click();
      expect(details[0]!.open).toBe(true);
    }
  });

  it('lists each partner with its description, fee and terms in the list layout, with no disclosure', async () => {
    const element = await badges('layout="list" kind="payment"', polish, 'en');
    expect(all(element, 'details')).toEqual([]);
    const items = all(element, 'list')[0]!.querySelectorAll(':scope > li');
    expect(items).toHaveLength(6);
    const paypo = items[4]!;
    expect(paypo.querySelector('[part="name"]')!.textContent).toBe('PayPo');
    expect(paypo.querySelector('[part="description"]')!.textContent).toBe('Receive your order first, pay within 30 days');
    expect(paypo.querySelector('[part="terms"]')!.textContent).toBe('PayPo terms');
    expect(items[5]!.querySelector('[part="fee"]')!.textContent!.replace(/\s/g, ' ')).toBe('Fee: PLN 5.00');
    // Descriptions are on screen, not hidden behind anything.
    for (const description of all(element, 'description')) expect(description.getBoundingClientRect().height).toBeGreaterThan(0);
  });

  it('shows one group or both, and falls back to the defaults for unknown values', async () => {
    expect(texts(await badges('kind="courier"', polish), 'name')).toEqual(['InPost Paczkomaty', 'DPD']);
    expect(texts(await badges('kind="payment"', polish), 'name')).toHaveLength(6);
    const odd = await badges('kind="cards" layout="carousel"', polish);
    expect(texts(odd, 'name')).toHaveLength(8);
    expect(all(odd, 'badges')).toHaveLength(2);
  });

  it('leaves out partners limited to other countries and products when given a destination or product', async () => {
    const config = withPartners({
      payment: [{ id: 'iris', destinations: ['GR'] }, { id: 'visa' }, { name: 'Raty', kind: 'pay-later', products: ['sofa-1'] }],
    });
    expect(texts(await badges('', config), 'name')).toEqual(['IRIS', 'Visa', 'Raty']);
    expect(texts(await badges('destination="si" product="shoe-2"', config), 'name')).toEqual(['Visa']);
    const greek = await badges('destination="GR" product="sofa-1"', config);
    expect(texts(greek, 'name')).toEqual(['IRIS', 'Visa', 'Raty']);
    greek.destination = 'PL';
    await settle(greek);
    expect(texts(greek, 'name')).toEqual(['Visa', 'Raty']);
  });

  it('keeps the visible labels out with no-label, and the lists keep their names', async () => {
    const element = await badges('no-label', polish, 'de');
    expect(all(element, 'label')).toEqual([]);
    expect(all(element, 'badges').map((list) => list.getAttribute('aria-label'))).toEqual(['Zahlungsarten', 'Versandarten']);
    expect(await axeViolations(element.parentElement!)).toEqual([]);
  });

  it('gives every badge the same height, never below 24px, and draws artwork without stretching it', async () => {
    const config = withPartners({
      payment: [
        { id: 'visa', artwork: { src: GOOD_ARTWORK, width: 120, height: 40 } },
        { id: 'blik' },
        { id: 'cash-on-delivery', fee: { amount: 3 } },
      ],
    });
    const element = await badges('', config);
    const image = element.shadowRoot!.querySelector('img')!;
    await vi.waitFor(() => expect(image.complete && image.naturalWidth).toBe(120));
    const heights = all(element, 'mark').map((mark) => mark.getBoundingClientRect().height);
    expect(new Set(heights).size).toBe(1);
    expect(heights[0]).toBeGreaterThanOrEqual(24);
    const drawn = image.getBoundingClientRect();
    expect(drawn.width / drawn.height).toBeCloseTo(3, 1);

    element.style.setProperty('--candor-partner-badge-height', '12px');
    const small = all(element, 'mark').map((mark) => mark.getBoundingClientRect().height);
    expect(small.every((height) => Math.abs(height - 24) < 0.5)).toBe(true);
    element.style.setProperty('--candor-partner-badge-height', '48px');
    expect(all(element, 'mark').map((mark) => mark.getBoundingClientRect().height)).toEqual([48, 48, 48]);
  });

  it('wraps a long name in the grid instead of cutting it, and keeps each line\'s badges equally high', async () => {
    const element = await badges('layout="grid" kind="payment"', polish, 'pl');
    element.style.inlineSize = '360px';
    await settle(element);
    const marks = all(element, 'mark');
    for (const name of all(element, 'name')) expect(name.scrollWidth, name.textContent!).toBeLessThanOrEqual(name.clientWidth);
    const lines = byLine(marks);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(new Set(line.map((box) => box.height)).size).toBe(1);
    for (const box of marks.map((mark) => mark.getBoundingClientRect())) expect(box.height).toBeGreaterThanOrEqual(24);
  });

  it('names artwork by its alt text while it shows, and by the text badge once it fails', async () => {
    const element = await badges('', withPartners({ payment: [{ id: 'visa', artwork: { src: GOOD_ARTWORK, width: 120, height: 40 } }] }));
    const image = element.shadowRoot!.querySelector('img')!;
    const name = all(element, 'name')[0]!;
    expect(image.alt).toBe('Visa');
    expect(getComputedStyle(name).visibility).toBe('hidden');
    const before = all(element, 'mark')[0]!.getBoundingClientRect();
    image.dispatchEvent(new Event('error'));
    await settle(element);
    const after = all(element, 'mark')[0]!.getBoundingClientRect();
    // The same box, to the pixel: nothing around it moves.
    expect([after.x, after.y, after.width, after.height]).toEqual([before.x, before.y, before.width, before.height]);
    expect(image.alt).toBe('');
    expect(getComputedStyle(image).visibility).toBe('hidden');
    expect(getComputedStyle(name).visibility).toBe('visible');
  });

  it('shows a broken artwork URL as the text badge in the box the artwork reserved, with no broken-image icon', async () => {
    const config = withPartners({
      payment: [
        { id: 'mastercard', artwork: { src: BROKEN_ARTWORK, width: 300, height: 40 } },
        { id: 'blik' },
      ],
    });
    const element = await badges('', config);
    const [broken, text] = all(element, 'mark');
    // The box is reserved from width and height before any byte arrives: 7.5 times as wide as the image is high.
    const image = element.shadowRoot!.querySelector('img')!;
    const reserved = broken!.getBoundingClientRect().width;
    expect(image.getBoundingClientRect().width / image.getBoundingClientRect().height).toBeCloseTo(7.5, 1);
    await vi.waitFor(() => expect(broken!.classList.contains('failed')).toBe(true), { timeout: 5000 });
    expect(broken!.getBoundingClientRect().width).toBe(reserved);
    expect(broken!.getBoundingClientRect().height).toBe(text!.getBoundingClientRect().height);
    expect(getComputedStyle(image).visibility).toBe('hidden');
    expect(image.alt).toBe('');
    expect(getComputedStyle(broken!.querySelector('[part="name"]')!).visibility).toBe('visible');
    expect(await axeViolations(element.parentElement!)).toEqual([]);
  });

  it('loads no image the merchant did not configure: Candor ships no brand artwork', async () => {
    const known = withPartners({
      payment: ['visa', 'mastercard', 'maestro', 'amex', 'blik', 'paypal', 'applepay', 'googlepay'].map((id) => ({ id } as never)),
      couriers: [{ id: 'inpost' }, { id: 'dhl' }],
    });
    const before = performance.getEntriesByType('resource').length;
    const element = await badges('layout="list"', known);
    expect(element.shadowRoot!.querySelectorAll('img, svg, picture, object, [style]')).toHaveLength(0);
    const requested = performance.getEntriesByType('resource').slice(before).map((entry) => entry.name);
    expect(requested.filter((url) => !/\/descriptions\/|\/locales\//.test(url))).toEqual([]);
  });

  it('renders nothing visible for a missing or invalid section, and says where, once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await fixture<CandorPartnerBadges>('<candor-partner-badges></candor-partner-badges>', { lang: 'en' });
    element.config = { shop: { name: 'No partners' } };
    await settle(element);
    expect(element.shadowRoot!.textContent!.trim()).toBe('');
    expect(element.getBoundingClientRect().height).toBe(0);
    element.config = { partners: { payment: [{ id: 'visa', url: 'javascript:alert(1)' }] } };
    await settle(element);
    await vi.waitFor(() => expect(warn.mock.calls.map(([line]) => String(line)).filter((line) => line.includes('/partners/payment/0/url'))).toHaveLength(1));
    expect(element.shadowRoot!.querySelector('[part]')).toBeNull();
    expect(warn.mock.calls.some(([line]) => String(line).includes('has no "partners" section (/partners)'))).toBe(true);
  });

  it('speaks every language: group labels, names and descriptions', async () => {
    const config = withPartners({ payment: [{ id: 'bank-transfer' }], couriers: [{ id: 'elta' }, { id: 'geniki' }] });
    const expected = {
      en: ['Payment methods', 'Bank transfer', 'Delivery options', 'ELTA Courier'],
      pl: ['Metody płatności', 'Przelew bankowy', 'Formy dostawy', 'ELTA Courier'],
      sl: ['Načini plačila', 'Bančno nakazilo', 'Načini dostave', 'ELTA Courier'],
      el: ['Τρόποι πληρωμής', 'Τραπεζική μεταφορά', 'Τρόποι αποστολής', 'ΕΛΤΑ Courier'],
      de: ['Zahlungsarten', 'Banküberweisung', 'Versandarten', 'ELTA Courier'],
    } as const;
    for (const [lang, [payment, bank, couriers, elta]] of Object.entries(expected)) {
      const element = await badges('layout="list"', config, lang);
      const descriptions = await loadPartnerDescriptions(lang as 'en');
      expect(texts(element, 'label'), lang).toEqual([payment, couriers]);
      expect(texts(element, 'name'), lang).toEqual([bank, elta, lang === 'el' ? 'Γενική Ταχυδρομική' : 'Geniki Taxydromiki']);
      expect(texts(element, 'description'), lang).toEqual([descriptions['bank-transfer'], descriptions.elta, descriptions.geniki]);
    }
  });

  it('follows a change of the page language', async () => {
    const element = await badges('kind="payment"', polish, 'en');
    expect(texts(element, 'label')).toEqual(['Payment methods']);
    element.parentElement!.lang = 'sl';
    await vi.waitFor(() => expect(texts(element, 'label')).toEqual(['Načini plačila']));
    expect(texts(element, 'name')).toContain('Plačilo po povzetju');
  });
});

describe('without JavaScript', () => {
  /**
   * What a server renders (declarative shadow DOM) is what the element renders: its shadow
   * root's markup and styles. Put into a host that is not a custom element, nothing runs — as on
   * a page whose script has not loaded, or never will.
   */
  async function staticCopy(element: CandorPartnerBadges): Promise<HTMLElement> {
    const styles = (element.constructor as typeof CandorPartnerBadges).elementStyles
      .map((style) => ('cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n')))
      .join('\n');
    const layout = element.getAttribute('layout') ?? 'row';
    const host = document.createElement('div');
    host.lang = 'pl';
    host.setHTMLUnsafe(
      `<static-partner-badges layout="${layout}"><template shadowrootmode="open"><style>${styles}</style>${element.shadowRoot!.innerHTML}</template></static-partner-badges>`,
    );
    document.body.append(host);
    const copy = host.firstElementChild as HTMLElement;
    expect(customElements.get('static-partner-badges')).toBeUndefined();
    return copy;
  }

  it('the static layouts are complete: badges, fees, descriptions and a disclosure that opens', async () => {
    for (const layout of ['row', 'grid', 'list']) {
      const element = await badges(`layout="${layout}"`, polish, 'pl');
      const copy = await staticCopy(element);
      try {
        const root = copy.shadowRoot!;
        const shown = (node: ParentNode) => [...node.children].filter((child) => child.localName !== 'style').map((child) => child.textContent).join(' ').replace(/\s+/g, ' ').trim();
        expect(shown(root)).toBe(shown(element.shadowRoot!));
        expect(shown(root)).toContain('Opłata: 5,00');
        const markElements = [...root.querySelectorAll('[part="mark"]')];
        const marks = markElements.map((mark) => mark.getBoundingClientRect());
        expect(marks).toHaveLength(8);
        // Equal heights: all of them, or in the grid, those of each line (a line whose name wraps grows).
        for (const line of byLine(markElements, layout === 'grid')) expect(new Set(line.map((box) => box.height)).size, layout).toBe(1);
        expect(marks[0]!.height).toBeGreaterThanOrEqual(24);
        const original = all(element, 'mark').map((mark) => Math.round(mark.getBoundingClientRect().width));
        expect(marks.map((box) => Math.round(box.width)), layout).toEqual(original);
        if (layout === 'list') {
          for (const description of root.querySelectorAll('[part="description"]')) expect(description.getBoundingClientRect().height).toBeGreaterThan(0);
        } else {
          const details = root.querySelector('details')!;
          root.querySelector('summary')!.click();
          expect(details.open).toBe(true);
          expect(root.querySelector('[part="description"]')!.getBoundingClientRect().height).toBeGreaterThan(0);
        }
        expect(await axeViolations(copy.parentElement!), layout).toEqual([]);
      } finally {
        copy.parentElement!.remove();
      }
    }
  });
});
