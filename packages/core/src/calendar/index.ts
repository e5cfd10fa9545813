/** Calendars that @candor/core makes public: Easter and public holidays. */
export { westernEaster, orthodoxEaster } from './easter.js';
export {
  publicHolidays,
  isPublicHoliday,
  hasHolidayCalendar,
  SUPPORTED_HOLIDAY_COUNTRIES,
  type HolidayCountry,
  type PublicHoliday,
} from './holidays.js';
