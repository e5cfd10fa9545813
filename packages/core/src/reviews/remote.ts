/**
 * The paging protocol of `reviews.source.url` (documented for merchants in REVIEWS-PROTOCOL.md):
 * the request URL a client builds, the server side that answers it, the static files that
 * stand in for a server, and the client's check of what came back.
 */
import type { Review } from '../schema/types.js';
import { REVIEW_SORTS } from '../schema/options.js';
import { checkReviewsSection } from '../validate/check.js';
import type { ConfigError } from '../validate/rules.js';
import { pageBounds, queryReviews, sortReviews, type ReviewQuery } from './query.js';
import { summarizeReviews, type ReviewsSummary } from './summary.js';

export interface ReviewsPageResponse {
  version: 1;
  /** This page. */
  items: Review[];
  /** How many reviews match the query. */
  total: number;
  offset: number;
  nextOffset: number | null;
  /** Of all the product's reviews, unfiltered. */
  summary: ReviewsSummary;
  /** `false` for static files: the client then filters and sorts by itself. */
  queryable: boolean;
  /** Static files only: the next file's URL, relative to this one; `null` on the last. */
  next?: string | null;
}

export type ReviewsPageResult = { ok: true; page: ReviewsPageResponse } | { ok: false; error: string };

/** The query parameters of the protocol, by `ReviewQuery` field. */
const PARAMS = {
  offset: 'offset', limit: 'limit', sort: 'sort', stars: 'stars', verified: 'verified',
  withPhotos: 'photos', language: 'lang', search: 'q', product: 'product',
} as const satisfies Record<keyof ReviewQuery, string>;

const PROTOCOL_PARAMS = new Set<string>(Object.values(PARAMS));

/**
 * The query as the protocol carries it: paging whole and in range, the sort named, stars
 * whole, unique and highest first, blank and `false` filters left out.
 */
export function canonicalReviewQuery(query: ReviewQuery): ReviewQuery {
  const canonical: ReviewQuery = { ...pageBounds(query), sort: REVIEW_SORTS.includes(query.sort!) ? query.sort! : 'newest' };
  const stars = [...new Set(query.stars ?? [])].filter((star) => Number.isInteger(star) && star >= 1 && star <= 5).sort((a, b) => b - a);
  if (stars.length > 0) canonical.stars = stars;
  if (query.verified === true) canonical.verified = true;
  if (query.withPhotos === true) canonical.withPhotos = true;
  if (query.language?.trim()) canonical.language = query.language.trim();
  if (query.search?.trim()) canonical.search = query.search.trim();
  if (query.product !== undefined && query.product !== '') canonical.product = query.product;
  return canonical;
}

/**
 * `base` with the query's parameters, e.g. `/reviews?offset=10&limit=10&sort=newest&stars=1`.
 * Parameters of `base` the protocol does not use (`?shop=7`) are kept; its own `product`
 * stays unless the query names one.
 */
export function reviewsRequestUrl(base: string, query: ReviewQuery): string {
  const hashAt = base.indexOf('#');
  const hash = hashAt < 0 ? '' : base.slice(hashAt);
  const beforeHash = hashAt < 0 ? base : base.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt);
  const params = new URLSearchParams(queryAt < 0 ? '' : beforeHash.slice(queryAt + 1));
  const canonical = canonicalReviewQuery(query);
  for (const name of PROTOCOL_PARAMS) if (name !== PARAMS.product || canonical.product !== undefined) params.delete(name);
  params.set(PARAMS.offset, String(canonical.offset));
  params.set(PARAMS.limit, String(canonical.limit));
  params.set(PARAMS.sort, canonical.sort!);
  if (canonical.stars) params.set(PARAMS.stars, canonical.stars.join(','));
  if (canonical.verified) params.set(PARAMS.verified, '1');
  if (canonical.withPhotos) params.set(PARAMS.withPhotos, '1');
  if (canonical.language !== undefined) params.set(PARAMS.language, canonical.language);
  if (canonical.search !== undefined) params.set(PARAMS.search, canonical.search);
  if (canonical.product !== undefined) params.set(PARAMS.product, canonical.product);
  return `${path}?${params.toString()}${hash}`;
}

const WHOLE = /^\d+$/;
const yes = (value: string | null) => value === '1' || value === 'true';

/**
 * The query a request asks for. Lenient, as a server should be: a parameter it cannot read
 * (`limit=lots`, `sort=random`, `stars=9`) is left at its default rather than refused.
 */
export function parseReviewsQuery(params: URLSearchParams): ReviewQuery {
  const number = (name: string) => {
    const value = params.get(name);
    return value !== null && WHOLE.test(value) && Number.isSafeInteger(Number(value)) ? Number(value) : undefined;
  };
  const sort = params.get(PARAMS.sort);
  const text = (name: string) => params.get(name)?.trim() || undefined;
  return canonicalReviewQuery({
    offset: number(PARAMS.offset),
    limit: number(PARAMS.limit),
    sort: REVIEW_SORTS.find((each) => each === sort),
    stars: (params.get(PARAMS.stars) ?? '').split(',').filter((star) => /^[1-5]$/.test(star.trim())).map(Number),
    verified: yes(params.get(PARAMS.verified)),
    withPhotos: yes(params.get(PARAMS.withPhotos)),
    language: text(PARAMS.language),
    search: text(PARAMS.search),
    product: text(PARAMS.product),
  });
}

/**
 * Answers one request of the protocol (`queryable: true`), e.g. in a node or edge handler:
 * `Response.json(answerReviewsRequest(reviews, new URL(request.url).searchParams))`.
 */
export function answerReviewsRequest(items: readonly Review[], params: URLSearchParams): ReviewsPageResponse {
  const query = parseReviewsQuery(params);
  const page = queryReviews(items, query);
  return { version: 1, ...page, summary: summarizeReviews(items, query.product), queryable: true };
}

/** Reviews per static file when not told: few requests for most shops, files of tens of kilobytes. */
export const DEFAULT_STATIC_PAGE_SIZE = 100;

/** `reviews.json`, then `reviews-2.json`, `reviews-3.json`, … */
export const staticReviewsFileName = (index: number): string => (index === 0 ? 'reviews.json' : `reviews-${index + 1}.json`);

/**
 * The reviews (of `product`, when given) as static files for any web host: newest first,
 * `pageSize` per file, each with the summary, `queryable: false` and `next` naming the
 * following file. No reviews still give one file, with an empty list.
 */
export function staticReviewsFiles(
  items: readonly Review[],
  options: { pageSize?: number; product?: string } = {},
): { name: string; body: ReviewsPageResponse }[] {
  const pageSize = Number.isFinite(options.pageSize) ? Math.max(1, Math.floor(options.pageSize!)) : DEFAULT_STATIC_PAGE_SIZE;
  const reviews = sortReviews(options.product === undefined ? items : items.filter((review) => review.product === options.product), 'newest');
  const summary = summarizeReviews(reviews);
  const count = Math.max(1, Math.ceil(reviews.length / pageSize));
  return Array.from({ length: count }, (_, index) => {
    const offset = index * pageSize;
    const last = index === count - 1;
    return {
      name: staticReviewsFileName(index),
      body: {
        version: 1,
        items: reviews.slice(offset, offset + pageSize),
        total: reviews.length,
        offset,
        nextOffset: last ? null : offset + pageSize,
        summary,
        queryable: false,
        next: last ? null : staticReviewsFileName(index + 1),
      },
    };
  });
}

// ─────────────────────────────── the client's check ───────────────────────────────

/** Thrown inside the check with the first problem; never escapes parseReviewsPage. */
class PageProblem extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(message);
    this.path = path;
  }
}

/** The page's reviews broke the reviews schema; their wording is described on demand. */
class ItemsProblem extends Error {
  readonly describe: () => Promise<ConfigError[]>;
  constructor(describe: () => Promise<ConfigError[]>) {
    super('invalid reviews');
    this.describe = describe;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

function field(object: Record<string, unknown>, key: string, path: string): unknown {
  if (!Object.prototype.hasOwnProperty.call(object, key)) throw new PageProblem(path, `missing "${key}"`);
  return object[key];
}

function count(object: Record<string, unknown>, key: string, path: string): number {
  const value = field(object, key, path);
  if (!isCount(value)) throw new PageProblem(`${path}/${key}`, 'must be a whole number, 0 or more');
  return value;
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (!isRecord(value)) throw new PageProblem(path, 'must be an object { … }');
  return value;
}

function checkRating(value: unknown, path: string): void {
  if (value === null) return;
  const rating = record(value, path);
  const average = field(rating, 'average', path);
  if (typeof average !== 'number' || !(average >= 1 && average <= 5)) throw new PageProblem(`${path}/average`, 'must be a number from 1 to 5');
  const total = count(rating, 'count', path);
  const distribution = field(rating, 'distribution', path);
  if (!Array.isArray(distribution) || distribution.length !== 5 || !distribution.every(isCount)) {
    throw new PageProblem(`${path}/distribution`, 'must list 5 counts, 5 stars first');
  }
  if (distribution.reduce((a: number, b: number) => a + b, 0) !== total) throw new PageProblem(`${path}/distribution`, `must add up to "count" (${total})`);
}

function checkFit(value: unknown, path: string): void {
  if (value === null) return;
  const fit = record(value, path);
  for (const key of ['runsSmall', 'trueToSize', 'runsLarge', 'count']) count(fit, key, path);
  const verdict = field(fit, 'verdict', path);
  if (verdict !== null && verdict !== 'runs-small' && verdict !== 'true-to-size' && verdict !== 'runs-large') {
    throw new PageProblem(`${path}/verdict`, 'must be "runs-small", "true-to-size", "runs-large" or null');
  }
}

function checkSummary(value: unknown, path: string): void {
  const summary = record(value, path);
  checkRating(field(summary, 'rating', path), `${path}/rating`);
  checkFit(field(summary, 'fit', path), `${path}/fit`);
  count(summary, 'verified', path);
  count(summary, 'withPhotos', path);
  const languages = field(summary, 'languages', path);
  if (!Array.isArray(languages) || !languages.every((language) => typeof language === 'string')) {
    throw new PageProblem(`${path}/languages`, 'must be a list of language codes');
  }
}

/** A scheme other than http(s) in `next` (javascript:, data:) is never followed. */
const OTHER_SCHEME = /^(?!https?:)[a-z][a-z\d+.-]*:/i;

function checkPage(json: unknown): ReviewsPageResponse {
  const page = record(json, '');
  const version = field(page, 'version', '');
  if (version !== 1) throw new PageProblem('/version', `unsupported protocol version ${JSON.stringify(version)}; this client reads version 1`);
  const items = field(page, 'items', '');
  if (!Array.isArray(items)) throw new PageProblem('/items', 'must be a list [ … ] of reviews');
  // The same checks as a config's reviews: the schema and the rules (unique ids, reply dates).
  // Their wording loads only when a page is broken, so browsers don't carry it otherwise.
  const checked = checkReviewsSection({ items });
  if (!checked.ok) throw new ItemsProblem(checked.describe);
  const total = count(page, 'total', '');
  const offset = count(page, 'offset', '');
  // A page past the end is empty, and fine; one with reviews must lie within the total.
  if (items.length > 0 && offset + items.length > total) throw new PageProblem('/total', `${total} is fewer than the reviews up to the end of this page (${offset + items.length})`);
  const nextOffset = field(page, 'nextOffset', '');
  if (nextOffset !== null && !(isCount(nextOffset) && nextOffset > offset && nextOffset <= total)) {
    throw new PageProblem('/nextOffset', `must be null or a whole number after "offset" (${offset}) and up to "total" (${total})`);
  }
  checkSummary(field(page, 'summary', ''), '/summary');
  if (typeof field(page, 'queryable', '') !== 'boolean') throw new PageProblem('/queryable', 'must be true or false');
  const next = page.next;
  if (next !== undefined && next !== null && (typeof next !== 'string' || next === '' || OTHER_SCHEME.test(next))) {
    throw new PageProblem('/next', 'must be null or the address of the next file: a relative path or an http(s) URL');
  }
  return page as unknown as ReviewsPageResponse;
}

/**
 * Checks a response of the protocol before anything of it is shown. On failure, `error` names
 * the first problem and its JSON pointer: `/items/3/rating must be at most 5`. Fields the
 * protocol does not define are ignored, so servers can add their own.
 */
export async function parseReviewsPage(json: unknown): Promise<ReviewsPageResult> {
  try {
    return { ok: true, page: checkPage(json) };
  } catch (error) {
    let problem = error;
    if (problem instanceof ItemsProblem) {
      const first = (await problem.describe())[0]!;
      problem = new PageProblem(first.path.replace(/^\/reviews/, ''), first.message);
    }
    if (!(problem instanceof PageProblem)) throw problem;
    return { ok: false, error: `${problem.path === '' ? '""' : problem.path} ${problem.message}` };
  }
}
