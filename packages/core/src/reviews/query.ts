/**
 * Filtering, text search, sorting and paging of reviews: the one implementation behind the
 * element's controls, the server adapter (remote.ts) and the static files' client-side mode.
 * No filter or sort leaves out a review for its rating unless the buyer asked for that rating.
 */
import type { Review } from '../schema/types.js';
import { REVIEW_SORTS, type ReviewSort } from '../schema/options.js';
import { displayAuthor } from './names.js';

export interface ReviewFilter {
  /** Keep reviews with one of these ratings (empty or missing: all). */
  stars?: readonly number[];
  /** `true`: only verified purchases. */
  verified?: boolean;
  /** `true`: only reviews with photos. */
  withPhotos?: boolean;
  /** BCP 47 primary language (`'pl'`), matched against the primary language of `review.locale`. */
  language?: string;
  /**
   * Words, all of which must occur (as parts of words) in the title, the body, the author's
   * shown name, the merchant's reply or a translation. Case and accents are ignored.
   */
  search?: string;
  /** Only reviews of this product id. */
  product?: string;
}

export interface ReviewQuery extends ReviewFilter {
  /** Default `'newest'`. Ties: newer first, then by id, so the order is total and stable. */
  sort?: ReviewSort;
  /** Default 0. */
  offset?: number;
  /** Default 10, at most 100. */
  limit?: number;
}

export interface ReviewPage {
  items: Review[];
  /** How many reviews match the filter, over all pages. */
  total: number;
  offset: number;
  /** Where the next page starts, or `null` after the last one. */
  nextOffset: number | null;
}

export const DEFAULT_REVIEW_LIMIT = 10;
export const MAX_REVIEW_LIMIT = 100;

// Letters that NFKD does not split into a base letter and a mark, folded by hand so that
// "lodz" finds "Łódź", "strasse" finds "Straße", "dorde" finds "Đorđe"; final sigma is sigma.
const FOLDS: Record<string, string> = {
  ł: 'l', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ŀ: 'l', ø: 'o', ŧ: 't', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ς: 'σ',
};
const UNFOLDED = /[łđðħıŀøŧßæœþς]/g;
const MARK_RUNS = /[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u064b-\u065f\u0670\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;

// What each UTF-16 code unit folds to, worked out the first time it is met: `null` when it
// stays as it is. A loop over char codes with this table is several times faster than
// normalizing and regex-replacing whole texts, and search folds every review's text.
// Made on first use (a page that never searches never pays for it), filled with `undefined`
// up front: an array with holes would fall back to slow dictionary lookups.
let foldTable: (string | null | undefined)[] | undefined;

function foldCode(code: number): string | null {
  foldTable ??= new Array<string | null | undefined>(0x10000).fill(undefined);
  let folded = foldTable[code];
  if (folded === undefined) {
    const char = String.fromCharCode(code);
    // Compatibility-decomposed (ﬁ → fi, full-width Ａ → A), without marks, lower case, then by hand.
    const result = char.normalize('NFKD').replace(MARK_RUNS, '').toLowerCase().replace(UNFOLDED, (letter) => FOLDS[letter]!);
    folded = foldTable[code] = result === char ? null : result;
  }
  return folded;
}

/** ASCII, plain Greek α–ω (all but final sigma) and surrogates never change: most text. */
const keeps = (code: number) => code < 0xa0 || (code >= 0x3b1 && code <= 0x3c9 && code !== 0x3c2) || (code >= 0xd800 && code <= 0xdfff);

// The folded text is written as char codes into one reused buffer and turned into a string
// once: concatenating a string per replaced letter cost several times more.
let buffer: Uint16Array | undefined;
const CHUNK = 4096;

/**
 * Text as search compares it: lower case (locale-independent), compatibility-decomposed (NFKD),
 * without diacritics (Latin, Greek, Cyrillic; Hebrew and Arabic vowel points), with the few
 * letters that do not decompose folded by hand.
 */
export function foldSearchText(text: string): string {
  const lower = text.toLowerCase();
  let first = 0;
  while (first < lower.length && (keeps(lower.charCodeAt(first)) || foldCode(lower.charCodeAt(first)) === null)) first++;
  if (first === lower.length) return lower;
  let out = (buffer ??= new Uint16Array(CHUNK));
  let length = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    const replacement = i < first || keeps(code) ? null : foldCode(code);
    // A replacement is at most 18 code units long (U+FDFA); grow before it could overflow.
    if (length + 18 > out.length) {
      const larger = new Uint16Array(out.length * 2);
      larger.set(out);
      out = buffer = larger;
    }
    if (replacement === null) out[length++] = code;
    else for (let j = 0; j < replacement.length; j++) out[length++] = replacement.charCodeAt(j);
  }
  let folded = '';
  for (let start = 0; start < length; start += CHUNK) {
    // `apply` takes the typed array as it is; spreading it would iterate it first.
    folded += String.fromCharCode.apply(null, out.subarray(start, Math.min(length, start + CHUNK)) as unknown as number[]);
  }
  return folded;
}

/** The words of a search, folded; punctuation separates words. */
export function searchWords(search: string): string[] {
  return foldSearchText(search).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

// Folded once per review object: reviews are treated as immutable, and a WeakMap lets the
// cache go with them. Fields are joined by a line break, which no search word can contain,
// so a word never matches across the end of one field and the start of the next.
const searchTexts = /*#__PURE__*/ new WeakMap<Review, string>();

function searchText(review: Review): string {
  let text = searchTexts.get(review);
  if (text === undefined) {
    // The shown name, not the full one: searching a hidden surname must not find its review.
    const parts = [review.title, review.body, displayAuthor(review.author), review.reply?.body];
    for (const translation of review.translations ?? []) parts.push(translation.title, translation.body);
    text = foldSearchText(parts.filter((part) => part !== undefined).join('\n'));
    searchTexts.set(review, text);
  }
  return text;
}

function containsAll(text: string, words: readonly string[]): boolean {
  for (const word of words) if (!text.includes(word)) return false;
  return true;
}

/** `'pl'` of `'pl-PL'`, lower case. */
export const primaryLanguage = (tag: string): string => tag.split('-', 1)[0]!.toLowerCase();

/** A test for one review that is true when it passes every part of `filter`. */
export function reviewMatcher(filter: ReviewFilter): (review: Review) => boolean {
  const stars = filter.stars !== undefined && filter.stars.length > 0 ? new Set(filter.stars) : null;
  const language = filter.language ? primaryLanguage(filter.language) : null;
  const words = filter.search ? searchWords(filter.search) : [];
  const { verified, withPhotos, product } = filter;
  return (review) =>
    (stars === null || stars.has(review.rating)) &&
    (verified !== true || review.verified === true) &&
    (withPhotos !== true || (review.photos?.length ?? 0) > 0) &&
    (product === undefined || review.product === product) &&
    (language === null || (review.locale !== undefined && primaryLanguage(review.locale) === language)) &&
    (words.length === 0 || containsAll(searchText(review), words));
}

/** The reviews that pass `filter`, in their given order. */
export function filterReviews(items: readonly Review[], filter: ReviewFilter): Review[] {
  return items.filter(reviewMatcher(filter));
}

// Dates are YYYY-MM-DD, so comparing the strings compares the days. Ids compare by code unit,
// not by locale, so every runtime sorts the same way.
const byId = (a: Review, b: Review) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const newestFirst = (a: Review, b: Review) => (a.date < b.date ? 1 : a.date > b.date ? -1 : byId(a, b));

const COMPARATORS: Record<ReviewSort, (a: Review, b: Review) => number> = {
  newest: newestFirst,
  oldest: (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : byId(a, b)),
  highest: (a, b) => b.rating - a.rating || newestFirst(a, b),
  lowest: (a, b) => a.rating - b.rating || newestFirst(a, b),
  helpful: (a, b) => (b.helpful ?? 0) - (a.helpful ?? 0) || newestFirst(a, b),
};

/**
 * A sorted copy. `Array.prototype.sort` is stable, so reviews equal in every key (the same id
 * twice) keep their given order. (Sorting typed-array keys instead measured no faster.)
 */
export function sortReviews(items: readonly Review[], sort: ReviewSort = 'newest'): Review[] {
  return items.slice().sort(COMPARATORS[sort] ?? newestFirst);
}

// The sorted orders of an array, kept while the array holds the same reviews in the same
// places (checked against a snapshot, one comparison per review): the element asks again and
// again with other filters and pages, and filtering a sorted list keeps it sorted.
const sortedOrders = /*#__PURE__*/ new WeakMap<readonly Review[], { snapshot: Review[]; orders: Partial<Record<ReviewSort, Review[]>> }>();

function sameReviews(a: readonly Review[], b: readonly Review[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sortedOnce(items: readonly Review[], sort: ReviewSort): readonly Review[] {
  let cached = sortedOrders.get(items);
  if (cached === undefined || !sameReviews(cached.snapshot, items)) {
    cached = { snapshot: items.slice(), orders: {} };
    sortedOrders.set(items, cached);
  }
  return (cached.orders[sort] ??= sortReviews(items, sort));
}

/**
 * Folds the search text of `items` now, so the first search does not have to: e.g. in idle
 * time, a slice at a time. Searching works the same without it.
 */
export function prepareReviewSearch(items: readonly Review[]): void {
  for (const review of items) searchText(review);
}

/** `offset` and `limit` made whole and in range: what a query really asks for. */
export function pageBounds(query: Pick<ReviewQuery, 'offset' | 'limit'>): { offset: number; limit: number } {
  // At most the largest safe integer, so an offset always prints as digits (not "1e+21").
  const offset = Number.isFinite(query.offset) ? Math.min(Number.MAX_SAFE_INTEGER, Math.max(0, Math.floor(query.offset!))) : 0;
  const limit = Number.isFinite(query.limit) ? Math.min(MAX_REVIEW_LIMIT, Math.max(1, Math.floor(query.limit!))) : DEFAULT_REVIEW_LIMIT;
  return { offset, limit };
}

/** One page of the reviews that match `query`, in its order. */
export function queryReviews(items: readonly Review[], query: ReviewQuery = {}): ReviewPage {
  const { offset, limit } = pageBounds(query);
  const sort = REVIEW_SORTS.includes(query.sort!) ? query.sort! : 'newest';
  const sorted = sortedOnce(items, sort).filter(reviewMatcher(query));
  const end = offset + limit;
  return { items: sorted.slice(offset, end), total: sorted.length, offset, nextOffset: end < sorted.length ? end : null };
}
