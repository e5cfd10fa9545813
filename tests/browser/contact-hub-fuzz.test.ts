/**
 * Fuzzing `<candor-contact-hub>`: arbitrary JSON, and generated `contact` sections (every kind
 * of channel, people, languages, weekly hours with past-midnight and "24:00" ranges, exceptions,
 * holidays, launchers) for shops in zones with and without DST, at instants drawn around clock
 * changes, inline and floating. It never throws; a valid section shows exactly the channels its
 * placement lists, with core's status and reply words; an empty shadow root always has a logged
 * reason. `validateContactSection` is the oracle of validity.
 */
import fc from 'fast-check';
import {
  WEEKDAYS, channelStatus, channelStatusText, channelsFor, holidayCountry, messagesFor, validateContactSection, validateShopSection,
  type CandorConfig, type ContactConfig, type OpeningRange, type ShopConfig,
} from '@candor/core';
import { describe, expect, it, vi } from 'vitest';
import type { CandorContactHub } from '../../packages/elements/src/contact-hub/contact-hub.js';
import { settle } from '../../packages/elements/src/test-support/fixture.js';
import { breach } from './support/delivery.js';
import { foreignMarkup, parts, showsNothing, unsafeLinks } from './support/contact-hub.js';
import { fuzzPage } from './support/fuzz-page.js';

const TAG = 'Candor <candor-contact-hub>:';
const english = messagesFor('en')!.contact;
const pad = (value: number) => String(value).padStart(2, '0');
const time = fc.oneof(
  fc.constantFrom('00:00', '01:30', '02:30', '09:00', '17:00', '22:00', '23:59'),
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`),
);
const range: fc.Arbitrary<OpeningRange> = fc.tuple(time, fc.oneof({ arbitrary: time, weight: 4 }, fc.constant('24:00'))).map(([a, b]) => [a, b]);
const dayRanges = fc.array(range, { maxLength: 2 });
const isoDay = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const hours = fc.record(
  {
    ...Object.fromEntries(WEEKDAYS.map((day) => [day, dayRanges])),
    exceptions: fc.uniqueArray(fc.record({ date: isoDay, ranges: dayRanges }), { maxLength: 3, selector: (each) => each.date }),
  },
  { requiredKeys: [] },
);
/** Mostly valid, now and then not: the refusals are fuzzed too, without drowning the happy path. */
const rarely = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) => fc.oneof({ arbitrary: valid, weight: 30 }, { arbitrary: invalid, weight: 1 });
const text = fc.oneof(fc.string({ minLength: 1, maxLength: 16 }), fc.constantFrom('Magda', '<b>Rok</b>', '${x}', 'Ελένη'));
const common = {
  label: text,
  person: fc.record({ name: text, role: text, photo: rarely(fc.constant('https://shop.example/magda.jpg'), fc.constant('javascript:alert(1)')) }, { requiredKeys: ['name'] }),
  languages: fc.uniqueArray(rarely(fc.constantFrom('pl', 'en', 'uk', 'de-AT', 'el'), fc.constant('not a tag')), { maxLength: 3 }),
  hours,
  replyMinutes: rarely(fc.integer({ min: 0, max: 3000 }), fc.constant(-1)),
  show: rarely(fc.constantFrom('inline', 'floating', 'both'), fc.constant('nowhere')),
};
const phone = rarely(fc.constantFrom('+48 12 345 67 89', '+386 41 234 567', '+30 691 234 5678'), fc.constant('600 123 456'));
const channel = fc.oneof(
  fc.record({ type: fc.constantFrom('phone', 'sms', 'whatsapp', 'viber'), value: phone, ...common }, { requiredKeys: ['type', 'value'] }),
  fc.record({ type: fc.constant('email'), value: rarely(fc.constantFrom('sklep@kroki.example', 'a?b@shop.example'), fc.constant('nope')), ...common }, { requiredKeys: ['type', 'value'] }),
  fc.record({ type: fc.constantFrom('messenger', 'telegram', 'instagram'), value: rarely(fc.constantFrom('kroki', '@elia.atelier'), fc.constant('no way')), ...common }, { requiredKeys: ['type', 'value'] }),
  fc.record({ type: fc.constant('form'), value: rarely(fc.constant('https://kroki.example/kontakt'), fc.constant('javascript:alert(1)')), ...common }, { requiredKeys: ['type', 'value'] }),
  fc.record({ type: fc.constant('store'), value: text, mapUrl: rarely(fc.constant('https://www.openstreetmap.org/'), fc.constant('data:,x')), ...common }, { requiredKeys: ['type', 'value'] }),
  fc.record({ type: fc.constant('chat'), provider: fc.constantFrom('tidio', 'crisp', 'custom'), script: rarely(fc.constant('https://code.tidio.co/x.js'), fc.constant('javascript:alert(1)')), ...common }, { requiredKeys: ['type', 'provider', 'script'] }),
);
const contactSection = fc.record(
  {
    channels: fc.array(channel, { minLength: 1, maxLength: 5 }),
    hours,
    closedOnPublicHolidays: fc.boolean(),
    launcher: fc.record({ side: fc.constantFrom('start', 'end'), offsetX: fc.integer({ min: 0, max: 400 }), offsetY: fc.integer({ min: 0, max: 400 }), hidePaths: fc.constant(['/checkout*']) }, { requiredKeys: [] }),
  },
  { requiredKeys: ['channels'] },
);
const ZONES = ['Europe/Warsaw', 'Europe/Athens', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC'] as const;
const shopSection = fc.option(
  fc.record({ name: fc.constant('Kroki'), country: fc.constantFrom('PL', 'GR', 'US', 'JP'), timeZone: fc.constantFrom(...ZONES) }, { requiredKeys: ['name'] }),
  { nil: undefined },
);
const instant = fc.oneof(
  fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T23:59:59Z'), noInvalidDate: true }).map((date) => date.toISOString()),
  fc.constantFrom('2026-03-29T00:59:00Z', '2026-03-29T01:00:00Z', '2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z', '2026-03-08T07:00:00Z', '2026-11-01T06:00:00Z', '2026-12-31T23:00:00Z', '2026-04-05T15:00:00Z'),
);
const mode = fc.constantFrom('inline', 'floating');

const page = fuzzPage();
const { warnings } = page;

async function render(config: unknown, now: string, placement: string, hub = document.createElement('candor-contact-hub')): Promise<CandorContactHub> {
  hub.now = now;
  hub.mode = placement as CandorContactHub['mode'];
  hub.config = config as CandorConfig;
  if (!hub.isConnected) page.container.append(hub);
  await settle(hub);
  return hub;
}

async function expectWarning(words: string[], what: unknown): Promise<void> {
  await vi.waitFor(() => {
    const logged = warnings.some((line) => line.startsWith(TAG) && words.every((word) => line.includes(word)));
    expect(logged, `no warning naming ${JSON.stringify(words)} for ${JSON.stringify(what)}`).toBe(true);
  }, { timeout: 3_000 });
}

const counts = { shown: 0, invalid: 0, statuses: 0 };

/** What a valid section must show: its placement's channels, each with core's words. */
function checkValid(hub: CandorContactHub, contact: ContactConfig, shop: ShopConfig | undefined, now: string, placement: 'inline' | 'floating'): void {
  const what = JSON.stringify({ contact, shop, now, placement });
  const shown = channelsFor(contact, placement);
  if (shown.length === 0) {
    expect(showsNothing(hub), what).toBe(true);
    return;
  }
  counts.shown += 1;
  const cards = parts(hub, 'channel');
  expect(cards.map((card) => card.className), what).toEqual(shown.map(({ channel }) => channel.type));
  const timeZone = shop?.timeZone;
  shown.forEach(({ channel }, position) => {
    const card = cards[position]!;
    const status = card.querySelector('[part~="status"]')?.textContent ?? undefined;
    const reply = card.querySelector('[part~="reply"]')?.textContent ?? undefined;
    const hasHours = (channel.hours ?? contact.hours) !== undefined;
    if (hasHours && !timeZone) {
      expect([status, reply], what).toEqual([undefined, undefined]);
      return;
    }
    const expected = channelStatusText(
      channelStatus(channel, contact, now, { timeZone: timeZone ?? 'UTC', publicHolidaysOf: holidayCountry(contact, shop?.country) }),
      english,
      { locale: 'en', timeZone: timeZone ?? 'UTC', now, viewerTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
    );
    if (expected.status !== undefined) counts.statuses += 1;
    expect(status, `${what} status of ${position}`).toBe(expected.status);
    expect(reply, `${what} reply of ${position}`).toBe(expected.reply);
  });
}

async function check(hub: CandorContactHub, config: unknown, now: string, placement: 'inline' | 'floating'): Promise<void> {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    expect(showsNothing(hub)).toBe(true);
    await expectWarning(['JSON object'], config);
  } else {
    const raw = (config as Record<string, unknown>).contact;
    const result = raw === undefined ? undefined : validateContactSection(raw);
    if (result === undefined) {
      expect(showsNothing(hub)).toBe(true);
      await expectWarning(['"contact"'], config);
    } else if (!result.ok) {
      counts.invalid += 1;
      expect(showsNothing(hub), JSON.stringify(config)).toBe(true);
      const first = result.errors[0]!;
      await expectWarning([first.path, first.message], config);
    } else {
      const shop = validateShopSection((config as Record<string, unknown>).shop);
      checkValid(hub, result.value, shop.ok ? shop.value : undefined, now, placement);
    }
  }
  if (hub.shadowRoot!.childElementCount === 0) expect(warnings.length + counts.shown, 'an empty hub with nothing logged').toBeGreaterThan(0);
  expect(foreignMarkup(hub), JSON.stringify(config)).toEqual({ tags: [], attributes: [] });
  expect(unsafeLinks(hub)).toEqual([]);
  expect(page.uncaught.errors).toEqual([]);
  expect(breach()).toBeUndefined();
}

describe('<candor-contact-hub> fed arbitrary configs', () => {
  it('arbitrary JSON never throws and never leaves it empty without a logged reason', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.record({ contact: fc.jsonValue({ maxDepth: 3 }) })), mode, async (config, placement) => {
        const hub = await render(config, '2026-11-24T10:00:00Z', placement);
        try {
          await check(hub, config, '2026-11-24T10:00:00Z', placement);
        } finally {
          hub.remove();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('generated contact sections at any instant show their channels with core’s words', { timeout: 180_000 }, async () => {
    Object.assign(counts, { shown: 0, invalid: 0, statuses: 0 });
    await fc.assert(
      fc.asyncProperty(contactSection, shopSection, instant, mode, async (contact, shop, now, placement) => {
        const config = { contact, ...(shop && { shop }) };
        const hub = await render(config, now, placement);
        try {
          await check(hub, config, now, placement);
        } finally {
          hub.remove();
        }
      }),
      { numRuns: 300 },
    );
    // The generator must reach valid sections and statuses often, or this proves little.
    expect(counts.shown, JSON.stringify(counts)).toBeGreaterThan(60);
    expect(counts.statuses, JSON.stringify(counts)).toBeGreaterThan(60);
    expect(counts.invalid, JSON.stringify(counts)).toBeGreaterThan(10);
  });

  it('a config that changes under a mounted hub keeps it consistent at every step', { timeout: 120_000 }, async () => {
    const hub = await render(undefined, '2026-11-24T10:00:00Z', 'inline');
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof({ arbitrary: fc.tuple(contactSection, shopSection).map(([contact, shop]) => ({ contact, ...(shop && { shop }) })), weight: 3 }, fc.jsonValue({ maxDepth: 3 })),
          instant,
          mode,
          async (config, now, placement) => {
            await render(config, now, placement, hub);
            await check(hub, config, now, placement);
          },
        ),
        { numRuns: 150 },
      );
    } finally {
      hub.remove();
    }
  });
});
