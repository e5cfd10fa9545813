/**
 * examples/react-vite, built by Vite as `npm run example:react` serves it, in Chromium: the
 * wrappers of @candor/react render the elements from props, and the elements' events reach
 * React as `on…` props that update React state.
 */
import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { build } from 'vite';
import { serveStatic, type StaticServer } from '../stories/static-server.js';
import { expectedRating, sampleConfig, watchProblems } from '../support.js';

const exampleRoot = fileURLToPath(new URL('../../../examples/react-vite/', import.meta.url));

test.describe('examples/react-vite', () => {
  test.skip(({ isMobile }) => isMobile, 'one width is enough for the wiring');
  let server: StaticServer | undefined;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    await build({ configFile: `${exampleRoot}vite.config.ts`, logLevel: 'error' });
    server = await serveStatic(`${exampleRoot}dist`);
  });
  test.afterAll(async () => {
    await server?.close();
  });

  test('renders every wrapper from props and hands events to React', async ({ page }) => {
    const problems = await watchProblems(page);
    // The sample shop's review photos live on its own (made-up) host: stand in for it.
    const photo = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"><rect width="4" height="3" fill="#a16207"/></svg>';
    await page.route('https://kroki.example/**', (route) => route.fulfill({ body: photo, contentType: 'image/svg+xml' }));
    await page.goto(`${server!.url}/`);
    const config = sampleConfig('pl-shoes.candor.json');
    const { count, shown } = expectedRating(config, 'polbuty-kazimierz');

    // The config prop reached the elements as a property: Polish text computed from it.
    const rating = page.locator('main > candor-rating [part="base"]');
    await expect(rating).toHaveAttribute('aria-label', `Ocena ${shown} na 5, ${count} opinie`);
    await expect(page.locator('candor-delivery-notice [part="arrival"]')).toContainText('Dostawa');
    await expect(page.locator('candor-reviews [part="review"]')).toHaveCount(count);

    // A DOM event of the element becomes a React callback, and React re-renders.
    await page.locator('candor-reviews [part="helpful"]').first().click();
    await expect(page.getByTestId('helpful-state')).toContainText('Dziękujemy! Pomocne:');
    await page.locator('candor-delivery-notice select').selectOption('dpd');
    await expect(page.getByTestId('carrier-state')).toHaveText('Wybrany przewoźnik: dpd');
    // …and React's prop goes back to the element: the notice now speaks of DPD.
    await expect(page.locator('candor-delivery-notice [part="arrival"]')).toContainText('DPD');

    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(problems.warnings).toEqual([]);
  });
});
