import { relativeTimeFormat } from './intl-cache.js';

/**
 * A time relative to now, in words: `wczoraj`, `in 3 days`, `vor 2 Wochen`. Negative values
 * are in the past. `numeric: 'auto'` by default, so −1 day reads "yesterday", not "1 day ago".
 */
export function formatRelativeTime(
  locale: string,
  value: number,
  unit: Intl.RelativeTimeFormatUnit,
  options: Intl.RelativeTimeFormatOptions = { numeric: 'auto' },
): string {
  return relativeTimeFormat(locale, options).format(value, unit);
}
