/**
 * Axe over every story of the built Storybook: each story is one test, named after it, and
 * passes only with zero WCAG 2.2 AA violations and a quiet console.
 * Build first with `npm run build-storybook`.
 */
import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { WCAG_TAGS } from '../../.storybook/a11y.js';
import { serveStatic, type StaticServer } from './stories/static-server.js';
import { readStories, type StoryEntry } from './stories/story-index.js';

const storybookDir = fileURLToPath(new URL('../../storybook-static', import.meta.url));

/** Tag a story with this to have it checked under `forced-colors: active` (see the rating's Forced colours story). */
const FORCED_COLORS_TAG = 'forced-colors';

function listStories(): StoryEntry[] | Error {
  try {
    return readStories(storybookDir);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Everything a story must not do: throw, log an error, or log a warning (Candor reports bad configs as warnings). */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  return problems;
}

/** Waits until Storybook has rendered the story and every custom element in it has upgraded and updated. */
async function waitForStory(page: Page): Promise<void> {
  await page.locator('body.sb-show-main, body.sb-show-errordisplay').waitFor({ state: 'attached' });
  const error = await page.locator('body.sb-show-errordisplay #error-message').textContent().catch(() => null);
  if (error !== null) throw new Error(`The story failed to render: ${error}`);
  await page.waitForFunction(() => {
    const root = document.querySelector('#storybook-root');
    if (!root || root.childElementCount === 0) return false;
    const elements = [...root.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
    return elements.every((element) => {
      if (!customElements.get(element.localName)) return false;
      return !('isUpdatePending' in element) || element.isUpdatePending === false;
    });
  });
}

const stories = listStories();

if (stories instanceof Error) {
  test('Storybook is built', () => {
    throw stories;
  });
} else {
  test.describe('every story has zero axe violations', () => {
    let server: StaticServer;

    test.beforeAll(async () => {
      server = await serveStatic(storybookDir);
    });

    test.afterAll(async () => {
      await server?.close();
    });

    for (const story of stories) {
      const forcedColors = story.tags.includes(FORCED_COLORS_TAG);
      test(`${story.title} › ${story.name}${forcedColors ? ' (forced colours)' : ''}`, async ({ page }) => {
        const problems = watchConsole(page);
        if (forcedColors) await page.emulateMedia({ forcedColors: 'active' });
        // networkidle: locale catalogs load lazily, and a story is only done in its own language.
        await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'networkidle' });
        await waitForStory(page);

        const { violations } = await new AxeBuilder({ page }).include('#storybook-root').withTags([...WCAG_TAGS]).analyze();
        const report = violations.map(({ id, help, nodes }) => `${id}: ${help} (${nodes.map((node) => node.target.join(' ')).join(', ')})`);
        expect(report, 'axe violations').toEqual([]);
        expect(problems, 'console errors and warnings').toEqual([]);
      });
    }
  });
}
