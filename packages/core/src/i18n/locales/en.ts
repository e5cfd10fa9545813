import { formatNumber } from '../../format/number.js';
import type { Messages, TimeLeft } from '../messages.js';
import { plural } from '../plural.js';

const LANGUAGE = 'en';
const number = (value: number, locale = LANGUAGE) => formatNumber(locale, value);
const ungrouped = (value: number, locale = LANGUAGE) => formatNumber(locale, value, { useGrouping: false });
const reviews = (count: number, locale?: string) =>
  `${number(count, locale)} ${plural(LANGUAGE, count, { one: 'review', other: 'reviews' })}`;

// Under an hour the minutes are written out; with hours, short units as on a timetable.
const timeLeft = ({ hours, minutes }: TimeLeft, locale?: string) =>
  hours > 0
    ? [`${number(hours, locale)} h`, minutes > 0 ? `${number(minutes, locale)} min` : ''].filter(Boolean).join(' ')
    : `${number(minutes, locale)} ${plural(LANGUAGE, minutes, { one: 'minute', other: 'minutes' })}`;
const within = (left: TimeLeft, ships: string, locale?: string) => `within ${timeLeft(left, locale)} and it ships ${ships}`;

export default {
  common: {
    loading: 'Loading…',
    loadError: 'This couldn’t be loaded. Check your internet connection and try again.',
    retry: 'Try again',
    showMore: 'Show more',
    close: 'Close',
  },
  rating: {
    label: ({ value, max, count, locale }) =>
      count === undefined ? `Rated ${value} out of ${max}` : `Rated ${value} out of ${max}, ${reviews(count, locale)}`,
    count: reviews,
    noReviews: 'No reviews yet',
  },
  delivery: {
    dispatchDay: ({ relative, date }) => (relative === 'today' ? 'today' : relative === 'tomorrow' ? `tomorrow, ${date}` : `on ${date}`),
    countdown: ({ ships, locale, ...left }) => `Order ${within(left, ships, locale)}`,
    ships: ({ ships }) => `Ships ${ships}`,
    backorder: ({ restock, ships }) => `Back in stock ${restock} — ships ${ships}`,
    madeToOrder: ({ ships, hours, minutes, locale }) =>
      hours === undefined || minutes === undefined
        ? `Made to order: ships ${ships}`
        : `Made to order: order ${within({ hours, minutes }, ships, locale)}`,
    arrives: ({ dates, carrier }) => `Arrives ${dates} with ${carrier}`,
    onTime: ({ percent, orders, period, locale }) =>
      `${percent} of ${number(orders, locale)} ${plural(LANGUAGE, orders, { one: 'order', other: 'orders' })} from ${period} arrived within the dates shown`,
    carrier: 'Carrier',
    noDelivery: ({ country }) => `We don’t deliver to ${country}`,
  },
  config: {
    problems: (count, locale?) =>
      `This configuration has ${number(count, locale)} ${plural(LANGUAGE, count, { one: 'problem', other: 'problems' })}`,
    position: ({ line, column, locale }) => `line ${ungrouped(line, locale)}, column ${ungrouped(column, locale)}`,
  },
} satisfies Messages;
