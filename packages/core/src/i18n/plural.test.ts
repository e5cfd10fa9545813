import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plural, pluralCategory } from './plural.js';
import en from './locales/en.js';
import pl from './locales/pl.js';
import sl from './locales/sl.js';
import el from './locales/el.js';
import de from './locales/de.js';

// The rules below are CLDR's plural rules (unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html),
// written out independently of Intl to check what the catalogs produce.
const polishWord = (n: number) => {
  if (n === 1) return 'opinia';
  if (n % 10 >= 2 && n % 10 <= 4 && !(n % 100 >= 12 && n % 100 <= 14)) return 'opinie';
  return 'opinii';
};
const slovenianWord = (n: number) => {
  const lastTwo = n % 100;
  if (lastTwo === 1) return 'mnenje';
  if (lastTwo === 2) return 'mnenji';
  if (lastTwo === 3 || lastTwo === 4) return 'mnenja';
  return 'mnenj';
};

describe('Polish: one, few, many', () => {
  it.each([
    [1, '1 opinia'],
    [2, '2 opinie'],
    [3, '3 opinie'],
    [4, '4 opinie'],
    [22, '22 opinie'],
    [23, '23 opinie'],
    [24, '24 opinie'],
    [102, '102 opinie'],
    [0, '0 opinii'],
    [5, '5 opinii'],
    [11, '11 opinii'],
    [12, '12 opinii'],
    [13, '13 opinii'],
    [14, '14 opinii'],
    [21, '21 opinii'],
    [25, '25 opinii'],
    [101, '101 opinii'],
    [112, '112 opinii'],
    [1234, '1234 opinie'],
    [12345, '12\u00a0345 opinii'],
  ])('%d → %s', (count, text) => {
    expect(pl.rating.count(count)).toBe(text);
  });

  it('agrees with the CLDR rule for every count', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), (count) => {
        expect(pl.rating.count(count, 'pl').endsWith(` ${polishWord(count)}`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('puts the whole sentence in agreement', () => {
    expect(pl.config.problems(1)).toBe('Ta konfiguracja ma 1 problem');
    expect(pl.config.problems(3)).toBe('Ta konfiguracja ma 3 problemy');
    expect(pl.config.problems(5)).toBe('Ta konfiguracja ma 5 problemów');
    expect(pl.config.problems(22)).toBe('Ta konfiguracja ma 22 problemy');
    expect(pl.config.problems(12)).toBe('Ta konfiguracja ma 12 problemów');
  });

  it('treats fractions as "other"', () => {
    expect(pluralCategory('pl', 1.5)).toBe('other');
    expect(pluralCategory('pl', 2.5)).toBe('other');
    expect(pl.config.problems(1.5)).toBe('Ta konfiguracja ma 1,5 problemu');
  });
});

describe('Slovenian: one, two (the dual), few, other', () => {
  it.each([
    [1, '1 mnenje'],
    [101, '101 mnenje'],
    [2, '2 mnenji'],
    [102, '102 mnenji'],
    [3, '3 mnenja'],
    [4, '4 mnenja'],
    [103, '103 mnenja'],
    [104, '104 mnenja'],
    [0, '0 mnenj'],
    [5, '5 mnenj'],
    [11, '11 mnenj'],
    [12, '12 mnenj'],
    [100, '100 mnenj'],
    [128, '128 mnenj'],
  ])('%d → %s', (count, text) => {
    expect(sl.rating.count(count)).toBe(text);
  });

  it('agrees with the CLDR rule for every count', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), (count) => {
        expect(sl.rating.count(count, 'sl').endsWith(` ${slovenianWord(count)}`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('declines the whole sentence', () => {
    expect(sl.config.problems(1)).toBe('Ta konfiguracija ima 1 težavo');
    expect(sl.config.problems(2)).toBe('Ta konfiguracija ima 2 težavi');
    expect(sl.config.problems(3)).toBe('Ta konfiguracija ima 3 težave');
    expect(sl.config.problems(5)).toBe('Ta konfiguracija ima 5 težav');
    expect(sl.config.problems(201)).toBe('Ta konfiguracija ima 201 težavo');
  });
});

describe('Greek, German and English: one and other', () => {
  it.each([
    [el, 1, '1 κριτική', 'Αυτή η διαμόρφωση έχει 1 πρόβλημα'],
    [el, 0, '0 κριτικές', 'Αυτή η διαμόρφωση έχει 0 προβλήματα'],
    [el, 2, '2 κριτικές', 'Αυτή η διαμόρφωση έχει 2 προβλήματα'],
    [el, 21, '21 κριτικές', 'Αυτή η διαμόρφωση έχει 21 προβλήματα'],
    [el, 1000, '1.000 κριτικές', 'Αυτή η διαμόρφωση έχει 1.000 προβλήματα'],
    [de, 1, '1 Bewertung', 'Diese Konfiguration hat 1 Problem'],
    [de, 0, '0 Bewertungen', 'Diese Konfiguration hat 0 Probleme'],
    [de, 21, '21 Bewertungen', 'Diese Konfiguration hat 21 Probleme'],
    [en, 1, '1 review', 'This configuration has 1 problem'],
    [en, 0, '0 reviews', 'This configuration has 0 problems'],
    [en, 2, '2 reviews', 'This configuration has 2 problems'],
    [en, 1001, '1,001 reviews', 'This configuration has 1,001 problems'],
  ])('%#: %d → %s', (messages, count, reviews, problems) => {
    expect(messages.rating.count(count)).toBe(reviews);
    expect(messages.config.problems(count)).toBe(problems);
  });

  it('keeps "other" for fractions', () => {
    expect(en.rating.count(1.5)).toBe('1.5 reviews');
    expect(de.rating.count(1.5)).toBe('1,5 Bewertungen');
  });
});

describe('plural', () => {
  it('falls back to "other" when a language’s form is not given', () => {
    expect(plural('pl', 5, { one: 'x', other: 'fallback' })).toBe('fallback');
  });

  it('selects by CLDR category, so "zero" is never English for 0', () => {
    expect(plural('en', 0, { zero: 'none', one: 'one', other: 'many' })).toBe('many');
  });
});
