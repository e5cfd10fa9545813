/**
 * The date of Easter, by the computus. Western churches reckon it in the Gregorian calendar;
 * Orthodox churches reckon it in the Julian calendar, and the result is then read in the
 * Gregorian calendar that the civil world (and every function here) uses.
 */
import { dayNumber, isoDate } from './civil.js';

function checkYear(year: number): void {
  // The Gregorian calendar, and with it both rules below, starts in 1583.
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`Expected a whole year from 1583 to 9999, got ${year}`);
  }
}

/** Day number (days since 1970-01-01) of Western Easter Sunday: the anonymous Gregorian algorithm. */
export function westernEasterDay(year: number): number {
  checkYear(year);
  const golden = year % 19;
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const skippedLeaps = Math.floor(century / 4);
  const lunarCorrection = Math.floor((century + 8) / 25);
  const solarCorrection = Math.floor((century - lunarCorrection + 1) / 3);
  const epact = (19 * golden + century - skippedLeaps - solarCorrection + 15) % 30;
  const weekdayShift =
    (32 + 2 * (century % 4) + 2 * Math.floor(yearOfCentury / 4) - epact - (yearOfCentury % 4)) % 7;
  const correction = Math.floor((golden + 11 * epact + 22 * weekdayShift) / 451);
  const fromMarch22 = epact + weekdayShift - 7 * correction;
  return dayNumber(year, 3, 22 + fromMarch22);
}

/**
 * Day number of Orthodox Easter Sunday: the Julian computus (Meeus), whose Julian calendar date
 * is moved to the Gregorian one by the calendars' difference — 13 days in 1900–2099, 14 in 2100–2199.
 */
export function orthodoxEasterDay(year: number): number {
  checkYear(year);
  const lunar = (19 * (year % 19) + 15) % 30;
  const weekday = (2 * (year % 4) + 4 * (year % 7) - lunar + 34) % 7;
  const fromMarch22 = lunar + weekday;
  // Easter is never before March, so the difference in force on 1 March of the year applies.
  const julianLag = Math.floor(year / 100) - Math.floor(year / 400) - 2;
  return dayNumber(year, 3, 22 + fromMarch22 + julianLag);
}

/** Western (Gregorian) Easter Sunday of `year`, `YYYY-MM-DD`. */
export function westernEaster(year: number): string {
  return isoDate(westernEasterDay(year));
}

/** Orthodox Easter Sunday of `year` as a Gregorian date, `YYYY-MM-DD`. */
export function orthodoxEaster(year: number): string {
  return isoDate(orthodoxEasterDay(year));
}
