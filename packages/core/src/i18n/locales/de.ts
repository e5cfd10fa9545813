import { formatNumber } from '../../format/number.js';
import type { Messages, TimeLeft } from '../messages.js';
import { plural } from '../plural.js';

const LANGUAGE = 'de';
const number = (value: number, locale = LANGUAGE) => formatNumber(locale, value);
const ungrouped = (value: number, locale = LANGUAGE) => formatNumber(locale, value, { useGrouping: false });
const reviews = (count: number, locale?: string) =>
  `${number(count, locale)} ${plural(LANGUAGE, count, { one: 'Bewertung', other: 'Bewertungen' })}`;

// Under an hour the minutes are written out; with hours, short units as on a timetable.
const timeLeft = ({ hours, minutes }: TimeLeft, locale?: string) =>
  hours > 0
    ? [`${number(hours, locale)} Std.`, minutes > 0 ? `${number(minutes, locale)} Min.` : ''].filter(Boolean).join(' ')
    : `${number(minutes, locale)} ${plural(LANGUAGE, minutes, { one: 'Minute', other: 'Minuten' })}`;
const within = (left: TimeLeft, ships: string, locale?: string) =>
  `innerhalb von ${timeLeft(left, locale)}, dann versenden wir ${ships}`;

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
  delivery: {
    dispatchDay: ({ relative, date }) => (relative === 'today' ? 'heute' : relative === 'tomorrow' ? `morgen, ${date}` : `am ${date}`),
    countdown: ({ ships, locale, ...left }) => `Bestellen Sie ${within(left, ships, locale)}`,
    ships: ({ ships }) => `Versand ${ships}`,
    backorder: ({ restock, ships }) => `Wieder auf Lager ab ${restock} — Versand ${ships}`,
    madeToOrder: ({ ships, hours, minutes, locale }) =>
      hours === undefined || minutes === undefined
        ? `Auf Bestellung gefertigt: Versand ${ships}`
        : `Auf Bestellung gefertigt: bestellen Sie ${within({ hours, minutes }, ships, locale)}`,
    arrives: ({ dates, carrier }) => `Zustellung ${dates} mit ${carrier}`,
    onTime: ({ percent, orders, period, locale }) =>
      `${percent} von ${number(orders, locale)} ${plural(LANGUAGE, orders, { one: 'Bestellung', other: 'Bestellungen' })} vom ${period} kamen im angezeigten Zeitraum an`,
    carrier: 'Versanddienst',
    noDelivery: ({ country }) => `In dieses Land liefern wir nicht: ${country}`,
  },
  config: {
    problems: (count, locale?) =>
      `Diese Konfiguration hat ${number(count, locale)} ${plural(LANGUAGE, count, { one: 'Problem', other: 'Probleme' })}`,
    position: ({ line, column, locale }) => `Zeile ${ungrouped(line, locale)}, Spalte ${ungrouped(column, locale)}`,
  },
} satisfies Messages;
