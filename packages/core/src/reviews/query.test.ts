import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Review, ReviewPhoto } from '../schema/types.js';
import { REVIEW_SORTS, type ReviewSort } from '../schema/options.js';
import { filterReviews, foldSearchText, prepareReviewSearch, queryReviews, sortReviews, type ReviewFilter } from './query.js';

const review = (id: string, fields: Partial<Review> = {}): Review => ({ id, rating: 5, author: 'Anna K.', date: '2026-10-01', ...fields });
const PHOTO: ReviewPhoto = { src: 'https://shop.example/p.jpg', alt: 'Boot', width: 4, height: 3 };

/** Words with what a buyer may type instead: other case, no accents, letters that do not decompose. */
const SPELLINGS = [
  ['Łódź', 'LODZ'], ['żółty', 'zolty'], ['Straße', 'strasse'], ['GRÖSSE', 'grosse'], ['čevlji', 'CEVLJI'],
  ['Đorđe', 'dorde'], ['ΠΟΛΎ', 'πολυ'], ['καλός', 'ΚΑΛΟΣ'], ['Ἀθῆναι', 'αθηναι'], ['ﬁt', 'FIT'],
] as const;

const reviewArbitrary = fc.record(
  {
    rating: fc.integer({ min: 1, max: 5 }),
    // Few dates, ratings and helpful counts, so ties are common and the tie-breaks are tested.
    date: fc.constantFrom('2026-01-01', '2026-01-02', '2026-02-10', '2025-12-31'),
    helpful: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    verified: fc.option(fc.boolean(), { nil: undefined }),
    locale: fc.option(fc.constantFrom('pl', 'pl-PL', 'sl', 'el', 'en-GB', 'de'), { nil: undefined }),
    product: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }),
    photos: fc.option(fc.constantFrom<ReviewPhoto[]>([], [PHOTO]), { nil: undefined }),
    title: fc.option(fc.constantFrom(...SPELLINGS.map(([word]) => word), 'Wygodne'), { nil: undefined }),
    body: fc.option(fc.constantFrom('Dobre buty', 'Sehr gut', 'Πολύ καλό', 'Zelo udobni čevlji'), { nil: undefined }),
  },
  { requiredKeys: ['rating', 'date'] },
);

/** Reviews with unique ids that are not in date or input order. */
const reviewsArbitrary = fc
  .array(reviewArbitrary, { maxLength: 60 })
  .map((list) => list.map((fields, i): Review => ({ id: `r${String((i * 37) % 101).padStart(3, '0')}`, author: 'Anna Kowalska', ...fields })));

const filterArbitrary: fc.Arbitrary<ReviewFilter> = fc.record(
  {
    stars: fc.subarray([1, 2, 3, 4, 5]),
    verified: fc.boolean(),
    withPhotos: fc.boolean(),
    language: fc.constantFrom('pl', 'PL', 'el', 'de-AT'),
    search: fc.constantFrom('lodz', 'BUTY', 'καλο', 'gut sehr', 'x'),
    product: fc.constantFrom('a', 'b'),
  },
  { requiredKeys: [] },
);

/** An oracle for each order, written apart from the code under test: keys compared one after another. */
function oracle(sort: ReviewSort): (a: Review, b: Review) => number {
  const day = (r: Review) => Date.parse(`${r.date}T00:00:00Z`);
  const keys: Record<ReviewSort, (r: Review) => (number | string)[]> = {
    newest: (r) => [-day(r), r.id],
    oldest: (r) => [day(r), r.id],
    highest: (r) => [-r.rating, -day(r), r.id],
    lowest: (r) => [r.rating, -day(r), r.id],
    helpful: (r) => [-(r.helpful ?? 0), -day(r), r.id],
  };
  return (a, b) => {
    const [x, y] = [keys[sort](a), keys[sort](b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  };
}

describe('sortReviews', () => {
  it('orders by each key, then newer first, then by id', () => {
    const items = [
      review('b', { rating: 4, date: '2026-10-02', helpful: 1 }),
      review('a', { rating: 4, date: '2026-10-02' }),
      review('c', { rating: 1, date: '2026-09-01', helpful: 5 }),
      review('d', { rating: 5, date: '2026-10-03', helpful: 1 }),
    ];
    const ids = (sort: ReviewSort) => sortReviews(items, sort).map((r) => r.id);
    expect(ids('newest')).toEqual(['d', 'a', 'b', 'c']);
    expect(ids('oldest')).toEqual(['c', 'a', 'b', 'd']);
    expect(ids('highest')).toEqual(['d', 'a', 'b', 'c']);
    expect(ids('lowest')).toEqual(['c', 'a', 'b', 'd']);
    // A missing helpful count is 0.
    expect(ids('helpful')).toEqual(['c', 'd', 'b', 'a']);
  });

  it('sorts by newest by default and never changes its input', () => {
    const items = [review('old', { date: '2020-01-01' }), review('new', { date: '2026-01-01' })];
    expect(sortReviews(items).map((r) => r.id)).toEqual(['new', 'old']);
    expect(items.map((r) => r.id)).toEqual(['old', 'new']);
  });

  it('is a total order: the result follows the oracle and does not depend on the input order', () => {
    fc.assert(
      fc.property(reviewsArbitrary, fc.constantFrom(...REVIEW_SORTS), fc.func(fc.integer()), (items, sort, shuffleKey) => {
        const sorted = sortReviews(items, sort);
        expect(sorted.slice().sort((a, b) => a.id.localeCompare(b.id))).toEqual(items.slice().sort((a, b) => a.id.localeCompare(b.id)));
        for (let i = 1; i < sorted.length; i++) expect(oracle(sort)(sorted[i - 1]!, sorted[i]!)).toBeLessThan(0);
        const shuffled = items.map((r, i) => [shuffleKey(i), r] as const).sort(([a], [b]) => a - b).map(([, r]) => r);
        expect(sortReviews(shuffled, sort)).toEqual(sorted);
      }),
    );
  });

  it('is stable: reviews equal in every key keep their given order', () => {
    fc.assert(
      fc.property(reviewsArbitrary, fc.constantFrom(...REVIEW_SORTS), (items, sort) => {
        // The same review twice under one id, told apart by the copy number in the body.
        const doubled = items.flatMap((r) => [{ ...r, body: '1' }, { ...r, body: '2' }]);
        const sorted = sortReviews(doubled, sort);
        for (let i = 0; i < sorted.length; i += 2) {
          expect([sorted[i]!.id, sorted[i]!.body, sorted[i + 1]!.body]).toEqual([sorted[i + 1]!.id, '1', '2']);
        }
      }),
    );
  });
});

describe('filterReviews', () => {
  const items = [
    review('pl', { rating: 1, locale: 'pl-PL', verified: true, product: 'boot' }),
    review('el', { rating: 5, locale: 'el', photos: [{ src: 'https://shop.example/1.jpg', alt: 'Boot', width: 4, height: 3 }] }),
    review('none', { rating: 3, photos: [] }),
  ];
  const ids = (filter: ReviewFilter) => filterReviews(items, filter).map((r) => r.id);

  it('keeps everything without a filter, and with empty or false ones', () => {
    expect(ids({})).toEqual(['pl', 'el', 'none']);
    expect(ids({ stars: [], verified: false, withPhotos: false, search: '  ', language: '' })).toEqual(['pl', 'el', 'none']);
  });

  it('filters by stars, verification, photos, product and primary language', () => {
    expect(ids({ stars: [1, 3] })).toEqual(['pl', 'none']);
    expect(ids({ verified: true })).toEqual(['pl']);
    expect(ids({ withPhotos: true })).toEqual(['el']);
    expect(ids({ product: 'boot' })).toEqual(['pl']);
    expect(ids({ language: 'pl' })).toEqual(['pl']);
    expect(ids({ language: 'PL-pl' })).toEqual(['pl']);
    expect(ids({ language: 'de' })).toEqual([]);
  });

  it('composes: filtering by A, then by B, is filtering by A and B', () => {
    fc.assert(
      fc.property(reviewsArbitrary, filterArbitrary, filterArbitrary, (items, a, b) => {
        // B takes only the kinds of filter A does not set, so "A and B" is one filter.
        const onlyB = Object.fromEntries(Object.entries(b).filter(([key]) => !(key in a))) as ReviewFilter;
        const both = filterReviews(items, { ...a, ...onlyB });
        expect(filterReviews(filterReviews(items, a), onlyB)).toEqual(both);
        expect(filterReviews(filterReviews(items, onlyB), a)).toEqual(both);
      }),
    );
  });
});

describe('search', () => {
  it('finds words in the title, body, shown author, reply and translations, in any order', () => {
    const items = [
      review('title', { title: 'Wygodne botki' }),
      review('body', { body: 'Skóra jest miękka' }),
      review('author', { author: 'Zofia Nowak' }),
      review('reply', { reply: { body: 'Dziękujemy, Pani Zofio', author: 'Marta', date: '2026-10-02' } }),
      review('translation', { body: 'Τέλεια παπούτσια', translations: [{ locale: 'en', body: 'Perfect shoes' }] }),
    ];
    const ids = (search: string) => filterReviews(items, { search }).map((r) => r.id);
    expect(ids('BOTKI wygodne')).toEqual(['title']);
    expect(ids('miekka skora')).toEqual(['body']);
    expect(ids('zofi')).toEqual(['author', 'reply']);
    expect(ids('perfect')).toEqual(['translation']);
    expect(ids('παπουτσια')).toEqual(['translation']);
    expect(ids('wygodne miekka')).toEqual([]);
  });

  it('never finds a reviewer by the surname it hides', () => {
    const items = [review('a', { author: 'Zofia Nowak' })];
    expect(filterReviews(items, { search: 'nowak' })).toEqual([]);
    expect(filterReviews(items, { search: 'zofia n' })).toHaveLength(1);
  });

  it('treats punctuation as a space', () => {
    expect(filterReviews([review('a', { body: 'Rozmiar 38 pasuje.' })], { search: '"pasuje", 38!' })).toHaveLength(1);
  });

  it('ignores case and accents, whichever way they are written', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SPELLINGS), fc.boolean(), fc.string({ maxLength: 8 }), ([written, typed], swap, noise) => {
        // A word found inside any text, written either way round and searched the other way.
        const [text, search] = swap ? [typed, written] : [written, typed];
        const items = [review('r', { body: `${noise} ${text}!` })];
        expect(filterReviews(items, { search })).toHaveLength(1);
        expect(foldSearchText(written)).toBe(foldSearchText(typed));
      }),
    );
  });

  it('folds text as lower case, NFKD without marks, and the hand-folded letters, would', () => {
    const HAND: Record<string, string> = { ł: 'l', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ŀ: 'l', ø: 'o', ŧ: 't', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ς: 'σ' };
    const reference = (text: string) =>
      text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[łđðħıŀøŧßæœþς]/g, (letter) => HAND[letter]!);
    const unit = fc.constantFrom(...'aZ ąćęłńóśźżĄĆĘŁŃÓŚŹŻčšžČŠŽđĐäöüßÄÖÜẞΑάΆέήίόύώΐΰϊϋΣσςΩὰἀᾷﬁﬀＡｂ²İı\u0301\u0308'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(foldSearchText(text)).toBe(reference(text));
      }),
      { numRuns: 500 },
    );
  });

  it('folds long texts whole', () => {
    expect(foldSearchText(`${'Żółw '.repeat(3000)}ﬃ`)).toBe(`${'zolw '.repeat(3000)}ffi`);
  });

  it('never matches across the boundary between two fields', () => {
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'ą'), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(letters, letters, fc.nat(), fc.nat(), (title, body, cutTitle, cutBody) => {
        // The end of the title and the start of the body, searched as one word.
        const word = title.slice(cutTitle % title.length) + body.slice(0, (cutBody % body.length) + 1);
        const found = filterReviews([review('r', { title, body, author: 'Z' })], { search: word }).length === 1;
        const plain = (s: string) => s.replace(/ą/g, 'a');
        expect(found).toBe(plain(title).includes(plain(word)) || plain(body).includes(plain(word)));
      }),
    );
  });
});

describe('queryReviews', () => {
  const items = Array.from({ length: 25 }, (_, i) => review(`r${String(i).padStart(2, '0')}`, { date: `2026-10-${String(i + 1).padStart(2, '0')}` }));

  it('gives the first 10, newest first, by default', () => {
    const page = queryReviews(items);
    expect(page.items.map((r) => r.id)).toEqual(['r24', 'r23', 'r22', 'r21', 'r20', 'r19', 'r18', 'r17', 'r16', 'r15']);
    expect(page).toMatchObject({ total: 25, offset: 0, nextOffset: 10 });
  });

  it('ends with a null nextOffset, and past the end with no items', () => {
    expect(queryReviews(items, { offset: 20 })).toMatchObject({ total: 25, offset: 20, nextOffset: null });
    expect(queryReviews(items, { offset: 20 }).items).toHaveLength(5);
    expect(queryReviews(items, { offset: 15, limit: 10 }).nextOffset).toBeNull();
    expect(queryReviews(items, { offset: 99 })).toEqual({ items: [], total: 25, offset: 99, nextOffset: null });
  });

  it('keeps offset and limit whole and in range', () => {
    expect(queryReviews(items, { limit: 1000 }).items).toHaveLength(25);
    expect(queryReviews(items, { limit: 0 }).items).toHaveLength(1);
    expect(queryReviews(items, { limit: Number.NaN, offset: -3 })).toMatchObject({ offset: 0, nextOffset: 10 });
    expect(queryReviews(items, { limit: 2.7, offset: 1.5 })).toMatchObject({ offset: 1, nextOffset: 3 });
    expect(queryReviews(Array.from({ length: 150 }, (_, i) => review(`x${i}`)), { limit: 500 }).items).toHaveLength(100);
  });

  it('counts the filtered reviews in total', () => {
    expect(queryReviews([...items, review('one', { rating: 1 })], { stars: [1] })).toMatchObject({ total: 1, nextOffset: null });
  });

  it('answers for the reviews the array holds now, after it changed in place', () => {
    const list = [review('a', { date: '2026-01-01' }), review('b', { date: '2026-01-02' })];
    expect(queryReviews(list).items.map((r) => r.id)).toEqual(['b', 'a']);
    list.push(review('c', { date: '2026-01-03' }));
    expect(queryReviews(list).items.map((r) => r.id)).toEqual(['c', 'b', 'a']);
    list[0] = review('d', { date: '2026-01-04', title: 'Łódź' });
    expect(queryReviews(list).items.map((r) => r.id)).toEqual(['d', 'c', 'b']);
    prepareReviewSearch(list);
    expect(queryReviews(list, { search: 'lodz' }).items.map((r) => r.id)).toEqual(['d']);
  });

  it('pages without repeating or skipping: the pages together are the whole sorted list', () => {
    fc.assert(
      fc.property(reviewsArbitrary, filterArbitrary, fc.constantFrom(...REVIEW_SORTS), fc.integer({ min: 1, max: 12 }), (all, filter, sort, limit) => {
        const expected = sortReviews(filterReviews(all, filter), sort);
        const pages: Review[] = [];
        let offset: number | null = 0;
        while (offset !== null) {
          const page = queryReviews(all, { ...filter, sort, limit, offset });
          expect(page.total).toBe(expected.length);
          expect(page.offset).toBe(offset);
          pages.push(...page.items);
          offset = page.nextOffset;
          if (offset !== null) expect(offset).toBe(page.offset + limit);
        }
        expect(pages).toEqual(expected);
      }),
    );
  });
});
