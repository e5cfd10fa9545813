/**
 * A strict JSON parser (RFC 8259) that remembers where every value starts, so a problem
 * found later can be shown at its line and column, and whose syntax errors say what
 * probably went wrong ("a trailing comma before it?"). It never throws.
 *
 * Stricter than `JSON.parse` in one way: a key repeated in one object is an error, because
 * in a config the second silently wins over the first. A leading byte order mark is skipped.
 */
import { formatPointer, parsePointer } from './pointer.js';

/** 1-based line and column (in UTF-16 code units, as editors count), and the 0-based offset. */
export interface JsonPosition {
  line: number;
  column: number;
  offset: number;
}

export interface JsonSyntaxError extends JsonPosition {
  message: string;
  /** JSON pointer of the value being read when the error was found (`""`: the document). */
  pointer: string;
}

export type JsonParseResult =
  | { ok: true; value: unknown; locate(pointer: string): JsonPosition | undefined }
  | { ok: false; error: JsonSyntaxError };

const MAX_DEPTH = 512;
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

/** Thrown inside the parser only; `parseJson` turns it into a result. */
class SyntaxProblem {
  readonly offset: number;
  readonly message: string;
  constructor(offset: number, message: string) {
    this.offset = offset;
    this.message = message;
  }
}

/** Offsets of the starts of lines; "\n", "\r\n" and "\r" each end a line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function positionOf(starts: number[], offset: number): JsonPosition {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1, offset };
}

function describeChar(char: string): string {
  const code = char.codePointAt(0)!;
  if (char === '"') return `'"'`;
  return code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f)
    ? `character U+${code.toString(16).toUpperCase().padStart(4, '0')}`
    : `"${char}"`;
}

export function parseJson(text: string): JsonParseResult {
  // Where each value starts: per container, per key (or index).
  const positions = new WeakMap<object, Map<string, number>>();
  const path: (string | number)[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let rootOffset = i;

  const fail = (message: string, at = i): never => {
    throw new SyntaxProblem(at, message);
  };
  const here = () => (i < text.length ? describeChar(String.fromCodePoint(text.codePointAt(i)!)) : 'end of the file');

  function skipSpace(): void {
    for (;;) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) fail('comments are not allowed in JSON');
      else return;
    }
  }

  /** A word where a value should be: say what JSON writes instead. */
  function badWord(): never {
    const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 40))?.[0];
    if (word === undefined) {
      return fail(text[i] === "'" ? 'unexpected "\'" — JSON text goes in double quotes' : `unexpected ${here()}`);
    }
    const lower = word.toLowerCase();
    if (lower === 'true' || lower === 'false' || lower === 'null') fail(`unexpected "${word}" — JSON writes ${lower} in lower case`);
    if (word === 'undefined' || word === 'NaN' || word === 'Infinity') fail(`unexpected "${word}" — JSON has no ${word}; leave the key out or use null`);
    return fail(`unexpected "${word}" — text must be in double quotes`);
  }

  function parseValue(depth: number): unknown {
    skipSpace();
    if (i >= text.length) fail('unexpected end of the file — a value is missing');
    const c = text[i]!;
    if (c === '{') return parseObject(depth + 1);
    if (c === '[') return parseArray(depth + 1);
    if (c === '"') return parseString();
    if (c === '-' || (c >= '0' && c <= '9')) return parseNumber();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i) && !/[\w$]/.test(text[i + word.length] ?? '')) {
        i += word.length;
        return value;
      }
    }
    if (c === '}' || c === ']') fail(`unexpected "${c}" — a value is missing`);
    if (c === ',') fail('unexpected "," — a value is missing before it');
    return badWord();
  }

  function enter(depth: number): void {
    if (depth > MAX_DEPTH) fail(`nested more than ${MAX_DEPTH} levels deep`);
  }

  function parseObject(depth: number): Record<string, unknown> {
    enter(depth);
    const opened = i++;
    const object: Record<string, unknown> = {};
    const starts = new Map<string, number>();
    const keyOffsets = new Map<string, number>();
    positions.set(object, starts);
    let afterComma = false;
    skipSpace();
    if (text[i] === '}') {
      i++;
      return object;
    }
    for (;;) {
      skipSpace();
      if (i >= text.length) fail(`unexpected end of the file — the object opened at ${where(opened)} is not closed with "}"`);
      if (text[i] === '}' && afterComma) fail('unexpected "}" — a trailing comma before it?');
      if (text[i] !== '"') {
        if (text[i] === "'") fail('unexpected "\'" — property names go in double quotes');
        if (/[A-Za-z_$]/.test(text[i]!)) fail(`unexpected ${here()} — property names go in double quotes`);
        fail(`unexpected ${here()} — expected a property name in double quotes`);
      }
      const keyAt = i;
      const key = parseString();
      if (keyOffsets.has(key)) fail(`duplicate key ${JSON.stringify(key)} — it is already at ${where(keyOffsets.get(key)!)}`, keyAt);
      keyOffsets.set(key, keyAt);
      skipSpace();
      if (text[i] !== ':') fail(`unexpected ${here()} — expected ":" after the property name ${JSON.stringify(key)}`);
      i++;
      path.push(key);
      skipSpace();
      starts.set(key, i);
      const value = parseValue(depth);
      path.pop();
      // An own "__proto__" key, as JSON.parse makes it, not the object's prototype.
      if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      else object[key] = value;
      skipSpace();
      if (text[i] === ',') {
        i++;
        afterComma = true;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return object;
      }
      if (i >= text.length) fail(`unexpected end of the file — the object opened at ${where(opened)} is not closed with "}"`);
      if (text[i] === '"') fail(`unexpected ${here()} — a missing comma before it?`);
      fail(`unexpected ${here()} — expected "," or "}" after the value of ${JSON.stringify(key)}`);
    }
  }

  function parseArray(depth: number): unknown[] {
    enter(depth);
    const opened = i++;
    const array: unknown[] = [];
    const starts = new Map<string, number>();
    positions.set(array, starts);
    skipSpace();
    if (text[i] === ']') {
      i++;
      return array;
    }
    for (;;) {
      skipSpace();
      if (i >= text.length) fail(`unexpected end of the file — the list opened at ${where(opened)} is not closed with "]"`);
      if (text[i] === ']') fail('unexpected "]" — a trailing comma before it?');
      path.push(array.length);
      starts.set(String(array.length), i);
      array.push(parseValue(depth));
      path.pop();
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return array;
      }
      if (i >= text.length) fail(`unexpected end of the file — the list opened at ${where(opened)} is not closed with "]"`);
      if (text[i] === '}') fail('unexpected "}" — the list is closed with "]"');
      if (/["\d\-[{tfn]/.test(text[i]!)) fail(`unexpected ${here()} — a missing comma before it?`);
      fail(`unexpected ${here()} — expected "," or "]"`);
    }
  }

  function parseString(): string {
    const opened = i++;
    let result = '';
    let chunk = i;
    for (;;) {
      if (i >= text.length) fail(`unexpected end of the file — the text opened at ${where(opened)} is not closed with "`);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        result += text.slice(chunk, i++);
        return result;
      }
      if (c < 0x20) {
        fail(c === 10 || c === 13
          ? 'unexpected line break in text — a missing closing quote? (a line break inside text is written \\n)'
          : `unexpected ${describeChar(text[i]!)} in text — control characters must be escaped, e.g. \\t for a tab`);
      }
      if (c !== 0x5c) {
        i++;
        continue;
      }
      result += text.slice(chunk, i);
      const escape = text[i + 1];
      const simple = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }[escape ?? ''];
      if (simple !== undefined) {
        result += simple;
        i += 2;
      } else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        result += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
      } else if (escape === 'u') {
        fail('"\\u" must be followed by four hexadecimal digits');
      } else {
        fail(`"\\${escape ?? ''}" is not a JSON escape; a backslash itself is written "\\\\"`);
      }
      chunk = i;
    }
  }

  function parseNumber(): number {
    const start = i;
    const token = /^[-+.\w]*/.exec(text.slice(i, i + 400))![0];
    if (!NUMBER.test(token)) {
      const hint = /^-?0\d+$/.test(token)
        ? ' — numbers cannot start with 0'
        : /[^\d.eE+-]|\d-\d/.test(token) ? ' — text must be in double quotes' : '';
      fail(`${JSON.stringify(token)} is not a JSON number${hint}`, start);
    }
    i += token.length;
    return Number(token);
  }

  const starts = lineStarts(text);
  const where = (offset: number) => {
    const { line, column } = positionOf(starts, offset);
    return `line ${line}, column ${column}`;
  };

  try {
    skipSpace();
    if (i >= text.length) fail('the file is empty: a JSON document has one value, e.g. { }');
    rootOffset = i;
    const value = parseValue(0);
    skipSpace();
    if (i < text.length) fail(`unexpected ${here()} after the end of the JSON document`);
    return {
      ok: true,
      value,
      locate(pointer: string): JsonPosition | undefined {
        const segments = parsePointer(pointer);
        if (!segments) return undefined;
        let current: unknown = value;
        let offset = rootOffset;
        for (const segment of segments) {
          const inner = typeof current === 'object' && current !== null ? positions.get(current) : undefined;
          const at = inner?.get(segment);
          if (at === undefined) return undefined;
          offset = at;
          current = (current as Record<string, unknown>)[segment];
        }
        return positionOf(starts, offset);
      },
    };
  } catch (problem) {
    if (!(problem instanceof SyntaxProblem)) {
      // Only a stack overflow on pathological input can land here; report it, never throw.
      return { ok: false, error: { ...positionOf(starts, i), pointer: formatPointer(path), message: 'the document is too deeply nested to read' } };
    }
    return { ok: false, error: { ...positionOf(starts, problem.offset), pointer: formatPointer(path), message: problem.message } };
  }
}
