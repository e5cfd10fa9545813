/**
 * Fault suite (issue 3): `config-src` answered badly in every way a real server manages.
 * config-store.test.ts already covers 500, an HTML page, a network failure and retrying; this
 * file completes it with 404, wrong shapes, empty and dripping bodies and a hang, and checks
 * for each that nothing throws, the element shows nothing and says why once, and its
 * neighbours keep working.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../packages/elements/src/rating.js';
import type { CandorRating } from '../../packages/elements/src/rating/rating.js';
import { cleanup, fixture, settle } from '../../packages/elements/src/test-support/fixture.js';

const REVIEWS = { reviews: { items: [{ id: 'r1', rating: 4, author: 'Ana', date: '2026-09-01' }] } };
const label = (rating: CandorRating) => rating.shadowRoot!.querySelector('[part="base"]')?.getAttribute('aria-label');

/** A body that arrives a few bytes at a time, `delay` ms apart. */
function drip(text: string, delay: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      controller.enqueue(bytes.slice(offset, offset + 4));
      offset += 4;
      if (offset >= bytes.length) controller.close();
    },
  });
}

/** A fetch that never answers until its signal aborts, as a server that holds the connection. */
function hang(_input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return new Promise((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
  });
}

let uncaught: string[];
const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${String(event.reason)}`);

beforeEach(() => {
  uncaught = [];
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  cleanup();
  vi.restoreAllMocks();
});

/** Mounts a failing element between two working ones: a fixed rating and a page-less config one. */
async function mountBeside(url: string) {
  const fixed = await fixture<CandorRating>('<candor-rating value="4.5" count="2"></candor-rating>', { lang: 'en' });
  const broken = await fixture<CandorRating>(`<candor-rating config-src="${url}"></candor-rating>`, { lang: 'en' });
  const configured = document.createElement('candor-rating');
  configured.config = REVIEWS;
  broken.after(configured);
  await settle(configured);
  return { fixed, broken, configured };
}

/** Neighbours still render and still react to changes. */
async function expectNeighboursWork(fixed: CandorRating, configured: CandorRating): Promise<void> {
  expect(label(fixed)).toBe('Rated 4.5 out of 5, 2 reviews');
  fixed.value = 2;
  await settle(fixed);
  expect(label(fixed)).toBe('Rated 2.0 out of 5, 2 reviews');
  expect(label(configured)).toBe('Rated 4.0 out of 5, 1 review');
}

/** Nothing visible: no elements, no text, no box. */
function expectEmpty(rating: CandorRating): void {
  expect(rating.shadowRoot!.childElementCount).toBe(0);
  expect(rating.shadowRoot!.textContent!.trim()).toBe('');
  expect(rating.getBoundingClientRect().width).toBe(0);
}

describe('config-src that answers badly', () => {
  const cases: Array<{ name: string; answer: () => Response; warning: RegExp }> = [
    { name: '404', answer: () => new Response('Not found', { status: 404 }), warning: /answered HTTP 404/ },
    { name: '503 with a JSON body', answer: () => new Response(JSON.stringify(REVIEWS), { status: 503 }), warning: /answered HTTP 503/ },
    { name: 'malformed JSON', answer: () => new Response('{ "reviews": { "items": [ } '), warning: /is not valid JSON/ },
    { name: 'an empty body', answer: () => new Response(''), warning: /is not valid JSON/ },
    { name: 'a JSON array', answer: () => new Response('[1, 2, 3]'), warning: /must be a JSON object/ },
    { name: 'an object with no reviews', answer: () => new Response('{"shop": {"name": "A"}}'), warning: /no "reviews" section \(\/reviews\)/ },
    { name: 'reviews of the wrong shape', answer: () => new Response('{"reviews": {"items": "many"}}'), warning: /\/reviews\/items / },
    { name: 'a review with a rating out of range', answer: () => new Response('{"reviews": {"items": [{"id": "r", "rating": 7, "author": "A", "date": "2026-09-01"}]}}'), warning: /\/reviews\/items\/0\/rating / },
    { name: 'a dripping body that ends malformed', answer: () => new Response(drip('{"reviews": {"items": [', 5)), warning: /is not valid JSON/ },
  ];

  for (const [index, { name, answer, warning }] of cases.entries()) {
    it(`${name}: shows nothing, warns once, throws nothing, spares its neighbours`, async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      vi.spyOn(window, 'fetch').mockImplementation(async () => answer());
      const url = `/faults/${index}.json`;
      const { fixed, broken, configured } = await mountBeside(url);
      // A second element naming the same URL shares the answer and the single warning.
      const twin = await fixture<CandorRating>(`<candor-rating config-src="${url}"></candor-rating>`, { lang: 'en' });

      await vi.waitFor(() => expect(warn.mock.calls.some(([message]) => warning.test(String(message)))).toBe(true));
      await settle(broken);
      await settle(twin);
      const lines = warn.mock.calls.map(([message]) => String(message));
      expect(lines.filter((line) => warning.test(line))).toHaveLength(1);
      expect(lines.every((line) => line.startsWith('Candor <candor-rating>: '))).toBe(true);
      expectEmpty(broken);
      expectEmpty(twin);
      await expectNeighboursWork(fixed, configured);
      expect(uncaught).toEqual([]);
    });
  }

  // Each warning names its config's source, so two broken configs are never one warning.
  it('two different configs that are not objects each get a warning naming their URL', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const answers: Record<string, string> = { '/faults/array.json': '[1, 2, 3]', '/faults/null.json': 'null', '/faults/string.json': '"candor"' };
    vi.spyOn(window, 'fetch').mockImplementation(async (input) => new Response(answers[new URL(String(input)).pathname]));
    const ratings: CandorRating[] = [];
    for (const url of Object.keys(answers)) {
      ratings.push(await fixture<CandorRating>(`<candor-rating config-src="${url}"></candor-rating>`, { lang: 'en' }));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const rating of ratings) await settle(rating);
    for (const rating of ratings) expectEmpty(rating);
    const lines = warn.mock.calls.map(([message]) => String(message));
    for (const url of Object.keys(answers)) {
      expect(lines.filter((line) => line.includes(url) && /JSON object/.test(line)), url).toHaveLength(1);
    }
    expect(uncaught).toEqual([]);
  });

  it('a slow drip of a valid config renders once the last byte is in, and blocks nobody meanwhile', async () => {
    vi.spyOn(window, 'fetch').mockImplementation(async () => new Response(drip(JSON.stringify(REVIEWS), 10)));
    const { fixed, broken, configured } = await mountBeside('/faults/drip-valid.json');
    expectEmpty(broken);
    await expectNeighboursWork(fixed, configured);
    await vi.waitFor(() => expect(label(broken)).toBe('Rated 4.0 out of 5, 1 review'), { timeout: 5_000 });
    expect(uncaught).toEqual([]);
  });

  it('a hang is bounded: nothing meanwhile, neighbours work, then one time-out warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // AbortSignal.timeout runs on the browser's clock, which fake timers do not reach: stand in
    // for it, and end the wait by hand, as if the time were up.
    const timeouts: number[] = [];
    const clock = new AbortController();
    vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms: number) => {
      timeouts.push(ms);
      return clock.signal;
    });
    const fetch = vi.spyOn(window, 'fetch').mockImplementation(hang);
    const { fixed, broken, configured } = await mountBeside('/faults/hang.json');
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));

    await new Promise((resolve) => setTimeout(resolve, 100));
    expectEmpty(broken);
    await expectNeighboursWork(fixed, configured);
    expect(warn).not.toHaveBeenCalled();
    expect(timeouts).toHaveLength(1);
    expect(timeouts[0]).toBeGreaterThan(0);
    expect(timeouts[0]).toBeLessThanOrEqual(10_000);

    clock.abort(new DOMException('signal timed out', 'TimeoutError'));
    await vi.waitFor(() => expect(warn.mock.calls.map(([message]) => String(message))).toEqual([
      `Candor <candor-rating>: ${new URL('/faults/hang.json', document.baseURI).href} could not be loaded: no answer within 10 s`,
    ]));
    expectEmpty(broken);
    expect(uncaught).toEqual([]);
  });

  it('a body that stalls half-way counts against the same time-out', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const clock = new AbortController();
    vi.spyOn(AbortSignal, 'timeout').mockImplementation(() => clock.signal);
    vi.spyOn(window, 'fetch').mockImplementation(async (_input, init) => {
      const stalled = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"reviews": '));
          init?.signal?.addEventListener('abort', () => controller.error(init.signal!.reason));
        },
      });
      return new Response(stalled);
    });
    const { broken } = await mountBeside('/faults/stall.json');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expectEmpty(broken);
    clock.abort(new DOMException('signal timed out', 'TimeoutError'));
    // The real fetch rejects the body with the abort reason; through a mocked Response it
    // arrives as a TypeError. Either way the wait ends, with a warning naming the URL.
    await vi.waitFor(() => expect(warn.mock.calls.some(([message]) => /stall\.json could not be loaded: /.test(String(message)))).toBe(true));
    expectEmpty(broken);
    expect(uncaught).toEqual([]);
  });
});
