import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  parseReviewsPage,
  reviewsRequestUrl,
  type Review,
  type ReviewsPageResponse,
  type ReviewsSummary,
} from '@candor/core';
import { localView, type ReviewListQuery, type ReviewsView } from './reviews-view.js';

/** How long one page may take before the buyer is offered a retry. */
export const REMOTE_REVIEWS_TIMEOUT_MS = 10_000;

/** A query that the first static file (newest first, unfiltered) already answers in order. */
const isPlainNewest = (query: ReviewListQuery) =>
  (query.sort ?? 'newest') === 'newest' &&
  !query.stars?.length &&
  !query.verified &&
  !query.withPhotos &&
  !query.language &&
  !query.search?.trim();

class PageError extends Error {}

/**
 * Loads reviews page by page from `reviews.source.url` (the protocol in @candor/core's
 * remote.ts). A server that says `queryable: true` filters, sorts and pages; static files
 * (`queryable: false`) are read one after another and filtered here.
 *
 * Faults never take away what is shown: a failed, slow (timed out) or malformed page leaves
 * the reviews on screen and sets `status` to `'error'` until `retry()`. Leaving the page aborts
 * the request in flight; coming back resumes.
 */
export class RemoteReviewsController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly timeoutMs: number;

  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  /** Of all the product's reviews, unfiltered; null until the first page arrives. */
  summary: ReviewsSummary | null = null;
  /** The list for the query last shown; kept while the next one loads. */
  view: ReviewsView = { items: [], total: 0, hasMore: false };

  private url = '';
  private key = '';
  private query: ReviewListQuery = {};
  private count = 0;
  private abort: AbortController | undefined;
  // A server's pages for `key`, in order.
  private served: Review[] = [];
  private servedTotal = 0;
  private nextOffset: number | null = 0;
  private keyLoaded = false;
  // Static files: every review read so far and the next file, relative to `fileUrl`.
  private queryable = true;
  private all: Review[] = [];
  private nextFile: string | null = null;
  private fileUrl = '';
  private staticTotal = 0;

  constructor(host: ReactiveControllerHost, timeoutMs = REMOTE_REVIEWS_TIMEOUT_MS) {
    this.host = host;
    this.timeoutMs = timeoutMs;
    host.addController(this);
  }

  hostConnected(): void {
    // A list cut short by leaving the page continues where it stopped.
    if (this.status === 'loading') {
      this.status = 'idle';
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  /**
   * Asks for the first `count` reviews of `query` from `url`. Cheap to call on every update:
   * it loads only what is missing, and never again after an error until `retry()`.
   */
  show(url: string, query: ReviewListQuery, count: number): void {
    if (isServer) return;
    const key = JSON.stringify([url, query]);
    if (url !== this.url) this.reset(url);
    if (key !== this.key) {
      this.key = key;
      this.query = query;
      this.served = [];
      this.nextOffset = 0;
      this.keyLoaded = false;
      // A page of the previous query is of no use any more.
      if (this.status === 'loading') this.abort?.abort();
      if (this.status !== 'ready') this.status = 'idle';
    }
    if (count !== this.count && this.status === 'error') this.status = 'idle';
    this.count = count;
    if (this.status === 'loading' || this.status === 'error') return;
    if (this.refresh()) return;
    void this.load();
  }

  retry(): void {
    if (this.status !== 'error') return;
    this.status = 'idle';
    void this.load();
  }

  private reset(url: string): void {
    this.abort?.abort();
    this.url = url;
    this.key = '';
    this.status = 'idle';
    this.summary = null;
    this.view = { items: [], total: 0, hasMore: false };
    this.queryable = true;
    this.all = [];
    this.nextFile = null;
    this.fileUrl = '';
  }

  /** Updates `view` from what is loaded; true when nothing more needs fetching. */
  private refresh(): boolean {
    if (this.summary === null) return false;
    if (this.queryable) {
      if (this.served.length >= this.count || (this.nextOffset === null && this.keyLoaded)) {
        this.view = { items: this.served.slice(0, this.count), total: this.servedTotal, hasMore: this.served.length > this.count || this.nextOffset !== null };
        return true;
      }
      return false;
    }
    const complete = this.nextFile === null;
    if (!complete && (!isPlainNewest(this.query) || this.all.length < this.count)) return false;
    const local = localView(this.all, this.query, this.count);
    // Until every file is read, the unfiltered total comes from the files themselves.
    this.view = complete ? local : { items: local.items, total: this.staticTotal, hasMore: true };
    return true;
  }

  private async load(): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.status = 'loading';
    this.host.requestUpdate();
    try {
      do {
        await this.fetchNext(abort.signal);
      } while (!this.refresh());
      this.status = 'ready';
    } catch (error) {
      if (abort.signal.aborted) return;
      console.warn(`Candor <candor-reviews>: reviews from ${this.url} could not be loaded: ${describe(error)}`);
      this.status = 'error';
    } finally {
      if (this.abort === abort) this.abort = undefined;
    }
    this.host.requestUpdate();
  }

  private async fetchNext(signal: AbortSignal): Promise<void> {
    if (this.summary === null || this.queryable) {
      const key = this.key;
      const offset = this.summary === null ? 0 : this.served.length;
      const limit = Math.min(100, Math.max(1, this.count - offset));
      const requested = reviewsRequestUrl(this.url, { ...this.query, offset, limit });
      const page = await this.fetchPage(requested, signal);
      if (key !== this.key) return;
      this.summary = page.summary;
      this.queryable = page.queryable;
      if (page.queryable) {
        this.served = offset === 0 ? page.items : [...this.served, ...page.items];
        this.nextOffset = page.nextOffset;
        this.servedTotal = page.total;
        this.keyLoaded = true;
      } else {
        this.all = page.items;
        this.staticTotal = page.total;
        this.nextFile = page.next ?? null;
        this.fileUrl = new URL(requested, document.baseURI).href;
      }
      return;
    }
    const url = new URL(this.nextFile!, this.fileUrl).href;
    const page = await this.fetchPage(url, signal);
    this.all = [...this.all, ...page.items];
    this.nextFile = page.next ?? null;
    this.fileUrl = url;
  }

  private async fetchPage(url: string, signal: AbortSignal): Promise<ReviewsPageResponse> {
    const response = await fetch(url, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(this.timeoutMs)]),
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (!response.ok) throw new PageError(`HTTP ${response.status}`);
    const parsed = await parseReviewsPage(await response.json());
    if (!parsed.ok) throw new PageError(`the answer is not a reviews page: ${parsed.error}`);
    return parsed.page;
  }
}

function describe(error: unknown): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return 'no answer in time';
  return error instanceof Error ? error.message : String(error);
}
