import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES, type Locale } from './locales.js';
import { loadMessages } from './catalogs.js';
import type { Messages } from './messages.js';

const catalogs = Object.fromEntries(
  await Promise.all(SUPPORTED_LOCALES.map(async (locale) => [locale, await loadMessages(locale)] as const)),
) as Record<Locale, Messages>;

/** Every message by its path: its text, or `function` for a message that takes a number. */
function entries(messages: Messages): Map<string, string> {
  const out = new Map<string, string>();
  for (const [group, members] of Object.entries(messages)) {
    for (const [key, message] of Object.entries(members as Record<string, unknown>)) {
      out.set(`${group}.${key}`, typeof message === 'function' ? 'function' : String(message));
    }
  }
  return out;
}

describe('message catalogs', () => {
  const english = entries(catalogs.en);

  it.each(SUPPORTED_LOCALES)('%s has every message of the same kind, as clean text', (locale) => {
    const messages = entries(catalogs[locale]);
    expect([...messages.keys()]).toEqual([...english.keys()]);
    for (const [path, text] of messages) {
      expect(text === 'function', path).toBe(english.get(path) === 'function');
      expect(text, path).toBe(text.trim());
      expect(text, path).not.toMatch(/^$|undefined|[{}<>]/);
    }
  });

  it.each(SUPPORTED_LOCALES.filter((locale) => locale !== 'en'))('%s is translated, not a copy of English', (locale) => {
    for (const [path, text] of entries(catalogs[locale])) {
      if (text !== 'function') expect(text, path).not.toBe(english.get(path));
    }
  });
});

describe('rating', () => {
  it.each([
    ['en', 'en', '4.6', 'Rated 4.6 out of 5, 128 reviews', 'Rated 4.6 out of 5', 'No reviews yet'],
    ['pl', 'pl-PL', '4,6', 'Ocena 4,6 na 5, 128 opinii', 'Ocena 4,6 na 5', 'Nie ma jeszcze opinii'],
    ['sl', 'sl-SI', '4,6', 'Ocena 4,6 od 5, 128 mnenj', 'Ocena 4,6 od 5', 'Še ni mnenj'],
    ['el', 'el-GR', '4,6', 'Βαθμολογία 4,6 από 5, 128 κριτικές', 'Βαθμολογία 4,6 από 5', 'Δεν υπάρχουν ακόμη κριτικές'],
    ['de', 'de-AT', '4,6', 'Bewertet mit 4,6 von 5, 128 Bewertungen', 'Bewertet mit 4,6 von 5', 'Noch keine Bewertungen'],
  ] as const)('reads once, in %s', (locale, intlLocale, value, withCount, withoutCount, empty) => {
    const { rating } = catalogs[locale];
    expect(rating.label({ value, max: '5', count: 128, locale: intlLocale })).toBe(withCount);
    expect(rating.label({ value, max: '5', locale: intlLocale })).toBe(withoutCount);
    expect(rating.label({ value, max: '5', count: undefined })).toBe(withoutCount);
    expect(rating.noReviews).toBe(empty);
  });

  it('writes the count with the page’s regional digits', () => {
    expect(catalogs.de.rating.count(12345, 'de-DE')).toBe('12.345 Bewertungen');
    expect(catalogs.de.rating.count(12345, 'de-AT')).toBe('12\u00a0345 Bewertungen');
    expect(catalogs.en.rating.count(12345, 'en-IN')).toBe('12,345 reviews');
    expect(catalogs.en.rating.count(1234567, 'en-IN')).toBe('12,34,567 reviews');
  });
});

describe('config', () => {
  it.each([
    ['en', 'line 1204, column 7'],
    ['pl', 'wiersz 1204, kolumna 7'],
    ['sl', 'vrstica 1204, stolpec 7'],
    ['el', 'γραμμή 1204, στήλη 7'],
    ['de', 'Zeile 1204, Spalte 7'],
  ] as const)('points into the file in %s, without grouping digits', (locale, text) => {
    expect(catalogs[locale].config.position({ line: 1204, column: 7 })).toBe(text);
  });
});
