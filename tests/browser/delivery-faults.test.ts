/**
 * Fault suite for `<candor-delivery-notice>`: `config-src` answered badly in every way a real
 * server manages — 500, 404, malformed JSON, wrong shapes, an empty body, a slow drip, a hang.
 * For each: nothing new is shown, one warning says why, nothing throws, the neighbours keep
 * working, and a notice that already showed an estimate keeps it when a later config fails.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../packages/elements/src/delivery-notice.js';
import '../../packages/elements/src/rating.js';
import type { CandorDeliveryNotice } from '../../packages/elements/src/delivery-notice/delivery-notice.js';
import type { CandorRating } from '../../packages/elements/src/rating/rating.js';
import { cleanup, fixture, settle } from '../../packages/elements/src/test-support/fixture.js';
import { BEFORE_CUTOFF, DPD, WARSAW, drip, hang, part, pause, rawText, showsNothing, watchUncaught, withDelivery } from './support/delivery.js';

const TAG = 'Candor <candor-delivery-notice>: ';
const ATTRIBUTES = `now="${BEFORE_CUTOFF}" destination="PL"`;
const GOOD = JSON.stringify(withDelivery(WARSAW));
/** Only DPD: a config whose arrival line differs from GOOD's. */
const OTHER = JSON.stringify(withDelivery({ ...WARSAW, carriers: [DPD] }));
const HEADLINE = 'Order within 2 h 14 min and it ships today';

type Answer = (input: RequestInfo | URL, init?: RequestInit) => Response | Promise<Response>;

/** Answers each fetch by its path; a path without an answer is a test mistake, answered 418. */
function serve(answers: Record<string, Answer>) {
  return vi.spyOn(window, 'fetch').mockImplementation(async (input, init) => {
    const path = new URL(input instanceof Request ? input.url : String(input)).pathname;
    const answer = answers[path];
    return answer ? answer(input, init) : new Response('no such fixture', { status: 418 });
  });
}

let warnings: string[];
let uncaught: ReturnType<typeof watchUncaught>;
const containers: HTMLElement[] = [];

beforeEach(() => {
  warnings = [];
  vi.spyOn(console, 'warn').mockImplementation((...parts: unknown[]) => void warnings.push(parts.map(String).join(' ')));
  uncaught = watchUncaught();
});

afterEach(() => {
  uncaught.stop();
  cleanup();
  for (const container of containers.splice(0)) container.remove();
  vi.restoreAllMocks();
});

const linesAbout = (path: string) => warnings.filter((line) => line.includes(path));

/** A notice with `config-src` between a notice with its own config and a rating with its own numbers. */
async function mountBeside(url: string) {
  const container = document.createElement('div');
  container.lang = 'en';
  document.body.append(container);
  containers.push(container);
  // The neighbour gets its config before it connects: connected without one, it would log "no config".
  const neighbour = document.createElement('candor-delivery-notice');
  neighbour.setAttribute('now', BEFORE_CUTOFF);
  neighbour.setAttribute('destination', 'PL');
  neighbour.config = withDelivery(WARSAW);
  container.append(neighbour);
  await settle(neighbour);
  const broken = document.createElement('candor-delivery-notice');
  broken.setAttribute('now', BEFORE_CUTOFF);
  broken.setAttribute('destination', 'PL');
  broken.setAttribute('config-src', url);
  neighbour.after(broken);
  const rating = document.createElement('candor-rating');
  rating.value = 4.5;
  rating.count = 2;
  broken.after(rating);
  await settle(broken);
  await settle(rating);
  return { neighbour, broken, rating };
}

/** The neighbours render and still react to changes. */
async function expectNeighboursWork(neighbour: CandorDeliveryNotice, rating: CandorRating): Promise<void> {
  expect(rawText(neighbour, 'headline')).toBe(HEADLINE);
  neighbour.destination = 'DE';
  await settle(neighbour);
  expect(rawText(neighbour, 'arrival')).toMatch(/ with Kurier DPD$/);
  neighbour.destination = 'PL';
  await settle(neighbour);
  expect(rating.shadowRoot!.querySelector('[part="base"]')?.getAttribute('aria-label')).toBe('Rated 4.5 out of 5, 2 reviews');
  rating.value = 2;
  await settle(rating);
  expect(rating.shadowRoot!.querySelector('[part="base"]')?.getAttribute('aria-label')).toBe('Rated 2.0 out of 5, 2 reviews');
}

describe('config-src that answers badly', () => {
  const cases: Array<{ name: string; answer: Answer; warning: RegExp }> = [
    { name: '500', answer: () => new Response('Internal Server Error', { status: 500 }), warning: /answered HTTP 500$/ },
    { name: '404', answer: () => new Response('Not found', { status: 404 }), warning: /answered HTTP 404$/ },
    { name: '503 with a valid config as its body', answer: () => new Response(GOOD, { status: 503 }), warning: /answered HTTP 503$/ },
    { name: 'malformed JSON', answer: () => new Response('{ "delivery": { "carriers": [ } '), warning: /is not valid JSON/ },
    { name: 'an empty body', answer: () => new Response(''), warning: /is not valid JSON/ },
    { name: 'an HTML error page with status 200', answer: () => new Response('<!doctype html><h1>Oops</h1>'), warning: /is not valid JSON/ },
    { name: 'a JSON array', answer: () => new Response('[1, 2, 3]'), warning: /the config must be a JSON object/ },
    { name: 'an object with no delivery section', answer: () => new Response('{"shop": {"name": "A"}}'), warning: /has no "delivery" section \(\/delivery\)/ },
    { name: 'a delivery section of the wrong type', answer: () => new Response('{"delivery": "tomorrow"}'), warning: /: \/delivery / },
    { name: 'an unknown time zone', answer: () => new Response(JSON.stringify(withDelivery({ ...WARSAW, timeZone: 'Mars/Olympus_Mons' }))), warning: /\/delivery\/timeZone / },
    { name: 'no carriers', answer: () => new Response(JSON.stringify(withDelivery({ ...WARSAW, carriers: [] }))), warning: /\/delivery\/carriers / },
    { name: 'a transit range upside down', answer: () => new Response(JSON.stringify(withDelivery({ ...WARSAW, carriers: [{ id: 'dpd', transit: { PL: [5, 2] } }] }))), warning: /\/delivery\/carriers\/0\/transit\/PL / },
    { name: 'a dripping body that ends malformed', answer: () => new Response(drip('{"delivery": {"carriers": [', 5)), warning: /is not valid JSON/ },
  ];

  for (const [index, { name, answer, warning }] of cases.entries()) {
    it(`${name}: shows nothing, warns once, throws nothing, spares its neighbours`, async () => {
      const path = `/delivery-faults/${index}.json`;
      serve({ [path]: answer });
      const { neighbour, broken, rating } = await mountBeside(path);
      // A second notice naming the same URL shares the answer and the single warning.
      const twin = await fixture<CandorDeliveryNotice>(`<candor-delivery-notice ${ATTRIBUTES} config-src="${path}"></candor-delivery-notice>`, { lang: 'en' });

      await vi.waitFor(() => expect(linesAbout(path).some((line) => warning.test(line))).toBe(true));
      await settle(broken);
      await settle(twin);
      await pause();
      expect(linesAbout(path)).toHaveLength(1);
      expect(linesAbout(path)[0]!.startsWith(TAG)).toBe(true);
      expect(warnings.filter((line) => line.startsWith(TAG) && !line.includes(path))).toEqual([]);
      expect(showsNothing(broken)).toBe(true);
      expect(showsNothing(twin)).toBe(true);
      await expectNeighboursWork(neighbour, rating);
      expect(uncaught.errors).toEqual([]);
    });
  }

  it('a slow drip of a valid config shows nothing meanwhile, blocks nobody, and renders once the last byte is in', async () => {
    serve({ '/delivery-faults/drip-valid.json': () => new Response(drip(GOOD, 5)) });
    const { neighbour, broken, rating } = await mountBeside('/delivery-faults/drip-valid.json');
    expect(showsNothing(broken)).toBe(true);
    await expectNeighboursWork(neighbour, rating);
    await vi.waitFor(() => expect(rawText(broken, 'headline')).toBe(HEADLINE), { timeout: 10_000 });
    expect(warnings).toEqual([]);
    expect(uncaught.errors).toEqual([]);
  });

  it('a hang is bounded: nothing meanwhile, neighbours work, then one time-out warning', async () => {
    // AbortSignal.timeout runs on the browser's clock, which fake timers do not reach: stand in
    // for it, and end the wait by hand, as if the time were up.
    const timeouts: number[] = [];
    const clock = new AbortController();
    vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms: number) => {
      timeouts.push(ms);
      return clock.signal;
    });
    const fetch = serve({ '/delivery-faults/hang.json': hang });
    const { neighbour, broken, rating } = await mountBeside('/delivery-faults/hang.json');
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    await pause(100);
    expect(showsNothing(broken)).toBe(true);
    await expectNeighboursWork(neighbour, rating);
    expect(warnings).toEqual([]);
    expect(timeouts).toHaveLength(1);
    expect(timeouts[0]).toBeGreaterThan(0);
    expect(timeouts[0]).toBeLessThanOrEqual(10_000);

    clock.abort(new DOMException('signal timed out', 'TimeoutError'));
    const url = new URL('/delivery-faults/hang.json', document.baseURI).href;
    await vi.waitFor(() => expect(warnings).toEqual([`${TAG}${url} could not be loaded: no answer within 10 s`]));
    await settle(broken);
    expect(showsNothing(broken)).toBe(true);
    expect(uncaught.errors).toEqual([]);
  });
});

describe('a later config that fails', () => {
  async function showingGood(path: string) {
    const notice = await fixture<CandorDeliveryNotice>(`<candor-delivery-notice ${ATTRIBUTES} config-src="${path}"></candor-delivery-notice>`, { lang: 'en' });
    await vi.waitFor(() => expect(rawText(notice, 'headline')).toBe(HEADLINE));
    return { notice, shown: notice.shadowRoot!.textContent };
  }

  it('keeps the estimate it showed through a 500, a 404, malformed JSON, an empty body and a hang; a good config then replaces it', async () => {
    const clock = new AbortController();
    vi.spyOn(AbortSignal, 'timeout').mockImplementation(() => clock.signal);
    serve({
      '/delivery-later/good.json': () => new Response(GOOD),
      '/delivery-later/500.json': () => new Response('oops', { status: 500 }),
      '/delivery-later/404.json': () => new Response('gone', { status: 404 }),
      '/delivery-later/malformed.json': () => new Response('{"delivery": '),
      '/delivery-later/empty.json': () => new Response(''),
      '/delivery-later/hang.json': hang,
      '/delivery-later/other.json': () => new Response(OTHER),
    });
    const { notice, shown } = await showingGood('/delivery-later/good.json');

    for (const path of ['/delivery-later/500.json', '/delivery-later/404.json', '/delivery-later/malformed.json', '/delivery-later/empty.json']) {
      notice.configSrc = path;
      await vi.waitFor(() => expect(linesAbout(path)).toHaveLength(1));
      await settle(notice);
      expect(notice.shadowRoot!.textContent, path).toBe(shown);
      expect(linesAbout(path)[0]!.startsWith(TAG)).toBe(true);
    }

    notice.configSrc = '/delivery-later/hang.json';
    await pause(100);
    await settle(notice);
    expect(notice.shadowRoot!.textContent, 'while it hangs').toBe(shown);
    clock.abort(new DOMException('signal timed out', 'TimeoutError'));
    await vi.waitFor(() => expect(linesAbout('/delivery-later/hang.json')).toHaveLength(1));
    await settle(notice);
    expect(notice.shadowRoot!.textContent, 'after the time-out').toBe(shown);

    notice.configSrc = '/delivery-later/other.json';
    await vi.waitFor(() => expect(rawText(notice, 'arrival')).toMatch(/ with Kurier DPD$/));
    expect(part(notice, 'select')).toBeNull();
    expect(uncaught.errors).toEqual([]);
  });

  // BUG or design gap (elements/src/shared/config-controller.ts `section()`): the last good
  // section is kept only while a config loads or cannot be fetched, not when it arrives with
  // the wrong shape. DESIGN.md ("Faults": a malformed endpoint keeps what was shown) reads as
  // covering this too. Expected: the estimate stays, with the warning; actual: it disappears.
  it('keeps the estimate it showed when a later config arrives with the wrong shape', async () => {
    serve({
      '/delivery-later/good-2.json': () => new Response(GOOD),
      '/delivery-later/shape.json': () => new Response(JSON.stringify(withDelivery({ ...WARSAW, carriers: [] }))),
    });
    const { notice, shown } = await showingGood('/delivery-later/good-2.json');
    notice.configSrc = '/delivery-later/shape.json';
    await vi.waitFor(() => expect(linesAbout('/delivery-later/shape.json')).toHaveLength(1));
    await settle(notice);
    expect(notice.shadowRoot!.textContent).toBe(shown);
  });
});
