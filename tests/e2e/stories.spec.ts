/**
 * Axe over every story of the built Storybook, on the light and on the dark page: one test per
 * story and theme, named after them, that passes only with zero WCAG 2.2 AA violations and a
 * quiet console. Build first with `npm run build-storybook`.
 */
import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { WCAG_TAGS } from '../../.storybook/a11y.js';
import { THEMES } from '../../.storybook/page.js';
import { serveStatic, type StaticServer } from './stories/static-server.js';
import { readStories } from './stories/story-index.js';
import { readOrError, waitForElements, watchConsole } from './stories/story-page.js';

const storybookDir = fileURLToPath(new URL('../../storybook-static', import.meta.url));

/** Tag a story with this to have it checked under `forced-colors: active` (see the rating's Forced colours story). */
const FORCED_COLORS_TAG = 'forced-colors';

/** Waits until Storybook has rendered the story and every custom element in it has upgraded and updated. */
async function waitForStory(page: Page): Promise<void> {
  await page.locator('body.sb-show-main, body.sb-show-errordisplay').waitFor({ state: 'attached' });
  if ((await page.locator('body.sb-show-errordisplay').count()) > 0) {
    throw new Error(`The story failed to render: ${await page.locator('#error-message').textContent()}`);
  }
  await waitForElements(page, '#storybook-root');
}

const stories = readOrError(() => readStories(storybookDir));

if (stories instanceof Error) {
  test('Storybook is built', () => {
    throw stories;
  });
} else {
  test.describe('every story has zero axe violations', () => {
    // Stories show components on a plain page: one width is enough (the demo shop is checked at several).
    test.skip(({ isMobile }) => isMobile, 'stories are checked at desktop width');

    let server: StaticServer | undefined;
    test.beforeAll(async () => {
      server = await serveStatic(storybookDir);
    });
    test.afterAll(async () => {
      await server?.close();
    });

    for (const story of stories) {
      const forcedColors = story.tags.includes(FORCED_COLORS_TAG);
      for (const theme of THEMES) {
        test(`${story.title} › ${story.name} (${theme}${forcedColors ? ', forced colours' : ''})`, async ({ page }) => {
          const problems = watchConsole(page);
          if (forcedColors) await page.emulateMedia({ forcedColors: 'active' });
          // a11y.manual: the a11y addon's own axe run would race this test's ("Axe is already running").
          const query = new URLSearchParams({ id: story.id, viewMode: 'story', globals: `theme:${theme};a11y.manual:!true` });
          // networkidle: locale catalogs load lazily, and a story is only done in its own language.
          await page.goto(`${server!.url}/iframe.html?${query}`, { waitUntil: 'networkidle' });
          await waitForStory(page);

          const axe = new AxeBuilder({ page }).include('#storybook-root').withTags([...WCAG_TAGS]);
          // Under forced colours the user's palette decides every colour, so contrast is not the
          // page's to meet; and axe would misread it: it takes the text colour from
          // -webkit-text-fill-color, which Chromium leaves unforced, against the forced background.
          if (forcedColors) axe.disableRules(['color-contrast']);
          const { violations } = await axe.analyze();
          const report = violations.map(({ id, help, nodes }) => `${id}: ${help} (${nodes.map((node) => node.target.join(' ')).join(', ')})`);
          expect(report, 'axe violations').toEqual([]);
          expect(problems, 'console errors and warnings').toEqual([]);
        });
      }
    }
  });
}
