/**
 * Floating mode: the launcher follows the WAI-ARIA APG disclosure pattern (a button with
 * aria-expanded that shows and hides the panel after it; no menu roles, no focus trap), never
 * opens on its own, never covers the focused element, and hides where the config says.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { CandorConfig, ContactChannel, LauncherConfig } from '@candor/core';
import '../contact-hub.js';
import type { CandorContactHub } from './contact-hub.js';
import { axeViolations, cleanup, fixture, settle } from '../test-support/fixture.js';

const channels: ContactChannel[] = [
  { type: 'phone', value: '+48 12 345 67 89', replyMinutes: 0 },
  { type: 'email', value: 'sklep@kroki.example', replyMinutes: 120, show: 'floating' },
  { type: 'store', value: 'ul. Szewska 12, Kraków', show: 'inline' },
  { type: 'whatsapp', value: '+48 600 123 456' },
];
const config = (launcher: LauncherConfig = {}): CandorConfig => ({
  shop: { name: 'Kroki', timeZone: 'Europe/Warsaw' },
  contact: { hours: { mon: [['09:00', '17:00']] }, channels, launcher },
});
const NOW = '2026-11-23T10:00:00Z';

const root = (hub: CandorContactHub) => hub.shadowRoot!;
const launcher = (hub: CandorContactHub) => root(hub).querySelector<HTMLButtonElement>('[part~="launcher"]');
const panel = (hub: CandorContactHub) => root(hub).querySelector<HTMLElement>('[part~="panel"]')!;
const deepActive = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

async function mount(launcherConfig: LauncherConfig = {}, lang = 'en'): Promise<CandorContactHub> {
  const hub = await fixture<CandorContactHub>(`<candor-contact-hub mode="floating" now="${NOW}"></candor-contact-hub>`, { lang });
  hub.config = config(launcherConfig);
  await settle(hub);
  return hub;
}

const path = location.pathname;
afterEach(() => {
  cleanup();
  history.replaceState(null, '', path);
  vi.restoreAllMocks();
});

describe('<candor-contact-hub mode="floating">', () => {
  it('is accessible closed and open', async () => {
    const hub = await mount();
    expect(await axeViolations(hub.parentElement!)).toEqual([]);
    launcher(hub)!.click();
    await settle(hub);
    expect(await axeViolations(hub.parentElement!)).toEqual([]);
  });

  it('is a disclosure button, closed until the buyer opens it, with the floating channels in its panel', async () => {
    const hub = await mount();
    const button = launcher(hub)!;
    expect(button.localName).toBe('button');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-controls')).toBe('panel');
    expect(button.getAttribute('aria-haspopup')).toBeNull();
    expect(root(hub).querySelector('[role="menu"], [role="menuitem"], [role="dialog"]')).toBeNull();
    expect(button.textContent!.trim()).toBe('Contact us');
    expect(panel(hub).hidden).toBe(true);
    expect(hub.open).toBe(false);
    button.click();
    await settle(hub);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel(hub).hidden).toBe(false);
    expect(hub.hasAttribute('open')).toBe(true);
    const shown = [...panel(hub).querySelectorAll('[part~="channel"]')].map((each) => each.className);
    expect(shown).toEqual(['phone', 'email', 'whatsapp']);
    button.click();
    await settle(hub);
    expect(panel(hub).hidden).toBe(true);
  });

  it('opens with the keyboard, closes with Escape and returns focus to the launcher', async () => {
    const hub = await mount();
    launcher(hub)!.focus();
    await userEvent.keyboard('{Enter}');
    await settle(hub);
    expect(hub.open).toBe(true);
    await userEvent.tab();
    expect(deepActive()?.getAttribute('part')).toBe('link');
    await userEvent.keyboard('{Escape}');
    await settle(hub);
    expect(hub.open).toBe(false);
    expect(deepActive()).toBe(launcher(hub));
  });

  it('traps no focus: Tab leaves the panel for the page, and the panel closes behind it', async () => {
    const hub = await mount();
    const after = document.createElement('button');
    after.textContent = 'Next on the page';
    hub.parentElement!.append(after);
    launcher(hub)!.click();
    await settle(hub);
    const links = [...panel(hub).querySelectorAll<HTMLElement>('a, button')];
    links.at(-1)!.focus();
    await userEvent.tab();
    await settle(hub);
    expect(document.activeElement).toBe(after);
    expect(hub.open).toBe(false);
  });

  it('closes when the buyer presses elsewhere on the page', async () => {
    const hub = await mount();
    launcher(hub)!.click();
    await settle(hub);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await settle(hub);
    expect(hub.open).toBe(false);
  });

  it('never opens on its own, whatever time passes', async () => {
    const hub = await mount();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settle(hub);
    expect(hub.open).toBe(false);
  });

  it('steps aside when the focused element is under it, and comes back when focus moves on', async () => {
    const hub = await mount();
    const box = launcher(hub)!.getBoundingClientRect();
    const under = document.createElement('button');
    under.textContent = 'Pay now';
    under.className = 'under';
    const style = new CSSStyleSheet();
    style.replaceSync(`.under { position: fixed; left: ${box.left}px; top: ${box.top}px; width: ${box.width}px; height: ${box.height}px; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, style];
    const elsewhere = document.createElement('button');
    elsewhere.textContent = 'Elsewhere';
    hub.parentElement!.prepend(elsewhere);
    hub.before(under);
    try {
      under.focus();
      await settle(hub);
      expect(getComputedStyle(launcher(hub)!).opacity).toBe('0');
      // What has focus is what the buyer sees and presses at that point.
      expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).toBe(under);
      // Still in the tab order: the next Tab reaches it, and it shows again.
      await userEvent.tab();
      await settle(hub);
      expect(deepActive()).toBe(launcher(hub));
      expect(getComputedStyle(launcher(hub)!).opacity).toBe('1');
      under.focus();
      await settle(hub);
      elsewhere.focus();
      await settle(hub);
      expect(getComputedStyle(launcher(hub)!).opacity).toBe('1');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== style);
    }
  });

  it('checks again when the page scrolls under the focused element', async () => {
    const hub = await mount();
    const box = launcher(hub)!.getBoundingClientRect();
    const field = document.createElement('button');
    field.textContent = 'Scrolled into the corner';
    field.className = 'moving';
    const style = new CSSStyleSheet();
    style.replaceSync('.moving { position: fixed; left: 0; top: 0; width: 120px; height: 48px; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, style];
    hub.before(field);
    try {
      field.focus();
      await settle(hub);
      expect(getComputedStyle(launcher(hub)!).opacity).toBe('1');
      style.replaceSync(`.moving { position: fixed; left: ${box.left}px; top: ${box.top}px; width: 120px; height: 48px; }`);
      document.dispatchEvent(new Event('scroll'));
      await vi.waitFor(() => expect(getComputedStyle(launcher(hub)!).opacity).toBe('0'));
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== style);
    }
  });

  it('sits in the configured corner, its offsets plus the safe-area insets, start or end following the text direction', async () => {
    const end = await mount({ offsetX: 24, offsetY: 40 });
    const box = launcher(end)!.getBoundingClientRect();
    expect(Math.round(innerWidth - box.right)).toBe(24);
    expect(Math.round(innerHeight - box.bottom)).toBe(40);
    const start = await mount({ side: 'start', offsetX: 10 });
    expect(Math.round(launcher(start)!.getBoundingClientRect().left)).toBe(10);
    start.parentElement!.dir = 'rtl';
    await settle(start);
    expect(Math.round(innerWidth - launcher(start)!.getBoundingClientRect().right)).toBe(10);
    const floating = root(end).querySelector<HTMLElement>('[part~="floating"]')!;
    expect(getComputedStyle(floating).position).toBe('fixed');
  });

  it('keeps the launcher and the panel’s controls at least 44 px', async () => {
    const hub = await mount();
    launcher(hub)!.click();
    await settle(hub);
    for (const control of root(hub).querySelectorAll('a, button')) {
      const box = control.getBoundingClientRect();
      expect(Math.min(box.width, box.height), control.textContent!).toBeGreaterThanOrEqual(44);
    }
  });

  it('hides on the configured paths, checked again after navigation', async () => {
    const hub = await mount({ hidePaths: ['/koszyk', '/zamowienie*'] });
    expect(launcher(hub)).not.toBeNull();
    history.pushState(null, '', '/zamowienie/platnosc');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle(hub);
    expect(launcher(hub)).toBeNull();
    history.pushState(null, '', '/produkt');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle(hub);
    expect(launcher(hub)).not.toBeNull();
  });

  it('hides while an element matches a configured selector, e.g. an open cart drawer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hub = await mount({ hideSelectors: ['#cart-drawer[open]', '::not a selector'] });
    expect(launcher(hub)).not.toBeNull();
    const drawer = document.createElement('div');
    drawer.id = 'cart-drawer';
    hub.parentElement!.append(drawer);
    drawer.setAttribute('open', '');
    await vi.waitFor(() => expect(launcher(hub)).toBeNull());
    drawer.removeAttribute('open');
    await vi.waitFor(() => expect(launcher(hub)).not.toBeNull());
    expect(warn.mock.calls.filter(([line]) => String(line).includes('::not a selector'))).toHaveLength(1);
  });

  it('renders nothing when no channel is meant for the launcher', async () => {
    const hub = await fixture<CandorContactHub>(`<candor-contact-hub mode="floating" now="${NOW}"></candor-contact-hub>`, { lang: 'en' });
    hub.config = { contact: { channels: [{ type: 'email', value: 'a@kroki.example', show: 'inline' }] } };
    await settle(hub);
    expect(root(hub).childElementCount).toBe(0);
  });

  it('speaks the page language', async () => {
    const hub = await mount({}, 'pl');
    await vi.waitFor(() => expect(launcher(hub)!.textContent!.trim()).toBe('Kontakt'));
  });
});
