import { formatNumber } from '../../format/number.js';
import type { Messages } from '../messages.js';
import { plural } from '../plural.js';

const LANGUAGE = 'de';
const number = (value: number, locale = LANGUAGE) => formatNumber(locale, value);
const ungrouped = (value: number, locale = LANGUAGE) => formatNumber(locale, value, { useGrouping: false });
const reviews = (count: number, locale?: string) =>
  `${number(count, locale)} ${plural(LANGUAGE, count, { one: 'Bewertung', other: 'Bewertungen' })}`;

export default {
  common: {
    loading: 'Wird geladen …',
    loadError: 'Laden fehlgeschlagen. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    retry: 'Erneut versuchen',
    showMore: 'Mehr anzeigen',
    close: 'Schließen',
  },
  rating: {
    label: ({ value, max, count, locale }) =>
      count === undefined ? `Bewertet mit ${value} von ${max}` : `Bewertet mit ${value} von ${max}, ${reviews(count, locale)}`,
    count: reviews,
    noReviews: 'Noch keine Bewertungen',
  },
  config: {
    problems: (count, locale?) =>
      `Diese Konfiguration hat ${number(count, locale)} ${plural(LANGUAGE, count, { one: 'Problem', other: 'Probleme' })}`,
    position: ({ line, column, locale }) => `Zeile ${ungrouped(line, locale)}, Spalte ${ungrouped(column, locale)}`,
  },
} satisfies Messages;
