/**
 * schema.org `ContactPoint`s built from the same `contact` section the hub shows, so search
 * engines read the numbers, languages and hours buyers read. Embed them in the shop's
 * `Organization` (or `OnlineStore`) as `contactPoint`.
 *
 * Hours follow schema.org's OpeningHoursSpecification as Google documents it for business
 * hours: weekly ranges grouped by day; dated exceptions and public holidays as "special hours"
 * with `validFrom`/`validThrough`; a day closed all day as opens 00:00 and closes 00:00; an end
 * of day ("24:00") as 23:59; a close before the open runs past midnight.
 */
import type { ContactChannel, ContactConfig, ContactHours, ShopConfig } from '../schema/types.js';
import { WEEKDAYS, type Weekday } from '../schema/options.js';
import { parseIsoDate, isoDate } from '../calendar/civil.js';
import { publicHolidays } from '../calendar/holidays.js';
import { parseInstant, wallClock } from '../calendar/zoned.js';
import { channelHours, holidayCountry } from './status.js';
import { channelLink, e164 } from './links.js';

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};

export interface OpeningHoursSpecificationJsonLd {
  '@type': 'OpeningHoursSpecification';
  dayOfWeek?: string[];
  opens: string;
  closes: string;
  validFrom?: string;
  validThrough?: string;
}

export interface ContactPointJsonLd {
  '@type': 'ContactPoint';
  contactType: 'customer service';
  name?: string;
  telephone?: string;
  email?: string;
  url?: string;
  availableLanguage?: string[];
  hoursAvailable?: OpeningHoursSpecificationJsonLd[];
}

export interface ContactJsonLdOptions {
  /** The shop section: its country gives the public holidays when the section closes on them. */
  shop?: ShopConfig | undefined;
  /**
   * The moment the page is written (ISO instant). With it, exceptions already past are left
   * out and the public holidays of the coming year are listed as closed days; without it,
   * every exception is listed and no holidays.
   */
  now?: string | undefined;
}

const closes = (time: string) => (time === '24:00' ? '23:59' : time);

function weekly(hours: ContactHours): OpeningHoursSpecificationJsonLd[] {
  const byRange = new Map<string, { opens: string; closes: string; days: Weekday[] }>();
  for (const day of WEEKDAYS) {
    for (const [open, close] of hours[day] ?? []) {
      const key = `${open}-${close}`;
      const entry = byRange.get(key) ?? { opens: open, closes: closes(close), days: [] };
      entry.days.push(day);
      byRange.set(key, entry);
    }
  }
  return [...byRange.values()].map((entry) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: entry.days.map((day) => `https://schema.org/${DAY_NAMES[day]}`),
    opens: entry.opens,
    closes: entry.closes,
  }));
}

function special(date: string, ranges: readonly (readonly [string, string])[]): OpeningHoursSpecificationJsonLd[] {
  const dated = { validFrom: date, validThrough: date };
  if (ranges.length === 0) return [{ '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', ...dated }];
  return ranges.map(([open, close]) => ({ '@type': 'OpeningHoursSpecification', opens: open, closes: closes(close), ...dated }));
}

function hoursAvailable(hours: ContactHours, holidays: string | undefined, today: string | undefined): OpeningHoursSpecificationJsonLd[] {
  const exceptions = (hours.exceptions ?? []).filter((exception) => today === undefined || exception.date >= today);
  const excepted = new Set(exceptions.map((exception) => exception.date));
  const specs = [...weekly(hours), ...exceptions.flatMap((exception) => special(exception.date, exception.ranges))];
  if (holidays && today) {
    const first = parseIsoDate(today);
    const year = Number(today.slice(0, 4));
    const days = [year, year + 1].flatMap((each) => (each <= 2200 ? publicHolidays(holidays, each) : []));
    for (const holiday of days) {
      const day = parseIsoDate(holiday.date);
      if (day >= first && day < first + 365 && !excepted.has(holiday.date)) specs.push(...special(holiday.date, []));
    }
  }
  return specs;
}

/** The ways to be reached that schema.org can describe: telephone, email, or an https page. */
function reach(channel: ContactChannel): Pick<ContactPointJsonLd, 'telephone' | 'email' | 'url'> | undefined {
  switch (channel.type) {
    case 'phone':
    case 'sms': {
      const telephone = e164(channel.value);
      return telephone ? { telephone } : undefined;
    }
    case 'email':
      return channelLink(channel) ? { email: channel.value } : undefined;
    case 'whatsapp':
    case 'messenger':
    case 'telegram':
    case 'instagram':
    case 'form': {
      const url = channelLink(channel)?.href;
      return url?.startsWith('https:') || url?.startsWith('http:') ? { url } : undefined;
    }
    default:
      return undefined; // chat has no public address; a shop is a place (LocalBusiness), Viber's link needs its app
  }
}

/**
 * One `ContactPoint` per channel with a telephone number, an e-mail address or a web address,
 * in the config's order, with its languages and hours (its own, else the section's; none means
 * always available, which schema.org expresses by leaving `hoursAvailable` out).
 */
export function contactJsonLd(contact: ContactConfig, options: ContactJsonLdOptions = {}): ContactPointJsonLd[] {
  const timeZone = options.shop?.timeZone;
  const today = options.now === undefined ? undefined : isoDate(wallClock(parseInstant(options.now), timeZone ?? 'UTC').day);
  const holidays = holidayCountry(contact, options.shop?.country);
  const points: ContactPointJsonLd[] = [];
  for (const channel of contact.channels) {
    const address = reach(channel);
    if (!address) continue;
    const hours = channelHours(channel, contact);
    points.push({
      '@type': 'ContactPoint',
      contactType: 'customer service',
      ...(channel.label && { name: channel.label }),
      ...address,
      ...(channel.languages?.length && { availableLanguage: [...channel.languages] }),
      ...(hours && { hoursAvailable: hoursAvailable(hours, holidays, today) }),
    });
  }
  return points;
}
