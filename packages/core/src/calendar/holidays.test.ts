import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, isoWeekday, parseIsoDate } from './civil.js';
import { orthodoxEaster, westernEaster } from './easter.js';
import {
  SUPPORTED_HOLIDAY_COUNTRIES,
  hasHolidayCalendar,
  isPublicHoliday,
  publicHolidays,
  type HolidayCountry,
} from './holidays.js';

/** "MM-DD Name" lines → what `publicHolidays` returns for `year`. */
const listOf = (year: number, lines: string) =>
  lines
    .trim()
    .split('\n')
    .map((line) => {
      const [, monthDay, name] = /^\s*(\d\d-\d\d) (.+)$/.exec(line)!;
      return { date: `${year}-${monthDay}`, name };
    });

const datesOf = (country: string, year: number) => publicHolidays(country, year).map((holiday) => holiday.date);
const nameOn = (country: string, date: string) =>
  publicHolidays(country, Number(date.slice(0, 4))).find((holiday) => holiday.date === date)?.name;

// Every country's 2026, written out from the laws cited in holiday-rules.ts.
// 2026: Western Easter 5 April, Orthodox Easter 12 April; 1 January is a Thursday.
const LISTS_2026: Record<HolidayCountry, string> = {
  AT: `
    01-01 New Year's Day
    01-06 Epiphany
    04-05 Easter Sunday
    04-06 Easter Monday
    05-01 National Holiday
    05-14 Ascension Day
    05-24 Whit Sunday
    05-25 Whit Monday
    06-04 Corpus Christi
    08-15 Assumption Day
    10-26 National Day
    11-01 All Saints' Day
    12-08 Immaculate Conception
    12-25 Christmas Day
    12-26 St Stephen's Day`,
  BE: `
    01-01 New Year's Day
    04-06 Easter Monday
    05-01 Labour Day
    05-14 Ascension Day
    05-25 Whit Monday
    07-21 National Day
    08-15 Assumption Day
    11-01 All Saints' Day
    11-11 Armistice Day
    12-25 Christmas Day`,
  BG: `
    01-01 New Year's Day
    03-03 Liberation Day
    04-10 Good Friday
    04-11 Holy Saturday
    04-12 Easter Sunday
    04-13 Easter Monday
    05-01 Labour Day
    05-06 St George's Day
    05-24 Day of Bulgarian Education, Culture and Slavonic Literature
    05-25 Day of Bulgarian Education, Culture and Slavonic Literature (substitute day)
    09-06 Unification Day
    09-07 Unification Day (substitute day)
    09-22 Independence Day
    12-24 Christmas Eve
    12-25 Christmas Day
    12-26 Second Day of Christmas
    12-28 Second Day of Christmas (substitute day)`,
  CY: `
    01-01 New Year's Day
    01-06 Epiphany
    02-23 Green Monday
    03-25 Greek Independence Day
    04-01 Cyprus National Day
    04-10 Good Friday
    04-12 Easter Sunday
    04-13 Easter Monday
    04-14 Easter Tuesday
    05-01 Labour Day
    06-01 Whit Monday (Kataklysmos)
    08-15 Assumption Day
    10-01 Cyprus Independence Day
    10-28 Ochi Day
    12-25 Christmas Day
    12-26 Boxing Day`,
  CZ: `
    01-01 New Year's Day / Restoration Day of the Independent Czech State
    04-03 Good Friday
    04-06 Easter Monday
    05-01 Labour Day
    05-08 Liberation Day
    07-05 Saints Cyril and Methodius Day
    07-06 Jan Hus Day
    09-28 Czech Statehood Day
    10-28 Independent Czechoslovak State Day
    11-17 Struggle for Freedom and Democracy Day
    12-24 Christmas Eve
    12-25 Christmas Day
    12-26 St Stephen's Day`,
  DE: `
    01-01 New Year's Day
    04-03 Good Friday
    04-06 Easter Monday
    05-01 Labour Day
    05-14 Ascension Day
    05-25 Whit Monday
    10-03 German Unity Day
    12-25 Christmas Day
    12-26 Second Day of Christmas`,
  ES: `
    01-01 New Year's Day
    01-06 Epiphany
    04-03 Good Friday
    05-01 Labour Day
    08-15 Assumption Day
    10-12 National Day of Spain
    11-01 All Saints' Day
    12-06 Constitution Day
    12-08 Immaculate Conception
    12-25 Christmas Day`,
  FR: `
    01-01 New Year's Day
    04-06 Easter Monday
    05-01 Labour Day
    05-08 Victory in Europe Day
    05-14 Ascension Day
    05-25 Whit Monday
    07-14 Bastille Day
    08-15 Assumption Day
    11-01 All Saints' Day
    11-11 Armistice Day
    12-25 Christmas Day`,
  GB: `
    01-01 New Year's Day
    04-03 Good Friday
    04-06 Easter Monday
    05-04 Early May Bank Holiday
    05-25 Spring Bank Holiday
    08-31 Summer Bank Holiday
    12-25 Christmas Day
    12-26 Boxing Day
    12-28 Boxing Day (substitute day)`,
  GR: `
    01-01 New Year's Day
    01-06 Epiphany
    02-23 Clean Monday
    03-25 Independence Day
    04-10 Good Friday
    04-12 Easter Sunday
    04-13 Easter Monday
    05-01 Labour Day
    06-01 Whit Monday
    08-15 Assumption Day
    10-28 Ochi Day
    12-25 Christmas Day
    12-26 Synaxis of the Mother of God`,
  HR: `
    01-01 New Year's Day
    01-06 Epiphany
    04-05 Easter Sunday
    04-06 Easter Monday
    05-01 Labour Day
    05-30 Statehood Day
    06-04 Corpus Christi
    06-22 Anti-Fascist Struggle Day
    08-05 Victory and Homeland Thanksgiving Day and Croatian Defenders' Day
    08-15 Assumption Day
    11-01 All Saints' Day
    11-18 Remembrance Day for the Victims of the Homeland War
    12-25 Christmas Day
    12-26 St Stephen's Day`,
  HU: `
    01-01 New Year's Day
    03-15 National Day
    04-03 Good Friday
    04-05 Easter Sunday
    04-06 Easter Monday
    05-01 Labour Day
    05-24 Whit Sunday
    05-25 Whit Monday
    08-20 State Foundation Day
    10-23 National Day
    11-01 All Saints' Day
    12-25 Christmas Day
    12-26 Second Day of Christmas`,
  IE: `
    01-01 New Year's Day
    02-02 St Brigid's Day
    03-17 St Patrick's Day
    04-06 Easter Monday
    05-04 May Bank Holiday
    06-01 June Bank Holiday
    08-03 August Bank Holiday
    10-26 October Bank Holiday
    12-25 Christmas Day
    12-26 St Stephen's Day
    12-28 St Stephen's Day (substitute day)`,
  IT: `
    01-01 New Year's Day
    01-06 Epiphany
    04-05 Easter Sunday
    04-06 Easter Monday
    04-25 Liberation Day
    05-01 Labour Day
    06-02 Republic Day
    08-15 Assumption Day
    10-04 St Francis of Assisi Day
    11-01 All Saints' Day
    12-08 Immaculate Conception
    12-25 Christmas Day
    12-26 St Stephen's Day`,
  NL: `
    01-01 New Year's Day
    04-06 Easter Monday
    04-27 King's Day
    05-14 Ascension Day
    05-25 Whit Monday
    12-25 Christmas Day
    12-26 Second Day of Christmas`,
  PL: `
    01-01 New Year's Day
    01-06 Epiphany
    04-05 Easter Sunday
    04-06 Easter Monday
    05-01 Labour Day
    05-03 Constitution Day
    05-24 Pentecost Sunday
    06-04 Corpus Christi
    08-15 Assumption Day
    11-01 All Saints' Day
    11-11 Independence Day
    12-24 Christmas Eve
    12-25 Christmas Day
    12-26 Second Day of Christmas`,
  PT: `
    01-01 New Year's Day
    04-03 Good Friday
    04-05 Easter Sunday
    04-25 Freedom Day
    05-01 Labour Day
    06-04 Corpus Christi
    06-10 Portugal Day
    08-15 Assumption Day
    10-05 Republic Day
    11-01 All Saints' Day
    12-01 Restoration of Independence
    12-08 Immaculate Conception
    12-25 Christmas Day`,
  RO: `
    01-01 New Year's Day
    01-02 New Year's Day
    01-06 Epiphany
    01-07 Synaxis of St John the Baptist
    01-24 Union Day
    04-10 Good Friday
    04-12 Easter Sunday
    04-13 Easter Monday
    05-01 Labour Day
    05-31 Whit Sunday
    06-01 Children's Day / Whit Monday
    08-15 Assumption Day
    11-30 St Andrew's Day
    12-01 National Day
    12-25 Christmas Day
    12-26 Second Day of Christmas`,
  SI: `
    01-01 New Year's Day
    01-02 New Year's Day
    02-08 Prešeren Day
    04-05 Easter Sunday
    04-06 Easter Monday
    04-27 Day of Uprising Against Occupation
    05-01 Labour Day
    05-02 Labour Day
    05-24 Whit Sunday
    06-25 Statehood Day
    08-15 Assumption Day
    10-31 Reformation Day
    11-01 Remembrance Day
    12-25 Christmas Day
    12-26 Independence and Unity Day`,
  SK: `
    01-01 Day of the Establishment of the Slovak Republic
    01-06 Epiphany
    04-03 Good Friday
    04-06 Easter Monday
    05-01 Labour Day
    07-05 Saints Cyril and Methodius Day
    08-29 Slovak National Uprising Anniversary
    11-01 All Saints' Day
    12-24 Christmas Eve
    12-25 Christmas Day
    12-26 St Stephen's Day`,
  US: `
    01-01 New Year's Day
    01-19 Birthday of Martin Luther King, Jr.
    02-16 Washington's Birthday
    05-25 Memorial Day
    06-19 Juneteenth National Independence Day
    07-03 Independence Day (observed)
    07-04 Independence Day
    09-07 Labor Day
    10-12 Columbus Day
    11-11 Veterans Day
    11-26 Thanksgiving Day
    12-25 Christmas Day`,
};

describe('publicHolidays: every country in 2026', () => {
  it('covers exactly the supported countries', () => {
    expect(Object.keys(LISTS_2026).sort()).toEqual([...SUPPORTED_HOLIDAY_COUNTRIES].sort());
  });

  it.each(SUPPORTED_HOLIDAY_COUNTRIES)('%s', (country) => {
    expect(publicHolidays(country, 2026)).toEqual(listOf(2026, LISTS_2026[country]));
  });
});

describe('publicHolidays: changes of law at their boundary years', () => {
  it('PL: Christmas Eve is a day off from 2025', () => {
    expect(datesOf('PL', 2024)).not.toContain('2024-12-24');
    expect(nameOn('PL', '2025-12-24')).toBe('Christmas Eve');
    expect(datesOf('PL', 2024)).toHaveLength(13);
    expect(datesOf('PL', 2025)).toHaveLength(14);
  });

  it('IT: St Francis (4 October) is a national holiday from 2026', () => {
    expect(datesOf('IT', 2025)).not.toContain('2025-10-04');
    expect(nameOn('IT', '2027-10-04')).toBe('St Francis of Assisi Day');
  });

  it('HR: the 2020 reform moves Statehood Day and adds Remembrance Day', () => {
    const before = datesOf('HR', 2019);
    expect(before).toEqual(expect.arrayContaining(['2019-06-25', '2019-10-08']));
    expect(before).not.toContain('2019-05-30');
    expect(before).not.toContain('2019-11-18');
    const after = datesOf('HR', 2020);
    expect(after).toEqual(expect.arrayContaining(['2020-05-30', '2020-11-18']));
    expect(after).not.toContain('2020-06-25');
    expect(after).not.toContain('2020-10-08');
  });

  it('RO: 6 and 7 January are days off from 2024', () => {
    expect(datesOf('RO', 2023)).not.toContain('2023-01-06');
    expect(datesOf('RO', 2023)).not.toContain('2023-01-07');
    expect(nameOn('RO', '2024-01-06')).toBe('Epiphany');
    expect(nameOn('RO', '2024-01-07')).toBe('Synaxis of St John the Baptist');
  });

  it('SK: 1 September stops in 2024, 17 November in 2025, 8 May and 15 September pause in 2026', () => {
    expect(nameOn('SK', '2023-09-01')).toBe('Constitution Day');
    expect(datesOf('SK', 2024)).not.toContain('2024-09-01');
    expect(nameOn('SK', '2024-11-17')).toBe('Struggle for Freedom and Democracy Day');
    expect(datesOf('SK', 2025)).not.toContain('2025-11-17');
    expect(datesOf('SK', 2025)).toEqual(expect.arrayContaining(['2025-05-08', '2025-09-15']));
    expect(datesOf('SK', 2027)).toEqual(expect.arrayContaining(['2027-05-08', '2027-09-15']));
    expect(datesOf('SK', 2023)).toHaveLength(15);
    expect(datesOf('SK', 2027)).toHaveLength(13);
  });

  it('IE: St Brigid’s Day from 2023, the first Monday of February or 1 February when a Friday', () => {
    expect(publicHolidays('IE', 2022).some((holiday) => holiday.name === "St Brigid's Day")).toBe(false);
    expect(nameOn('IE', '2023-02-06')).toBe("St Brigid's Day");
    expect(nameOn('IE', '2025-02-03')).toBe("St Brigid's Day");
    expect(nameOn('IE', '2030-02-01')).toBe("St Brigid's Day"); // a Friday
    expect(nameOn('IE', '2022-03-18')).toBe('Day of Remembrance and Recognition');
  });

  it('US: Juneteenth from 2021, observed on Friday 18 June that year', () => {
    expect(datesOf('US', 2020)).not.toContain('2020-06-19');
    expect(nameOn('US', '2021-06-18')).toBe('Juneteenth National Independence Day (observed)');
    expect(nameOn('US', '2021-06-19')).toBe('Juneteenth National Independence Day');
  });
});

describe('publicHolidays: moved, substitute and one-off days', () => {
  it('GB: the one-off bank holidays of 2020–2023', () => {
    expect(datesOf('GB', 2020)).toContain('2020-05-08');
    expect(datesOf('GB', 2020)).not.toContain('2020-05-04');
    expect(nameOn('GB', '2022-06-02')).toBe('Spring Bank Holiday');
    expect(nameOn('GB', '2022-06-03')).toBe('Platinum Jubilee');
    expect(datesOf('GB', 2022)).not.toContain('2022-05-30');
    expect(nameOn('GB', '2022-09-19')).toBe('State Funeral of Queen Elizabeth II');
    expect(nameOn('GB', '2023-05-08')).toBe('Coronation of King Charles III');
    expect(datesOf('GB', 2023)).toContain('2023-05-01');
  });

  it('GB: weekend Christmas and New Year give the next free weekdays', () => {
    // 2021: 25 Dec a Saturday, 26 Dec a Sunday; 2022: 25 Dec a Sunday, 26 Dec a Monday.
    expect(nameOn('GB', '2021-12-27')).toBe('Christmas Day (substitute day)');
    expect(nameOn('GB', '2021-12-28')).toBe('Boxing Day (substitute day)');
    expect(nameOn('GB', '2022-12-26')).toBe('Boxing Day');
    expect(nameOn('GB', '2022-12-27')).toBe('Christmas Day (substitute day)');
    expect(nameOn('GB', '2022-01-03')).toBe("New Year's Day (substitute day)");
    expect(datesOf('GB', 2022)).toHaveLength(12);
  });

  it('US: a Saturday holiday is observed on Friday, a Sunday one on Monday, across the year end', () => {
    expect(nameOn('US', '2021-12-31')).toBe("New Year's Day (observed)");
    expect(nameOn('US', '2021-12-24')).toBe('Christmas Day (observed)');
    expect(nameOn('US', '2022-01-01')).toBe("New Year's Day");
    expect(datesOf('US', 2022)).not.toContain('2021-12-31');
    expect(nameOn('US', '2022-12-26')).toBe('Christmas Day (observed)');
    expect(nameOn('US', '2023-01-02')).toBe("New Year's Day (observed)");
  });

  it('IE: weekend fixed-date holidays give the next weekday', () => {
    expect(nameOn('IE', '2022-01-03')).toBe("New Year's Day (substitute day)");
    expect(nameOn('IE', '2024-03-18')).toBe("St Patrick's Day (substitute day)");
    expect(nameOn('IE', '2021-12-28')).toBe("St Stephen's Day (substitute day)");
  });

  it('BG: weekend holidays move to the next working day, stepping over Easter', () => {
    // 2021: 1 May a Saturday, 2–3 May Orthodox Easter Sunday and Monday.
    expect(nameOn('BG', '2021-05-04')).toBe('Labour Day (substitute day)');
    // 2022: 24–25 Dec on the weekend, 26 Dec a Monday.
    expect(nameOn('BG', '2022-12-27')).toBe('Christmas Eve (substitute day)');
    expect(nameOn('BG', '2022-12-28')).toBe('Christmas Day (substitute day)');
    expect(nameOn('BG', '2023-05-08')).toBe("St George's Day (substitute day)");
  });

  it('GR: Labour Day leaves Holy Week for Easter Tuesday and a Sunday for Monday', () => {
    expect(nameOn('GR', '2021-05-04')).toBe('Labour Day');
    expect(datesOf('GR', 2021)).not.toContain('2021-05-01');
    expect(nameOn('GR', '2024-05-07')).toBe('Labour Day');
    expect(nameOn('GR', '2022-05-02')).toBe('Labour Day');
    expect(nameOn('GR', '2025-05-01')).toBe('Labour Day');
  });

  it('NL: King’s Day moves to Saturday when 27 April is a Sunday; Liberation Day every fifth year', () => {
    expect(nameOn('NL', '2025-04-26')).toBe("King's Day");
    expect(nameOn('NL', '2025-05-05')).toBe('Liberation Day');
    expect(datesOf('NL', 2026)).not.toContain('2026-05-05');
  });

  it('joins coinciding holidays into one entry', () => {
    // RO: Orthodox Whit Monday is 8 June in 2020 but 1 June, Children's Day, in 2026.
    expect(nameOn('RO', '2020-06-01')).toBe("Children's Day");
    expect(nameOn('RO', '2026-06-01')).toBe("Children's Day / Whit Monday");
    // BG 2024: Orthodox Easter on 5 May, so Easter Monday is St George's Day.
    expect(nameOn('BG', '2024-05-06')).toBe("St George's Day / Easter Monday");
  });
});

describe('publicHolidays: properties for every country, 2020–2035', () => {
  const countries = fc.constantFrom(...SUPPORTED_HOLIDAY_COUNTRIES);
  const years = fc.integer({ min: 2020, max: 2035 });

  it('lists dates in order, each once, all within the year', () => {
    for (const country of SUPPORTED_HOLIDAY_COUNTRIES) {
      for (let year = 2020; year <= 2035; year++) {
        const dates = datesOf(country, year);
        expect([...dates].sort(), `${country} ${year}`).toEqual(dates);
        expect(new Set(dates).size).toBe(dates.length);
        for (const date of dates) expect(date.slice(0, 4)).toBe(String(year));
      }
    }
  });

  it('has a plausible number of days off', () => {
    fc.assert(
      fc.property(countries, years, (country, year) => {
        const count = datesOf(country, year).length;
        expect(count).toBeGreaterThanOrEqual(7);
        expect(count).toBeLessThanOrEqual(20);
      }),
    );
  });

  // Names tied to Easter, by the Easter each country keeps.
  const WESTERN_OFFSETS: Record<string, number> = {
    'Good Friday': -2, 'Easter Sunday': 0, 'Easter Monday': 1, 'Ascension Day': 39,
    'Whit Sunday': 49, 'Pentecost Sunday': 49, 'Whit Monday': 50, 'Corpus Christi': 60,
  };
  const ORTHODOX_OFFSETS: Record<string, number> = {
    'Clean Monday': -48, 'Green Monday': -48, 'Good Friday': -2, 'Holy Saturday': -1,
    'Easter Sunday': 0, 'Easter Monday': 1, 'Easter Tuesday': 2, 'Whit Sunday': 49,
    'Whit Monday': 50, 'Whit Monday (Kataklysmos)': 50,
  };
  const ORTHODOX_COUNTRIES = new Set(['BG', 'CY', 'GR', 'RO']);

  it('moves Easter-linked days with Easter', () => {
    fc.assert(
      fc.property(countries, years, (country, year) => {
        const orthodox = ORTHODOX_COUNTRIES.has(country);
        const offsets = orthodox ? ORTHODOX_OFFSETS : WESTERN_OFFSETS;
        const easter = parseIsoDate(orthodox ? orthodoxEaster(year) : westernEaster(year));
        let linked = 0;
        for (const { date, name } of publicHolidays(country, year)) {
          for (const part of name.split(' / ')) {
            const offset = offsets[part];
            if (offset === undefined) continue;
            linked++;
            expect(parseIsoDate(date) - easter, `${country} ${date} ${part}`).toBe(offset);
          }
        }
        if (country !== 'US') expect(linked, `${country} ${year}`).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps substitute and observed days on weekdays next to a weekend holiday', () => {
    fc.assert(
      fc.property(countries, years, (country, year) => {
        for (const { date, name } of publicHolidays(country, year)) {
          if (!/\((substitute day|observed)\)$/.test(name)) continue;
          expect(isoWeekday(parseIsoDate(date)), `${country} ${date}`).toBeLessThan(5);
          const nearWeekend = [-3, -2, -1, 1].some((step) => isoWeekday(parseIsoDate(addDays(date, step))) >= 5);
          expect(nearWeekend, `${country} ${date}`).toBe(true);
        }
      }),
    );
  });

  it('agrees with isPublicHoliday on every day of the year', () => {
    fc.assert(
      fc.property(countries, years, fc.integer({ min: 0, max: 364 }), (country, year, dayOfYear) => {
        const date = addDays(`${year}-01-01`, dayOfYear);
        expect(isPublicHoliday(country, date)).toBe(datesOf(country, year).includes(date));
      }),
      { numRuns: 500 },
    );
  });
});

describe('publicHolidays: inputs', () => {
  it('accepts lower-case country codes', () => {
    expect(publicHolidays('pl', 2026)).toEqual(publicHolidays('PL', 2026));
    expect(isPublicHoliday('si', '2026-02-08')).toBe(true);
    expect(hasHolidayCalendar('gb')).toBe(true);
  });

  it('gives no holidays for a country without a calendar, so estimates still work', () => {
    expect(hasHolidayCalendar('JP')).toBe(false);
    expect(publicHolidays('JP', 2026)).toEqual([]);
    expect(isPublicHoliday('JP', '2026-01-01')).toBe(false);
    expect(hasHolidayCalendar('toString')).toBe(false);
    expect(publicHolidays('', 2026)).toEqual([]);
  });

  it('rejects years outside 1900–2200 and fractions', () => {
    for (const year of [1899, 2201, 2026.5, Number.NaN]) {
      expect(() => publicHolidays('PL', year), String(year)).toThrow(RangeError);
      expect(() => publicHolidays('JP', year), String(year)).toThrow(RangeError);
    }
    expect(publicHolidays('US', 2200).length).toBeGreaterThan(0);
    expect(publicHolidays('GR', 1900).length).toBeGreaterThan(0);
  });

  it('rejects malformed dates in isPublicHoliday', () => {
    for (const bad of ['2026-02-30', '2026-1-1', 'soon', '']) {
      expect(() => isPublicHoliday('PL', bad), bad).toThrow(RangeError);
    }
  });

  it('hands out copies: changing a result does not change the next one', () => {
    const first = publicHolidays('DE', 2026);
    first.pop();
    expect(publicHolidays('DE', 2026)).toHaveLength(9);
  });
});
