/**
 * examples/ssr-node (`npm run example:ssr`): the elements rendered on the server by
 * @lit-labs/ssr. The HTML alone carries each element's content in declarative shadow DOM; the
 * page reads with scripts off; with scripts on, the elements hydrate without moving anything
 * and then work.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { E2E_PORT, expectedRating, repoRoot, sampleConfig, watchProblems } from '../support.js';

const PORT = E2E_PORT + 20;
const URL_ = `http://localhost:${PORT}/`;
const config = sampleConfig('pl-shoes.candor.json') as { reviews: { items: { product?: string }[] } };
const PRODUCT = 'polbuty-kazimierz';

const servers: ChildProcess[] = [];

async function startServer(port: number, env: Record<string, string> = {}): Promise<void> {
  const server = spawn(process.execPath, ['examples/ssr-node/server.mjs'], { cwd: repoRoot, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  servers.push(server);
  let output = '';
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  await expect.poll(() => output, { timeout: 15_000, message: 'the SSR server starts' }).toContain('SSR example: http://localhost:');
}

test.beforeAll(async () => {
  await startServer(PORT);
});
test.afterAll(() => {
  for (const server of servers) server.kill();
});

/** The declarative shadow root the server wrote for the first `<tag …>` in `html`. */
function shadowOf(html: string, tag: string): string {
  const start = html.indexOf(`<${tag}`);
  expect(start, `<${tag}> is in the page`).toBeGreaterThan(-1);
  const open = html.indexOf('<template shadowroot="open" shadowrootmode="open">', start);
  const end = html.indexOf(`</${tag}>`, start);
  expect(open, `<${tag}> has a declarative shadow root`).toBeGreaterThan(start);
  expect(open).toBeLessThan(end);
  // Lit's hydration markers (comments) sit between tags and text: leave them out.
  return html.slice(open, end).replace(/<!--[^]*?-->/g, '');
}

test.describe('examples/ssr-node', () => {
  test.skip(({ isMobile }) => isMobile, 'one width is enough for the rendering');

  test('the HTML holds every element’s content before any script runs', async () => {
    const html = await (await fetch(URL_)).text();
    const { count, shown } = expectedRating(config, PRODUCT);
    expect(shadowOf(html, 'candor-rating')).toContain(`aria-label="Ocena ${shown} na 5, ${count} opinie"`);

    const notice = shadowOf(html, 'candor-delivery-notice');
    expect(notice).toMatch(/part="headline">Wysyłka /);
    expect(notice).toMatch(/part="arrival">Dostawa <time datetime="\d{4}-\d{2}-\d{2}">/);
    // A server-rendered <select> must say which carrier is chosen, as an attribute.
    expect(notice).toMatch(/<option value="inpost" selected>/);
    expect(notice).not.toContain('selected="false"');

    expect(shadowOf(html, 'candor-size-guide')).toMatch(/part="trigger"[^]*Tabela rozmiarów/);

    const badges = shadowOf(html, 'candor-partner-badges');
    for (const name of ['BLIK', 'Przelewy24', 'InPost', 'DPD']) expect(badges).toContain(name);

    const hub = shadowOf(html, 'candor-contact-hub');
    const channels = (config as { contact?: { channels?: unknown[] } }).contact?.channels ?? [];
    expect(channels.length).toBeGreaterThan(0);
    expect(hub.match(/part="channel"/g)?.length ?? 0).toBeGreaterThan(0);
    expect(hub).toContain('part="link"');

    const reviews = shadowOf(html, 'candor-reviews');
    const items = config.reviews.items.filter((review) => review.product === PRODUCT);
    expect(reviews.match(/part="review"/g)).toHaveLength(items.length);
    expect(reviews).toContain('part="disclosure"');
    expect(reviews).not.toContain('part="skeleton"');
    // Unchecked filters are unchecked in the HTML (a `checked="false"` attribute would tick them).
    expect(reviews).not.toMatch(/checked="(false|true)"/);
  });

  test('reads with scripts off: the content is there, the controls that need a script are not', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(URL_);
    await expect(page.locator('.rating-row candor-rating').getByRole('img')).toHaveAccessibleName(/^Ocena \d,\d na 5/);
    await expect(page.locator('candor-delivery-notice [part="arrival"]')).toBeVisible();
    await expect(page.locator('candor-reviews [part="review"]').first()).toBeVisible();
    await expect(page.locator('candor-reviews [part="disclosure"]')).toBeVisible();
    await expect(page.locator('candor-reviews [part="controls"]')).toBeHidden();
    await expect(page.locator('candor-reviews [part="helpful"]').first()).toBeHidden();
    await expect(page.locator('candor-delivery-notice [part="chooser"]')).toBeHidden();
    await context.close();
  });

  test('hydrates without a layout shift, then works', async ({ page }) => {
    const problems = await watchProblems(page);
    await recordLayoutShifts(page);
    // The script arrives late, so the server's HTML is painted first and then hydrated.
    await page.route('**/client.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.route('https://kroki.example/**', (route) => route.fulfill({ body: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"/>', contentType: 'image/svg+xml' }));
    await page.goto(URL_);
    await page.waitForLoadState('networkidle');
    // Hydrated: each element has adopted the server's DOM (its first update is done).
    await page.waitForFunction(() =>
      [...document.querySelectorAll('candor-rating, candor-size-guide, candor-delivery-notice, candor-partner-badges, candor-reviews, candor-contact-hub')].every(
        (element) => (element as HTMLElement & { hasUpdated?: boolean }).hasUpdated === true,
      ),
    );

    // The buttons answer now.
    const helpful = page.locator('candor-reviews [part="helpful"]').first();
    await helpful.click();
    await expect(helpful).toHaveAttribute('aria-pressed', 'true');
    expect(await layoutShifts(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(problems.warnings).toEqual([]);
  });

  test('a page the server rendered earlier shows the buyer’s own dates, once', async ({ page }) => {
    // The server rendered Friday 10:00 in Warsaw (before the cut-off: a countdown), as a cached
    // page would be; the buyer opens it at 16:00, after the cut-off.
    await startServer(PORT + 1, { SSR_NOW: '2026-12-04T09:00:00Z' });
    const problems = await watchProblems(page);
    await page.clock.setFixedTime(new Date('2026-12-04T15:00:00Z'));
    await page.route('https://kroki.example/**', (route) => route.fulfill({ body: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"/>', contentType: 'image/svg+xml' }));
    const html = await (await fetch(`http://localhost:${PORT + 1}/`)).text();
    expect(shadowOf(html, 'candor-delivery-notice')).toMatch(/part="headline">Został[a-z]* .* by zamówić z wysyłką dziś/);

    await page.goto(`http://localhost:${PORT + 1}/`);
    const headline = page.locator('candor-delivery-notice [part="headline"]');
    await expect(headline).toHaveText(/^Wysyłka .*pon/);
    await expect(headline).toHaveCount(1);
    await expect(page.locator('candor-delivery-notice [part="arrival"]')).toHaveCount(1);
    expect(problems.errors).toEqual([]);
  });
});

async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

async function layoutShifts(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as unknown as { layoutShifts: number[] }).layoutShifts))),
      ),
  );
}
