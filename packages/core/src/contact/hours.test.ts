import { describe, expect, it } from 'vitest';
import type { ContactHours } from '../schema/types.js';
import { addOpeningMinutes, isOpen, nextMidnight, openingDetails, openingStatus } from './hours.js';

const WARSAW = 'Europe/Warsaw';
const weekdays = (ranges: [string, string][]): ContactHours => ({ mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges });
/** The Polish sample shop's hours: weekdays 9–17, Saturday 10–14, closed on 24 December, short on the 31st. */
const shop: ContactHours = {
  ...weekdays([['09:00', '17:00']]),
  sat: [['10:00', '14:00']],
  exceptions: [
    { date: '2026-12-24', ranges: [] },
    { date: '2026-12-31', ranges: [['09:00', '13:00']] },
  ],
};
const always: ContactHours = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [['00:00', '24:00']]]));

describe('openingStatus (the public contract)', () => {
  it('is open during a range and changes at its close, in the shop time zone (CET in November)', () => {
    // Tuesday 24 November 2026, 11:00 in Warsaw.
    expect(openingStatus(shop, WARSAW, '2026-11-24T10:00:00Z')).toEqual({ open: true, changesAt: '2026-11-24T16:00:00Z' });
  });

  it('is closed between ranges and changes at the next opening, across a weekend', () => {
    // Saturday 15:00: closed since 14:00, Sunday has no hours, Monday opens at 09:00 CET.
    expect(openingStatus(shop, WARSAW, '2026-11-28T14:00:00Z')).toEqual({ open: false, changesAt: '2026-11-30T08:00:00Z' });
  });

  it('opens at the instant of the opening and closes at the instant of the close, not a minute later', () => {
    expect(openingStatus(shop, WARSAW, '2026-11-24T07:59:59Z').open).toBe(false);
    expect(openingStatus(shop, WARSAW, '2026-11-24T08:00:00Z')).toEqual({ open: true, changesAt: '2026-11-24T16:00:00Z' });
    expect(openingStatus(shop, WARSAW, '2026-11-24T15:59:59.999Z').open).toBe(true);
    expect(openingStatus(shop, WARSAW, '2026-11-24T16:00:00Z')).toEqual({ open: false, changesAt: '2026-11-25T08:00:00Z' });
  });

  it('follows summer time: the same 09:00 opening is 07:00Z in July', () => {
    expect(openingStatus(shop, WARSAW, '2026-07-14T06:30:00Z')).toEqual({ open: false, changesAt: '2026-07-14T07:00:00Z' });
  });

  it('gives no change when nothing happens within 14 days: always open, never open', () => {
    expect(openingStatus(always, WARSAW, '2026-11-24T10:00:00Z')).toEqual({ open: true, changesAt: null });
    expect(openingStatus({}, WARSAW, '2026-11-24T10:00:00Z')).toEqual({ open: false, changesAt: null });
    // Closed for three weeks by exceptions: the reopening is beyond the horizon.
    const holiday: ContactHours = {
      ...shop,
      exceptions: Array.from({ length: 21 }, (_, i) => ({ date: `2026-08-${String(i + 1).padStart(2, '0')}`, ranges: [] })),
    };
    expect(openingStatus(holiday, WARSAW, '2026-08-01T10:00:00Z')).toEqual({ open: false, changesAt: null });
    // 14 days exactly is still within it.
    const twoWeeks: ContactHours = { exceptions: [{ date: '2026-12-15', ranges: [['11:00', '12:00']] }] };
    expect(openingStatus(twoWeeks, WARSAW, '2026-12-01T10:00:00Z')).toEqual({ open: false, changesAt: '2026-12-15T10:00:00Z' });
    expect(openingStatus(twoWeeks, WARSAW, '2026-12-01T09:59:59Z').changesAt).toBeNull();
  });

  it('returns exactly { open, changesAt }', () => {
    expect(Object.keys(openingStatus(shop, WARSAW, '2026-11-24T10:00:00Z')).sort()).toEqual(['changesAt', 'open']);
  });

  it('refuses an instant without an offset and a malformed time', () => {
    expect(() => openingStatus(shop, WARSAW, '2026-11-24T10:00:00')).toThrow(RangeError);
    expect(() => openingStatus({ mon: [['9:00', '17:00']] }, WARSAW, '2026-11-23T10:00:00Z')).toThrow(/HH:MM/);
    expect(() => openingStatus({ mon: [['09:00', '24:30']] }, WARSAW, '2026-11-23T10:00:00Z')).toThrow(RangeError);
  });
});

describe('exceptions', () => {
  it('replace the weekly ranges of their date: closed on Christmas Eve, short on New Year’s Eve', () => {
    // Thursday 24 December 2026 at 10:00: closed all day; Friday the 25th has weekly hours here (no holidays asked for).
    expect(openingStatus(shop, WARSAW, '2026-12-24T09:00:00Z')).toEqual({ open: false, changesAt: '2026-12-25T08:00:00Z' });
    expect(openingStatus(shop, WARSAW, '2026-12-31T11:00:00Z')).toEqual({ open: true, changesAt: '2026-12-31T12:00:00Z' });
  });

  it('open a day the week keeps closed', () => {
    const sunday: ContactHours = { ...shop, exceptions: [{ date: '2026-11-29', ranges: [['11:00', '15:00']] }] };
    expect(openingStatus(sunday, WARSAW, '2026-11-29T09:00:00Z')).toEqual({ open: false, changesAt: '2026-11-29T10:00:00Z' });
  });

  it('do not cut a range that began the day before and runs past midnight', () => {
    const late: ContactHours = { fri: [['20:00', '02:00']], exceptions: [{ date: '2026-11-28', ranges: [] }] };
    // Saturday 01:00: Friday's range runs until 02:00 even though Saturday itself is closed.
    expect(openingStatus(late, WARSAW, '2026-11-28T00:00:00Z')).toEqual({ open: true, changesAt: '2026-11-28T01:00:00Z' });
  });
});

describe('public holidays', () => {
  const options = { publicHolidaysOf: 'PL' };

  it('close the day when asked, and say so', () => {
    // Wednesday 11 November 2026 is Independence Day in Poland.
    expect(openingDetails(shop, WARSAW, '2026-11-11T10:00:00Z', options)).toEqual({
      open: false,
      changesAt: '2026-11-12T08:00:00Z',
      nextOpening: '2026-11-12T08:00:00Z',
      nextClosing: '2026-11-12T16:00:00Z',
      holiday: true,
    });
    expect(openingDetails(shop, WARSAW, '2026-11-11T10:00:00Z').open).toBe(true);
  });

  it('give way to an exception for the same date', () => {
    const special: ContactHours = { ...shop, exceptions: [{ date: '2026-11-11', ranges: [['10:00', '12:00']] }] };
    expect(openingDetails(special, WARSAW, '2026-11-11T10:00:00Z', options)).toMatchObject({ open: true, changesAt: '2026-11-11T11:00:00Z', holiday: false });
  });

  it('count for the next opening: Christmas Eve (a holiday since 2025), Christmas and Boxing Day are skipped', () => {
    expect(openingDetails(shop, WARSAW, '2026-12-23T17:00:00Z', options).nextOpening).toBe('2026-12-28T08:00:00Z');
  });

  it('are ignored for a country without a holiday calendar', () => {
    expect(openingDetails(shop, WARSAW, '2026-11-11T10:00:00Z', { publicHolidaysOf: 'JP' }).open).toBe(true);
  });
});

describe('ranges past midnight and "24:00"', () => {
  it('a close at or before its open ends on the next day', () => {
    const bar: ContactHours = { fri: [['22:00', '02:00']] };
    expect(openingStatus(bar, WARSAW, '2026-11-27T21:30:00Z')).toEqual({ open: true, changesAt: '2026-11-28T01:00:00Z' });
    // "09:00"–"09:00" is a whole day.
    const day: ContactHours = { mon: [['09:00', '09:00']] };
    expect(openingStatus(day, WARSAW, '2026-11-24T07:59:00Z')).toEqual({ open: true, changesAt: '2026-11-24T08:00:00Z' });
  });

  it('"24:00" ends the day and an opening at 00:00 the next day continues it: no flicker at midnight', () => {
    const evening: ContactHours = { mon: [['18:00', '24:00']], tue: [['00:00', '06:00']] };
    expect(openingStatus(evening, WARSAW, '2026-11-23T22:00:00Z')).toEqual({ open: true, changesAt: '2026-11-24T05:00:00Z' });
    expect(openingDetails(always, WARSAW, '2026-11-23T22:59:59Z')).toMatchObject({ open: true, changesAt: null, nextClosing: null });
  });

  it('overlapping ranges merge', () => {
    const overlap: ContactHours = { mon: [['12:00', '18:00'], ['09:00', '13:00'], ['18:00', '20:00']] };
    expect(openingDetails(overlap, 'UTC', '2026-11-23T10:00:00Z')).toMatchObject({ open: true, changesAt: '2026-11-23T20:00:00Z', nextOpening: '2026-11-30T09:00:00Z' });
  });
});

describe('clock changes (Europe/Warsaw)', () => {
  it('a night range is 9 hours long when the clocks go back (25 October 2026)', () => {
    const night: ContactHours = { sat: [['22:00', '06:00']] };
    const details = openingDetails(night, WARSAW, '2026-10-24T20:00:00Z');
    expect(details).toMatchObject({ open: true, changesAt: '2026-10-25T05:00:00Z' });
  });

  it('and 7 hours long when they go forward (29 March 2026)', () => {
    const night: ContactHours = { sat: [['22:00', '06:00']] };
    expect(openingStatus(night, WARSAW, '2026-03-28T21:00:00Z')).toEqual({ open: true, changesAt: '2026-03-29T04:00:00Z' });
  });

  it('a time the clocks skip is the moment they jump past it; a time they repeat is its first occurrence', () => {
    const skipped: ContactHours = { sun: [['01:00', '02:30']] };
    // 02:30 never happens on 29 March: the range closes at 03:00 CEST, the same instant as 02:00 CET.
    expect(openingStatus(skipped, WARSAW, '2026-03-29T00:30:00Z')).toEqual({ open: true, changesAt: '2026-03-29T01:00:00Z' });
    // 02:30 happens twice on 25 October: the range closes at the first, 02:30 CEST.
    expect(openingStatus(skipped, WARSAW, '2026-10-24T23:30:00Z')).toEqual({ open: true, changesAt: '2026-10-25T00:30:00Z' });
    // A range wholly inside the skipped hour never opens.
    const gap: ContactHours = { sun: [['02:10', '02:50']] };
    expect(openingDetails(gap, WARSAW, '2026-03-28T12:00:00Z', { horizonDays: 1 })).toMatchObject({ open: false, changesAt: null });
  });
});

describe('openingDetails', () => {
  it('gives the next opening and closing, open or closed', () => {
    expect(openingDetails(shop, WARSAW, '2026-11-24T10:00:00Z')).toEqual({
      open: true,
      changesAt: '2026-11-24T16:00:00Z',
      nextOpening: '2026-11-25T08:00:00Z',
      nextClosing: '2026-11-24T16:00:00Z',
      holiday: false,
    });
    expect(openingDetails(shop, WARSAW, '2026-11-28T14:00:00Z')).toEqual({
      open: false,
      changesAt: '2026-11-30T08:00:00Z',
      nextOpening: '2026-11-30T08:00:00Z',
      nextClosing: '2026-11-30T16:00:00Z',
      holiday: false,
    });
  });

  it('looks as far ahead as asked', () => {
    const holiday: ContactHours = { ...shop, exceptions: Array.from({ length: 21 }, (_, i) => ({ date: `2026-08-${String(i + 1).padStart(2, '0')}`, ranges: [] })) };
    expect(openingDetails(holiday, WARSAW, '2026-08-01T10:00:00Z', { horizonDays: 31 }).nextOpening).toBe('2026-08-22T08:00:00Z');
    expect(() => openingDetails(shop, WARSAW, '2026-08-01T10:00:00Z', { horizonDays: 1000 })).toThrow(RangeError);
  });
});

describe('isOpen', () => {
  it('answers for one instant', () => {
    expect(isOpen(shop, WARSAW, '2026-11-24T10:00:00Z')).toBe(true);
    expect(isOpen(shop, WARSAW, '2026-11-11T10:00:00Z', { publicHolidaysOf: 'PL' })).toBe(false);
  });
});

describe('addOpeningMinutes', () => {
  it('counts only opening time: a 2-hour reply asked for at 16:30 comes at 10:30 the next morning', () => {
    expect(addOpeningMinutes(shop, WARSAW, '2026-11-24T15:30:00Z', 120)).toBe('2026-11-25T09:30:00Z');
    expect(addOpeningMinutes(shop, WARSAW, '2026-11-24T10:00:00Z', 120)).toBe('2026-11-24T12:00:00Z');
  });

  it('with 0 minutes is the first open instant from then on', () => {
    expect(addOpeningMinutes(shop, WARSAW, '2026-11-24T10:00:00Z', 0)).toBe('2026-11-24T10:00:00Z');
    expect(addOpeningMinutes(shop, WARSAW, '2026-11-28T14:00:00Z', 0)).toBe('2026-11-30T08:00:00Z');
  });

  it('is null when the hours within the horizon hold too little time', () => {
    expect(addOpeningMinutes({ mon: [['09:00', '10:00']] }, WARSAW, '2026-11-24T10:00:00Z', 121)).toBeNull();
    expect(addOpeningMinutes({}, WARSAW, '2026-11-24T10:00:00Z', 0)).toBeNull();
  });
});

describe('nextMidnight', () => {
  it('is the next start of a day on the shop’s wall clock, also when the clocks change that night', () => {
    expect(nextMidnight('2026-11-24T10:00:00Z', WARSAW)).toBe('2026-11-24T23:00:00Z');
    expect(nextMidnight('2026-03-28T12:00:00Z', WARSAW)).toBe('2026-03-28T23:00:00Z');
    expect(nextMidnight('2026-03-29T12:00:00Z', WARSAW)).toBe('2026-03-29T22:00:00Z');
  });
});
