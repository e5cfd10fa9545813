import type { AuthorNameStyle } from '../schema/options.js';

/** The first letter of a word with any combining marks on it ("Ł", "Á" written as A + ◌́). */
const INITIAL = /[\p{L}\p{N}]\p{M}*/u;

/**
 * A reviewer's name as buyers see it. `'first-name-initial'` (the default, for privacy) keeps
 * the first word and the initial of the last one: "Anna Kowalska" → "Anna K.",
 * "Jean-Luc Picard" → "Jean-Luc P.", "Μαρία Παπαδοπούλου" → "Μαρία Π.". A single word stays as
 * it is ("anna"), letter case is never changed, and a name already shortened ("Anna K.") comes
 * back unchanged. `'as-written'` only trims. Blank names give "".
 */
export function displayAuthor(name: string, style: AuthorNameStyle = 'first-name-initial'): string {
  const trimmed = name.trim();
  if (style === 'as-written') return trimmed;
  const words = trimmed.split(/\s+/u).filter((word) => word !== '');
  const first = words[0];
  if (first === undefined) return '';
  if (words.length === 1) return first;
  const initial = INITIAL.exec(words[words.length - 1]!)?.[0];
  // A last "word" with no letter at all (a stray "-") reveals nothing worth an initial.
  return initial === undefined ? first : `${first} ${initial}.`;
}
