import { afterEach, describe, expect, it, vi } from 'vitest';
import { LitElement } from 'lit';
import { answerReviewsRequest, type Review } from '@candor/core';
import { RemoteReviewsController } from './remote-reviews.js';

class RemoteHost extends LitElement {
  readonly remote = new RemoteReviewsController(this, 50);
}
customElements.define('remote-reviews-host', RemoteHost);

const items: Review[] = Array.from({ length: 12 }, (_, index) => ({
  id: `r${index}`,
  rating: (index % 5) + 1,
  author: 'Ewa M.',
  date: `2026-10-${String(index + 1).padStart(2, '0')}`,
}));
const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

let host: RemoteHost;

afterEach(() => {
  host?.remove();
  vi.restoreAllMocks();
});

/** A fetch that never answers but, like the real one, rejects when its signal aborts. */
function silentServer() {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(
    (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
      }),
  );
}

describe('RemoteReviewsController', () => {
  it('gives up on a page that does not come in time and offers a retry', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    silentServer();
    host = document.createElement('remote-reviews-host') as RemoteHost;
    document.body.append(host);
    host.remote.show('https://shop.example/reviews', {}, 10);
    expect(host.remote.status).toBe('loading');
    await vi.waitFor(() => expect(host.remote.status).toBe('error'));
    expect(warn.mock.calls.some(([message]) => String(message).includes('no answer in time'))).toBe(true);

    vi.mocked(globalThis.fetch).mockImplementation(async (input) => json(answerReviewsRequest(items, new URL(String(input)).searchParams)));
    // Asking again for the same list waits for the buyer's retry.
    host.remote.show('https://shop.example/reviews', {}, 10);
    expect(host.remote.status).toBe('error');
    host.remote.retry();
    await vi.waitFor(() => expect(host.remote.status).toBe('ready'));
    expect(host.remote.view.items).toHaveLength(10);
    expect(host.remote.view.total).toBe(12);
  });

  it('drops the page of a query the buyer has already left', async () => {
    let answerFirst: (response: Response) => void = () => {};
    const fetch = vi.spyOn(globalThis, 'fetch');
    fetch.mockImplementationOnce((_input, init) => new Promise((resolve, reject) => {
      answerFirst = resolve;
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
    }));
    fetch.mockImplementation(async (input) => json(answerReviewsRequest(items, new URL(String(input)).searchParams)));
    host = document.createElement('remote-reviews-host') as RemoteHost;
    document.body.append(host);
    host.remote.show('https://shop.example/reviews', {}, 10);
    const firstSignal = fetch.mock.calls[0]![1]!.signal!;
    host.remote.show('https://shop.example/reviews', { stars: [1] }, 10);
    expect(firstSignal.aborted).toBe(true);
    answerFirst(json(answerReviewsRequest(items, new URLSearchParams())));
    await vi.waitFor(() => expect(host.remote.status).toBe('ready'));
    expect(host.remote.view.items.map((review) => review.rating)).toEqual([1, 1, 1]);
  });
});
