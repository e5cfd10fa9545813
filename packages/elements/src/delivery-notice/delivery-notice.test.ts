import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  deliveryDetails,
  deliveryNoticeText,
  formatDateRange,
  lineText,
  loadMessages,
  type CandorConfig,
  type DeliveryConfig,
} from '@candor/core';
import '../delivery-notice.js';
import { CandorDeliveryNotice, CarrierChangeEvent } from './delivery-notice.js';
import { axeViolations, cleanup, fixture, settle } from '../test-support/fixture.js';

const NOTICE_DATE = { weekday: 'short', day: 'numeric', month: 'short' } as const;

type Carrier = DeliveryConfig['carriers'][number];
const inpost: Carrier = { id: 'inpost', name: 'InPost Paczkomaty', deliveryDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], transit: { PL: [1, 2] } };
const dpd: Carrier = { id: 'dpd', name: 'Kurier DPD', transit: { PL: [1, 3], DE: [2, 4] } };
/** A Warsaw warehouse, cut-off 14:00 (13:00Z in November), InPost to Poland and DPD further. */
const delivery: DeliveryConfig = { timeZone: 'Europe/Warsaw', country: 'PL', cutoff: '14:00', carriers: [inpost, dpd] };
const oneCarrier: DeliveryConfig = { ...delivery, carriers: [inpost] };
const shop = (config: DeliveryConfig, extra: Partial<CandorConfig> = {}): CandorConfig => ({ delivery: config, ...extra });

/** Tuesday 24 Nov 2026, 2 h 14 min before the cut-off. */
const BEFORE_CUTOFF = '2026-11-24T10:46:00Z';
const minutesBefore = (minutes: number) => new Date(Date.parse('2026-11-24T13:00:00Z') - minutes * 60_000).toISOString();

const part = (notice: CandorDeliveryNotice, name: string) => notice.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
const text = (notice: CandorDeliveryNotice, name: string) => part(notice, name)?.textContent?.replace(/\s+/g, ' ').trim();

async function notice(attributes: string, config: CandorConfig, lang = 'en'): Promise<CandorDeliveryNotice> {
  const element = await fixture<CandorDeliveryNotice>(`<candor-delivery-notice ${attributes}></candor-delivery-notice>`, { lang });
  element.config = config;
  await settle(element);
  await vi.waitFor(() => expect(element.shadowRoot!.querySelector('slot')).toBeNull());
  return element;
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('<candor-delivery-notice>', () => {
  it('is accessible with a countdown and the carrier chooser', async () => {
    const element = await notice(`now="${BEFORE_CUTOFF}" destination="PL"`, shop(delivery));
    expect(part(element, 'chooser')).not.toBeNull();
    expect(await axeViolations(element.parentElement!)).toEqual([]);
  });

  it('counts down to a real cut-off and says when and with whom it arrives', async () => {
    const element = await notice(`now="${BEFORE_CUTOFF}" destination="PL"`, shop(oneCarrier), 'en-GB');
    expect(text(element, 'headline')).toBe('Order within 2 h 14 min and it ships today');
    const range = formatDateRange('en-GB', '2026-11-25', '2026-11-26', NOTICE_DATE);
    expect(text(element, 'arrival')).toBe(`Arrives ${range} with InPost Paczkomaty`.replace(/\s+/g, ' '));
    const times = [...part(element, 'arrival')!.querySelectorAll('time')].map((time) => time.dateTime);
    expect(times).toEqual(['2026-11-25', '2026-11-26']);
    // One carrier: nothing to choose.
    expect(part(element, 'chooser')).toBeNull();
    // Plain text that reads naturally, not a live region that would speak every minute.
    expect(element.shadowRoot!.querySelector('[aria-live], [role="status"], [role="timer"]')).toBeNull();
  });

  it('says honestly when it ships after the cut-off, at a weekend and before a holiday', async () => {
    const late = await notice('now="2026-11-24T13:00:00Z" destination="PL"', shop(oneCarrier), 'en-GB');
    expect(text(late, 'headline')).toBe('Ships tomorrow, Wed 25 Nov');
    const saturday = await notice('now="2026-11-28T09:00:00Z" destination="PL"', shop(oneCarrier), 'en-GB');
    expect(text(saturday, 'headline')).toBe('Ships on Mon 30 Nov');
    // Polish Christmas Eve has been a public holiday since 2025; then Christmas and Boxing Day.
    const christmas = await notice('now="2026-12-23T14:00:00Z" destination="PL"', shop(oneCarrier), 'en-GB');
    expect(text(christmas, 'headline')).toBe('Ships on Mon 28 Dec');
  });

  it('renders each language, with its plural forms', async () => {
    const cases = [
      ['pl', 2, 'Zostały 2 minuty, by zamówić z wysyłką dziś'],
      ['pl', 5, 'Zostało 5 minut, by zamówić z wysyłką dziś'],
      ['pl', 22, 'Zostały 22 minuty, by zamówić z wysyłką dziś'],
      ['sl', 1, 'Še 1 minuta za naročilo z odpremo danes'],
      ['sl', 2, 'Še 2 minuti za naročilo z odpremo danes'],
      ['sl', 3, 'Še 3 minute za naročilo z odpremo danes'],
      ['sl', 5, 'Še 5 minut za naročilo z odpremo danes'],
      ['el', 134, 'Παραγγείλτε μέσα σε 2 ώρ. 14 λεπ. και αποστέλλεται σήμερα'],
      ['de', 134, 'Bestellen Sie innerhalb von 2 Std. 14 Min., dann versenden wir heute'],
      ['en', 1, 'Order within 1 minute and it ships today'],
    ] as const;
    for (const [lang, minutes, headline] of cases) {
      const element = await notice(`now="${minutesBefore(minutes)}" destination="PL"`, shop(oneCarrier), lang);
      expect(text(element, 'headline'), `${lang} ${minutes}`).toBe(headline);
    }
    const german = await notice(`now="${BEFORE_CUTOFF}" destination="PL"`, shop(oneCarrier), 'de');
    expect(text(german, 'arrival')).toMatch(/^Zustellung .+ mit InPost Paczkomaty$/);
  });

  it('tells a back-order and a made-to-order item apart, from attributes over the config', async () => {
    const backorder = await notice(`now="${BEFORE_CUTOFF}" destination="PL" stock="backorder" restock-date="2026-12-03"`, shop(oneCarrier), 'en-GB');
    expect(text(backorder, 'headline')).toBe('Back in stock Thu 3 Dec — ships on Fri 4 Dec');
    const made = await notice(
      'now="2026-11-24T13:30:00Z" destination="PL" stock="made-to-order" lead-days="3"',
      shop({ ...oneCarrier, stock: { mode: 'backorder', restockDate: '2027-01-10' } }),
      'en-GB',
    );
    expect(text(made, 'headline')).toBe('Made to order: ships on Mon 30 Nov');
  });

  it('takes the destination from the attribute, else the shop country', async () => {
    const german = await notice(`now="${BEFORE_CUTOFF}" destination="DE"`, shop(delivery), 'en');
    expect(text(german, 'arrival')).toContain('Kurier DPD');
    const fromShop = await notice(`now="${BEFORE_CUTOFF}"`, shop(delivery, { shop: { name: 'Kroki', country: 'DE' } }), 'en');
    expect(text(fromShop, 'arrival')).toContain('Kurier DPD');
  });

  it('says plainly that it does not deliver to a country no carrier serves', async () => {
    const element = await notice(`now="${BEFORE_CUTOFF}" destination="NO"`, shop(delivery), 'en');
    expect(text(element, 'unavailable')).toBe('We don’t deliver to Norway');
    expect(part(element, 'headline')).toBeNull();
    const polish = await notice(`now="${BEFORE_CUTOFF}" destination="NO"`, shop(delivery), 'pl');
    expect(text(polish, 'unavailable')).toBe('Nie dostarczamy do tego kraju: Norwegia');
  });

  it('shows the measured on-time rate when the config has one', async () => {
    const onTime = { percent: 96.4, orders: 1843, from: '2026-10-01', to: '2026-10-31' };
    const element = await notice(`now="${BEFORE_CUTOFF}" destination="PL"`, shop({ ...oneCarrier, onTime }), 'en');
    expect(text(element, 'on-time')).toMatch(/^96\.4% of 1,843 orders from .+ arrived within the dates shown$/);
    const without = await notice(`now="${BEFORE_CUTOFF}" destination="PL"`, shop(oneCarrier), 'en');
    expect(part(without, 'on-time')).toBeNull();
  });

  it('lets the buyer choose a carrier, updates, and tells the page', async () => {
    const element = await notice(`now="${BEFORE_CUTOFF}" destination="PL"`, shop(delivery), 'en');
    const select = part(element, 'select') as HTMLSelectElement;
    expect(part(element, 'chooser-label')?.textContent).toBe('Carrier');
    expect(select.labels?.[0]?.textContent).toBe('Carrier');
    expect([...select.options].map((option) => option.textContent)).toEqual(['InPost Paczkomaty', 'Kurier DPD']);
    expect(select.value).toBe('inpost');

    const events: CarrierChangeEvent[] = [];
    document.addEventListener('candor-carrier-change', (event) => events.push(event), { once: true });
    select.value = 'dpd';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(element);
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(CarrierChangeEvent);
    expect(events[0]!.carrier).toBe('dpd');
    expect(events[0]!.composed && events[0]!.bubbles).toBe(true);
    expect(element.carrier).toBe('dpd');
    expect(text(element, 'arrival')).toContain('Kurier DPD');
  });

  it('fires no event when the carrier is set by code, and ignores a carrier that does not serve', async () => {
    const listener = vi.fn();
    const element = await notice(`now="${BEFORE_CUTOFF}" destination="PL"`, shop(delivery), 'en');
    element.addEventListener('candor-carrier-change', listener);
    element.carrier = 'dpd';
    await settle(element);
    expect((part(element, 'select') as HTMLSelectElement).value).toBe('dpd');
    element.carrier = 'pigeon';
    await settle(element);
    expect(text(element, 'arrival')).toContain('InPost Paczkomaty');
    expect(listener).not.toHaveBeenCalled();
  });

  it('renders nothing visible for a missing or invalid section', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await fixture<CandorDeliveryNotice>(`<candor-delivery-notice now="${BEFORE_CUTOFF}"></candor-delivery-notice>`);
    element.config = { delivery: { timeZone: 'Europe/Warsaw', country: 'PL', cutoff: '25:00', carriers: [] } } as unknown as CandorConfig;
    await settle(element);
    expect(element.shadowRoot!.textContent?.trim()).toBe('');
    expect(element.getBoundingClientRect().height).toBe(0);
    element.config = { shop: { name: 'No delivery here' } };
    await settle(element);
    expect(element.getBoundingClientRect().height).toBe(0);
  });

  it('shows config text as text, never as markup', async () => {
    const hostile: DeliveryConfig = { ...oneCarrier, carriers: [{ ...inpost, name: '<img src=x onerror=alert(1)>' }] };
    const element = await notice(`now="${BEFORE_CUTOFF}" destination="PL"`, shop(hostile), 'en');
    expect(element.shadowRoot!.querySelector('img')).toBeNull();
    expect(text(element, 'arrival')).toContain('<img src=x onerror=alert(1)>');
  });

  it('sets no timer while the clock is frozen', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const element = document.createElement('candor-delivery-notice');
    element.setAttribute('now', BEFORE_CUTOFF);
    element.config = shop(oneCarrier);
    document.body.append(element);
    for (let round = 0; round < 3; round += 1) await element.updateComplete;
    expect(part(element, 'headline')).not.toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    element.remove();
  });
});

describe('the live clock', () => {
  /** Mounts without the fixture (whose settling waits on real timers). */
  async function live(config: CandorConfig): Promise<CandorDeliveryNotice> {
    const element = document.createElement('candor-delivery-notice');
    element.setAttribute('lang', 'en-GB');
    element.destination = 'PL';
    element.config = config;
    document.body.append(element);
    await flushUpdates(element);
    return element;
  }
  const flushUpdates = async (element: CandorDeliveryNotice) => {
    for (let round = 0; round < 3; round += 1) await element.updateComplete;
  };

  it('ticks each minute, moves past the cut-off and past midnight, and stops when removed', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(new Date('2026-11-24T12:57:30Z'));
    const element = await live(shop(oneCarrier));
    expect(text(element, 'headline')).toBe('Order within 2 minutes and it ships today');
    expect(vi.getTimerCount()).toBe(1);

    // The next render is due at the minute boundary, not a second later or earlier.
    await vi.advanceTimersByTimeAsync(29_999);
    expect(text(element, 'headline')).toBe('Order within 2 minutes and it ships today');
    await vi.advanceTimersByTimeAsync(1);
    await flushUpdates(element);
    expect(text(element, 'headline')).toBe('Order within 2 minutes and it ships today');
    await vi.advanceTimersByTimeAsync(60_000);
    await flushUpdates(element);
    expect(text(element, 'headline')).toBe('Order within 1 minute and it ships today');

    // 13:00Z is 14:00 in Warsaw: the cut-off.
    await vi.advanceTimersByTimeAsync(60_000);
    await flushUpdates(element);
    expect(text(element, 'headline')).toBe('Ships tomorrow, Wed 25 Nov');
    expect(vi.getTimerCount()).toBe(1);

    // Midnight in Warsaw (23:00Z): Wednesday's orders ship today again.
    await vi.advanceTimersByTimeAsync(10 * 60 * 60_000);
    await flushUpdates(element);
    expect(text(element, 'headline')).toBe('Order within 14 h and it ships today');

    element.remove();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('recomputes when the tab becomes visible again', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(new Date(BEFORE_CUTOFF));
    const element = await live(shop(oneCarrier));
    expect(text(element, 'headline')).toBe('Order within 2 h 14 min and it ships today');
    // A background tab whose timers were held back: the clock moved, the timer did not fire.
    vi.setSystemTime(new Date('2026-11-24T12:00:00Z'));
    document.dispatchEvent(new Event('visibilitychange'));
    await flushUpdates(element);
    expect(text(element, 'headline')).toBe('Order within 1 h and it ships today');
    element.remove();
  });
});

describe('server-rendered fallback', () => {
  it('keeps the same box when the element upgrades', async () => {
    const messages = (await loadMessages('pl')).delivery;
    const config = shop({ ...delivery, onTime: { percent: 96.4, orders: 1843, from: '2026-10-01', to: '2026-10-31' } });
    const details = deliveryDetails(config.delivery!, { now: BEFORE_CUTOFF, destination: 'PL' })!;
    const lines = deliveryNoticeText(details, messages, { locale: 'pl', now: Date.parse(BEFORE_CUTOFF), onTime: config.delivery!.onTime });
    const fallback = [lines.headline, lines.arrival, lines.onTime!].map(lineText);
    fallback.push(`${messages.carrier}: ${details.carrierName}`);

    // A tag not yet defined stands for the page before the element's script has run.
    const tag = 'candor-delivery-notice-upgrade';
    const container = document.createElement('div');
    container.lang = 'pl';
    container.style.inlineSize = '360px';
    const element = document.createElement(tag) as CandorDeliveryNotice;
    element.setAttribute('now', BEFORE_CUTOFF);
    element.setAttribute('destination', 'PL');
    for (const line of fallback) {
      const div = document.createElement('div');
      div.slot = 'fallback';
      div.textContent = line;
      element.append(div);
    }
    const below = document.createElement('p');
    below.textContent = 'Product description';
    container.append(element, below);
    document.body.append(container);
    const before = { box: element.getBoundingClientRect(), below: below.getBoundingClientRect().top };
    expect(before.box.height).toBeGreaterThan(0);

    (element as { config?: CandorConfig }).config = config;
    customElements.define(tag, class extends CandorDeliveryNotice {});
    const upgraded = element as CandorDeliveryNotice;
    await settle(upgraded);
    await vi.waitFor(() => expect(upgraded.shadowRoot!.querySelector('[part="headline"]')).not.toBeNull());

    expect(lineText(lines.headline)).toBe(text(upgraded, 'headline'));
    const after = element.getBoundingClientRect();
    expect(after.height).toBe(before.box.height);
    expect(after.width).toBe(before.box.width);
    expect(below.getBoundingClientRect().top).toBe(before.below);
    container.remove();
  });
});
