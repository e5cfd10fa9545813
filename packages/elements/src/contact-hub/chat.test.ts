/**
 * The chat facade: nothing of the provider loads with the page; the buyer's press loads its
 * script once, hands over with `candor-chat-open`, and opens a known provider's chat — or
 * says plainly that it could not, and lets the buyer try again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CandorConfig, ChatProvider } from '@candor/core';
import '../contact-hub.js';
import { ChatOpenEvent, ContactEvent, type CandorContactHub } from './contact-hub.js';
import { CHAT_OPENERS, resetChatLoads } from './chat-facade.js';
import { cleanup, fixture, settle } from '../test-support/fixture.js';

type FakeChat = Window & { fakeChat?: { loads: number; opened: number }; tidioChatApi?: unknown };
const page = window as unknown as FakeChat;

/** A same-origin stand-in for a provider's script (it defines Tidio's API and counts calls). */
const SCRIPT = new URL('/packages/elements/src/test-support/fake-chat.js', location.href).href;
const MISSING = new URL('/packages/elements/src/test-support/no-such-chat.js', location.href).href;

const config = (script = SCRIPT, provider: ChatProvider = 'tidio'): CandorConfig => ({
  contact: { channels: [{ type: 'chat', provider, script, label: 'Chat with Magda' }, { type: 'phone', value: '+48 12 345 67 89' }] },
});
const chatScripts = () => [...document.querySelectorAll<HTMLScriptElement>('script[src]')].filter((script) => script.src === SCRIPT || script.src === MISSING);
const button = (hub: CandorContactHub) => hub.shadowRoot!.querySelector<HTMLButtonElement>('[part~="chat-button"]')!;
const feedback = (hub: CandorContactHub) => hub.shadowRoot!.querySelector('.chat [part~="feedback"]')!.textContent!.trim();

async function mount(configValue = config(), attributes = ''): Promise<CandorContactHub> {
  const hub = await fixture<CandorContactHub>(`<candor-contact-hub ${attributes}></candor-contact-hub>`, { lang: 'en' });
  hub.config = configValue;
  await settle(hub);
  return hub;
}

beforeEach(() => {
  resetChatLoads();
  delete page.fakeChat;
  delete page.tidioChatApi;
});
afterEach(() => {
  cleanup();
  for (const script of chatScripts()) script.remove();
  vi.restoreAllMocks();
});

describe('the chat facade', () => {
  it('loads nothing of the provider before the buyer asks', async () => {
    const hub = await mount();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(chatScripts()).toEqual([]);
    expect(performance.getEntriesByType('resource').some((entry) => entry.name === SCRIPT)).toBe(false);
    expect(button(hub).textContent!.trim()).toBe('Start the chat');
  });

  it('on the buyer’s press loads the script, fires candor-contact then candor-chat-open, and opens the provider’s chat', async () => {
    const events: Event[] = [];
    const record = (event: Event) => events.push(event);
    document.addEventListener('candor-contact', record);
    document.addEventListener('candor-chat-open', record);
    try {
      const hub = await mount();
      button(hub).click();
      await settle(hub);
      expect(button(hub).textContent!.trim()).toBe('Opening the chat…');
      expect(button(hub).getAttribute('aria-disabled')).toBe('true');
      await vi.waitFor(() => expect(page.fakeChat?.opened).toBe(1));
      await settle(hub);
      expect(chatScripts()).toHaveLength(1);
      expect(events.map((event) => event.type)).toEqual(['candor-contact', 'candor-chat-open']);
      expect(events[0]).toMatchObject({ channel: 'chat', index: 0, action: 'chat', placement: 'inline' });
      expect(events[1]).toBeInstanceOf(ChatOpenEvent);
      expect(events[1]).toMatchObject({ provider: 'tidio', script: SCRIPT, cancelable: true, bubbles: true, composed: true });
      expect(button(hub).textContent!.trim()).toBe('Start the chat');
      expect(feedback(hub)).toBe('');
    } finally {
      document.removeEventListener('candor-contact', record);
      document.removeEventListener('candor-chat-open', record);
    }
  });

  it('loads the script once for the page, however many presses and hubs', async () => {
    const first = await mount();
    const second = await mount();
    button(first).click();
    button(second).click();
    button(first).click();
    await vi.waitFor(() => expect(page.fakeChat?.opened).toBe(2));
    button(second).click();
    await vi.waitFor(() => expect(page.fakeChat?.opened).toBe(3));
    expect(page.fakeChat?.loads).toBe(1);
    expect(chatScripts()).toHaveLength(1);
  });

  it('lets the shop open the chat itself: preventDefault() keeps Candor’s hands off', async () => {
    const hub = await mount();
    const takeOver = vi.fn((event: ChatOpenEvent) => event.preventDefault());
    hub.addEventListener('candor-chat-open', takeOver);
    button(hub).click();
    await vi.waitFor(() => expect(takeOver).toHaveBeenCalledTimes(1));
    await settle(hub);
    expect(page.fakeChat?.opened).toBe(0);
    expect(feedback(hub)).toBe('');
  });

  it('hands a custom provider over through the event alone', async () => {
    const hub = await mount(config(SCRIPT, 'custom'));
    const handOver = vi.fn();
    hub.addEventListener('candor-chat-open', handOver);
    button(hub).click();
    await vi.waitFor(() => expect(handOver).toHaveBeenCalledTimes(1));
    expect(page.fakeChat?.opened).toBe(0);
    expect(CHAT_OPENERS.custom).toBeUndefined();
  });

  it('gives the script the nonce the element was given', async () => {
    const hub = await mount(config(), 'nonce="r4nd0m"');
    button(hub).click();
    await vi.waitFor(() => expect(chatScripts()).toHaveLength(1));
    expect(chatScripts()[0]!.nonce).toBe('r4nd0m');
  });

  it('says so when the script does not load, and loads it afresh on the next press', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hub = await mount(config(MISSING));
    button(hub).click();
    await vi.waitFor(() => expect(feedback(hub)).toBe('The chat couldn’t be opened. Try again, or reach us another way.'));
    expect(hub.shadowRoot!.querySelector('.chat [part~="feedback"]')!.getAttribute('role')).toBe('status');
    expect(chatScripts()).toHaveLength(0);
    expect(warn).toHaveBeenCalled();
    button(hub).click();
    await vi.waitFor(() => expect(warn.mock.calls.length).toBeGreaterThan(1));
  });

  it('closes the floating panel once the provider’s chat has opened, focus back on the launcher', async () => {
    const hub = await fixture<CandorContactHub>('<candor-contact-hub mode="floating"></candor-contact-hub>', { lang: 'en' });
    hub.config = config();
    await settle(hub);
    hub.shadowRoot!.querySelector<HTMLButtonElement>('[part~="launcher"]')!.click();
    await settle(hub);
    button(hub).focus();
    button(hub).click();
    await vi.waitFor(() => expect(hub.open).toBe(false));
    expect(hub.shadowRoot!.activeElement?.getAttribute('part')).toBe('launcher');
  });

  it('calls each known provider’s public API, and waits while it is not there', () => {
    const calls: unknown[][] = [];
    const record = (...args: unknown[]) => void calls.push(args);
    expect(CHAT_OPENERS.tidio!({})).toBe(false);
    expect(CHAT_OPENERS.tidio!({ tidioChatApi: { show: () => record('tidio', 'show'), open: () => record('tidio', 'open') } })).toBe(true);
    expect(CHAT_OPENERS.zendesk!({ zE: record })).toBe(true);
    expect(CHAT_OPENERS.crisp!({ $crisp: { push: record } })).toBe(true);
    expect(CHAT_OPENERS.livechat!({ LiveChatWidget: { call: record } })).toBe(true);
    expect(CHAT_OPENERS.intercom!({ Intercom: record })).toBe(true);
    expect(calls).toEqual([
      ['tidio', 'show'], ['tidio', 'open'],
      ['messenger', 'open'],
      [['do', 'chat:show']], [['do', 'chat:open']],
      ['maximize'],
      ['show'],
    ]);
  });

  it('fires ContactEvent for the chat even when the load fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hub = await mount(config(MISSING));
    const used = vi.fn();
    hub.addEventListener('candor-contact', used);
    button(hub).click();
    expect(used).toHaveBeenCalledTimes(1);
    expect(used.mock.calls[0]![0]).toBeInstanceOf(ContactEvent);
    await vi.waitFor(() => expect(feedback(hub)).not.toBe(''));
  });
});
