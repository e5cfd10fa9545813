import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { waitForShop } from './support.js';

/**
 * A real endpoint that misbehaves, on its own port (another origin, as a merchant's CDN or
 * review service would be). Every Candor element that reads a URL must survive each answer.
 */
const GOOD = JSON.stringify({ reviews: { items: [{ id: 'a', rating: 5, author: 'Ola K.', date: '2026-11-01' }, { id: 'b', rating: 3, author: 'Jan N.', date: '2026-11-02' }] } });
const ANSWERS: Record<string, (response: ServerResponse) => void> = {
  '/500.json': (response) => response.writeHead(500).end('Internal Server Error'),
  '/404.json': (response) => response.writeHead(404).end('Not Found'),
  '/malformed.json': (response) => response.end('{"reviews": {"items": ['),
  '/wrong-shape.json': (response) => response.end('{"reviews": {"items": "many"}}'),
  '/empty.json': (response) => response.end(''),
  '/hang.json': () => {},
  // A valid config, a few bytes at a time, over about a second.
  '/drip.json': (response) => {
    let sent = 0;
    const timer = setInterval(() => {
      response.write(GOOD.slice(sent, sent + 24));
      sent += 24;
      if (sent >= GOOD.length) {
        clearInterval(timer);
        response.end();
      }
    }, 20);
  },
};

let server: Server;
let origin: string;

test.beforeAll(async () => {
  server = createServer((request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Content-Type', 'application/json');
    const answer = ANSWERS[new URL(request.url ?? '/', 'http://fixture').pathname];
    if (answer) answer(response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Adds a rating reading `path` from the fixture server; returns what the page reported meanwhile. */
async function addRating(page: Page, path: string) {
  const warnings: string[] = [];
  const uncaught: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  page.on('pageerror', (error) => uncaught.push(error.message));
  await page.goto('/');
  await waitForShop(page);
  await page.evaluate((url) => {
    const rating = document.createElement('candor-rating');
    rating.id = 'under-test';
    rating.setAttribute('config-src', url);
    rating.setAttribute('lang', 'en');
    document.querySelector('main')!.append(rating);
  }, `${origin}${path}`);
  return { warnings, uncaught, rating: page.locator('#under-test') };
}

/** The page is whole: the product's own rating, the title and the buy button still work. */
async function expectPageWhole(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.rating-row candor-rating').getByRole('img')).toHaveAccessibleName(/\d,\d/);
  await expect(page.getByRole('button', { name: 'Dodaj do koszyka' })).toBeEnabled();
}

test.describe('a config endpoint that misbehaves', () => {
  test.skip(({ isMobile }) => isMobile, 'network faults do not depend on the viewport: desktop only');

  for (const [path, reason] of [
    ['/500.json', /HTTP 500/],
    ['/404.json', /HTTP 404/],
    ['/malformed.json', /not valid JSON/],
    ['/empty.json', /not valid JSON/],
    ['/wrong-shape.json', /\/reviews\/items/],
  ] as const) {
    test(`${path}: the element stays empty, says why once, and the page stays whole`, async ({ page }) => {
      const { warnings, uncaught, rating } = await addRating(page, path);
      await expect.poll(() => warnings.filter((warning) => reason.test(warning) && warning.includes(path)).length).toBe(1);
      await expect(rating.getByRole('img')).toHaveCount(0);
      expect(await rating.evaluate((element) => element.getBoundingClientRect().width)).toBe(0);
      await expectPageWhole(page);
      expect(uncaught).toEqual([]);
    });
  }

  test('a slow drip of a valid config renders once it is complete', async ({ page }) => {
    const { uncaught, rating } = await addRating(page, '/drip.json');
    await expect(rating.getByRole('img')).toHaveAccessibleName('Rated 4.0 out of 5, 2 reviews', { timeout: 5_000 });
    await expectPageWhole(page);
    expect(uncaught).toEqual([]);
  });

  test('a server that never answers is given up on after 10 s, without blocking the page', async ({ page }) => {
    test.setTimeout(30_000);
    const started = Date.now();
    const { warnings, uncaught, rating } = await addRating(page, '/hang.json');
    await expectPageWhole(page);
    await expect.poll(() => warnings.some((warning) => /no answer within 10 s/.test(warning)), { timeout: 15_000 }).toBe(true);
    expect(Date.now() - started).toBeLessThan(15_000);
    await expect(rating.getByRole('img')).toHaveCount(0);
    expect(uncaught).toEqual([]);
  });
});
