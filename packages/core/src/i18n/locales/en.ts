import { formatNumber } from '../../format/number.js';
import type { Messages } from '../messages.js';
import { plural } from '../plural.js';

const LANGUAGE = 'en';
const number = (value: number, locale = LANGUAGE) => formatNumber(locale, value);
const ungrouped = (value: number, locale = LANGUAGE) => formatNumber(locale, value, { useGrouping: false });
const reviews = (count: number, locale?: string) =>
  `${number(count, locale)} ${plural(LANGUAGE, count, { one: 'review', other: 'reviews' })}`;

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
  config: {
    problems: (count, locale?) =>
      `This configuration has ${number(count, locale)} ${plural(LANGUAGE, count, { one: 'problem', other: 'problems' })}`,
    position: ({ line, column, locale }) => `line ${ungrouped(line, locale)}, column ${ungrouped(column, locale)}`,
  },
} satisfies Messages;
