import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { displayAuthor } from './names.js';

describe('displayAuthor', () => {
  it.each([
    // Polish
    ['Anna Kowalska', 'Anna K.'],
    ['Łukasz Żółkiewski', 'Łukasz Ż.'],
    ['Anna Maria Kowalska-Nowak', 'Anna K.'],
    ['anna', 'anna'],
    ['anna kowalska', 'anna k.'],
    ['Anna K.', 'Anna K.'],
    ['  Tomasz   Wiśniewski ', 'Tomasz W.'],
    // Slovenian
    ['Špela Čebašek', 'Špela Č.'],
    ['Žiga Šuštar', 'Žiga Š.'],
    ['Mojca', 'Mojca'],
    // Greek
    ['Μαρία Παπαδοπούλου', 'Μαρία Π.'],
    ['Γιώργος Ζαχαρίου', 'Γιώργος Ζ.'],
    ['Άγγελος Ένας', 'Άγγελος Έ.'],
    // German
    ['Jürgen Özdemir', 'Jürgen Ö.'],
    ['Hans-Peter Müller-Lüdenscheidt', 'Hans-Peter M.'],
    ['Ludwig van Beethoven', 'Ludwig B.'],
    // Others
    ['Jean-Luc Picard', 'Jean-Luc P.'],
    ["Seán O'Brien", 'Seán O.'],
    ['', ''],
    ['   ', ''],
    ['Anna -', 'Anna'],
  ])('shows %j as %j', (name, shown) => {
    expect(displayAuthor(name)).toBe(shown);
    expect(displayAuthor(name, 'first-name-initial')).toBe(shown);
  });

  it('keeps an initial written with a combining accent whole', () => {
    expect(displayAuthor('Ana A\u0301lvarez')).toBe('Ana A\u0301.');
  });

  it('only trims names shown as written', () => {
    expect(displayAuthor('  Anna Kowalska ', 'as-written')).toBe('Anna Kowalska');
    expect(displayAuthor(' ', 'as-written')).toBe('');
  });

  it('never shows more of a name than its first word and one more letter', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'Ż', 'ó', 'Π', 'ς', '-', "'"), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        const shown = displayAuthor(words.join(' '));
        expect(shown.startsWith(words[0]!)).toBe(true);
        expect(shown.length).toBeLessThanOrEqual(words[0]!.length + 3);
        // Shortening twice changes nothing more.
        expect(displayAuthor(shown)).toBe(shown);
      }),
    );
  });
});
