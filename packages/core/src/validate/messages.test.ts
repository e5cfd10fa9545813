import { describe, expect, it } from 'vitest';
import { describeIssue, describeIssues, quote } from './messages.js';

describe('quote', () => {
  it('quotes, escapes and shortens what merchants wrote', () => {
    expect(quote('blik')).toBe('"blik"');
    expect(quote('say "hi"\\')).toBe('"say \\"hi\\"\\\\"');
    expect(quote('a\u0000b\u001b[31mc\u202ed\u200be\n')).toBe('"a\\u0000b\\u001b[31mc\\u202ed\\u200be\\u000a"');
    expect(quote('x'.repeat(100))).toBe(`"${'x'.repeat(57)}…"`);
  });
});

describe('describeIssue', () => {
  it('words each kind of issue', () => {
    expect(describeIssue({ kind: 'type', path: '', value: 5, expected: ['string'] })).toBe('expected text in quotes, got the number 5');
    expect(describeIssue({ kind: 'type', path: '', value: null, expected: ['number', 'array'] })).toBe('expected a number or a list [ … ], got null');
    expect(describeIssue({ kind: 'required', path: '', key: 'name' })).toBe('missing "name"');
    expect(describeIssue({ kind: 'enum', path: '', value: 5, allowed: ['a', 'b'] })).toBe('expected one of "a" or "b", got the number 5');
    expect(describeIssue({ kind: 'min-length', path: '', value: '', limit: 1 })).toBe('must not be empty');
    expect(describeIssue({ kind: 'minimum', path: '', value: -1, limit: 0 })).toBe('-1 is less than the minimum, 0');
    expect(describeIssue({ kind: 'exclusive-minimum', path: '', value: 0, limit: 0 })).toBe('must be more than 0, got 0');
    expect(describeIssue({ kind: 'min-items', path: '', count: 0, limit: 1 })).toBe('needs at least 1 entry, got 0');
    expect(describeIssue({ kind: 'max-items', path: '', count: 3, limit: 2 })).toBe('expected 2 values, got 3');
    expect(describeIssue({ kind: 'min-properties', path: '', limit: 1 })).toBe('must not be empty');
    expect(describeIssue({ kind: 'format', path: '', value: '0048 12 345 67 89', format: 'phone' })).toBe(
      '"0048 12 345 67 89" is not an international phone number: write + and the country code, e.g. "+48 22 123 45 67" — did you mean "+48 12 345 67 89"?',
    );
    expect(describeIssue({ kind: 'format', path: '', value: 'Kroki Shoes', format: 'slug' })).toBe(
      '"Kroki Shoes" is not an id: use lower-case letters, digits and single hyphens — did you mean "kroki-shoes"?',
    );
    expect(describeIssue({ kind: 'format', path: '', value: '€', format: 'currency-code' })).toBe('"€" is not an ISO 4217 currency code in use — did you mean "EUR"?');
    expect(describeIssue({ kind: 'format', path: '', value: 'checkout', format: 'page-path' })).toBe('"checkout" is not a path on your site: start it with one "/", e.g. "/checkout"');
  });

  it('names every missing key of one object in one message, and keeps one message per value', () => {
    expect(describeIssues([
      { kind: 'required', path: '/a', key: 'id' },
      { kind: 'required', path: '/a', key: 'transit' },
      { kind: 'format', path: '/b', value: '2026-02-30', format: 'date' },
      { kind: 'duplicate', path: '/b', value: '2026-02-30' },
    ])).toEqual([
      { path: '/a', message: 'missing "id" and "transit"' },
      { path: '/b', message: '"2026-02-30" is not a real date' },
    ]);
  });

  it('does not report a missing key twice when an unknown key is its likely typo', () => {
    expect(describeIssues([
      { kind: 'required', path: '/d', key: 'cutoff' },
      { kind: 'unknown-key', path: '/d/cutof', key: 'cutof', known: ['cutoff', 'carriers'] },
    ])).toEqual([{ path: '/d/cutof', message: 'unknown key "cutof" — did you mean "cutoff"?' }]);
  });
});

describe('currency hints', () => {
  it('suggests the upper-case code only when that is a real currency', () => {
    expect(describeIssue({ kind: 'format', path: '', value: 'pln', format: 'currency-code' })).toContain('did you mean "PLN"?');
    expect(describeIssue({ kind: 'format', path: '', value: 'zlt', format: 'currency-code' })).not.toContain('did you mean');
    expect(describeIssue({ kind: 'format', path: '', value: '<img src=x>', format: 'currency-code' })).not.toContain('did you mean');
  });
});
