/**
 * Security suite (issue 3) on the demo shop as served, with its strict CSP and Trusted Types:
 * merchant configs whose keys and values are XSS vectors go through the `/?config=URL`
 * preview. Whether the preview lists them as problems or applies them to the elements, they
 * must stay text: no trap fires, no dialog opens, no CSP violation, no link with a script scheme.
 */
import { existsSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { fromRoot, sampleConfig, watchProblems, type PageProblems } from './support.js';

test.beforeAll(() => {
  if (!existsSync(fromRoot('examples/demo-shop/dist/main.js'))) {
    throw new Error('examples/demo-shop/dist/main.js is missing: run `npm run build` before the end-to-end tests.');
  }
});

/** Vectors without `"` or `\`, which messages quote escaped: these must appear exactly as written. */
const LITERAL_VECTORS = [
  '<img src=x onerror=window.__pwned=1>',
  '<svg onload=window.__pwned=1>',
  '<script>window.__pwned=1</script>',
  "'><iframe srcdoc=<script>parent.__pwned=1</script>>",
  '${window.__pwned=1}',
  '<!--?lit$123$-->',
  '{{constructor.constructor(alert)(1)}}',
];

interface Watch {
  problems: PageProblems;
  dialogs: string[];
}

/** Records dialogs (dismissing them) and everything watchProblems records, CSP violations included. */
async function watch(page: Page): Promise<Watch> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { problems: await watchProblems(page), dialogs };
}

async function serveConfig(page: Page, pathname: string, config: unknown): Promise<void> {
  // A predicate, not a glob: the page's own URL carries the same path in its query.
  await page.route((url) => url.pathname === pathname, (route) => route.fulfill({ body: JSON.stringify(config, null, 2), contentType: 'application/json' }));
}

/** Nothing ran and nothing was made from the data: no trap, no dialog, no CSP report, no handler attribute, no script link. */
async function expectNothingRan(page: Page, { problems, dialogs }: Watch): Promise<void> {
  // Give an injected image or timer the time to fire.
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
  expect(dialogs).toEqual([]);
  expect(problems.errors).toEqual([]);
  const unsafe = await page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        for (const name of element.getAttributeNames()) {
          const value = element.getAttribute(name) ?? '';
          if (name.startsWith('on')) found.push(`<${element.localName} ${name}>`);
          // The contact hub's links add the contact schemes DESIGN.md allows: mail, phone, text messages, Viber.
          if (/^(href|src|action|formaction|xlink:href|srcdoc)$/.test(name) && !/^(https?:|mailto:|tel:|sms:|viber:|\/|#|\.|[^:]*$)/i.test(value.trim())) {
            found.push(`<${element.localName} ${name}="${value}">`);
          }
        }
        if (element.localName === 'iframe') found.push('<iframe>');
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
  expect(unsafe).toEqual([]);
}

test.describe('the config preview with hostile configs', () => {
  test('lists vectors in keys and values as literal text, and runs none of them', async ({ page }) => {
    const seen = await watch(page);
    const [image, svg, script, iframe, template, litMarker, mustache] = LITERAL_VECTORS as [string, ...string[]];
    const config = {
      shop: { name: image, url: 'javascript:window.__pwned=1', country: 'PL', locale: svg, currency: script, timeZone: 'Europe/Warsaw' },
      [iframe!]: { [template!]: 1 },
      reviews: {
        items: [{ id: 'r1', rating: 4, author: litMarker, date: mustache }],
        disclosure: { url: 'JaVaScRiPt:window.__pwned=1' },
      },
      [litMarker!]: mustache,
    };
    await serveConfig(page, '/e2e-fixtures/hostile.candor.json', config);
    await page.goto('/?config=/e2e-fixtures/hostile.candor.json');

    const panel = page.locator('.config-problems');
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    const text = (await panel.textContent()) ?? '';
    for (const vector of [svg, script, iframe, litMarker, mustache]) expect(text, vector).toContain(vector);
    await expect(panel.getByRole('listitem').filter({ hasText: '/shop/url' })).toContainText('javascript:');
    await expect(panel.getByRole('listitem').filter({ hasText: '/reviews/disclosure/url' })).toHaveCount(1);
    await expect(panel.locator('*:not(h2, p, code, ol, li, span)')).toHaveCount(0);
    // The shop goes on with its own config.
    await expect(page.locator('.rating-row candor-rating').getByRole('img')).toBeVisible();
    await expectNothingRan(page, seen);
  });

  test('a vector in the config address stays text, and is never fetched as a script URL', async ({ page }) => {
    const seen = await watch(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    for (const raw of [
      'javascript:window.__pwned=1',
      ' JaVaScRiPt:window.__pwned=1',
      'java\tscript:window.__pwned=1',
      'data:text/html,<script>window.__pwned=1</script>',
      'vbscript:msgbox(1)',
      '<img src=x onerror=window.__pwned=1>',
    ]) {
      await page.goto(`/?config=${encodeURIComponent(raw)}`);
      await expect(page.locator('.config-problems')).toBeVisible();
      await expectNothingRan(page, { ...seen, problems: { ...seen.problems, errors: seen.problems.errors.filter((line) => !line.includes('404')) } });
    }
    expect(requested.filter((url) => !url.startsWith('http://localhost'))).toEqual([]);
  });

  test('a valid config full of vectors is applied, every element renders, and all of it stays text', async ({ page }) => {
    const seen = await watch(page);
    const config = structuredClone(sampleConfig('pl-shoes.candor.json')) as {
      shop: { name: string };
      reviews: { items: Array<{ author: string; title?: string; body?: string; product?: string; reply?: { body: string; author: string } }> };
    };
    config.shop.name = LITERAL_VECTORS[0]!;
    for (const [index, review] of config.reviews.items.entries()) {
      const vector = LITERAL_VECTORS[index % LITERAL_VECTORS.length]!;
      review.author = vector;
      review.title = vector;
      review.body = `${vector} "><script>window.__pwned=1</script>`;
      if (review.reply) {
        review.reply.body = vector;
        review.reply.author = vector;
      }
    }
    await serveConfig(page, '/e2e-fixtures/hostile-valid.candor.json', config);
    await page.goto('/?config=/e2e-fixtures/hostile-valid.candor.json');

    await expect(page.getByRole('status').filter({ hasText: 'Podgląd konfiguracji' })).toBeVisible();
    await expect(page.locator('.config-problems')).toHaveCount(0);
    const count = config.reviews.items.length;
    // The ratings that sum up the reviews (beside the title, and the reviews' own average) count every one.
    const summaries = [page.locator('.rating-row candor-rating'), page.locator('candor-reviews candor-rating[part="average"]')];
    for (const rating of summaries) {
      await expect(rating.getByRole('img')).toHaveAccessibleName(new RegExp(`, ${count} (opinii|opinie|opinia)$`));
    }
    // Every review is in the list, its vectors as text.
    await expect(page.locator('candor-reviews [part="review-body"]').first()).toContainText('<script>window.__pwned=1</script>');
    await expectNothingRan(page, seen);
  });
});

test.describe('config-src faults on the served page (real fetch, strict CSP)', () => {
  test('each bad answer leaves its element empty with one warning, and the page whole', async ({ page }) => {
    const seen = await watch(page);
    const answers: Record<string, { status?: number; body: string }> = {
      '/faults/500.json': { status: 500, body: 'oops' },
      '/faults/404.json': { status: 404, body: 'Not found' },
      '/faults/malformed.json': { body: '{ "reviews": { "items": [ } ' },
      '/faults/empty.json': { body: '' },
      '/faults/html.json': { body: '<img src=x onerror=window.__pwned=1>' },
      '/faults/array.json': { body: '[{"reviews": {}}]' },
      '/faults/no-reviews.json': { body: '{"shop": {"name": "A"}}' },
      '/faults/bad-rating.json': { body: '{"reviews": {"items": [{"id": "r", "rating": 9, "author": "<b>A</b>", "date": "2026-09-01"}]}}' },
    };
    await page.route(
      (url) => url.pathname in answers,
      (route) => {
        const { status = 200, body } = answers[new URL(route.request().url()).pathname]!;
        return route.fulfill({ status, body, contentType: 'application/json' });
      },
    );
    await page.goto('/');
    await page.locator('.rating-row candor-rating').getByRole('img').waitFor();
    const before = await page.locator('.rating-row candor-rating').getByRole('img').getAttribute('aria-label');

    await page.evaluate((urls) => {
      const main = document.querySelector('main') ?? document.body;
      for (const url of urls) {
        const rating = document.createElement('candor-rating');
        rating.className = 'fault';
        rating.setAttribute('config-src', url);
        main.append(rating);
      }
    }, Object.keys(answers));

    // Problems with the file name its URL; problems with its content (a known gap: they do not
    // name the file, see faults.test.ts) name what is wrong.
    const says: Record<string, string> = {
      '/faults/array.json': 'must be a JSON object',
      '/faults/no-reviews.json': 'no "reviews" section',
      '/faults/bad-rating.json': '/reviews/items/0/rating',
    };
    for (const url of Object.keys(answers)) {
      const words = says[url] ?? url;
      await expect.poll(() => seen.problems.warnings.filter((line) => line.startsWith('Candor <candor-rating>: ') && line.includes(words)).length, url).toBe(1);
    }
    const emptied = await page.locator('candor-rating.fault').evaluateAll((ratings) => ratings.map((rating) => rating.shadowRoot?.childElementCount ?? -1));
    expect(emptied).toEqual(Object.keys(answers).map(() => 0));
    // One line per problem: the URL-bearing ones name their URL exactly once.
    for (const url of ['/faults/500.json', '/faults/404.json', '/faults/malformed.json', '/faults/empty.json', '/faults/html.json']) {
      expect(seen.problems.warnings.filter((line) => line.includes(url)), url).toHaveLength(1);
    }
    await expect(page.locator('.rating-row candor-rating').getByRole('img')).toHaveAttribute('aria-label', before!);
    // Chromium logs each HTTP error response itself; those two are the fixtures' own doing.
    const errors = seen.problems.errors.filter((line) => !/^Failed to load resource: .* (500|404) /.test(line));
    await expectNothingRan(page, { ...seen, problems: { ...seen.problems, errors } });
  });
});
