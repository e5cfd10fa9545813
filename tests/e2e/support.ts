import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

/** The port the end-to-end tests run the demo shop on, away from `npm start`'s 4173 (E2E_PORT to change). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4391);

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const fromRoot = (path: string): string => fileURLToPath(new URL(path, new URL('../../', import.meta.url)));

/** The text of a file in tests/e2e/fixtures/. */
export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** A sample merchant config from examples/configs/, parsed. */
export function sampleConfig(name: string): unknown {
  return JSON.parse(readFileSync(fromRoot(`examples/configs/${name}`), 'utf8'));
}

/**
 * The rating a page should show for a config (of one product, when given): every review's rating counts, averaged and
 * rounded half-up to one decimal. Computed here from the JSON on its own, not with core's
 * helper, so that a bug there cannot make the test agree with it.
 */
export function expectedRating(config: unknown, product?: string): { average: number; count: number; shown: string } {
  const all = (config as { reviews?: { items?: { rating: number; product?: string }[] } }).reviews?.items ?? [];
  const items = product === undefined ? all : all.filter((review) => review.product === product);
  const sum = items.reduce((total, review) => total + review.rating, 0);
  const count = items.length;
  if (count === 0) throw new Error('The sample config has no reviews to average');
  const average = Math.round((sum * 10) / count) / 10;
  const shown = new Intl.NumberFormat('pl', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average);
  return { average, count, shown };
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${JSON.stringify(needle)} is not in the fixture`);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

export interface PageProblems {
  errors: string[];
  warnings: string[];
  failedRequests: string[];
}

/**
 * Records everything that should never happen on the shop page: console errors and warnings,
 * uncaught exceptions, Content-Security-Policy violations and requests that fail.
 */
export async function watchProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { errors: [], warnings: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
    if (message.type() === 'warning') problems.warnings.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} HTTP ${response.status()}`);
  });
  await page.exposeFunction('reportCspViolation', (text: string) => problems.errors.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return problems;
}

/** Waits until the rating next to the product title has rendered, i.e. the page is live. */
export async function waitForShop(page: Page): Promise<void> {
  await page.locator('.rating-row candor-rating').getByRole('img').waitFor();
}
