import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  answerReviewsRequest,
  displayAuthor,
  formatDate,
  staticReviewsFiles,
  summarizeReviews,
  type CandorConfig,
  type Review,
  type ReviewsConfig,
} from '@candor/core';
import '../reviews.js';
import { CandorReviews, ReviewHelpfulEvent } from './reviews.js';
import { axeViolations, cleanup, fixture, settle } from '../test-support/fixture.js';

const disclosure: NonNullable<ReviewsConfig['disclosure']> = {
  verification: 'some-verified',
  text: 'We invite every buyer by e-mail after delivery and match each review to an order.',
  allPublished: true,
  moderation: 'We remove only insults and personal data.',
  url: 'https://shop.example/reviews-policy',
};

const review = (id: string, fields: Partial<Review> = {}): Review => ({
  id,
  rating: 5,
  author: 'Anna Kowalska',
  date: '2026-10-01',
  body: `Review ${id}`,
  ...fields,
});

/** 25 reviews: 5 stars ×12, 4 ×6, 3 ×3, 2 ×4, no 1-star; some verified, one with photos, one in Polish. */
function sampleReviews(): Review[] {
  const ratings = [...Array(12).fill(5), ...Array(6).fill(4), ...Array(3).fill(3), ...Array(4).fill(2)] as number[];
  return ratings.map((rating, index) =>
    review(`r${String(index).padStart(2, '0')}`, {
      rating,
      date: `2026-10-${String(index + 1).padStart(2, '0')}`,
      verified: index % 2 === 0,
      helpful: index % 5,
      ...(index === 3 && { title: 'Świetne buty', locale: 'pl', body: 'Bardzo wygodne.', translations: [{ locale: 'en', title: 'Great shoes', body: 'Very comfortable.', by: 'machine' }] }),
      ...(index === 4 && {
        photos: [{ src: 'https://example.invalid/boot.jpg', alt: 'A brown leather boot, side view', width: 800, height: 600 }],
      }),
      ...(index === 24 && {
        reply: { body: 'We are sorry — a new pair is on its way.', author: 'Marta', role: 'Customer care', date: '2026-10-26' },
      }),
    }),
  );
}

const shop = { name: 'Wisła Obuwie', country: 'PL' } as const;
const config = (items: Review[], extra: Partial<ReviewsConfig> = {}): CandorConfig => ({
  shop,
  reviews: { items, disclosure, ...extra },
});

const NOW = '2026-10-27T12:00:00Z';
const root = (element: CandorReviews) => element.shadowRoot!;
const part = (element: CandorReviews, name: string) => root(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (element: CandorReviews, name: string) => [...root(element).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

async function mount(configValue: CandorConfig, lang = 'en', attributes = ''): Promise<CandorReviews> {
  const element = await fixture<CandorReviews>(`<candor-reviews now="${NOW}" ${attributes}></candor-reviews>`, { lang });
  element.config = configValue;
  await settle(element);
  await vi.waitFor(() => expect(part(element, 'summary')).not.toBeNull());
  await settle(element);
  return element;
}

async function click(element: CandorReviews, target: HTMLElement | null | undefined): Promise<void> {
  expect(target).toBeTruthy();
  target!.click();
  await settle(element);
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('<candor-reviews>', () => {
  it('is accessible with a summary, filters, badges, photos and a reply', async () => {
    const element = await mount(config(sampleReviews()));
    await click(element, parts(element, 'load-more')[0]);
    await click(element, parts(element, 'load-more')[0]);
    expect(part(element, 'reply')).not.toBeNull();
    expect(await axeViolations(element.parentElement!)).toEqual([]);
  });

  it('shows the figures core computes: average, count and one text row per star', async () => {
    const items = sampleReviews();
    const element = await mount(config(items));
    const summary = summarizeReviews(items);
    const average = part(element, 'average') as HTMLElement & { value: number; count: number };
    expect(average.localName).toBe('candor-rating');
    expect(average.value).toBe(summary.rating!.average);
    expect(average.count).toBe(summary.rating!.count);
    const rows = parts(element, 'row');
    expect(rows.map(text)).toEqual([
      '5 stars: 12 reviews, 48%',
      '4 stars: 6 reviews, 24%',
      '3 stars: 3 reviews, 12%',
      '2 stars: 4 reviews, 16%',
      '1 star: 0 reviews, 0%',
    ]);
    for (const row of rows) {
      expect(row.localName).toBe('button');
      expect(row.getAttribute('aria-pressed')).toBe('false');
      expect(row.querySelector('[part="bar"]')!.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('sums up one product, and every review again once its product attribute is removed', async () => {
    const items = [...sampleReviews().slice(0, 4).map((each) => ({ ...each, product: 'boot' })), ...sampleReviews().slice(4)];
    const element = await mount(config(items), 'en', 'product="boot"');
    const average = () => part(element, 'average') as HTMLElement & { count: number };
    expect(average().count).toBe(4);
    element.removeAttribute('product');
    await settle(element);
    expect(average().count).toBe(items.length);
  });

  it('filters by a star row, toggles it off, and says honestly when a star has no reviews', async () => {
    const element = await mount(config(sampleReviews()));
    const rows = () => parts(element, 'row');
    await click(element, rows()[3]);
    expect(rows()[3]!.getAttribute('aria-pressed')).toBe('true');
    expect(parts(element, 'review')).toHaveLength(4);
    expect(text(part(element, 'status'))).toBe('Showing 4 of 4 reviews');
    await click(element, rows()[3]);
    expect(rows()[3]!.getAttribute('aria-pressed')).toBe('false');
    expect(text(part(element, 'status'))).toBe('Showing 10 of 25 reviews');
    await click(element, rows()[4]);
    expect(parts(element, 'review')).toHaveLength(0);
    expect(text(part(element, 'status'))).toBe('No 1-star reviews');
  });

  it('always shows the disclosure near the summary', async () => {
    const element = await mount(config(sampleReviews()));
    const block = part(element, 'disclosure')!;
    expect(text(block)).toContain('Reviews marked “Verified purchase” come from buyers whose order we confirmed');
    expect(text(block)).toContain(disclosure.text);
    expect(text(block)).toContain('We publish every review that follows our rules, negative ones included.');
    expect(block.querySelector('a')!.getAttribute('href')).toBe(disclosure.url);
    expect(block.checkVisibility()).toBe(true);
    expect(part(element, 'summary')!.nextElementSibling).toBe(block);
  });

  it('warns once when the disclosure is missing, and tells buyers', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const without = { shop, reviews: { items: sampleReviews() } } satisfies CandorConfig;
    const first = await mount(without);
    await mount(without);
    first.requestUpdate();
    await settle(first);
    const warnings = warn.mock.calls.filter(([message]) => String(message).includes('/reviews/disclosure'));
    expect(warnings).toHaveLength(1);
    expect(text(part(first, 'disclosure'))).toBe('The shop has not said how it collects and checks these reviews.');
  });

  it('sorts, filters by verified purchase and photos, and searches', async () => {
    const element = await mount(config(sampleReviews()));
    const ids = () => parts(element, 'review').map((each) => text(each.querySelector('[part="review-body"]')));
    const select = root(element).querySelector<HTMLSelectElement>('[part="controls"] select')!;
    expect(ids()[0]).toBe('Review r24');
    select.value = 'lowest';
    select.dispatchEvent(new Event('change'));
    await settle(element);
    // 2 stars first, newer first among equals.
    expect(ids().slice(0, 2)).toEqual(['Review r24', 'Review r23']);

    const [verified, photos] = root(element).querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    verified!.click();
    await settle(element);
    expect(text(part(element, 'status'))).toBe('Showing 10 of 13 reviews');
    verified!.click();
    photos!.click();
    await settle(element);
    expect(parts(element, 'review')).toHaveLength(1);
    photos!.click();
    await settle(element);

    const search = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(search.labels?.[0]?.textContent).toBe('Search reviews');
    search.value = 'COMFORTABLE';
    search.form!.requestSubmit();
    await settle(element);
    expect(text(part(element, 'status'))).toBe('Showing 1 of 1 review');
    search.value = 'nothing like this';
    search.form!.requestSubmit();
    await settle(element);
    expect(text(part(element, 'status'))).toBe('No reviews match');
  });

  it('shows more on request, moves focus to the first new review and announces the count', async () => {
    const element = await mount(config(sampleReviews()));
    const status = part(element, 'status')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(parts(element, 'review')).toHaveLength(10);
    await click(element, part(element, 'load-more'));
    const reviews = parts(element, 'review');
    expect(reviews).toHaveLength(20);
    expect(root(element).activeElement).toBe(reviews[10]);
    expect(text(part(element, 'status'))).toBe('Showing 20 of 25 reviews');
    await click(element, part(element, 'load-more'));
    expect(parts(element, 'review')).toHaveLength(25);
    expect(part(element, 'load-more')).toBeNull();
  });

  it('fires candor-review-helpful once per review, then shows it pressed', async () => {
    const element = await mount(config(sampleReviews()));
    const events: ReviewHelpfulEvent[] = [];
    document.addEventListener('candor-review-helpful', (event) => events.push(event));
    const first = parts(element, 'review')[0]!;
    const button = () => parts(element, 'review')[0]!.querySelector<HTMLButtonElement>('[part="helpful"]')!;
    expect(text(button())).toBe('Helpful (4)');
    await click(element, button());
    await click(element, button());
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(ReviewHelpfulEvent);
    expect(events[0]!.reviewId).toBe('r24');
    expect(events[0]!.bubbles && events[0]!.composed).toBe(true);
    expect(button().getAttribute('aria-pressed')).toBe('true');
    expect(text(button())).toBe('Helpful (5)');
    expect(first.isConnected).toBe(true);
  });

  it('labels the merchant reply with the shop, signs it and dates it', async () => {
    const element = await mount(config(sampleReviews()));
    const reply = part(element, 'reply')!;
    expect(text(reply.querySelector('[part="reply-label"]'))).toBe('Response from Wisła Obuwie');
    expect(text(reply.querySelector('[part="reply-body"]'))).toBe('We are sorry — a new pair is on its way.');
    expect(text(reply.querySelector('[part="reply-author"]'))).toBe('Marta, Customer care · yesterday');
    expect(reply.querySelector('time')!.dateTime).toBe('2026-10-26');
  });

  it('shows a translation with its origin and the original on request', async () => {
    const element = await mount(config([review('pl', { title: 'Świetne buty', locale: 'pl', body: 'Bardzo wygodne.', translations: [{ locale: 'en', title: 'Great shoes', body: 'Very comfortable.' }] })]));
    const note = () => part(element, 'translation')!;
    expect(text(part(element, 'review-body'))).toBe('Very comfortable.');
    expect(part(element, 'review-body')!.lang).toBe('en');
    expect(text(note())).toBe('Machine-translated from Polish · Show original');
    await click(element, note().querySelector('button'));
    expect(text(part(element, 'review-body'))).toBe('Bardzo wygodne.');
    expect(text(part(element, 'review-title'))).toBe('Świetne buty');
    expect(part(element, 'review-body')!.lang).toBe('pl');
    expect(text(note())).toBe('Show translation');
    // In Polish the review is already in the page language: no note.
    const polish = await mount(config([review('pl', { locale: 'pl', body: 'Bardzo wygodne.', translations: [{ locale: 'en', body: 'Very comfortable.' }] })]), 'pl');
    expect(part(polish, 'translation')).toBeNull();
  });

  it('loads photos lazily with their size reserved, in a viewer that Esc closes', async () => {
    const element = await mount(config([review('p', { photos: [{ src: 'https://example.invalid/boot.jpg', alt: 'A brown boot', width: 800, height: 600 }] })]));
    const button = part(element, 'photo') as HTMLButtonElement;
    const image = button.querySelector('img')!;
    expect(image.loading).toBe('lazy');
    expect([image.getAttribute('width'), image.getAttribute('height')]).toEqual(['800', '600']);
    // The box is reserved before the image arrives and is the same after it fails to load.
    const before = button.getBoundingClientRect();
    expect(before.height).toBeGreaterThan(0);
    expect(before.width).toBeCloseTo(before.height, 1);
    if (!image.complete) await new Promise((resolve) => image.addEventListener('error', resolve, { once: true }));
    const after = button.getBoundingClientRect();
    expect([after.width, after.height]).toEqual([before.width, before.height]);
    expect(button.getAttribute('type')).toBe('button');

    // Keyboard only: Tab to the photo, Enter opens, Escape closes.
    button.focus();
    await userEvent.keyboard('{Enter}');
    await settle(element);
    const dialog = part(element, 'viewer') as HTMLDialogElement;
    await vi.waitFor(() => expect(dialog.open).toBe(true));
    expect(dialog.getAttribute('aria-label')).toBe('A brown boot');
    expect(dialog.querySelector('img')!.alt).toBe('A brown boot');
    await userEvent.keyboard('{Escape}');
    await settle(element);
    expect(dialog.open).toBe(false);
    expect(root(element).activeElement).toBe(button);
  });

  it('shows authors through displayAuthor and dates in the page language, relative when recent', async () => {
    const items = [review('a', { author: 'Anna Kowalska', date: '2026-10-25' }), review('b', { author: 'Jan Nowak', date: '2026-08-01' })];
    const element = await mount(config(items));
    const metas = parts(element, 'review-meta').map(text);
    expect(metas[0]).toBe(`${displayAuthor('Anna Kowalska')} · 2 days ago`);
    expect(metas[1]).toBe(`Jan N. · ${formatDate('en', '2026-08-01')}`);
    const asWritten = await mount(config(items, { display: { authorNames: 'as-written' } }), 'de');
    await vi.waitFor(() => expect(text(parts(asWritten, 'review-meta')[0])).toBe('Anna Kowalska · vorgestern'));
  });

  it('counts every rating: low ones are listed and counted, with no option to hide them', async () => {
    const items = [review('a', { rating: 1 }), review('b', { rating: 1, date: '2026-10-02' }), review('c', { rating: 2 })];
    const element = await mount(config(items));
    expect((part(element, 'average') as HTMLElement & { value: number }).value).toBe(1.3);
    expect(parts(element, 'review')).toHaveLength(3);
    const properties = Object.keys((CandorReviews as unknown as { properties: object }).properties);
    expect(properties.filter((name) => /min|hide|exclude/i.test(name))).toEqual([]);
  });

  it('shows review text as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.hacked=1">';
    const element = await mount(config([review('x', { title: hostile, body: hostile, author: hostile, reply: { body: hostile, author: hostile, date: '2026-10-02' } })]));
    expect(root(element).querySelector('img')).toBeNull();
    expect(text(part(element, 'review-body'))).toBe(hostile);
  });

  it('says there are no reviews yet rather than showing zero stars', async () => {
    const element = await mount(config([]));
    expect(text(part(element, 'status'))).toBe('No reviews yet');
    expect(part(element, 'histogram')).toBeNull();
    expect(part(element, 'disclosure')).not.toBeNull();
  });

  it('speaks Polish with its plural forms', async () => {
    const element = await mount(config(sampleReviews()), 'pl');
    await vi.waitFor(() => expect(text(parts(element, 'row')[0])).toBe('5 gwiazdek: 12 opinii, 48%'));
    expect(text(parts(element, 'row')[3])).toBe('2 gwiazdki: 4 opinie, 16%');
    expect(text(parts(element, 'row')[4])).toBe('1 gwiazdka: 0 opinii, 0%');
  });

  it('writes each language’s plural forms in the histogram', async () => {
    const cases = [
      ['sl', 3, '2 zvezdici: 4 mnenja,'],
      ['sl', 0, '5 zvezdic: 12 mnenj,'],
      ['el', 4, '1 αστέρι: 0 κριτικές,'],
      ['de', 0, '5 Sterne: 12 Bewertungen,'],
      ['de', 4, '1 Stern: 0 Bewertungen,'],
    ] as const;
    for (const [lang, row, start] of cases) {
      const element = await mount(config(sampleReviews()), lang);
      await vi.waitFor(() => expect(text(parts(element, 'row')[row]), `${lang} row ${row}`).toMatch(new RegExp(`^${start}`)));
    }
  });
});

describe('reviews from a URL', () => {
  const items = sampleReviews();
  const url = 'https://shop.example/api/reviews';
  const remoteConfig = (source = url) => config([], { source: { url: source }, display: { pageSize: 10 } });
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  /** A server that answers the protocol with @candor/core, and records each request. */
  function server() {
    const requests: URL[] = [];
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const request = new URL(String(input));
      requests.push(request);
      return json(answerReviewsRequest(items, request.searchParams));
    });
    return { fetch, requests };
  }

  async function mountRemote(configValue = remoteConfig()): Promise<CandorReviews> {
    const element = await fixture<CandorReviews>(`<candor-reviews now="${NOW}"></candor-reviews>`, { lang: 'en' });
    element.config = configValue;
    await settle(element);
    return element;
  }

  it('keeps a skeleton of the final size while the first page loads', async () => {
    let answer: (response: Response) => void = () => {};
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const element = await mountRemote();
    const skeleton = part(element, 'skeleton')!;
    expect(skeleton.getAttribute('aria-busy')).toBe('true');
    const reserved = element.getBoundingClientRect().height;
    // The paging code loads on demand; the request follows it.
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledOnce());
    expect(part(element, 'skeleton')).toBe(skeleton);
    answer(json(answerReviewsRequest(items, new URLSearchParams('limit=10'))));
    await vi.waitFor(() => expect(part(element, 'summary')).not.toBeNull());
    expect(part(element, 'skeleton')).toBeNull();
    // About the size of what replaces it: a first page of ten short reviews.
    const loaded = element.getBoundingClientRect().height;
    expect(reserved / loaded).toBeGreaterThan(0.7);
    expect(reserved / loaded).toBeLessThan(1.3);
  });

  it('pages through a server, with the summary of all reviews and the filters as parameters', async () => {
    const { requests } = server();
    const element = await mountRemote();
    await vi.waitFor(() => expect(parts(element, 'review')).toHaveLength(10));
    expect((part(element, 'average') as HTMLElement & { value: number }).value).toBe(summarizeReviews(items).rating!.average);
    expect(requests[0]!.searchParams.get('offset')).toBe('0');
    expect(requests[0]!.searchParams.get('limit')).toBe('10');
    await click(element, part(element, 'load-more'));
    await vi.waitFor(() => expect(parts(element, 'review')).toHaveLength(20));
    expect(requests.at(-1)!.searchParams.get('offset')).toBe('10');
    expect(root(element).activeElement).toBe(parts(element, 'review')[10]);
    await click(element, parts(element, 'row')[3]);
    await vi.waitFor(() => expect(text(part(element, 'status'))).toBe('Showing 4 of 4 reviews'));
    expect(requests.at(-1)!.searchParams.get('stars')).toBe('2');
    expect(requests.at(-1)!.searchParams.get('offset')).toBe('0');
  });

  it('keeps what was shown when a page fails, says so briefly and retries', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fetch = vi.spyOn(globalThis, 'fetch');
    fetch.mockImplementationOnce(async (input) => json(answerReviewsRequest(items, new URL(String(input)).searchParams)));
    fetch.mockImplementationOnce(async () => new Response('oops', { status: 500 }));
    fetch.mockImplementation(async (input) => json(answerReviewsRequest(items, new URL(String(input)).searchParams)));
    const element = await mountRemote();
    await vi.waitFor(() => expect(parts(element, 'review')).toHaveLength(10));
    await click(element, part(element, 'load-more'));
    const error = await vi.waitFor(() => {
      const found = part(element, 'error');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(text(error)).toBe('This couldn’t be loaded. Check your internet connection and try again. Try again');
    expect(parts(element, 'review')).toHaveLength(10);
    await click(element, error.querySelector('button'));
    await vi.waitFor(() => expect(parts(element, 'review')).toHaveLength(20));
    expect(part(element, 'error')).toBeNull();
  });

  it('rejects a malformed page and shows the error without any of it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(json({ version: 1, items: [{ id: 'x', rating: 9 }] }));
    const element = await mountRemote();
    await vi.waitFor(() => expect(part(element, 'error')).not.toBeNull());
    expect(parts(element, 'review')).toHaveLength(0);
    expect(warn.mock.calls.some(([message]) => String(message).includes('/items/0'))).toBe(true);
  });

  it('aborts the request in flight when the element leaves the page', async () => {
    let signal: AbortSignal | undefined;
    vi.spyOn(globalThis, 'fetch').mockImplementation((_input, init) => {
      signal = init?.signal ?? undefined;
      return new Promise(() => {});
    });
    const element = await mountRemote();
    await vi.waitFor(() => expect(signal).toBeDefined());
    expect(signal!.aborted).toBe(false);
    element.remove();
    expect(signal!.aborted).toBe(true);
  });

  it('reads static files one after another and filters them itself', async () => {
    const files = staticReviewsFiles(items, { pageSize: 10 });
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const name = new URL(String(input)).pathname.split('/').pop()!;
      const file = files.find((each) => each.name === name);
      return file ? json(file.body) : new Response('', { status: 404 });
    });
    const element = await mountRemote(remoteConfig('https://shop.example/reviews/reviews.json'));
    await vi.waitFor(() => expect(parts(element, 'review')).toHaveLength(10));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(text(part(element, 'status'))).toBe('Showing 10 of 25 reviews');
    await click(element, parts(element, 'row')[3]);
    await vi.waitFor(() => expect(text(part(element, 'status'))).toBe('Showing 4 of 4 reviews'));
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
