import { describe, expect, it } from 'vitest';
import { intlCache, numberFormat } from './intl-cache.js';

describe('intlCache', () => {
  it('builds one formatter per locale and options, and reuses it', () => {
    const first = numberFormat('pl', { maximumFractionDigits: 1 });
    expect(numberFormat('pl', { maximumFractionDigits: 1 })).toBe(first);
    expect(numberFormat('de', { maximumFractionDigits: 1 })).not.toBe(first);
    expect(numberFormat('pl', { maximumFractionDigits: 2 })).not.toBe(first);
    expect(numberFormat('pl', undefined)).not.toBe(first);
  });

  it('keeps at most `limit` formatters, evicting the least recently used', () => {
    const built: string[] = [];
    const formatter = intlCache((locale, options: { digits: number }) => {
      built.push(`${locale}:${options.digits}`);
      return new Intl.NumberFormat(locale, { maximumFractionDigits: options.digits });
    }, 2);
    formatter('en', { digits: 1 });
    formatter('en', { digits: 2 });
    formatter('en', { digits: 1 }); // used again: now the most recent
    formatter('en', { digits: 3 }); // evicts digits 2
    formatter('en', { digits: 1 });
    formatter('en', { digits: 2 });
    expect(built).toEqual(['en:1', 'en:2', 'en:3', 'en:2']);
  });
});
