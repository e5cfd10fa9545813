/**
 * The Shopify example in a real browser: the product page its Liquid renders (with the Polish
 * sample config, plus hostile text, in the metafield) served with the assets that
 * `npm run example:shopify` prepared, flat, as a theme serves them. The elements must find the
 * config, speak Polish (a language file loaded from next to the bundle), show the hostile text as
 * text, and load the bundle once.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fromRoot } from './support.js';
import { serveStatic, type StaticServer } from './stories/static-server.js';
import { HOSTILE, PRODUCT, block, extensionDir, renderProductPage, withHostileText } from './shopify/render.js';

const manifest = JSON.parse(readFileSync(fromRoot('packages/elements/custom-elements.json'), 'utf8')) as {
  modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[];
};
const tags = manifest.modules.flatMap((module) => module.declarations ?? []).filter((each) => each.customElement && each.tagName).map((each) => each.tagName!);

test.describe('the Shopify example on a product page', () => {
  test.skip(({ isMobile }) => isMobile, 'one width is enough for the integration');

  let server: StaticServer | undefined;
  let dir: string | undefined;
  test.beforeAll(async () => {
    execFileSync(process.execPath, [fromRoot('examples/shopify/build.mjs')], { stdio: 'pipe' });
    dir = mkdtempSync(join(tmpdir(), 'candor-shopify-'));
    cpSync(join(extensionDir, 'assets'), join(dir, 'assets'), { recursive: true });
    const config = withHostileText(JSON.parse(readFileSync(fromRoot('examples/configs/pl-shoes.candor.json'), 'utf8')) as Record<string, unknown>);
    const blocks = tags.map((tag, index) => block({ element: tag, product: '' }, `b${index}`));
    writeFileSync(join(dir, 'index.html'), await renderProductPage(config, blocks, { assetBase: '/assets/' }));
    server = await serveStatic(dir);
  });
  test.afterAll(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('renders the elements from the metafield config, in Polish, with hostile text as text', async ({ page }) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });

    await page.goto(`${server!.url}/`, { waitUntil: 'networkidle' });

    // The rating of the page's product, read once, in Polish: the language is inside the one file.
    const rating = page.locator(`main > candor-rating[product="${PRODUCT}"]`).getByRole('img');
    await expect(rating).toHaveAccessibleName(/^Ocena \d,\d na 5, \d+ (opinii|opinie|opinia)$/);
    // A hostile review is on the page as its text.
    await expect(page.locator('main > candor-reviews').getByText(HOSTILE[0]!, { exact: false }).first()).toBeVisible();
    // One script, loaded once, and nothing else: the bundle imports no files of its own.
    expect(scripts).toEqual(['/assets/candor.js']);
    expect(problems).toEqual([]);
  });
});
