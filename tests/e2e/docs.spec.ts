/**
 * Axe over every docs page of the built Storybook — the guides (MDX), the generated references
 * and each element's page: one test per page, passing only with zero WCAG 2.2 AA violations, a
 * quiet console and no link to a page the site does not have. The stories shown on a docs page
 * are left to stories.spec.ts, which checks each one on its own in light and dark; here they
 * must only render without a console error. Build first with `npm run build-storybook`.
 */
import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { WCAG_TAGS } from '../../.storybook/a11y.js';
import { serveStatic, type StaticServer } from './stories/static-server.js';
import { readDocs, readStories } from './stories/story-index.js';
import { readOrError, waitForElements, watchConsole } from './stories/story-page.js';

const storybookDir = fileURLToPath(new URL('../../storybook-static', import.meta.url));

/** Waits until the docs page has rendered (each story block shows a loader until its story has) and its elements have updated. */
async function waitForDocs(page: Page): Promise<void> {
  await page.locator('#storybook-docs .sbdocs-content').waitFor();
  await waitForElements(page, '#storybook-docs', '.sb-loader, [aria-label="Loading"]');
}

const docs = readOrError(() => readDocs(storybookDir));

if (docs instanceof Error) {
  test('Storybook is built', () => {
    throw docs;
  });
} else {
  test.describe('every docs page has zero axe violations', () => {
    test.skip(({ isMobile }) => isMobile, 'docs pages are checked at desktop width');

    let server: StaticServer | undefined;
    test.beforeAll(async () => {
      server = await serveStatic(storybookDir);
    });
    test.afterAll(async () => {
      await server?.close();
    });

    // Every page and story id of the site, for the link check.
    const known = new Set([...docs, ...readStories(storybookDir)].map((entry) => entry.id));

    for (const entry of docs) {
      test(`${entry.title} › ${entry.name}`, async ({ page }) => {
        // The config reference is a long page, and axe's contrast check visits every cell.
        test.setTimeout(120_000);
        const problems = watchConsole(page);
        const query = new URLSearchParams({ id: entry.id, viewMode: 'docs', globals: 'a11y.manual:!true' });
        await page.goto(`${server!.url}/iframe.html?${query}`, { waitUntil: 'networkidle' });
        await waitForDocs(page);

        const { violations } = await new AxeBuilder({ page })
          .include('#storybook-docs')
          .exclude('.docs-story')
          .withTags([...WCAG_TAGS])
          .analyze();
        const report = violations.map(({ id, help, nodes }) => `${id}: ${help} (${nodes.map((node) => node.target.join(' ')).join(', ')})`);
        expect(report, 'axe violations').toEqual([]);
        expect(problems, 'console errors and warnings').toEqual([]);

        // Links between pages are written as `?path=/docs/<id>` or `?path=/story/<id>`.
        const links = await page.locator('#storybook-docs a[href^="?path=/"]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
        const broken = links.filter((href) => !known.has(href.replace(/^\?path=\/(docs|story)\//, '').replace(/[#&].*$/, '')));
        expect(broken, 'links to pages the site does not have').toEqual([]);
      });
    }
  });
}
