import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './relative-time.js';

describe('formatRelativeTime', () => {
  it.each([
    ['en', 'yesterday', 'in 3 days', '2 weeks ago'],
    ['pl', 'wczoraj', 'za 3 dni', '2 tygodnie temu'],
    ['sl', 'včeraj', 'čez 3 dni', 'pred 2 tednoma'],
    ['el', 'χθες', 'σε 3 ημέρες', 'πριν από 2 εβδομάδες'],
    ['de', 'gestern', 'in 3 Tagen', 'vor 2 Wochen'],
  ])('says when, relative to now, in %s', (locale, yesterday, inThreeDays, twoWeeksAgo) => {
    expect(formatRelativeTime(locale, -1, 'day')).toBe(yesterday);
    expect(formatRelativeTime(locale, 3, 'day')).toBe(inThreeDays);
    expect(formatRelativeTime(locale, -2, 'week')).toBe(twoWeeksAgo);
  });

  it('uses numbers throughout when asked', () => {
    expect(formatRelativeTime('en', -1, 'day', { numeric: 'always' })).toBe('1 day ago');
    expect(formatRelativeTime('de', 1, 'day', { numeric: 'always' })).toBe('in 1 Tag');
  });
});
