import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { type CandorConfig, type ContactChannel, type ContactConfig, type ContactHours } from '@candor/core';
import '../contact-hub.js';
import { CandorContactHub, ContactEvent } from './contact-hub.js';
import { axeViolations, cleanup, fixture, settle } from '../test-support/fixture.js';

const WARSAW = 'Europe/Warsaw';
const weekdays = (ranges: [string, string][]): ContactHours => ({ mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges });
const hours: ContactHours = { ...weekdays([['09:00', '17:00']]), sat: [['10:00', '14:00']], exceptions: [{ date: '2026-12-24', ranges: [] }] };
const shop = { name: 'Kroki', country: 'PL', locale: 'pl-PL', timeZone: WARSAW } as const;

const channels: ContactChannel[] = [
  { type: 'phone', value: '+48 12 345 67 89', label: 'Helpline', replyMinutes: 0, person: { name: 'Magda', role: 'size advisor' }, languages: ['pl', 'en'] },
  { type: 'email', value: 'sklep@kroki.example', replyMinutes: 120 },
  { type: 'whatsapp', value: '+48 600 123 456', replyMinutes: 30 },
  { type: 'viber', value: '+48 600 123 456' },
  { type: 'telegram', value: 'kroki_shop', hours: { fri: [['22:00', '02:00']] } },
  { type: 'store', value: 'ul. Szewska 12, Kraków', mapUrl: 'https://www.openstreetmap.org/?mlat=50.06&mlon=19.93' },
];
const contact = (extra: Partial<ContactConfig> = {}): ContactConfig => ({ hours, closedOnPublicHolidays: true, channels, ...extra });
const config = (extra: Partial<ContactConfig> = {}, shopExtra: object = {}): CandorConfig => ({ shop: { ...shop, ...shopExtra }, contact: contact(extra) });

/** Tuesday 24 November 2026, 11:00 in Warsaw. */
const TUESDAY = '2026-11-24T10:00:00Z';
/** Saturday 28 November 2026, 15:00 in Warsaw: closed since 14:00. */
const SATURDAY = '2026-11-28T14:00:00Z';

const root = (hub: CandorContactHub) => hub.shadowRoot!;
const parts = (hub: CandorContactHub, name: string) => [...root(hub).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const part = (hub: CandorContactHub, name: string) => parts(hub, name)[0];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const card = (hub: CandorContactHub, type: string) => root(hub).querySelector<HTMLElement>(`[part~="channel"].${type}`)!;
const inCard = (hub: CandorContactHub, type: string, name: string) => text(card(hub, type).querySelector(`[part~="${name}"]`));
/** The UTC offset of `timeZone` at `instant`, as Intl names it (`GMT+01:00`). */
const offsetOf = (instant: number, timeZone: string) =>
  new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).formatToParts(instant).find((each) => each.type === 'timeZoneName')!.value;
/**
 * `09:00` on the shop's clock, as the hub writes a time: with the zone's short name when this
 * browser's clock differs from Warsaw's then (the tests run in whatever zone the machine has).
 */
const at = (instant: string, locale = 'en-GB') => {
  const time = Date.parse(instant);
  const differs = offsetOf(time, Intl.DateTimeFormat().resolvedOptions().timeZone) !== offsetOf(time, WARSAW);
  return new Intl.DateTimeFormat(locale, { timeZone: WARSAW, hour: '2-digit', minute: '2-digit', ...(differs && { timeZoneName: 'short' }) }).format(time);
};

async function mount(configValue: CandorConfig, attributes = `now="${TUESDAY}"`, lang = 'en-GB'): Promise<CandorContactHub> {
  const hub = await fixture<CandorContactHub>(`<candor-contact-hub ${attributes}></candor-contact-hub>`, { lang });
  hub.config = configValue;
  await settle(hub);
  await vi.waitFor(() => expect(part(hub, 'channels') ?? part(hub, 'launcher')).toBeTruthy());
  return hub;
}

/** Stops links from leaving the test page (tel:, wa.me …) while their click handlers still run. */
function holdLinks(): () => void {
  const hold = (event: Event) => event.preventDefault();
  document.addEventListener('click', hold);
  return () => document.removeEventListener('click', hold);
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('<candor-contact-hub> inline', () => {
  it('is accessible: every channel, open and closed', async () => {
    const open = await mount(config());
    expect(await axeViolations(open.parentElement!)).toEqual([]);
    const closed = await mount(config(), `now="${SATURDAY}"`);
    expect(await axeViolations(closed.parentElement!)).toEqual([]);
  });

  it('shows each channel as a card with its link, status, reply time, person and languages', async () => {
    const hub = await mount(config());
    expect(parts(hub, 'channel').map((each) => each.className)).toEqual(['phone', 'email', 'whatsapp', 'viber', 'telegram', 'store']);
    expect(part(hub, 'channels')!.getAttribute('aria-label')).toBe('Ways to reach us');
    expect(inCard(hub, 'phone', 'label')).toBe('Helpline');
    expect(inCard(hub, 'phone', 'link')).toBe('Call +48 12 345 67 89');
    expect(inCard(hub, 'phone', 'status')).toBe(`Open now · until ${at('2026-11-24T16:00:00Z')}`);
    expect(inCard(hub, 'phone', 'reply')).toBe('We answer right away');
    expect(inCard(hub, 'phone', 'person')).toBe('You’ll talk to Magda (size advisor)');
    expect(inCard(hub, 'phone', 'languages')).toBe('Languages: Polish and English');
    expect(inCard(hub, 'email', 'label')).toBe('E-mail');
    expect(inCard(hub, 'email', 'reply')).toBe('We usually reply within 2 hours');
    expect(inCard(hub, 'whatsapp', 'value')).toBe('+48 600 123 456');
    expect(inCard(hub, 'whatsapp', 'link')).toBe('Chat on WhatsApp');
    expect(inCard(hub, 'store', 'value')).toBe('ul. Szewska 12, Kraków');
    // The Telegram channel keeps its own hours (Friday nights): closed on a Tuesday morning.
    expect(inCard(hub, 'telegram', 'status')).toBe(`Closed now · opens on Friday at ${at('2026-11-27T21:00:00Z')}`);
    expect(card(hub, 'telegram').querySelector('[part~="status"]')!.className).toBe('closed');
  });

  it('says when a closed shop opens and when to expect a reply', async () => {
    const hub = await mount(config(), `now="${SATURDAY}"`);
    expect(inCard(hub, 'phone', 'status')).toBe(`Closed now · opens on Monday at ${at('2026-11-30T08:00:00Z')}`);
    expect(inCard(hub, 'phone', 'reply')).toBe(`Expect a reply on Monday from ${at('2026-11-30T08:00:00Z')}`);
    expect(inCard(hub, 'email', 'reply')).toBe(`Expect a reply on Monday by ${at('2026-11-30T10:00:00Z')}`);
  });

  it('says a public holiday closed the day, and keeps a range past midnight open after midnight', async () => {
    const holiday = await mount(config(), 'now="2026-11-11T10:00:00Z"');
    expect(inCard(holiday, 'phone', 'status')).toBe(`Closed for the public holiday · opens tomorrow at ${at('2026-11-12T08:00:00Z')}`);
    // Saturday 01:30 in Warsaw: Friday's 22:00–02:00 still runs.
    const night = await mount(config(), 'now="2026-11-28T00:30:00Z"');
    expect(inCard(night, 'telegram', 'status')).toBe(`Open now · until ${at('2026-11-28T01:00:00Z')}`);
  });

  it('speaks the page language, with the shop’s locale as the fallback', async () => {
    const polish = await mount(config(), `now="${SATURDAY}"`, 'pl');
    expect(inCard(polish, 'email', 'status')).toBe(`Zamknięte · otwieramy w poniedziałek o ${at('2026-11-30T08:00:00Z', 'pl')}`);
    expect(inCard(polish, 'email', 'reply')).toBe(`Odpowiemy w poniedziałek do ${at('2026-11-30T10:00:00Z', 'pl')}`);
    expect(inCard(polish, 'phone', 'person')).toBe('Odpowie Ci Magda (size advisor)');
    expect(inCard(polish, 'phone', 'languages')).toBe('Języki: polski i angielski');
    const greek = await mount(config(), `now="${TUESDAY}"`, 'el');
    expect(inCard(greek, 'email', 'reply')).toBe('Συνήθως απαντάμε μέσα σε 2 ώρες');
  });

  it('builds each link from the config, with the subject encoded into the e-mail link', async () => {
    const hub = await mount(config(), `now="${TUESDAY}" subject="Półbuty Kazimierz, size 42?"`);
    const href = (type: string) => card(hub, type).querySelector('a')?.getAttribute('href');
    expect(href('phone')).toBe('tel:+48123456789');
    expect(href('email')).toBe('mailto:sklep@kroki.example?subject=P%C3%B3%C5%82buty%20Kazimierz%2C%20size%2042%3F');
    expect(href('whatsapp')).toBe('https://wa.me/48600123456');
    expect(href('viber')).toBe('viber://chat?number=%2B48600123456');
    expect(href('telegram')).toBe('https://t.me/kroki_shop');
    expect(href('store')).toBe('https://www.openstreetmap.org/?mlat=50.06&mlon=19.93');
  });

  it('fires candor-contact when a channel is used, and nothing on its own', async () => {
    const events: ContactEvent[] = [];
    document.addEventListener('candor-contact', (event) => events.push(event));
    const release = holdLinks();
    try {
      const hub = await mount(config());
      await settle(hub);
      expect(events).toEqual([]);
      card(hub, 'whatsapp').querySelector('a')!.click();
      expect(events).toHaveLength(1);
      expect(events[0]).toBeInstanceOf(ContactEvent);
      expect(events[0]).toMatchObject({ channel: 'whatsapp', index: 2, action: 'link', placement: 'inline', bubbles: true, composed: true });
    } finally {
      release();
    }
  });

  it('offers to copy a Viber number, and says whether it worked', async () => {
    const events: ContactEvent[] = [];
    document.addEventListener('candor-contact', (event) => events.push(event));
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('denied'));
    const hub = await mount(config());
    const copy = card(hub, 'viber').querySelector<HTMLButtonElement>('[part~="copy"]')!;
    expect(text(copy)).toBe('Copy number');
    const feedback = card(hub, 'viber').querySelector('[part~="feedback"]')!;
    expect(feedback.getAttribute('role')).toBe('status');
    copy.click();
    await vi.waitFor(() => expect(text(feedback)).toBe('Number copied'));
    expect(writeText).toHaveBeenCalledWith('+48600123456');
    copy.click();
    await vi.waitFor(() => expect(text(feedback)).toBe('Couldn’t copy; the number is +48 600 123 456'));
    expect(events.map((event) => event.action)).toEqual(['copy', 'copy']);
  });

  it('keeps every control at least 44 px in both directions', async () => {
    const hub = await mount(config());
    for (const control of root(hub).querySelectorAll('a, button')) {
      const box = control.getBoundingClientRect();
      expect(box.height, text(control)).toBeGreaterThanOrEqual(44);
      expect(box.width, text(control)).toBeGreaterThanOrEqual(44);
    }
  });

  it('shows channels where their `show` says', async () => {
    const hub = await mount(config({ channels: [{ type: 'phone', value: '+48 12 345 67 89', show: 'floating' }, { type: 'email', value: 'a@kroki.example', show: 'inline' }] }));
    expect(parts(hub, 'channel').map((each) => each.className)).toEqual(['email']);
  });

  it('without a shop time zone, shows the channels and warns once instead of guessing the hours', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hub = await mount({ shop: { name: 'Kroki' }, contact: contact() });
    expect(parts(hub, 'channel')).toHaveLength(6);
    expect(part(hub, 'status')).toBeUndefined();
    expect(part(hub, 'reply')).toBeUndefined();
    expect(warn.mock.calls.filter(([line]) => String(line).includes('/shop/timeZone'))).toHaveLength(1);
  });

  it('renders nothing and warns with the JSON pointer for an invalid section', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hub = await fixture<CandorContactHub>('<candor-contact-hub></candor-contact-hub>', { lang: 'en' });
    hub.config = { contact: { channels: [{ type: 'phone', value: 'call me' }] } } as unknown as CandorConfig;
    await settle(hub);
    expect(root(hub).childElementCount).toBe(0);
    await vi.waitFor(() => expect(warn.mock.calls.some(([line]) => String(line).includes('/contact/channels/0'))).toBe(true));
  });
});

describe('the clock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  });

  /** Mounts without `fixture` (its settling waits on real timers), in English, which needs no catalog load. */
  async function mountFaked(configValue: CandorConfig, attributes = ''): Promise<CandorContactHub> {
    const container = document.createElement('div');
    container.lang = 'en-GB';
    container.innerHTML = `<candor-contact-hub ${attributes}></candor-contact-hub>`;
    document.body.append(container);
    containers.push(container);
    const hub = container.querySelector('candor-contact-hub')!;
    hub.config = configValue;
    await flush(hub);
    return hub;
  }
  const containers: HTMLElement[] = [];
  afterEach(() => {
    for (const container of containers.splice(0)) container.remove();
  });
  const flush = async (hub: CandorContactHub) => {
    for (let round = 0; round < 3; round += 1) await hub.updateComplete;
  };

  it('changes the status exactly at the closing, with one timer, none once the element leaves the page', async () => {
    // 16:59:30 in Warsaw.
    vi.setSystemTime(new Date('2026-11-24T15:59:30Z'));
    const hub = await mountFaked(config({ channels: [channels[0]!] }));
    expect(inCard(hub, 'phone', 'status')).toBe(`Open now · until ${at('2026-11-24T16:00:00Z')}`);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(inCard(hub, 'phone', 'status')).toBe(`Open now · until ${at('2026-11-24T16:00:00Z')}`);
    await vi.advanceTimersByTimeAsync(1);
    await flush(hub);
    expect(inCard(hub, 'phone', 'status')).toBe(`Closed now · opens tomorrow at ${at('2026-11-25T08:00:00Z')}`);
    expect(vi.getTimerCount()).toBe(1);
    hub.remove();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('moves from "tomorrow" to "today" at the shop’s midnight', async () => {
    // Tuesday 23:59:50 in Warsaw.
    vi.setSystemTime(new Date('2026-11-24T22:59:50Z'));
    const hub = await mountFaked(config({ channels: [channels[0]!] }));
    expect(inCard(hub, 'phone', 'status')).toMatch(/opens tomorrow at 09:00/);
    await vi.advanceTimersByTimeAsync(10_000);
    await flush(hub);
    expect(inCard(hub, 'phone', 'status')).toMatch(/opens today at 09:00/);
  });

  it('sets no timer when the clock is frozen', async () => {
    vi.setSystemTime(new Date(TUESDAY));
    await mountFaked(config(), `now="${TUESDAY}"`);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('server rendering', () => {
  it('keeps the status and reply lines empty and one line high in the first render over server HTML, then fills them in place', async () => {
    const container = document.createElement('div');
    container.lang = 'en-GB';
    document.body.append(container);
    try {
      // What a server sends: the element with a declarative shadow root.
      container.setHTMLUnsafe(`<candor-contact-hub now="${TUESDAY}"><template shadowrootmode="open"><ul part="channels"></ul></template></candor-contact-hub>`);
      const hub = container.querySelector('candor-contact-hub')!;
      const seen: string[] = [];
      const watch = new MutationObserver(() => {
        const status = hub.shadowRoot!.querySelector('[part~="status"]');
        if (status) seen.push(status.textContent!);
      });
      watch.observe(hub.shadowRoot!, { subtree: true, childList: true, characterData: true });
      hub.config = config({ channels: [channels[1]!] });
      await settle(hub);
      await vi.waitFor(() => expect(text(hub.shadowRoot!.querySelector('[part~="status"]'))).toMatch(/^Open now/));
      watch.disconnect();
      expect(seen[0]).toBe('\u00a0');
      // One line, like the label above it.
      const status = hub.shadowRoot!.querySelector<HTMLElement>('[part~="status"]')!;
      const label = hub.shadowRoot!.querySelector<HTMLElement>('[part~="label"]')!;
      expect(status.getBoundingClientRect().height).toBeCloseTo(label.getBoundingClientRect().height, 0);
    } finally {
      container.remove();
    }
  });
});
