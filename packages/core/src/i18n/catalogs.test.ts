import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SUPPORTED_LOCALES } from './locales.js';

// A fresh module per test, so that "not loaded yet" really is the state at the start.
let catalogs: typeof import('./catalogs.js');
beforeEach(async () => {
  vi.resetModules();
  catalogs = await import('./catalogs.js');
});

describe('loadMessages', () => {
  it('loads a catalog once, then serves it synchronously', async () => {
    const first = catalogs.loadMessages('pl');
    const second = catalogs.loadMessages('pl');
    expect(second).toBe(first);
    const polish = await first;
    expect(polish.rating.noReviews).toBe('Nie ma jeszcze opinii');
    expect(catalogs.messagesFor('pl')).toBe(polish);
    expect(await catalogs.loadMessages('pl')).toBe(polish);
    expect(catalogs.messagesFor('de')).toBeUndefined();
  });

  it.each(SUPPORTED_LOCALES)('gives each language its own catalog: %s', async (locale) => {
    const messages = await catalogs.loadMessages(locale);
    const others = await Promise.all(
      SUPPORTED_LOCALES.filter((each) => each !== locale).map((each) => catalogs.loadMessages(each)),
    );
    for (const other of others) expect(other.common.close).not.toBe(messages.common.close);
  });

  it('resolves English without a fetch', async () => {
    expect(await catalogs.loadMessages('en')).toBe(catalogs.messagesFor('en'));
  });
});

// After the tests above loaded every catalog: each test still starts from a fresh module.
describe('messagesFor', () => {
  it('has English at once, for a first render without waiting', () => {
    expect(catalogs.messagesFor('en')?.rating.noReviews).toBe('No reviews yet');
  });

  it('has no other catalog before it is loaded', () => {
    for (const locale of SUPPORTED_LOCALES.filter((each) => each !== 'en')) {
      expect(catalogs.messagesFor(locale)).toBeUndefined();
    }
  });
});
