import { formatNumber } from '../../format/number.js';
import type { Messages } from '../messages.js';
import { plural } from '../plural.js';

const LANGUAGE = 'el';
const number = (value: number, locale = LANGUAGE) => formatNumber(locale, value);
const ungrouped = (value: number, locale = LANGUAGE) => formatNumber(locale, value, { useGrouping: false });
const reviews = (count: number, locale?: string) =>
  `${number(count, locale)} ${plural(LANGUAGE, count, { one: 'κριτική', other: 'κριτικές' })}`;

export default {
  common: {
    loading: 'Φόρτωση…',
    loadError: 'Δεν ήταν δυνατή η φόρτωση. Ελέγξτε τη σύνδεσή σας στο διαδίκτυο και δοκιμάστε ξανά.',
    retry: 'Δοκιμάστε ξανά',
    showMore: 'Εμφάνιση περισσότερων',
    close: 'Κλείσιμο',
  },
  rating: {
    label: ({ value, max, count, locale }) =>
      count === undefined ? `Βαθμολογία ${value} από ${max}` : `Βαθμολογία ${value} από ${max}, ${reviews(count, locale)}`,
    count: reviews,
    noReviews: 'Δεν υπάρχουν ακόμη κριτικές',
  },
  config: {
    problems: (count, locale?) =>
      `Αυτή η διαμόρφωση έχει ${number(count, locale)} ${plural(LANGUAGE, count, { one: 'πρόβλημα', other: 'προβλήματα' })}`,
    position: ({ line, column, locale }) => `γραμμή ${ungrouped(line, locale)}, στήλη ${ungrouped(column, locale)}`,
  },
} satisfies Messages;
