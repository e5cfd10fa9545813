import { formatNumber } from '../../format/number.js';
import type { Messages } from '../messages.js';
import { plural } from '../plural.js';

const LANGUAGE = 'pl';
const number = (value: number, locale = LANGUAGE) => formatNumber(locale, value);
const ungrouped = (value: number, locale = LANGUAGE) => formatNumber(locale, value, { useGrouping: false });
// one: 1; few: 2–4, 22–24…; many: 0, 5–21, 25…; other: fractions (genitive singular).
const reviews = (count: number, locale?: string) =>
  `${number(count, locale)} ${plural(LANGUAGE, count, { one: 'opinia', few: 'opinie', many: 'opinii', other: 'opinii' })}`;

export default {
  common: {
    loading: 'Ładowanie…',
    loadError: 'Nie udało się wczytać danych. Sprawdź połączenie z internetem i spróbuj ponownie.',
    retry: 'Spróbuj ponownie',
    showMore: 'Pokaż więcej',
    close: 'Zamknij',
  },
  rating: {
    label: ({ value, max, count, locale }) =>
      count === undefined ? `Ocena ${value} na ${max}` : `Ocena ${value} na ${max}, ${reviews(count, locale)}`,
    count: reviews,
    noReviews: 'Nie ma jeszcze opinii',
  },
  config: {
    problems: (count, locale?) =>
      `Ta konfiguracja ma ${number(count, locale)} ${plural(LANGUAGE, count, {
        one: 'problem',
        few: 'problemy',
        many: 'problemów',
        other: 'problemu',
      })}`,
    position: ({ line, column, locale }) => `wiersz ${ungrouped(line, locale)}, kolumna ${ungrouped(column, locale)}`,
  },
} satisfies Messages;
