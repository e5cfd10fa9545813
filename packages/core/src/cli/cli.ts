/**
 * The `candor` command: `candor validate FILE…`, `candor init [FILE]` and
 * `candor reviews FILE --out DIR` (reviews.ts).
 * `runCli` takes the arguments after the command name and an `io` to write to, so tests run
 * it in-process; main.ts wires it to the real process.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseJson } from '../json/index.js';
import { validateConfig } from '../validate/validate.js';
import { starterConfig } from './starter.js';
import { runReviewsCommand } from './reviews.js';
import { locateNearest, pointerText } from './locate.js';

export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  /** Directory that relative file names are resolved against. */
  cwd: string;
}

const DEFAULT_FILE = 'candor.json';

export const USAGE = `Usage: candor <command> [files]

Commands:
  validate [FILE…]  Check merchant configs (default: ${DEFAULT_FILE}). Prints "FILE: ok" for each
                    valid file; otherwise one line per problem,
                      FILE:LINE:COLUMN JSON-POINTER message
                    where LINE:COLUMN is where the offending value starts and JSON-POINTER
                    (RFC 6901) names it; "" is the whole document. A JSON syntax error is
                    reported the same way, at the error, with the pointer of the value being
                    read. Exits 0 when every file is valid, 1 otherwise.
  init [FILE]       Write a starter config (default: ${DEFAULT_FILE}) with "$schema" set, so
                    editors complete and check it. Never overwrites a file.
  reviews FILE --out DIR [--page-size N] [--product ID]
                    Write the reviews in FILE (a JSON list of reviews, or a config's
                    reviews.items) as static files for reviews.source.url: DIR/reviews.json,
                    reviews-2.json, … newest first. Problems are reported like validate's.
  help              Show this help.

Exit codes: 0 success, 1 invalid config or file problem, 2 wrong usage.`;

/** Runs `candor` with `args` (without the node and script paths); resolves to the exit code. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined) {
    io.stderr(USAGE);
    return 2;
  }
  if (command === 'help' || command === '--help' || command === '-h') {
    io.stdout(USAGE);
    return 0;
  }
  if (command === 'reviews') return runReviewsCommand(rest, io);
  const option = rest.find((arg) => arg.startsWith('-'));
  if ((command === 'validate' || command === 'init') && option !== undefined) {
    if (option === '--help' || option === '-h') {
      io.stdout(USAGE);
      return 0;
    }
    io.stderr(`candor ${command}: unknown option ${option}\n\n${USAGE}`);
    return 2;
  }
  if (command === 'validate') return validateFiles(rest.length > 0 ? rest : [DEFAULT_FILE], io);
  if (command === 'init') {
    if (rest.length > 1) {
      io.stderr(`candor init: one file at most\n\n${USAGE}`);
      return 2;
    }
    return init(rest[0] ?? DEFAULT_FILE, io);
  }
  io.stderr(`candor: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
  return 2;
}



async function validateFiles(files: string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, file), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String((error as Error).message);
      io.stdout(`${file}:1:1 "" cannot read the file: ${reason}`);
      exitCode = 1;
      continue;
    }
    const parsed = parseJson(text);
    if (!parsed.ok) {
      const { line, column, pointer, message } = parsed.error;
      io.stdout(`${file}:${line}:${column} ${pointerText(pointer)} ${message}`);
      exitCode = 1;
      continue;
    }
    const result = validateConfig(parsed.value);
    if (result.ok) {
      io.stdout(`${file}: ok`);
      continue;
    }
    exitCode = 1;
    const located = result.errors.map((error) => ({ ...error, at: locateNearest(parsed.locate, error.path) }));
    located.sort((a, b) => a.at.offset - b.at.offset);
    for (const { at, path, message } of located) io.stdout(`${file}:${at.line}:${at.column} ${pointerText(path)} ${message}`);
  }
  return exitCode;
}

async function init(file: string, io: CliIo): Promise<number> {
  try {
    // "wx": create only; fails with EEXIST instead of overwriting, with no race between check and write.
    await writeFile(resolve(io.cwd, file), `${JSON.stringify(starterConfig(), null, 2)}\n`, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(code === 'EEXIST' ? `candor init: ${file} already exists; it was left as it is` : `candor init: cannot write ${file}: ${(error as Error).message}`);
    return 1;
  }
  io.stdout(`Created ${file}. Fill it in, then check it with: npx candor validate ${file}`);
  return 0;
}
