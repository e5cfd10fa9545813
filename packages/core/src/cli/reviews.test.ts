import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Review } from '../schema/types.js';
import { parseReviewsPage, type ReviewsPageResponse } from '../reviews/remote.js';
import { runReviewsCommand, REVIEWS_USAGE } from './reviews.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'candor-reviews-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runReviewsCommand(args, { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line), cwd: dir });
  return { code, stdout, stderr };
}

const write = (name: string, value: unknown) => writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
const read = (path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as ReviewsPageResponse;
const sample = readFileSync(new URL('../../../../examples/configs/pl-shoes.candor.json', import.meta.url), 'utf8');

const reviews = (count: number, product = 'boot'): Review[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `r${i}`, rating: (i % 5) + 1, author: 'Ola Nowak', date: `2026-10-${String((i % 28) + 1).padStart(2, '0')}`, product,
  }));

/** `LINE:COLUMN` (1-based) where `needle` first starts in `text`. */
function find(text: string, needle: string): string {
  const lines = text.slice(0, text.indexOf(needle)).split('\n');
  return `${lines.length}:${lines.at(-1)!.length + 1}`;
}

describe('candor reviews', () => {
  it('writes a list of reviews as linked static files, newest first, that the client accepts', async () => {
    write('reviews.json', reviews(25));
    const { code, stdout, stderr } = await run('reviews.json', '--out', 'public/r', '--page-size', '10');
    expect({ code, stderr }).toEqual({ code: 0, stderr: [] });
    expect(stdout[0]).toBe('Wrote 3 files to public/r (25 reviews): reviews.json, reviews-2.json, reviews-3.json');
    expect(readdirSync(join(dir, 'public/r')).sort()).toEqual(['reviews-2.json', 'reviews-3.json', 'reviews.json']);
    const first = read('public/r/reviews.json');
    expect((await parseReviewsPage(first)).ok).toBe(true);
    expect(first).toMatchObject({ total: 25, offset: 0, nextOffset: 10, next: 'reviews-2.json', queryable: false });
    expect(first.items[0]!.date >= first.items[9]!.date).toBe(true);
    expect(read('public/r/reviews-3.json')).toMatchObject({ offset: 20, nextOffset: null, next: null });
    expect(read('public/r/reviews-3.json').items).toHaveLength(5);
  });

  it("uses a config's reviews.items, and --product keeps one product's reviews", async () => {
    write('candor.json', sample);
    expect((await run('candor.json', '--out=out', '--product=botki-lena')).code).toBe(0);
    const page = read('out/reviews.json');
    const config = JSON.parse(sample) as { reviews: { items: Review[] } };
    expect(page.total).toBe(config.reviews.items.filter((r) => r.product === 'botki-lena').length);
    expect(page.items.every((r) => r.product === 'botki-lena')).toBe(true);
    expect(page.summary.rating?.count).toBe(page.total);
  });

  it('writes one empty file, with a warning, when no review is left', async () => {
    write('reviews.json', reviews(3));
    const { code, stdout, stderr } = await run('reviews.json', '--out', 'out', '--product', 'bag');
    expect(code).toBe(0);
    expect(stdout[0]).toBe('Wrote 1 file to out (0 reviews of bag): reviews.json');
    expect(stderr).toEqual(['candor reviews: warning: no reviews of product "bag" in reviews.json; reviews.json lists none']);
    expect(read('out/reviews.json')).toMatchObject({ items: [], total: 0, next: null });
  });

  it('reports invalid reviews as FILE:LINE:COLUMN POINTER message, writes nothing and exits 1', async () => {
    write('reviews.json', [
      '[',
      '  {"id": "a", "rating": 5, "author": "Ola", "date": "2026-10-01"},',
      '  {"id": "a", "rating": 6, "author": "Ola", "date": "2026-10-02"}',
      ']',
    ].join('\n'));
    const { code, stdout, stderr } = await run('reviews.json', '--out', 'out');
    expect({ code, stdout }).toEqual({ code: 1, stdout: [] });
    expect(stderr).toEqual([
      'reviews.json:3:10 /1/id review id "a" is used twice',
      'reviews.json:3:25 /1/rating 6 is more than the maximum, 5',
    ]);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('reports paths of a config as they are in the file', async () => {
    const text = sample.replace('"rating": 5', '"rating": 0');
    write('candor.json', text);
    const { code, stderr } = await run('candor.json', '--out', 'out');
    expect(code).toBe(1);
    expect(stderr).toEqual([`candor.json:${find(text, '0,\n        "title"')} /reviews/items/0/rating 0 is less than the minimum, 1`]);
  });

  it('reports files it cannot read or parse, and JSON that holds no reviews', async () => {
    expect(await run('missing.json', '--out', 'out')).toEqual({ code: 1, stdout: [], stderr: ['missing.json:1:1 "" cannot read the file: no such file'] });
    write('broken.json', '[1,]');
    expect((await run('broken.json', '--out', 'out')).stderr[0]).toMatch(/^broken\.json:1:\d+ /);
    write('shop.json', { shop: { name: 'A' } });
    expect((await run('shop.json', '--out', 'out')).stderr).toEqual(['shop.json:1:1 "" expected a list of reviews [ … ], or a candor.json with reviews.items']);
    write('empty-section.json', { reviews: { display: { pageSize: 5 } } });
    expect((await run('empty-section.json', '--out', 'out')).stderr).toEqual([`empty-section.json:${find('{\n  "reviews": {', '{\n    "display"')} /reviews has no "items" to write`]);
  });

  it('exits 2 with its usage for wrong arguments, and 0 for --help', async () => {
    expect(await run('--help')).toEqual({ code: 0, stdout: [REVIEWS_USAGE], stderr: [] });
    for (const [args, problem] of [
      [[], 'name the file with the reviews'],
      [['a.json', 'b.json', '--out', 'o'], 'one file at a time'],
      [['a.json'], 'say where to write the files with --out DIR'],
      [['a.json', '--out'], '--out needs a value'],
      [['a.json', '--out', 'o', '--page-size', '0'], '--page-size must be a whole number, 1 or more, not 0'],
      [['a.json', '--out', 'o', '--page-size=ten'], '--page-size must be a whole number, 1 or more, not ten'],
      [['a.json', '--out', 'o', '--force'], 'unknown option --force'],
    ] as const) {
      expect(await run(...args), args.join(' ')).toEqual({ code: 2, stdout: [], stderr: [`candor reviews: ${problem}\n\n${REVIEWS_USAGE}`] });
    }
  });
});
