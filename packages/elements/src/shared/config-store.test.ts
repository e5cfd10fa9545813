import { afterEach, describe, expect, it, vi } from 'vitest';
import '../rating.js';
import type { CandorRating } from '../rating/rating.js';
import { cleanup, fixture, settle } from '../test-support/fixture.js';
import { retryRemoteConfig } from './config-store.js';

const label = (rating: CandorRating) => rating.shadowRoot!.querySelector('[part="base"]')?.getAttribute('aria-label');
const review = (rating: number, index = 0) => ({ id: `r${index}`, rating, author: 'Jan K.', date: '2026-09-01' });

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the page config', () => {
  it('is read from <script type="application/json" id="candor-config">', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'candor-config';
    script.textContent = JSON.stringify({ reviews: { items: [review(5), review(4, 1)] } });
    document.head.append(script);
    const rating = await fixture<CandorRating>('<candor-rating></candor-rating>', { lang: 'en' });
    expect(label(rating)).toBe('Rated 4.5 out of 5, 2 reviews');
  });
});

describe('config-src', () => {
  function answer(...responses: Array<Response | Error>) {
    const fetch = vi.spyOn(window, 'fetch');
    for (const response of responses) {
      if (response instanceof Error) fetch.mockRejectedValueOnce(response);
      else fetch.mockResolvedValueOnce(response);
    }
    return fetch;
  }

  it('loads the config from a URL, once for every element that names it', async () => {
    const fetch = answer(new Response(JSON.stringify({ reviews: { items: [review(3)] } })));
    const markup = '<candor-rating config-src="/shop-a.json"></candor-rating>';
    const first = await fixture<CandorRating>(markup, { lang: 'en' });
    const second = await fixture<CandorRating>(markup, { lang: 'en' });
    await vi.waitFor(() => expect(label(first)).toBe('Rated 3.0 out of 5, 1 review'));
    await settle(second);
    expect(label(second)).toBe('Rated 3.0 out of 5, 1 review');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('shows nothing and says why for an HTTP error, garbage or a network failure, and can retry', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    answer(
      new Response('oops', { status: 500 }),
      new Response('<html>not json</html>'),
      new TypeError('Failed to fetch'),
      new Response(JSON.stringify({ reviews: { items: [review(1)] } })),
    );
    for (const [url, expected] of [
      ['/broken-500.json', /HTTP 500/],
      ['/broken-html.json', /not valid JSON/],
      ['/broken-network.json', /could not be loaded: TypeError: Failed to fetch/],
    ] as const) {
      const rating = await fixture<CandorRating>(`<candor-rating config-src="${url}"></candor-rating>`, { lang: 'en' });
      await vi.waitFor(() => expect(warn.mock.calls.some(([message]) => expected.test(String(message)))).toBe(true));
      expect(rating.shadowRoot!.querySelector('[part="base"]')).toBeNull();
    }
    const rating = await fixture<CandorRating>('<candor-rating config-src="/broken-500.json"></candor-rating>', { lang: 'en' });
    retryRemoteConfig('/broken-500.json');
    await vi.waitFor(() => expect(label(rating)).toBe('Rated 1.0 out of 5, 1 review'));
  });

  it('refuses a URL that is not http(s)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fetch = vi.spyOn(window, 'fetch');
    await fixture<CandorRating>('<candor-rating config-src="javascript:alert(1)"></candor-rating>');
    await vi.waitFor(() => expect(warn.mock.calls.some(([message]) => /must be an http\(s\) URL/.test(String(message)))).toBe(true));
    expect(fetch).not.toHaveBeenCalled();
  });

  it('keeps what it shows while a new config loads and when that one cannot be fetched', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    let answerSlow: (response: Response) => void = () => {};
    answer(
      new Response(JSON.stringify({ reviews: { items: [review(4), review(5, 1)] } })),
      new Response('down for maintenance', { status: 503 }),
    );
    const rating = await fixture<CandorRating>('<candor-rating config-src="/good.json"></candor-rating>', { lang: 'en' });
    await vi.waitFor(() => expect(label(rating)).toBe('Rated 4.5 out of 5, 2 reviews'));

    rating.configSrc = '/failing.json';
    await vi.waitFor(() => expect(window.fetch).toHaveBeenCalledTimes(2));
    await settle(rating);
    expect(label(rating)).toBe('Rated 4.5 out of 5, 2 reviews');

    vi.mocked(window.fetch).mockImplementationOnce(() => new Promise((resolve) => (answerSlow = resolve)));
    rating.configSrc = '/slow.json';
    await settle(rating);
    expect(label(rating)).toBe('Rated 4.5 out of 5, 2 reviews');
    answerSlow(new Response(JSON.stringify({ reviews: { items: [review(2)] } })));
    await vi.waitFor(() => expect(label(rating)).toBe('Rated 2.0 out of 5, 1 review'));
  });
});
