/**
 * The rules behind `publicHolidays`: for each country, its nationwide statutory days off,
 * written from the law cited above each rule (not from any holiday library or data set).
 *
 * Scope: rules are checked for 2020–2035 and carry every change of law we know in that span
 * (and a few earlier ones that cost one line). A year before the earliest change written here
 * gets the oldest rule written, which need not be the law of that time.
 * Days that the law lists although they are always Sundays (Easter Sunday, Whit Sunday) are
 * included where the act names them. Weekday numbers are ISO: 0 = Monday … 6 = Sunday.
 */
import { dayNumber, isoWeekday } from './civil.js';
import { orthodoxEasterDay, westernEasterDay } from './easter.js';

export const SUPPORTED_HOLIDAY_COUNTRIES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'ES', 'FR', 'GB', 'GR', 'HR',
  'HU', 'IE', 'IT', 'NL', 'PL', 'PT', 'RO', 'SI', 'SK', 'US',
] as const;
export type HolidayCountry = (typeof SUPPORTED_HOLIDAY_COUNTRIES)[number];

const MON = 0;
const THU = 3;
const FRI = 4;
const SAT = 5;
const SUN = 6;

/** One year's holidays as the rules add them, with the helpers the rules use to add them. */
export interface HolidayYear {
  readonly year: number;
  /** Day numbers (days since 1970-01-01) of Western and Orthodox Easter Sunday. */
  readonly easter: number;
  readonly orthodox: number;
  /** Day number → names, in the order added. */
  readonly days: Map<number, string[]>;
  /** Adds `name` on a day number and returns the day. */
  on(day: number, name: string): number;
  date(month: number, day: number, name: string): number;
  /** Days after (or, negative, before) Western Easter Sunday. */
  western(offset: number, name: string): number;
  /** Days after (or before) Orthodox Easter Sunday. */
  eastern(offset: number, name: string): number;
  /** The `nth` `weekday` of `month`; a negative `nth` counts from the month's end (-1: the last). */
  nth(month: number, weekday: number, nth: number, name: string): number;
  /**
   * Each of `days` that falls on a Saturday or Sunday also gives the next weekday that is not
   * yet a day off (GB, IE, BG). Call after every other rule of the year, so that substitutes
   * step over them; `days` are handled in date order, so two weekend days take two weekdays.
   */
  substitute(days: number[]): void;
  /** US federal rule: a Saturday holiday is observed on the Friday before, a Sunday one on the Monday after. */
  observe(days: number[]): void;
}

// Closures rather than a class: the rules destructure them, and a minifier can shorten every call.
export function holidayYear(year: number): HolidayYear {
  const days = new Map<number, string[]>();
  const easter = westernEasterDay(year);
  const orthodox = orthodoxEasterDay(year);
  const on = (day: number, name: string) => {
    const names = days.get(day);
    if (names) names.push(name);
    else days.set(day, [name]);
    return day;
  };
  // The first name given to a day: the substituted holiday, not one that happens to share its date.
  const nameOf = (day: number) => days.get(day)?.[0] ?? '';
  return {
    year,
    easter,
    orthodox,
    days,
    on,
    date: (month, day, name) => on(dayNumber(year, month, day), name),
    western: (offset, name) => on(easter + offset, name),
    eastern: (offset, name) => on(orthodox + offset, name),
    nth(month, weekday, nth, name) {
      if (nth > 0) {
        const first = dayNumber(year, month, 1);
        return on(first + ((weekday - isoWeekday(first) + 7) % 7) + 7 * (nth - 1), name);
      }
      const last = dayNumber(year, month + 1, 1) - 1;
      return on(last - ((isoWeekday(last) - weekday + 7) % 7) + 7 * (nth + 1), name);
    },
    substitute(weekendable) {
      for (const day of [...weekendable].sort((a, b) => a - b)) {
        if (isoWeekday(day) < SAT) continue;
        let free = day + 1;
        while (isoWeekday(free) >= SAT || days.has(free)) free++;
        on(free, `${nameOf(day)} (substitute day)`);
      }
    },
    observe(fixed) {
      for (const day of fixed) {
        const weekday = isoWeekday(day);
        if (weekday >= SAT) on(weekday === SAT ? day - 1 : day + 1, `${nameOf(day)} (observed)`);
      }
    },
  };
}

const NEW_YEAR = "New Year's Day";
const EPIPHANY = 'Epiphany';
const GOOD_FRIDAY = 'Good Friday';
const EASTER = 'Easter Sunday';
const EASTER_MONDAY = 'Easter Monday';
const LABOUR = 'Labour Day';
const ASCENSION = 'Ascension Day';
const WHIT_SUNDAY = 'Whit Sunday';
const WHIT_MONDAY = 'Whit Monday';
const CORPUS_CHRISTI = 'Corpus Christi';
const ASSUMPTION = 'Assumption Day';
const ALL_SAINTS = "All Saints' Day";
const IMMACULATE = 'Immaculate Conception';
const CHRISTMAS_EVE = 'Christmas Eve';
const CHRISTMAS = 'Christmas Day';
const CHRISTMAS_2 = 'Second Day of Christmas';
const ST_STEPHEN = "St Stephen's Day";
const CYRIL_METHODIUS = 'Saints Cyril and Methodius Day';
const FREEDOM_DEMOCRACY = 'Struggle for Freedom and Democracy Day';
const INDEPENDENCE = 'Independence Day';
const NATIONAL_DAY = 'National Day';
const STATEHOOD = 'Statehood Day';
const REMEMBRANCE = 'Remembrance Day';
const ARMISTICE = 'Armistice Day';
const OCHI = 'Ochi Day';

export const HOLIDAY_RULES: Record<HolidayCountry, (holidays: HolidayYear) => void> = {
  // Austria: Arbeitsruhegesetz (BGBl. Nr. 144/1983) § 7 Abs. 2, the Feiertage of
  // Feiertagsruhegesetz 1957 (BGBl. Nr. 153/1957). Good Friday (Protestants only) ended 2019.
  AT({ date, western }) {
    date(1, 1, NEW_YEAR);
    date(1, 6, EPIPHANY);
    western(0, EASTER);
    western(1, EASTER_MONDAY);
    date(5, 1, 'National Holiday');
    western(39, ASCENSION);
    western(49, WHIT_SUNDAY);
    western(50, WHIT_MONDAY);
    western(60, CORPUS_CHRISTI);
    date(8, 15, ASSUMPTION);
    date(10, 26, NATIONAL_DAY);
    date(11, 1, ALL_SAINTS);
    date(12, 8, IMMACULATE);
    date(12, 25, CHRISTMAS);
    date(12, 26, ST_STEPHEN);
  },
  // Belgium: Loi du 4 janvier 1974 relative aux jours fériés and Arrêté royal du 18 avril 1974
  // (ten days). A holiday on a Sunday is replaced by a day each employer chooses: not nationwide.
  BE({ date, western }) {
    date(1, 1, NEW_YEAR);
    western(1, EASTER_MONDAY);
    date(5, 1, LABOUR);
    western(39, ASCENSION);
    western(50, WHIT_MONDAY);
    date(7, 21, NATIONAL_DAY);
    date(8, 15, ASSUMPTION);
    date(11, 1, ALL_SAINTS);
    date(11, 11, ARMISTICE);
    date(12, 25, CHRISTMAS);
  },
  // Bulgaria: Кодекс на труда (Labour Code) art. 154. Art. 154(2): a weekend 1 Jan, 3 Mar,
  // 1 May, 6 May, 24 May, 6 Sep or 22 Sep gives the next working day off, and weekend days of
  // 24–26 Dec the next one or two; Easter days are not substituted. Bridge days that the
  // Council of Ministers swaps for working Saturdays each year are not included.
  BG({ date, eastern, substitute }) {
    const substituted = [
      date(1, 1, NEW_YEAR),
      date(3, 3, 'Liberation Day'),
      date(5, 1, LABOUR),
      date(5, 6, "St George's Day"),
      date(5, 24, 'Day of Bulgarian Education, Culture and Slavonic Literature'),
      date(9, 6, 'Unification Day'),
      date(9, 22, INDEPENDENCE),
      date(12, 24, CHRISTMAS_EVE),
      date(12, 25, CHRISTMAS),
      date(12, 26, CHRISTMAS_2),
    ];
    eastern(-2, GOOD_FRIDAY);
    eastern(-1, 'Holy Saturday');
    eastern(0, EASTER);
    eastern(1, EASTER_MONDAY);
    substitute(substituted);
  },
  // Cyprus: no single act lists private-sector days off; these are the public holidays that the
  // public service and the banks keep (Easter Tuesday: banks and most businesses; 24 Dec, a
  // public-service day only, is left out). Unverified against an act here: see the report.
  CY({ date, eastern }) {
    date(1, 1, NEW_YEAR);
    date(1, 6, EPIPHANY);
    eastern(-48, 'Green Monday');
    date(3, 25, 'Greek Independence Day');
    date(4, 1, 'Cyprus National Day');
    eastern(-2, GOOD_FRIDAY);
    eastern(0, EASTER);
    eastern(1, EASTER_MONDAY);
    eastern(2, 'Easter Tuesday');
    date(5, 1, LABOUR);
    eastern(50, 'Whit Monday (Kataklysmos)');
    date(8, 15, ASSUMPTION);
    date(10, 1, 'Cyprus Independence Day');
    date(10, 28, OCHI);
    date(12, 25, CHRISTMAS);
    date(12, 26, 'Boxing Day');
  },
  // Czechia: zákon č. 245/2000 Sb., o státních svátcích … a o dnech pracovního klidu;
  // Good Friday since 2016.
  CZ({ year, date, western }) {
    date(1, 1, "New Year's Day / Restoration Day of the Independent Czech State");
    if (year >= 2016) western(-2, GOOD_FRIDAY);
    western(1, EASTER_MONDAY);
    date(5, 1, LABOUR);
    date(5, 8, 'Liberation Day');
    date(7, 5, CYRIL_METHODIUS);
    date(7, 6, 'Jan Hus Day');
    date(9, 28, 'Czech Statehood Day');
    date(10, 28, 'Independent Czechoslovak State Day');
    date(11, 17, FREEDOM_DEMOCRACY);
    date(12, 24, CHRISTMAS_EVE);
    date(12, 25, CHRISTMAS);
    date(12, 26, ST_STEPHEN);
  },
  // Germany: only 3 October is federal law (Einigungsvertrag, Art. 2 Abs. 2); the others are the
  // days that all 16 Länder's Feiertagsgesetze share. 31 Oct 2017 was a one-off in every Land.
  DE({ year, date, western }) {
    date(1, 1, NEW_YEAR);
    western(-2, GOOD_FRIDAY);
    western(1, EASTER_MONDAY);
    date(5, 1, LABOUR);
    western(39, ASCENSION);
    western(50, WHIT_MONDAY);
    date(10, 3, 'German Unity Day');
    if (year === 2017) date(10, 31, 'Reformation Day');
    date(12, 25, CHRISTMAS);
    date(12, 26, CHRISTMAS_2);
  },
  // Spain: Estatuto de los Trabajadores art. 37.2 and Real Decreto 2001/1983 art. 45, as
  // published each year in the BOE: the national days that no community replaces. Maundy
  // Thursday, 19 March, 25 July and the Mondays after Sunday holidays differ by community.
  ES({ date, western }) {
    date(1, 1, NEW_YEAR);
    date(1, 6, EPIPHANY);
    western(-2, GOOD_FRIDAY);
    date(5, 1, LABOUR);
    date(8, 15, ASSUMPTION);
    date(10, 12, 'National Day of Spain');
    date(11, 1, ALL_SAINTS);
    date(12, 6, 'Constitution Day');
    date(12, 8, IMMACULATE);
    date(12, 25, CHRISTMAS);
  },
  // France: Code du travail, art. L3133-1 (only 1 May is a day off by law for every employee;
  // the others are off by near-universal agreement). Alsace-Moselle's extra days are regional.
  FR({ date, western }) {
    date(1, 1, NEW_YEAR);
    western(1, EASTER_MONDAY);
    date(5, 1, LABOUR);
    date(5, 8, 'Victory in Europe Day');
    western(39, ASCENSION);
    western(50, WHIT_MONDAY);
    date(7, 14, 'Bastille Day');
    date(8, 15, ASSUMPTION);
    date(11, 1, ALL_SAINTS);
    date(11, 11, ARMISTICE);
    date(12, 25, CHRISTMAS);
  },
  // United Kingdom, England and Wales: Banking and Financial Dealings Act 1971, Schedule 1;
  // Good Friday and Christmas Day by common law; moved and extra days by royal proclamation.
  // Scotland and Northern Ireland have other days and are not covered.
  GB({ year, date, western, nth, substitute }) {
    const substituted = [date(1, 1, NEW_YEAR), date(12, 25, CHRISTMAS), date(12, 26, 'Boxing Day')];
    western(-2, GOOD_FRIDAY);
    western(1, EASTER_MONDAY);
    if (year === 1995 || year === 2020) date(5, 8, 'Early May Bank Holiday (VE Day)');
    else nth(5, MON, 1, 'Early May Bank Holiday');
    if (year === 2002 || year === 2012) date(6, 4, 'Spring Bank Holiday');
    else if (year === 2022) date(6, 2, 'Spring Bank Holiday');
    else nth(5, MON, -1, 'Spring Bank Holiday');
    nth(8, MON, -1, 'Summer Bank Holiday');
    if (year === 1999) date(12, 31, 'Millennium Celebrations');
    if (year === 2002) date(6, 3, 'Golden Jubilee');
    if (year === 2011) date(4, 29, 'Royal Wedding');
    if (year === 2012) date(6, 5, 'Diamond Jubilee');
    if (year === 2022) {
      date(6, 3, 'Platinum Jubilee');
      date(9, 19, 'State Funeral of Queen Elizabeth II');
    }
    if (year === 2023) date(5, 8, 'Coronation of King Charles III');
    substitute(substituted);
  },
  // Greece: the compulsory holidays of labour law (25 Mar, 1 May, 15 Aug, 28 Oct, 25 Dec,
  // Easter Monday, Whit Monday) with the other days the public sector (Civil Servants' Code,
  // ν. 3528/2007) and the banks keep. The 1 May holiday is moved each year by ministerial
  // decision when it would fall in Holy Week or Easter (to Easter Tuesday: 2021, 2024) or on a
  // Sunday (to the Monday: 2022); we apply that pattern to later years (so 4 May 2027 and 2032,
  // as in 2021), ahead of their decisions. Easter Sunday is included.
  GR({ year, orthodox, on, date, eastern }) {
    date(1, 1, NEW_YEAR);
    date(1, 6, EPIPHANY);
    eastern(-48, 'Clean Monday');
    date(3, 25, INDEPENDENCE);
    eastern(-2, GOOD_FRIDAY);
    eastern(0, EASTER);
    eastern(1, EASTER_MONDAY);
    const mayDay = dayNumber(year, 5, 1);
    if (mayDay >= orthodox - 7 && mayDay <= orthodox + 1) eastern(2, LABOUR);
    else on(isoWeekday(mayDay) === SUN ? mayDay + 1 : mayDay, LABOUR);
    eastern(50, WHIT_MONDAY);
    date(8, 15, ASSUMPTION);
    date(10, 28, OCHI);
    date(12, 25, CHRISTMAS);
    date(12, 26, 'Synaxis of the Mother of God');
  },
  // Croatia: Zakon o blagdanima, spomendanima i neradnim danima u Republici Hrvatskoj
  // (Narodne novine 110/19), in force from 2020: Statehood Day moved from 25 June to 30 May,
  // Remembrance Day (18 Nov) added, Independence Day (8 Oct) no longer a day off.
  HR({ year, date, western }) {
    const reformed = year >= 2020;
    date(1, 1, NEW_YEAR);
    date(1, 6, EPIPHANY);
    western(0, EASTER);
    western(1, EASTER_MONDAY);
    date(5, 1, LABOUR);
    if (reformed) date(5, 30, STATEHOOD);
    western(60, CORPUS_CHRISTI);
    date(6, 22, 'Anti-Fascist Struggle Day');
    if (!reformed) date(6, 25, STATEHOOD);
    date(8, 5, "Victory and Homeland Thanksgiving Day and Croatian Defenders' Day");
    date(8, 15, ASSUMPTION);
    if (!reformed) date(10, 8, INDEPENDENCE);
    date(11, 1, ALL_SAINTS);
    if (reformed) date(11, 18, 'Remembrance Day for the Victims of the Homeland War');
    date(12, 25, CHRISTMAS);
    date(12, 26, ST_STEPHEN);
  },
  // Hungary: 2012. évi I. törvény a munka törvénykönyvéről, 102. § (1); Good Friday since 2017.
  // The bridge days that a ministerial decree swaps for working Saturdays are not included.
  HU({ year, date, western }) {
    date(1, 1, NEW_YEAR);
    date(3, 15, NATIONAL_DAY);
    if (year >= 2017) western(-2, GOOD_FRIDAY);
    western(0, EASTER);
    western(1, EASTER_MONDAY);
    date(5, 1, LABOUR);
    western(49, WHIT_SUNDAY);
    western(50, WHIT_MONDAY);
    date(8, 20, 'State Foundation Day');
    date(10, 23, NATIONAL_DAY);
    date(11, 1, ALL_SAINTS);
    date(12, 25, CHRISTMAS);
    date(12, 26, CHRISTMAS_2);
  },
  // Ireland: Organisation of Working Time Act 1997, Schedule 2, as amended (St Brigid's Day from
  // 2023; 18 March 2022 once). The Act gives no fixed substitute for a weekend holiday, but the
  // public service, banks and An Post close on the next weekday for 1 Jan, 17 Mar and 25–26 Dec,
  // and so do we. Good Friday is not a public holiday.
  IE({ year, on, date, western, nth, substitute }) {
    const substituted = [date(1, 1, NEW_YEAR), date(3, 17, "St Patrick's Day")];
    if (year >= 2023) {
      const february1 = dayNumber(year, 2, 1);
      if (isoWeekday(february1) === FRI) on(february1, "St Brigid's Day");
      else nth(2, MON, 1, "St Brigid's Day");
    }
    if (year === 2022) date(3, 18, 'Day of Remembrance and Recognition');
    western(1, EASTER_MONDAY);
    nth(5, MON, 1, 'May Bank Holiday');
    nth(6, MON, 1, 'June Bank Holiday');
    nth(8, MON, 1, 'August Bank Holiday');
    nth(10, MON, -1, 'October Bank Holiday');
    substituted.push(date(12, 25, CHRISTMAS), date(12, 26, ST_STEPHEN));
    substitute(substituted);
  },
  // Italy: Legge 27 maggio 1949, n. 260, as amended by Legge 5 marzo 1977, n. 54, D.P.R.
  // 28 dicembre 1985, n. 792 (Epiphany), Legge 20 novembre 2000, n. 336 (2 June) and the law of
  // October 2025 that makes 4 October (St Francis) a national holiday from 2026.
  IT({ year, date, western }) {
    date(1, 1, NEW_YEAR);
    date(1, 6, EPIPHANY);
    western(0, EASTER);
    western(1, EASTER_MONDAY);
    if (year === 2011) date(3, 17, '150th Anniversary of the Unification of Italy');
    date(4, 25, 'Liberation Day');
    date(5, 1, LABOUR);
    date(6, 2, 'Republic Day');
    date(8, 15, ASSUMPTION);
    if (year >= 2026) date(10, 4, 'St Francis of Assisi Day');
    date(11, 1, ALL_SAINTS);
    date(12, 8, IMMACULATE);
    date(12, 25, CHRISTMAS);
    date(12, 26, ST_STEPHEN);
  },
  // Netherlands: Algemene termijnenwet art. 3 (it names no Good Friday). King's Day is 27 April,
  // or 26 April when that is a Sunday (before 2014 Queen's Day, 30 April or 29 April). Liberation
  // Day is a day off by most collective agreements only every fifth year: we follow that.
  NL({ year, on, date, western }) {
    date(1, 1, NEW_YEAR);
    western(1, EASTER_MONDAY);
    const royal = year >= 2014 ? dayNumber(year, 4, 27) : dayNumber(year, 4, 30);
    on(isoWeekday(royal) === SUN ? royal - 1 : royal, year >= 2014 ? "King's Day" : "Queen's Day");
    if (year % 5 === 0) date(5, 5, 'Liberation Day');
    western(39, ASCENSION);
    western(50, WHIT_MONDAY);
    date(12, 25, CHRISTMAS);
    date(12, 26, CHRISTMAS_2);
  },
  // Poland: Ustawa z dnia 18 stycznia 1951 r. o dniach wolnych od pracy (Dz.U. 1951 nr 4 poz. 28),
  // as amended: Epiphany from 2011, Christmas Eve from 2025 (ustawa z dnia 6 grudnia 2024 r.).
  // A holiday on a Saturday earns employees another day off, chosen by each employer.
  PL({ year, date, western }) {
    date(1, 1, NEW_YEAR);
    if (year >= 2011) date(1, 6, EPIPHANY);
    western(0, EASTER);
    western(1, EASTER_MONDAY);
    date(5, 1, LABOUR);
    date(5, 3, 'Constitution Day');
    western(49, 'Pentecost Sunday');
    western(60, CORPUS_CHRISTI);
    date(8, 15, ASSUMPTION);
    date(11, 1, ALL_SAINTS);
    date(11, 11, INDEPENDENCE);
    if (year >= 2025) date(12, 24, CHRISTMAS_EVE);
    date(12, 25, CHRISTMAS);
    date(12, 26, CHRISTMAS_2);
  },
  // Portugal: Código do Trabalho (Lei n.º 7/2009), art. 234; Corpus Christi, 5 Oct, 1 Nov and
  // 1 Dec were suspended 2013–2015 and restored by Lei n.º 8/2016. Carnival is optional.
  PT({ year, date, western }) {
    const full = year < 2013 || year > 2015;
    date(1, 1, NEW_YEAR);
    western(-2, GOOD_FRIDAY);
    western(0, EASTER);
    date(4, 25, 'Freedom Day');
    date(5, 1, LABOUR);
    if (full) western(60, CORPUS_CHRISTI);
    date(6, 10, 'Portugal Day');
    date(8, 15, ASSUMPTION);
    if (full) date(10, 5, 'Republic Day');
    if (full) date(11, 1, ALL_SAINTS);
    if (full) date(12, 1, 'Restoration of Independence');
    date(12, 8, IMMACULATE);
    date(12, 25, CHRISTMAS);
  },
  // Romania: Codul muncii (Legea nr. 53/2003), art. 139 alin. (1), as amended: 30 Nov from
  // 2012, 24 Jan and 1 June from 2017, Good Friday from 2018, 6 and 7 Jan from 2024
  // (Legea nr. 52/2023). Easter and Pentecost are the Orthodox ones.
  RO({ year, date, eastern }) {
    date(1, 1, NEW_YEAR);
    date(1, 2, NEW_YEAR);
    if (year >= 2024) {
      date(1, 6, EPIPHANY);
      date(1, 7, 'Synaxis of St John the Baptist');
    }
    if (year >= 2017) date(1, 24, 'Union Day');
    if (year >= 2018) eastern(-2, GOOD_FRIDAY);
    eastern(0, EASTER);
    eastern(1, EASTER_MONDAY);
    date(5, 1, LABOUR);
    if (year >= 2017) date(6, 1, "Children's Day");
    eastern(49, WHIT_SUNDAY);
    eastern(50, WHIT_MONDAY);
    date(8, 15, ASSUMPTION);
    if (year >= 2012) date(11, 30, "St Andrew's Day");
    date(12, 1, NATIONAL_DAY);
    date(12, 25, CHRISTMAS);
    date(12, 26, CHRISTMAS_2);
  },
  // Slovenia: Zakon o praznikih in dela prostih dnevih v Republiki Sloveniji (Uradni list RS,
  // št. 112/05 – UPB, as amended); 2 January was not a day off 2013–2016.
  SI({ year, date, western }) {
    date(1, 1, NEW_YEAR);
    if (year < 2013 || year > 2016) date(1, 2, NEW_YEAR);
    date(2, 8, 'Prešeren Day');
    western(0, EASTER);
    western(1, EASTER_MONDAY);
    date(4, 27, 'Day of Uprising Against Occupation');
    date(5, 1, LABOUR);
    date(5, 2, LABOUR);
    western(49, WHIT_SUNDAY);
    date(6, 25, STATEHOOD);
    date(8, 15, ASSUMPTION);
    date(10, 31, 'Reformation Day');
    date(11, 1, REMEMBRANCE);
    date(12, 25, CHRISTMAS);
    date(12, 26, 'Independence and Unity Day');
  },
  // Slovakia: zákon č. 241/1993 Z. z. o štátnych sviatkoch, dňoch pracovného pokoja a pamätných
  // dňoch, as amended by the consolidation acts: 1 September (Constitution Day) is no longer a
  // day off from 2024, 17 November from 2025; 8 May and 15 September are not days off in 2026
  // only. 28 October was never one. Further changes were being debated in 2026.
  SK({ year, date, western }) {
    date(1, 1, 'Day of the Establishment of the Slovak Republic');
    date(1, 6, EPIPHANY);
    western(-2, GOOD_FRIDAY);
    western(1, EASTER_MONDAY);
    date(5, 1, LABOUR);
    if (year !== 2026) date(5, 8, 'Day of Victory over Fascism');
    date(7, 5, CYRIL_METHODIUS);
    date(8, 29, 'Slovak National Uprising Anniversary');
    if (year < 2024) date(9, 1, 'Constitution Day');
    if (year !== 2026) date(9, 15, 'Our Lady of Sorrows');
    date(11, 1, ALL_SAINTS);
    if (year < 2025) date(11, 17, FREEDOM_DEMOCRACY);
    date(12, 24, CHRISTMAS_EVE);
    date(12, 25, CHRISTMAS);
    date(12, 26, ST_STEPHEN);
  },
  // United States, federal: 5 U.S.C. § 6103(a) (Juneteenth from 2021, Pub. L. 117-17; Martin
  // Luther King Jr. Day from 1986) and the observed days of § 6103(b) / Executive Order 11582:
  // a Saturday holiday on the Friday before, a Sunday one on the Monday after. The actual
  // weekend date is listed too. New Year's Day on a Saturday is observed on 31 December of
  // the year before, and so appears in that year's list.
  US({ year, date, nth, observe }) {
    const fixed = [date(1, 1, NEW_YEAR)];
    if (year >= 1986) nth(1, MON, 3, 'Birthday of Martin Luther King, Jr.');
    nth(2, MON, 3, "Washington's Birthday");
    nth(5, MON, -1, 'Memorial Day');
    if (year >= 2021) fixed.push(date(6, 19, 'Juneteenth National Independence Day'));
    fixed.push(date(7, 4, INDEPENDENCE));
    nth(9, MON, 1, 'Labor Day');
    nth(10, MON, 2, 'Columbus Day');
    fixed.push(date(11, 11, 'Veterans Day'));
    nth(11, THU, 4, 'Thanksgiving Day');
    fixed.push(date(12, 25, CHRISTMAS));
    observe(fixed);
  },
};
