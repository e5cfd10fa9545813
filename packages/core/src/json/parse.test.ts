import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseJson, type JsonParseResult } from './parse.js';
import { formatPointer, parsePointer } from './pointer.js';

/** Every pointer in a JSON value with the value it names. */
function* pointers(value: unknown, segments: (string | number)[] = []): Generator<[string, unknown]> {
  yield [formatPointer(segments), value];
  if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* pointers(item, [...segments, i]);
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) yield* pointers(item, [...segments, key]);
}

/** Line and column of `offset` in `text`, counted the slow, obvious way. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

function parsed(text: string): Extract<JsonParseResult, { ok: true }> {
  const result = parseJson(text);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to parse: ${result.error.message}`);
  return result;
}

function syntaxError(text: string) {
  const result = parseJson(text);
  if (result.ok) throw new Error(`expected ${JSON.stringify(text)} to fail`);
  const { line, column, pointer, message } = result.error;
  return { line, column, pointer, message };
}

const indents = fc.constantFrom<string | number>(0, 1, 2, 4, '\t', ' \r\n ');

describe('parseJson on valid JSON', () => {
  it('reads what JSON.stringify writes, as JSON.parse does, at any indentation', () => {
    fc.assert(
      fc.property(fc.jsonValue(), indents, (value, indent) => {
        const text = JSON.stringify(value, null, indent as number);
        expect(parsed(text).value).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it('round-trips any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        // -0 is the one JSON value that JSON.stringify does not write back as itself ("0").
        const written = JSON.parse(JSON.stringify(value)) as unknown;
        expect(parsed(JSON.stringify(value, null, 2)).value).toStrictEqual(written);
      }),
    );
  });

  it('locates every value at its first character', () => {
    fc.assert(
      fc.property(fc.jsonValue(), indents, (value, indent) => {
        const text = JSON.stringify(value, null, indent as number);
        const result = parsed(text);
        for (const [pointer, item] of pointers(result.value)) {
          const position = result.locate(pointer);
          expect(position, pointer).toBeDefined();
          const { offset, line, column } = position!;
          expect({ line, column }).toEqual(lineColumn(text, offset));
          // Nested values are indented deeper in the document than alone: compare their first line.
          const written = JSON.stringify(item, null, indent as number).split('\n')[0]!;
          expect(text.startsWith(written, offset), `${pointer} at ${offset}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('locates nothing for pointers that name no value', () => {
    const result = parsed('{"a": [1, {"b/c": 2, "~": 3}], "": 4}');
    expect(result.locate('/a/1/b~1c')).toEqual({ line: 1, column: 19, offset: 18 });
    expect(result.locate('/a/1/~0')).toEqual({ line: 1, column: 27, offset: 26 });
    expect(result.locate('/')).toEqual({ line: 1, column: 36, offset: 35 });
    expect(result.locate('')).toEqual({ line: 1, column: 1, offset: 0 });
    for (const pointer of ['/b', '/a/2', '/a/01', '/a/-', '/a/0/x', 'a', '/a/1/b/c', '/a~2']) expect(result.locate(pointer), pointer).toBeUndefined();
  });

  it('counts lines ended by \\n, \\r\\n or \\r, and columns in UTF-16 code units', () => {
    const text = '{\r\n  "a": 1,\r  "ł😀": "x",\n  "b": [true]\n}';
    const result = parsed(text);
    expect(result.locate('/a')).toMatchObject({ line: 2, column: 8 });
    expect(result.locate('/ł😀')).toMatchObject({ line: 3, column: 10 });
    expect(result.locate('/b/0')).toMatchObject({ line: 4, column: 9 });
  });

  it('keeps "__proto__" as an ordinary key, as JSON.parse does', () => {
    const result = parsed('{"__proto__": {"polluted": true}, "a": 1}');
    expect(result.value).toStrictEqual(JSON.parse('{"__proto__": {"polluted": true}, "a": 1}'));
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.locate('/__proto__/polluted')).toMatchObject({ column: 28 });
  });

  it('skips a byte order mark', () => {
    const result = parsed('\ufeff{"a": 1}');
    expect(result.value).toEqual({ a: 1 });
    expect(result.locate('/a')).toMatchObject({ line: 1, column: 8 });
  });
});

describe('parseJson on broken JSON', () => {
  it('says where and what, and guesses the likely mistake', () => {
    expect(syntaxError('{\n  "a": 1,\n}')).toEqual({ line: 3, column: 1, pointer: '', message: 'unexpected "}" — a trailing comma before it?' });
    expect(syntaxError('{"a": [1, 2,]}')).toEqual({ line: 1, column: 13, pointer: '/a', message: 'unexpected "]" — a trailing comma before it?' });
    expect(syntaxError('{"a": 1\n "b": 2}')).toEqual({ line: 2, column: 2, pointer: '', message: 'unexpected \'"\' — a missing comma before it?' });
    expect(syntaxError('[1 2]')).toEqual({ line: 1, column: 4, pointer: '', message: 'unexpected "2" — a missing comma before it?' });
    expect(syntaxError("{'a': 1}")).toEqual({ line: 1, column: 2, pointer: '', message: 'unexpected "\'" — property names go in double quotes' });
    expect(syntaxError('{a: 1}')).toEqual({ line: 1, column: 2, pointer: '', message: 'unexpected "a" — property names go in double quotes' });
    expect(syntaxError('{"a": \'x\'}')).toEqual({ line: 1, column: 7, pointer: '/a', message: 'unexpected "\'" — JSON text goes in double quotes' });
    expect(syntaxError('{"a": x}')).toEqual({ line: 1, column: 7, pointer: '/a', message: 'unexpected "x" — text must be in double quotes' });
    expect(syntaxError('{"a": True}')).toEqual({ line: 1, column: 7, pointer: '/a', message: 'unexpected "True" — JSON writes true in lower case' });
    expect(syntaxError('{"a": undefined}').message).toBe('unexpected "undefined" — JSON has no undefined; leave the key out or use null');
    expect(syntaxError('{"a": 01}')).toEqual({ line: 1, column: 7, pointer: '/a', message: '"01" is not a JSON number — numbers cannot start with 0' });
    expect(syntaxError('{"a": 1.}').message).toBe('"1." is not a JSON number');
    expect(syntaxError('{"a": 2026-12-31}').message).toBe('"2026-12-31" is not a JSON number — text must be in double quotes');
    expect(syntaxError('{"a": "x\n"}')).toEqual({
      line: 1, column: 9, pointer: '/a', message: 'unexpected line break in text — a missing closing quote? (a line break inside text is written \\n)',
    });
    expect(syntaxError('{"a": "\\x"}').message).toBe('"\\x" is not a JSON escape; a backslash itself is written "\\\\"');
    expect(syntaxError('{"a": "\\u12"}').message).toBe('"\\u" must be followed by four hexadecimal digits');
    expect(syntaxError('{"a": "\t"}').message).toBe('unexpected character U+0009 in text — control characters must be escaped, e.g. \\t for a tab');
    expect(syntaxError('// shop\n{}')).toEqual({ line: 1, column: 1, pointer: '', message: 'comments are not allowed in JSON' });
    expect(syntaxError('{"a": 1} /* x */').message).toBe('comments are not allowed in JSON');
    expect(syntaxError('{"a": 1}}')).toEqual({ line: 1, column: 9, pointer: '', message: 'unexpected "}" after the end of the JSON document' });
    expect(syntaxError('   ')).toEqual({ line: 1, column: 4, pointer: '', message: 'the file is empty: a JSON document has one value, e.g. { }' });
    expect(syntaxError('{"a": [1, {"b": 2}]')).toEqual({
      line: 1, column: 20, pointer: '', message: 'unexpected end of the file — the object opened at line 1, column 1 is not closed with "}"',
    });
    expect(syntaxError('{"a": [1, 2}')).toEqual({ line: 1, column: 12, pointer: '/a', message: 'unexpected "}" — the list is closed with "]"' });
    expect(syntaxError('{"a": "x')).toEqual({
      line: 1, column: 9, pointer: '/a', message: 'unexpected end of the file — the text opened at line 1, column 7 is not closed with "',
    });
    expect(syntaxError('{"a": }')).toEqual({ line: 1, column: 7, pointer: '/a', message: 'unexpected "}" — a value is missing' });
    expect(syntaxError('{"a" 1}').message).toBe('unexpected "1" — expected ":" after the property name "a"');
  });

  it('names the value being read with a JSON pointer', () => {
    const text = '{\n  "delivery": {\n    "carriers": [\n      {"id": "dpd", "transit": {"PL": [1, 2],}}\n    ]\n  }\n}';
    expect(syntaxError(text)).toEqual({
      line: 4, column: 46, pointer: '/delivery/carriers/0/transit', message: 'unexpected "}" — a trailing comma before it?',
    });
  });

  it('rejects a key repeated in one object, pointing at the repeat', () => {
    expect(syntaxError('{"cutoff": "14:00",\n "cutoff": "12:00"}')).toEqual({
      line: 2, column: 2, pointer: '', message: 'duplicate key "cutoff" — it is already at line 1, column 2',
    });
    expect(parsed('[{"a": 1}, {"a": 2}]').value).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('stops at absurd nesting instead of overflowing the stack', () => {
    expect(syntaxError('['.repeat(100_000)).message).toBe('nested more than 512 levels deep');
    expect(parsed(`${'['.repeat(500)}${']'.repeat(500)}`).value).toBeDefined();
  });

  it('never throws, and agrees with JSON.parse on what is JSON', () => {
    const nearJson = fc
      .tuple(fc.jsonValue(), indents, fc.nat(), fc.nat({ max: 3 }), fc.constantFrom('', ',', '}', ']', '"', "'", ':', '\\', '\n', 'x', '0', '//', '\u0000'))
      .map(([value, indent, at, cut, insert]) => {
        const text = JSON.stringify(value, null, indent as number);
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + cut);
      });
    fc.assert(
      fc.property(fc.oneof(nearJson, fc.string(), fc.string({ unit: 'binary' })), (text) => {
        const result = parseJson(text);
        let reference: { ok: true; value: unknown } | { ok: false };
        try {
          reference = { ok: true, value: JSON.parse(text) as unknown };
        } catch {
          reference = { ok: false };
        }
        if (result.ok) {
          expect(reference).toEqual({ ok: true, value: result.value });
        } else {
          // The one thing JSON.parse accepts and Candor does not: a repeated key.
          if (reference.ok) expect(result.error.message).toMatch(/^duplicate key/);
          expect(result.error.line).toBeGreaterThanOrEqual(1);
          expect(result.error.column).toBeGreaterThanOrEqual(1);
          expect(lineColumn(text, result.error.offset)).toEqual({ line: result.error.line, column: result.error.column });
          expect(parsePointer(result.error.pointer)).toBeDefined();
        }
      }),
      { numRuns: 2000 },
    );
  }, 30_000);
});

describe('JSON pointers', () => {
  it('escape and unescape as RFC 6901 says', () => {
    expect(formatPointer(['a/b', 'm~n', 0, ''])).toBe('/a~1b/m~0n/0/');
    expect(parsePointer('/a~1b/m~0n/0/')).toEqual(['a/b', 'm~n', '0', '']);
    expect(parsePointer('/~01')).toEqual(['~1']);
    expect(parsePointer('')).toEqual([]);
    for (const bad of ['a', '#/a', '/~', '/~2']) expect(parsePointer(bad), bad).toBeUndefined();
    fc.assert(
      fc.property(fc.array(fc.string()), (segments) => {
        expect(parsePointer(formatPointer(segments))).toEqual(segments);
      }),
    );
  });
});
