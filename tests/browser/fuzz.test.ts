/**
 * Fuzzing (issue 3): arbitrary JSON, and objects shaped like a config with random sections,
 * through `<candor-rating>`'s `config` property. It never throws, it renders whenever its
 * section is valid, and an empty shadow root always has a logged reason.
 */
import fc from 'fast-check';
import { validateReviewsSection } from '@candor/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import '../../packages/elements/src/rating.js';
import type { CandorRating } from '../../packages/elements/src/rating/rating.js';
import { settle } from '../../packages/elements/src/test-support/fixture.js';

const NAUGHTY = fc.constantFrom('<img src=x onerror=window.__pwned=1>', '"><script>window.__pwned=1</script>', '${window.__pwned=1}', '<!--?lit$1$-->', '__proto__', '', ' ');
const text = fc.oneof(fc.string(), NAUGHTY);

/** A review that is usually valid, so that the happy path is fuzzed as well as the refusals. */
const plausibleReview = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 6 }),
    rating: fc.integer({ min: 1, max: 5 }),
    author: fc.string({ minLength: 1 }),
    date: fc.constantFrom('2026-09-01', '2024-02-29'),
    title: fc.string({ minLength: 1 }),
    body: text,
    product: fc.constantFrom('sku-1', 'sku-2', '<b>sku</b>'),
    verified: fc.boolean(),
  },
  { requiredKeys: ['id', 'rating', 'author', 'date'] },
);

/** A review with any field of any kind. */
const wildReview = fc.record(
  {
    id: fc.oneof(text, fc.integer()),
    rating: fc.oneof(fc.integer({ min: -1, max: 7 }), fc.double(), fc.string()),
    author: fc.oneof(text, fc.jsonValue({ maxDepth: 1 })),
    date: fc.oneof(fc.constantFrom('2026-09-01', '2026-02-30', '01.09.2026'), fc.string()),
    product: text,
    reply: fc.jsonValue({ maxDepth: 2 }),
  },
  { requiredKeys: [] },
);

const configShaped = fc.record(
  {
    shop: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.record({ name: text, locale: fc.constantFrom('pl', 'en', 'sl', 'el', 'xx', '', '<b>') })),
    reviews: fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      { arbitrary: fc.record({ items: fc.array(plausibleReview, { maxLength: 8 }) }, { requiredKeys: [] }), weight: 3 },
      fc.record({ items: fc.array(fc.oneof(plausibleReview, wildReview), { maxLength: 8 }) }, { requiredKeys: [] }),
    ),
    delivery: fc.jsonValue({ maxDepth: 2 }),
    surprise: fc.jsonValue({ maxDepth: 2 }),
  },
  { requiredKeys: [] },
);

const warnings: string[] = [];
const uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${String(event.reason)}`);
let container: HTMLElement;

beforeAll(() => {
  // Every warning of the whole run: a problem is logged once per page, so an empty element may
  // rely on a line that an earlier run already logged for the same problem.
  vi.spyOn(console, 'warn').mockImplementation((...parts: unknown[]) => {
    warnings.push(parts.map(String).join(' '));
  });
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  container = document.createElement('div');
  container.lang = 'en';
  document.body.append(container);
});

afterAll(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  container.remove();
  vi.restoreAllMocks();
});

/**
 * Why a rating given `config` may show nothing, as words a logged line must contain; undefined
 * when it has what it needs and must render. Worked out from the config and core's validator,
 * not from the element.
 */
function expectedReason(config: unknown): string[] | undefined {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return ['JSON object'];
  const reviews = (config as Record<string, unknown>).reviews;
  if (reviews === undefined) return ['"reviews"'];
  const result = validateReviewsSection(reviews);
  if (result.ok) return undefined;
  const first = result.errors[0]!;
  return [first.path, first.message];
}

async function render(config: unknown, product: string | null): Promise<CandorRating> {
  const rating = document.createElement('candor-rating');
  if (product !== null) rating.setAttribute('product', product);
  rating.config = config as CandorRating['config'];
  container.append(rating);
  await settle(rating);
  return rating;
}

let rendered = 0;

async function check(rating: CandorRating, config: unknown): Promise<void> {
  const root = rating.shadowRoot!;
  const empty = root.childElementCount === 0 && root.textContent!.trim() === '';
  const reason = expectedReason(config);
  if (reason === undefined) {
    // Valid reviews always show: stars with a label, or the "no reviews yet" text.
    expect(empty, JSON.stringify(config)).toBe(false);
    rendered += 1;
    const label = root.querySelector('[part="base"]')?.getAttribute('aria-label');
    if (label !== undefined) expect(label, JSON.stringify(config)).toMatch(/^Rated \d\.\d out of 5, [\d,]+ reviews?$/);
    else expect(root.querySelector('[part="empty"]')?.textContent?.trim(), JSON.stringify(config)).toBeTruthy();
  } else {
    expect(empty, JSON.stringify(config)).toBe(true);
    // The wording of schema problems loads on demand, so their warning may come a moment later.
    await vi.waitFor(() => {
      const logged = warnings.some((line) => line.startsWith('Candor <candor-rating>:') && reason.every((words) => line.includes(words)));
      expect(logged, `no warning for ${JSON.stringify(config)}; expected one naming ${JSON.stringify(reason)}`).toBe(true);
    }, { timeout: 3_000 });
  }
  expect(root.querySelector('img, script, iframe, b, a')).toBeNull();
  expect(uncaught).toEqual([]);
  expect((window as Window & { __pwned?: unknown }).__pwned).toBeUndefined();
}

describe('<candor-rating> fed arbitrary configs', () => {
  it('arbitrary JSON never throws and never leaves it empty without a logged reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (config) => {
        const rating = await render(config, null);
        try {
          await check(rating, config);
        } finally {
          rating.remove();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('config-shaped objects never throw; valid reviews always render, anything else says why', async () => {
    rendered = 0;
    await fc.assert(
      fc.asyncProperty(configShaped, fc.option(fc.constantFrom('sku-1', 'sku-2', '<b>sku</b>', 'none')), async (config, product) => {
        const rating = await render(config, product);
        try {
          await check(rating, config);
        } finally {
          rating.remove();
        }
      }),
      { numRuns: 400 },
    );
    // The generator must reach the rendering path often, or this property proves little.
    expect(rendered).toBeGreaterThan(100);
  });

  it('a config that changes under a mounted element keeps it consistent at every step', async () => {
    const rating = await render(undefined, null);
    try {
      await fc.assert(
        fc.asyncProperty(fc.oneof(configShaped, fc.jsonValue({ maxDepth: 3 })), async (config) => {
          rating.config = config as CandorRating['config'];
          await settle(rating);
          await check(rating, config);
        }),
        { numRuns: 200 },
      );
    } finally {
      rating.remove();
    }
  });
});
