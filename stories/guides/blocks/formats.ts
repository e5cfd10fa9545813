/**
 * What each named string format of `candor.json` accepts, in a merchant's words, with an
 * example. The rules themselves live in `packages/core/src/validate/formats.ts`; a test
 * (tests/node/docs-reference.test.ts) fails when the schema uses a format this list lacks.
 */
export const FORMAT_HELP: Readonly<Record<string, { meaning: string; example: string }>> = {
  'country-code': { meaning: 'An ISO 3166-1 alpha-2 country code, in capitals.', example: 'PL' },
  'country-or-default': { meaning: 'A country code as above, or the word "default" for every other country.', example: 'default' },
  'currency-code': { meaning: 'An ISO 4217 code of a currency in use, in capitals.', example: 'EUR' },
  locale: { meaning: 'A BCP 47 language tag: a two- or three-letter language, optionally a region.', example: 'pl-PL' },
  'time-zone': { meaning: 'An IANA time zone name (not an offset such as +01:00).', example: 'Europe/Warsaw' },
  'hh-mm': { meaning: 'A 24-hour time, HH:MM, from 00:00 to 23:59.', example: '14:00' },
  'hh-mm-end': { meaning: 'A closing time, HH:MM from 00:00 to 24:00; 24:00 is the midnight that ends the day.', example: '24:00' },
  date: { meaning: 'A real calendar date, YYYY-MM-DD.', example: '2026-12-24' },
  'http-url': {
    meaning: 'A complete http or https link: no other scheme, no user name or password before "@", no spaces or invisible characters.',
    example: 'https://shop.example/returns',
  },
  'http-url-or-path': { meaning: 'A complete http or https link as above, or a path on your own site starting with "/".', example: '/reviews/page-1.json' },
  'page-path': { meaning: 'A path on your own site, starting with a single "/".', example: '/checkout' },
  email: { meaning: 'An e-mail address whose domain has a dot.', example: 'shop@kroki.example' },
  phone: { meaning: 'An international phone number: "+", the country code and the number (7 to 15 digits in all); single spaces or hyphens allowed.', example: '+48 12 345 67 89' },
  handle: { meaning: 'A user name alone, without the address around it: letters, digits, ".", "_" and "-".', example: 'krokiobuwie' },
  slug: { meaning: 'A short id: lower-case letters and digits joined by single hyphens.', example: 'running-shoes' },
};
