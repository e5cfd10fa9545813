import { formatNumber } from '../../format/number.js';
import type { Messages } from '../messages.js';
import { plural } from '../plural.js';

const LANGUAGE = 'sl';
const number = (value: number, locale = LANGUAGE) => formatNumber(locale, value);
const ungrouped = (value: number, locale = LANGUAGE) => formatNumber(locale, value, { useGrouping: false });
// one: 1, 101…; two (the dual): 2, 102…; few: 3–4, 103–104… and fractions; other: 0, 5–100…
const reviews = (count: number, locale?: string) =>
  `${number(count, locale)} ${plural(LANGUAGE, count, { one: 'mnenje', two: 'mnenji', few: 'mnenja', other: 'mnenj' })}`;

export default {
  common: {
    loading: 'Nalaganje …',
    loadError: 'Nalaganje ni uspelo. Preverite internetno povezavo in poskusite znova.',
    retry: 'Poskusi znova',
    showMore: 'Prikaži več',
    close: 'Zapri',
  },
  rating: {
    label: ({ value, max, count, locale }) =>
      count === undefined ? `Ocena ${value} od ${max}` : `Ocena ${value} od ${max}, ${reviews(count, locale)}`,
    count: reviews,
    noReviews: 'Še ni mnenj',
  },
  config: {
    problems: (count, locale?) =>
      `Ta konfiguracija ima ${number(count, locale)} ${plural(LANGUAGE, count, {
        one: 'težavo',
        two: 'težavi',
        few: 'težave',
        other: 'težav',
      })}`,
    position: ({ line, column, locale }) => `vrstica ${ungrouped(line, locale)}, stolpec ${ungrouped(column, locale)}`,
  },
} satisfies Messages;
