/**
 * The contact hub on the demo shop, as a buyer meets it: the channel cards in the footer, the
 * floating launcher, the chat that loads only on request, and the ContactPoint JSON-LD written
 * from the same config. Under the page's strict CSP and Trusted Types.
 */
import { existsSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { fromRoot, sampleConfig, waitForShop, watchProblems } from './support.js';

const polish = sampleConfig('pl-shoes.candor.json') as {
  contact: { channels: Array<{ type: string; value?: string; script?: string; show?: string }> };
};
const chat = polish.contact.channels.find((channel) => channel.type === 'chat')!;

test.beforeAll(() => {
  if (!existsSync(fromRoot('examples/demo-shop/dist/main.js'))) {
    throw new Error('examples/demo-shop/dist/main.js is missing: run `npm run build` before the end-to-end tests.');
  }
});

const footerHub = (page: Page) => page.locator('footer candor-contact-hub');
const launcher = (page: Page) => page.locator('candor-contact-hub[mode="floating"] [part~="launcher"]');

/** A stand-in for the chat provider's script: it records that the hub opened the chat. */
async function fakeProvider(page: Page): Promise<string[]> {
  const requested: string[] = [];
  await page.route(chat.script!, (route) => {
    requested.push(route.request().url());
    return route.fulfill({
      contentType: 'text/javascript',
      body: 'window.tidioChatApi = { show() {}, open() { document.documentElement.dataset.chatOpened = "yes"; } };',
    });
  });
  return requested;
}

test.describe('the contact hub', () => {
  test('lists the shop’s channels in the footer, in Polish, with safe links and honest hours', async ({ page }) => {
    await page.goto('/');
    await waitForShop(page);
    const hub = footerHub(page);
    const cards = hub.locator('[part~="channel"]');
    const inline = polish.contact.channels.filter((channel) => channel.show !== 'floating');
    await expect(cards).toHaveCount(inline.length);
    await expect(hub.getByRole('link', { name: 'Zadzwoń: +48 12 345 67 89' })).toHaveAttribute('href', 'tel:+48123456789');
    await expect(hub.getByRole('link', { name: 'Napisz: sklep@kroki.example' })).toHaveAttribute(
      'href',
      `mailto:sklep@kroki.example?subject=${encodeURIComponent('Pytanie ze sklepu Kroki')}`,
    );
    await expect(hub.getByRole('link', { name: 'Napisz na WhatsAppie' })).toHaveAttribute('href', 'https://wa.me/48600123456');
    // Open or closed depends on when the test runs; either way the card says which, and what next.
    for (const status of await hub.locator('[part~="status"]').allTextContents()) {
      expect(status).toMatch(/^(Otwarte|Zamknięte)/);
    }
    await expect(hub.getByText('Odpowie Ci Magda (Doradczyni ds. rozmiarów)').first()).toBeVisible();
  });

  test('describes the same channels to search engines as ContactPoints', async ({ page }) => {
    await page.goto('/');
    const organization = JSON.parse((await page.locator('script#shop-json-ld').textContent())!);
    expect(organization).toMatchObject({ '@context': 'https://schema.org', '@type': 'Organization' });
    const telephones = organization.contactPoint.map((point: { telephone?: string }) => point.telephone).filter(Boolean);
    expect(telephones).toContain('+48123456789');
    for (const point of organization.contactPoint) expect(point).toMatchObject({ '@type': 'ContactPoint', contactType: 'customer service' });
  });

  test('loads the chat provider only when the buyer asks, then opens its chat, with no CSP or Trusted Types error', async ({ page }) => {
    const problems = await watchProblems(page);
    const requested = await fakeProvider(page);
    // The sample's review photo lives on the shop's (fictional) domain: answer it, so scrolling past it fails nothing.
    await page.route('https://kroki.example/**', (route) => route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>' }));
    await page.goto('/');
    await waitForShop(page);
    await page.mouse.wheel(0, 4000);
    await page.waitForLoadState('networkidle');
    expect(requested, 'the provider must not load with the page').toEqual([]);
    await page.evaluate(() => {
      document.addEventListener('candor-chat-open', (event) => {
        document.documentElement.dataset.chatProvider = (event as Event & { provider: string }).provider;
      });
    });
    await footerHub(page).getByRole('button', { name: 'Rozpocznij czat' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-chat-opened', 'yes');
    await expect(page.locator('html')).toHaveAttribute('data-chat-provider', 'tidio');
    expect(requested).toEqual([chat.script]);
    expect(problems).toEqual({ errors: [], warnings: [], failedRequests: [] });
  });

  test('the floating launcher opens with the keyboard, closes with Escape and gives focus back', async ({ page }) => {
    await page.goto('/');
    await waitForShop(page);
    const button = launcher(page);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = page.locator('candor-contact-hub[mode="floating"] [part~="panel"]');
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('link', { name: 'Zadzwoń: +48 12 345 67 89' })).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('the floating launcher never covers the element that has focus, on the way through the whole page', async ({ page }) => {
    await page.goto('/');
    await waitForShop(page);
    const covered: string[] = [];
    for (let step = 0; step < 80; step += 1) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(async () => {
        // What the buyer sees: after the browser has scrolled to the focus and painted.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        let focused = document.activeElement;
        while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
        const hub = document.querySelector('candor-contact-hub[mode="floating"]');
        const button = hub?.shadowRoot?.querySelector('[part~="launcher"]');
        if (!focused || focused === document.body || !button) return { done: !focused || focused === document.body, covered: false, name: '' };
        const a = focused.getBoundingClientRect();
        const b = button.getBoundingClientRect();
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const shown = getComputedStyle(button).opacity !== '0';
        return { done: false, covered: focused !== button && overlap && shown, name: `${focused.localName} ${focused.textContent?.trim().slice(0, 40)}` };
      });
      if (state.done) break;
      if (state.covered) covered.push(state.name);
    }
    expect(covered).toEqual([]);
  });

  test('keeps the launcher’s controls at least 44 px and clear of the viewport edges', async ({ page }) => {
    await page.goto('/');
    await waitForShop(page);
    const box = (await launcher(page).boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    const viewport = page.viewportSize()!;
    expect(viewport.width - (box.x + box.width)).toBeGreaterThanOrEqual(16);
    expect(viewport.height - (box.y + box.height)).toBeGreaterThanOrEqual(16);
  });
});
