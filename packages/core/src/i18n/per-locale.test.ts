import { describe, expect, it, vi } from 'vitest';
import { perLocale } from './per-locale.js';

const loadersWith = (en: () => Promise<{ default: string }>) => ({
  en,
  pl: async () => ({ default: 'pl' }),
  sl: async () => ({ default: 'sl' }),
  el: async () => ({ default: 'el' }),
  de: async () => ({ default: 'de' }),
});

describe('perLocale', () => {
  it('gives a preloaded value at once and loads the others on demand', async () => {
    const values = perLocale(loadersWith(async () => ({ default: 'unused' })), { en: 'en' });
    expect(values.get('en')).toBe('en');
    expect(values.get('pl')).toBeUndefined();
    await expect(values.load('pl')).resolves.toBe('pl');
    expect(values.get('pl')).toBe('pl');
  });

  it('fetches once for callers who ask at the same time', async () => {
    const fetch = vi.fn(async () => ({ default: 'en' }));
    const values = perLocale(loadersWith(fetch));
    const [a, b] = await Promise.all([values.load('en'), values.load('en')]);
    expect([a, b]).toEqual(['en', 'en']);
    await values.load('en');
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('forgets a failed fetch, so the next call tries again', async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce({ default: 'en' });
    const values = perLocale(loadersWith(fetch));
    await expect(values.load('en')).rejects.toThrow('offline');
    expect(values.get('en')).toBeUndefined();
    await expect(values.load('en')).resolves.toBe('en');
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
