import { formatNumber } from '../../format/number.js';
import type { Messages, TimeLeft } from '../messages.js';
import { plural } from '../plural.js';

const LANGUAGE = 'el';
const number = (value: number, locale = LANGUAGE) => formatNumber(locale, value);
const ungrouped = (value: number, locale = LANGUAGE) => formatNumber(locale, value, { useGrouping: false });
const reviews = (count: number, locale?: string) =>
  `${number(count, locale)} ${plural(LANGUAGE, count, { one: 'κριτική', other: 'κριτικές' })}`;

// Under an hour the minutes are written out; with hours, short units as on a timetable.
const timeLeft = ({ hours, minutes }: TimeLeft, locale?: string) =>
  hours > 0
    ? [`${number(hours, locale)} ώρ.`, minutes > 0 ? `${number(minutes, locale)} λεπ.` : ''].filter(Boolean).join(' ')
    : `${number(minutes, locale)} ${plural(LANGUAGE, minutes, { one: 'λεπτό', other: 'λεπτά' })}`;
const within = (left: TimeLeft, ships: string, locale?: string) => `μέσα σε ${timeLeft(left, locale)} και αποστέλλεται ${ships}`;

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
  delivery: {
    dispatchDay: ({ relative, date }) => (relative === 'today' ? 'σήμερα' : relative === 'tomorrow' ? `αύριο, ${date}` : date),
    countdown: ({ ships, locale, ...left }) => `Παραγγείλτε ${within(left, ships, locale)}`,
    ships: ({ ships }) => `Αποστολή ${ships}`,
    backorder: ({ restock, ships }) => `Ξανά διαθέσιμο ${restock} — αποστολή ${ships}`,
    madeToOrder: ({ ships, hours, minutes, locale }) =>
      hours === undefined || minutes === undefined
        ? `Κατασκευή κατά παραγγελία: αποστολή ${ships}`
        : `Κατασκευή κατά παραγγελία: παραγγείλτε ${within({ hours, minutes }, ships, locale)}`,
    arrives: ({ dates, carrier }) => `Παράδοση ${dates} με ${carrier}`,
    onTime: ({ percent, orders, period, locale }) =>
      `Το ${percent} από ${number(orders, locale)} ${plural(LANGUAGE, orders, { one: 'παραγγελία', other: 'παραγγελίες' })} της περιόδου ${period} παραδόθηκε εντός των ημερομηνιών που εμφανίστηκαν`,
    carrier: 'Μεταφορέας',
    noDelivery: ({ country }) => `Δεν αποστέλλουμε σε αυτή τη χώρα: ${country}`,
  },
  config: {
    problems: (count, locale?) =>
      `Αυτή η διαμόρφωση έχει ${number(count, locale)} ${plural(LANGUAGE, count, { one: 'πρόβλημα', other: 'προβλήματα' })}`,
    position: ({ line, column, locale }) => `γραμμή ${ungrouped(line, locale)}, στήλη ${ungrouped(column, locale)}`,
  },
} satisfies Messages;
