/**
 * `candor reviews FILE --out DIR [--page-size N] [--product ID]`: writes a shop's reviews as
 * the static files of the reviews paging protocol, for any web host (REVIEWS-PROTOCOL.md).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseJson } from '../json/index.js';
import { validateReviewsSection } from '../validate/validate.js';
import { DEFAULT_STATIC_PAGE_SIZE, staticReviewsFiles } from '../reviews/remote.js';
import type { Review } from '../schema/types.js';
import type { CliIo } from './cli.js';
import { locateNearest, pointerText } from './locate.js';

export const REVIEWS_USAGE = `Usage: candor reviews FILE --out DIR [--page-size N] [--product ID]

Writes the reviews in FILE (a JSON list of reviews, or a candor.json whose reviews.items are
used) as static files DIR/reviews.json, DIR/reviews-2.json, … newest first, ${DEFAULT_STATIC_PAGE_SIZE} reviews a
file unless --page-size says otherwise; --product keeps only that product's reviews. Upload
DIR and set reviews.source.url to the address of reviews.json.`;

interface ReviewsOptions {
  file: string;
  out: string;
  pageSize?: number;
  product?: string;
}

type Parsed = { ok: true; options: ReviewsOptions } | { ok: false; help: boolean; problem?: string };

/** Reads `FILE --out DIR --page-size N --product ID`, each option also as `--name=value`. */
function parseArgs(args: string[]): Parsed {
  const values: Partial<Record<'out' | 'page-size' | 'product', string>> = {};
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') return { ok: false, help: true };
    if (!arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const key = name.slice(2);
    if (name !== '--out' && name !== '--page-size' && name !== '--product') return { ok: false, help: false, problem: `unknown option ${name}` };
    const value = inline ?? args[++i];
    if (value === undefined || value === '') return { ok: false, help: false, problem: `${name} needs a value` };
    values[key as keyof typeof values] = value;
  }
  if (files.length !== 1) return { ok: false, help: false, problem: files.length === 0 ? 'name the file with the reviews' : 'one file at a time' };
  if (values.out === undefined) return { ok: false, help: false, problem: 'say where to write the files with --out DIR' };
  const options: ReviewsOptions = { file: files[0]!, out: values.out };
  if (values['page-size'] !== undefined) {
    const pageSize = /^\d+$/.test(values['page-size']) ? Number(values['page-size']) : 0;
    if (!Number.isSafeInteger(pageSize) || pageSize < 1) return { ok: false, help: false, problem: `--page-size must be a whole number, 1 or more, not ${values['page-size']}` };
    options.pageSize = pageSize;
  }
  if (values.product !== undefined) options.product = values.product;
  return { ok: true, options };
}


const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The reviews in a parsed FILE, or its problems as `[pointer, message]` pairs. */
function reviewsOf(value: unknown): { ok: true; items: Review[] } | { ok: false; problems: [string, string][] } {
  if (Array.isArray(value)) {
    // A bare list: the section's paths /reviews/items/3/… are /3/… in this file.
    const result = validateReviewsSection({ items: value });
    if (result.ok) return { ok: true, items: value as Review[] };
    return { ok: false, problems: result.errors.map((error) => [error.path.replace(/^\/reviews\/items/, ''), error.message]) };
  }
  if (isRecord(value) && isRecord(value.reviews)) {
    const result = validateReviewsSection(value.reviews);
    if (!result.ok) return { ok: false, problems: result.errors.map((error) => [error.path, error.message]) };
    if (result.value.items === undefined) return { ok: false, problems: [['/reviews', 'has no "items" to write']] };
    return { ok: true, items: result.value.items };
  }
  return { ok: false, problems: [['', 'expected a list of reviews [ … ], or a candor.json with reviews.items']] };
}

/** Runs `candor reviews` with the arguments after `reviews`; resolves to the exit code. */
export async function runReviewsCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (!parsed.ok) {
    if (parsed.help) {
      io.stdout(REVIEWS_USAGE);
      return 0;
    }
    io.stderr(`candor reviews: ${parsed.problem}\n\n${REVIEWS_USAGE}`);
    return 2;
  }
  const { file, out, pageSize, product } = parsed.options;

  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String((error as Error).message);
    io.stderr(`${file}:1:1 "" cannot read the file: ${reason}`);
    return 1;
  }
  const json = parseJson(text);
  if (!json.ok) {
    const { line, column, pointer, message } = json.error;
    io.stderr(`${file}:${line}:${column} ${pointerText(pointer)} ${message}`);
    return 1;
  }
  const found = reviewsOf(json.value);
  if (!found.ok) {
    const located = found.problems.map(([path, message]) => ({ path, message, at: locateNearest(json.locate, path) }));
    located.sort((a, b) => a.at.offset - b.at.offset);
    for (const { at, path, message } of located) io.stderr(`${file}:${at.line}:${at.column} ${pointerText(path)} ${message}`);
    return 1;
  }

  const files = staticReviewsFiles(found.items, { pageSize, product });
  const directory = resolve(io.cwd, out);
  try {
    await mkdir(directory, { recursive: true });
    // Compact JSON: these files are downloaded by every buyer who opens the reviews.
    for (const { name, body } of files) await writeFile(join(directory, name), `${JSON.stringify(body)}\n`);
  } catch (error) {
    io.stderr(`candor reviews: cannot write to ${out}: ${(error as Error).message}`);
    return 1;
  }
  const total = files[0]!.body.total;
  const names = files.length <= 3 ? files.map((each) => each.name).join(', ') : `${files[0]!.name} … ${files.at(-1)!.name}`;
  const reviews = `${total} ${total === 1 ? 'review' : 'reviews'}${product === undefined ? '' : ` of ${product}`}`;
  io.stdout(`Wrote ${files.length} ${files.length === 1 ? 'file' : 'files'} to ${out} (${reviews}): ${names}`);
  if (total === 0) io.stderr(`candor reviews: warning: no reviews${product === undefined ? '' : ` of product ${JSON.stringify(product)}`} in ${file}; reviews.json lists none`);
  io.stdout('Upload the files together, then set reviews.source.url to the address of reviews.json.');
  return 0;
}
