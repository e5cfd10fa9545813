/**
 * The JSON Schema of `candor.json`: the single source of the merchant config's shape.
 * Types come from it (`types.ts`), the validator is compiled from it at build time
 * (`scripts/build-validator.mjs`), and it is published as `@candor/core/candor.schema.json`
 * so editors show these descriptions while merchants type.
 *
 * Draft-07, because both ajv and json-schema-to-ts handle it fully (tuples included).
 * Shared parts are TypeScript constants spread in place rather than `$ref`s, which keeps
 * `FromSchema` fast and the generated validator free of reference resolution.
 *
 * The `format`s are Candor's own, checked for real by `validate/formats.ts`:
 * country-code, country-or-default, currency-code, locale, time-zone, hh-mm, hh-mm-end,
 * date, http-url, http-url-or-path, page-path, email, phone, handle, slug.
 */
import {
  AUTHOR_NAME_STYLES, BETWEEN_SIZES, CHANNEL_PLACEMENTS, CHAT_PROVIDERS, COURIER_KINDS,
  COURIER_PARTNER_IDS, FIT_FEEDBACK, FOOT_MEASUREMENTS, LAUNCHER_SIDES, MEASUREMENTS, PAYMENT_KINDS,
  PAYMENT_PARTNER_IDS, REVIEW_SORTS, REVIEW_SOURCES, REVIEW_VERIFICATION, SIZE_AUDIENCES, SIZE_SYSTEMS,
  TRANSLATION_KINDS, WEEKDAYS,
} from './options.js';

// ───────────────────────────── building blocks ─────────────────────────────

const text = { type: 'string', minLength: 1 } as const;
const httpUrl = { type: 'string', format: 'http-url' } as const;
const date = { type: 'string', format: 'date' } as const;
const countryCode = { type: 'string', format: 'country-code' } as const;
const locale = { type: 'string', format: 'locale' } as const;
const timeZone = { type: 'string', format: 'time-zone' } as const;
const hhmm = { type: 'string', format: 'hh-mm' } as const;
const count = { type: 'integer', minimum: 0 } as const;

const weekdayList = {
  type: 'array',
  items: { type: 'string', enum: WEEKDAYS },
  uniqueItems: true,
} as const;

/** A `[min, max]` pair of non-negative numbers; min ≤ max is checked after the schema (validate/rules.ts). */
const range = <const T extends 'number' | 'integer'>(unit: string, type: T) =>
  ({
    type: 'array',
    items: [
      { type, minimum: 0, description: `Smallest value, in ${unit}.` },
      { type, minimum: 0, description: `Largest value, in ${unit}.` },
    ],
    minItems: 2,
    additionalItems: false,
  }) as const;

/** One value or a `[min, max]` range of a body or foot measurement. */
const measure = (unit: string, examples: readonly unknown[]) =>
  ({
    description: `A single value or a [min, max] range, in ${unit}.`,
    oneOf: [{ type: 'number', exclusiveMinimum: 0 }, range(unit, 'number')],
    examples,
  }) as const;

/** An image with its intrinsic size, so the page reserves its box before it loads (no layout shift). */
const image = (what: string) =>
  ({
    type: 'object',
    description: what,
    required: ['src', 'width', 'height'],
    additionalProperties: false,
    properties: {
      src: { ...httpUrl, description: 'Image address (http or https), on your own site or CDN.', examples: ['https://shop.example/img/logo.svg'] },
      width: { type: 'integer', minimum: 1, description: 'Intrinsic width in pixels.', examples: [120] },
      height: { type: 'integer', minimum: 1, description: 'Intrinsic height in pixels.', examples: [40] },
    },
  }) as const;

/** Open–close pairs of one day, in the shop's time zone. */
const dayRanges = {
  type: 'array',
  description:
    'Opening ranges as ["HH:MM", "HH:MM"] open–close pairs. A close at or before its open ends on the next day; "24:00" is the midnight that ends the day. An empty list means closed.',
  items: {
    type: 'array',
    items: [
      { ...hhmm, description: 'Opening time, 24-hour HH:MM.' },
      { type: 'string', format: 'hh-mm-end', description: 'Closing time, 24-hour HH:MM; "24:00" is midnight at the end of the day.' },
    ],
    minItems: 2,
    additionalItems: false,
  },
  examples: [[['09:00', '17:00']], [['08:00', '12:00'], ['13:00', '18:00']], [['22:00', '02:00']]],
} as const;

const weekHours = Object.fromEntries(WEEKDAYS.map((day) => [day, dayRanges])) as {
  [D in (typeof WEEKDAYS)[number]]: typeof dayRanges;
};

/** Weekly opening hours with dated exceptions, exactly as DESIGN.md defines them. */
const hours = {
  type: 'object',
  description:
    'Opening hours in the shop time zone (shop.timeZone): a list of open–close pairs per weekday; a missing weekday is closed. Exceptions replace the weekly hours of their date.',
  additionalProperties: false,
  properties: {
    ...weekHours,
    exceptions: {
      type: 'array',
      description: 'Dates whose hours differ from the week: holidays, special days. Each replaces that date\'s weekly ranges; an empty list means closed all day.',
      items: {
        type: 'object',
        required: ['date', 'ranges'],
        additionalProperties: false,
        properties: {
          date: { ...date, description: 'The date, YYYY-MM-DD, in the shop time zone.', examples: ['2026-12-24'] },
          ranges: dayRanges,
        },
      },
      examples: [[{ date: '2026-12-24', ranges: [['09:00', '13:00']] }, { date: '2026-12-25', ranges: [] }]],
    },
  },
  examples: [{ mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], sat: [['10:00', '14:00']] }],
} as const;

/** A named person who answers or signs: buyers trust people, not departments. */
const person = {
  type: 'object',
  description: 'The person buyers talk to.',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { ...text, description: 'First name, or the name the person signs with.', examples: ['Magda'] },
    role: { ...text, description: 'Their role.', examples: ['Customer care'] },
    photo: { ...httpUrl, description: 'Square photo (http or https), shown small.', examples: ['https://shop.example/team/magda.jpg'] },
  },
} as const;

// ─────────────────────────────────── shop ───────────────────────────────────

const shop = {
  type: 'object',
  description: 'Who the shop is: shown by every element and used as the default for locale, currency, country and time zone.',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { ...text, description: 'The shop\'s name as buyers know it, e.g. in "Response from …".', examples: ['Butik Kowalski'] },
    url: { ...httpUrl, description: 'The shop\'s home page (http or https).', examples: ['https://butik.example.pl'] },
    country: { ...countryCode, description: 'Where the shop is based: ISO 3166-1 alpha-2 code, upper case.', examples: ['PL', 'SI', 'GR'] },
    locale: { ...locale, description: 'The shop\'s main language as a BCP 47 tag; buyers\' own `lang` wins.', examples: ['pl-PL', 'sl-SI', 'el-GR'] },
    currency: { type: 'string', format: 'currency-code', description: 'Prices and fees are in this ISO 4217 currency.', examples: ['PLN', 'EUR'] },
    timeZone: { ...timeZone, description: 'IANA time zone of opening hours and dates.', examples: ['Europe/Warsaw', 'Europe/Ljubljana', 'Europe/Athens'] },
  },
} as const;

// ──────────────────────────────── size guide ────────────────────────────────

const sizeLabels = {
  type: 'object',
  description: 'This size\'s label in each size system the chart lists, as your shop writes it.',
  minProperties: 1,
  additionalProperties: false,
  properties: Object.fromEntries(
    SIZE_SYSTEMS.map((system) => [system, { ...text, description: `Label in the ${system} system.` }]),
  ) as { [S in (typeof SIZE_SYSTEMS)[number]]: typeof text & { description: string } },
  examples: [{ INT: 'M', EU: '48' }, { EU: '42', UK: '8', US: '9' }],
} as const;

const chartCommon = {
  id: { type: 'string', format: 'slug', description: 'A short id for the chart: lower-case letters, digits and hyphens.', examples: ['women-tops', 'running-shoes'] },
  name: { ...text, description: 'The chart\'s title as buyers see it.', examples: ['Women\'s tops', 'Running shoes'] },
  audience: { type: 'string', enum: SIZE_AUDIENCES, description: 'Who the chart is cut for.' },
  systems: {
    type: 'array',
    description: 'The size systems your labels use, in the order of the table\'s columns.',
    items: { type: 'string', enum: SIZE_SYSTEMS },
    minItems: 1,
    uniqueItems: true,
    examples: [['INT', 'EU'], ['EU', 'UK', 'US']],
  },
  products: {
    type: 'array',
    description: 'Product ids, SKUs or handles that use this chart. Empty or missing: use it where the page asks for it by id.',
    items: text,
    uniqueItems: true,
    examples: [['dress-linen-01', 'SKU-4411']],
  },
  notes: {
    type: 'array',
    description: 'Fit notes shown with the chart, in your words.',
    items: text,
    examples: [['Slim cut: if you are between sizes, take the larger one.']],
  },
  betweenSizes: {
    type: 'string',
    enum: BETWEEN_SIZES,
    description: 'What to recommend when a buyer is between two sizes. Without it, Candor says so and shows both.',
  },
} as const;

const clothingChart = {
  type: 'object',
  description: 'A clothing chart: body measurements in centimetres per size (EN 13402 / ISO 8559 terms).',
  required: ['id', 'name', 'kind', 'systems', 'sizes'],
  additionalProperties: false,
  properties: {
    ...chartCommon,
    kind: { const: 'clothing', description: 'Clothing: sizes by body measurement in cm.' },
    sizes: {
      type: 'array',
      description: 'The sizes from smallest to largest.',
      minItems: 1,
      items: {
        type: 'object',
        required: ['labels', 'measurements'],
        additionalProperties: false,
        properties: {
          labels: sizeLabels,
          measurements: {
            type: 'object',
            description: 'The body this size fits, in centimetres.',
            minProperties: 1,
            additionalProperties: false,
            properties: Object.fromEntries(
              MEASUREMENTS.map((name) => [name, measure('cm', [[96, 101], 172])]),
            ) as { [M in (typeof MEASUREMENTS)[number]]: ReturnType<typeof measure> },
          },
        },
      },
    },
    howToMeasure: {
      type: 'array',
      description: 'Which how-to-measure topics to show. Without it: the measurements the chart uses.',
      items: { type: 'string', enum: MEASUREMENTS },
      uniqueItems: true,
      examples: [['chest', 'waist', 'hips']],
    },
  },
} as const;

const shoeChart = {
  type: 'object',
  description: 'A shoe chart: foot length (and optionally width) in millimetres per size (ISO 9407 Mondopoint measures).',
  required: ['id', 'name', 'kind', 'systems', 'sizes'],
  additionalProperties: false,
  properties: {
    ...chartCommon,
    kind: { const: 'shoes', description: 'Shoes: sizes by foot length in mm.' },
    sizes: {
      type: 'array',
      description: 'The sizes from smallest to largest.',
      minItems: 1,
      items: {
        type: 'object',
        required: ['labels', 'footLength'],
        additionalProperties: false,
        properties: {
          labels: sizeLabels,
          footLength: measure('mm', [[255, 260], 258]),
          footWidth: measure('mm', [[95, 100]]),
        },
      },
    },
    toeAllowance: {
      type: 'number',
      minimum: 0,
      maximum: 40,
      description: 'How much longer than the foot your shoes are inside, in mm. Candor uses it to estimate standard EU, UK and US sizes from a foot length, and says so. Default 15.',
      default: 15,
      examples: [15, 12],
    },
    howToMeasure: {
      type: 'array',
      description: 'Which how-to-measure topics to show. Without it: foot length.',
      items: { type: 'string', enum: FOOT_MEASUREMENTS },
      uniqueItems: true,
      examples: [['footLength']],
    },
  },
} as const;

const sizeGuide = {
  type: 'object',
  description: 'Size charts in real body or foot measurements, with your own size labels.',
  required: ['charts'],
  additionalProperties: false,
  properties: {
    charts: {
      type: 'array',
      description: 'Named charts, one per garment or shoe type. The first is the default.',
      minItems: 1,
      items: { type: 'object', discriminator: { propertyName: 'kind' }, oneOf: [clothingChart, shoeChart] },
    },
  },
} as const;

// ───────────────────────────────── partners ─────────────────────────────────

const fee = {
  type: 'object',
  description: 'What the buyer pays extra for this option, shown plainly next to it.',
  additionalProperties: false,
  anyOf: [{ required: ['amount'] }, { required: ['percent'] }],
  properties: {
    amount: { type: 'number', minimum: 0, description: 'A fixed fee in `currency`.', examples: [5, 2.99] },
    percent: { type: 'number', minimum: 0, maximum: 100, description: 'A fee as a percentage of the order.', examples: [1.5] },
    currency: { type: 'string', format: 'currency-code', description: 'ISO 4217 currency of `amount`; default shop.currency.', examples: ['PLN'] },
  },
  examples: [{ amount: 5, currency: 'PLN' }],
} as const;

const partnerCommon = {
  name: { ...text, description: 'Name shown as the text badge; required for your own partners, overrides the known name otherwise.', examples: ['Bank Spółdzielczy'] },
  artwork: image('The partner\'s official artwork, hosted by you (SVG or PNG). Without it, a text badge. Card schemes require their official, unaltered marks.'),
  description: { ...text, description: 'What it means for the buyer, in a few words.', examples: ['Pay within 30 days', 'Parcel lockers open 24/7'] },
  fee,
  url: { ...httpUrl, description: 'Link to the partner\'s terms or information page (http or https).', examples: ['https://www.blik.com/en'] },
  destinations: {
    type: 'array',
    description: 'Buyer countries (ISO 3166-1 alpha-2) it applies to. Missing: everywhere.',
    items: countryCode,
    uniqueItems: true,
    examples: [['PL'], ['SI', 'HR', 'AT']],
  },
  products: {
    type: 'array',
    description: 'Product ids, SKUs or handles it applies to. Missing: all products.',
    items: text,
    uniqueItems: true,
  },
} as const;

const paymentPartner = {
  type: 'object',
  description: 'A payment method: a known id, or your own with a name.',
  additionalProperties: false,
  anyOf: [{ required: ['id'] }, { required: ['name'] }],
  properties: {
    id: { type: 'string', enum: PAYMENT_PARTNER_IDS, description: 'A payment method Candor knows (localized name and description included).', examples: ['blik', 'przelewy24', 'visa'] },
    kind: { type: 'string', enum: PAYMENT_KINDS, description: 'What kind of payment your own partner is.' },
    ...partnerCommon,
  },
  examples: [{ id: 'blik' }, { name: 'Raty Santander', kind: 'pay-later', description: 'Instalments from 300 PLN' }],
} as const;

const courierPartner = {
  type: 'object',
  description: 'A courier or delivery method: a known id, or your own with a name.',
  additionalProperties: false,
  anyOf: [{ required: ['id'] }, { required: ['name'] }],
  properties: {
    id: { type: 'string', enum: COURIER_PARTNER_IDS, description: 'A courier Candor knows (localized name and description included).', examples: ['inpost', 'dpd', 'boxnow'] },
    kind: { type: 'string', enum: COURIER_KINDS, description: 'How the parcel is handed over.' },
    ...partnerCommon,
  },
  examples: [{ id: 'inpost', description: 'Paczkomaty 24/7', fee: { amount: 12.99 } }],
} as const;

const partners = {
  type: 'object',
  description: 'Payment providers and couriers you work with, shown as badges.',
  additionalProperties: false,
  properties: {
    payment: { type: 'array', description: 'Payment methods, in the order shown.', items: paymentPartner },
    couriers: { type: 'array', description: 'Couriers and delivery methods, in the order shown.', items: courierPartner },
  },
} as const;

// ───────────────────────────────── delivery ─────────────────────────────────

const cutoffMap = {
  type: 'object',
  description: 'A cut-off per weekday; a weekday left out has no dispatch.',
  additionalProperties: false,
  minProperties: 1,
  properties: Object.fromEntries(WEEKDAYS.map((day) => [day, { ...hhmm, description: 'Cut-off, 24-hour HH:MM.' }])) as {
    [D in (typeof WEEKDAYS)[number]]: typeof hhmm & { description: string };
  },
} as const;

const stock = {
  description: 'The default stock situation of the products on the page; a product can override it. Missing: in stock.',
  type: 'object',
  discriminator: { propertyName: 'mode' },
  oneOf: [
    {
      type: 'object',
      required: ['mode'],
      additionalProperties: false,
      properties: { mode: { const: 'in-stock', description: 'In stock: ships on the next dispatch day.' } },
    },
    {
      type: 'object',
      required: ['mode', 'restockDate'],
      additionalProperties: false,
      properties: {
        mode: { const: 'backorder', description: 'Back-ordered: dispatch counts from the restock date.' },
        restockDate: { ...date, description: 'When the stock arrives, YYYY-MM-DD in the warehouse time zone.', examples: ['2026-12-03'] },
      },
    },
    {
      type: 'object',
      required: ['mode', 'leadDays'],
      additionalProperties: false,
      properties: {
        mode: { const: 'made-to-order', description: 'Made to order: dispatch after the lead time.' },
        leadDays: { type: 'integer', minimum: 1, maximum: 180, description: 'Dispatch days needed to make the item.', examples: [5] },
      },
    },
  ],
  examples: [{ mode: 'in-stock' }, { mode: 'backorder', restockDate: '2026-12-03' }, { mode: 'made-to-order', leadDays: 5 }],
} as const;

/** Transit in delivery days; two months is more than any parcel takes, and bounds the estimate's search. */
const transitRange = {
  type: 'array',
  items: [
    { type: 'integer', minimum: 0, maximum: 60, description: 'Fewest delivery days in transit.' },
    { type: 'integer', minimum: 0, maximum: 60, description: 'Most delivery days in transit.' },
  ],
  minItems: 2,
  additionalItems: false,
} as const;

const carrier = {
  type: 'object',
  description: 'A carrier the warehouse hands parcels to.',
  required: ['id', 'transit'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', format: 'slug', description: 'Your id for this carrier (lower-case letters, digits, hyphens); a known courier id shows its name and badge.', examples: ['inpost', 'dpd', 'gls-parcelshop'] },
    name: { ...text, description: 'The name buyers see.', examples: ['InPost Paczkomaty'] },
    deliveryDays: { ...weekdayList, minItems: 1, description: 'Weekdays the carrier delivers on. Default: Monday to Friday.', default: ['mon', 'tue', 'wed', 'thu', 'fri'], examples: [['mon', 'tue', 'wed', 'thu', 'fri', 'sat']] },
    transit: {
      type: 'object',
      description: 'Transit in delivery days as [min, max] per destination country (ISO 3166-1 alpha-2), and "default" for the rest. A destination with neither is not served.',
      propertyNames: { format: 'country-or-default' },
      additionalProperties: transitRange,
      examples: [{ PL: [1, 2], default: [3, 6] }],
    },
  },
} as const;

const delivery = {
  type: 'object',
  description: 'When orders ship and arrive: an honest range computed from the cut-off, handling, public holidays and carrier transit.',
  required: ['timeZone', 'country', 'cutoff', 'carriers'],
  additionalProperties: false,
  properties: {
    timeZone: { ...timeZone, description: 'IANA time zone of the warehouse; the cut-off is in it.', examples: ['Europe/Warsaw'] },
    country: { ...countryCode, description: 'Country of the warehouse (ISO 3166-1 alpha-2): its public holidays are not dispatch days.', examples: ['PL'] },
    workingDays: { ...weekdayList, minItems: 1, description: 'Weekdays the warehouse dispatches on. Default: Monday to Friday.', default: ['mon', 'tue', 'wed', 'thu', 'fri'], examples: [['mon', 'tue', 'wed', 'thu', 'fri']] },
    cutoff: {
      description: 'Orders placed before this time (24-hour HH:MM, warehouse time zone) ship that day; or a map from weekday to HH:MM.',
      oneOf: [{ ...hhmm }, cutoffMap],
      examples: ['14:00', { mon: '14:00', tue: '14:00', wed: '14:00', thu: '14:00', fri: '12:00' }],
    },
    handlingDays: { ...count, maximum: 30, description: 'Dispatch days between the order\'s start day and dispatch. 0: it ships on the start day.', default: 0, examples: [0, 1] },
    closures: {
      type: 'array',
      description: 'Dates the warehouse is closed besides public holidays (YYYY-MM-DD).',
      items: date,
      uniqueItems: true,
      examples: [['2026-12-24', '2026-12-31']],
    },
    carriers: { type: 'array', description: 'Carriers, in order of preference.', minItems: 1, items: carrier },
    stock,
    onTime: {
      type: 'object',
      description: 'A measured on-time rate, shown as "96% of orders from … to … arrived within the shown dates". Only publish what you measured.',
      required: ['percent', 'orders', 'from', 'to'],
      additionalProperties: false,
      properties: {
        percent: { type: 'number', minimum: 0, maximum: 100, description: 'Share of orders delivered by the latest promised date.', examples: [96] },
        orders: { type: 'integer', minimum: 1, description: 'How many orders were measured.', examples: [1240] },
        from: { ...date, description: 'First day of the measured period.', examples: ['2026-10-01'] },
        to: { ...date, description: 'Last day of the measured period.', examples: ['2026-10-31'] },
      },
    },
  },
} as const;

// ───────────────────────────────── reviews ──────────────────────────────────

const review = {
  type: 'object',
  description: 'One published review. Every published rating counts, negative ones included.',
  required: ['id', 'rating', 'author', 'date'],
  additionalProperties: false,
  properties: {
    id: { ...text, description: 'A unique id for the review.', examples: ['r-1042'] },
    rating: { type: 'integer', minimum: 1, maximum: 5, description: 'Stars, 1 to 5.', examples: [5, 2] },
    title: { ...text, description: 'The reviewer\'s headline.', examples: ['Wygodne od pierwszego dnia'] },
    body: { ...text, description: 'The review text, exactly as written (shown as text, never HTML).' },
    author: { ...text, description: 'The reviewer\'s name; shown as first name and initial unless display.authorNames says otherwise.', examples: ['Anna K.'] },
    date: { ...date, description: 'When the review was written, YYYY-MM-DD.', examples: ['2026-10-12'] },
    locale: { ...locale, description: 'Language the review was written in (BCP 47).', examples: ['pl', 'sl', 'el'] },
    product: { ...text, description: 'Product id, SKU or handle the review is about.', examples: ['SKU-4411'] },
    verified: { type: 'boolean', description: 'True when the reviewer\'s purchase was confirmed from your orders.', default: false },
    source: { type: 'string', enum: REVIEW_SOURCES, description: 'How the review reached you: invited after an order, written on the site, imported from another platform, or syndicated from another shop or brand.' },
    incentivised: { type: 'boolean', description: 'True when the reviewer got anything for writing it; the review is labelled.', default: false },
    incentive: { ...text, description: 'What was offered, e.g. "a 10% discount code"; shown with the label.', examples: ['a 10% discount code'] },
    fit: { type: 'string', enum: FIT_FEEDBACK, description: 'What the reviewer said about the fit.' },
    helpful: { ...count, description: 'How many buyers found it helpful.', examples: [3] },
    photos: {
      type: 'array',
      description: 'Photos the reviewer added.',
      items: {
        type: 'object',
        required: ['src', 'alt', 'width', 'height'],
        additionalProperties: false,
        properties: {
          src: { ...httpUrl, description: 'Photo address (http or https).' },
          alt: { type: 'string', description: 'What the photo shows, for people who cannot see it.' },
          width: { type: 'integer', minimum: 1, description: 'Intrinsic width in pixels.' },
          height: { type: 'integer', minimum: 1, description: 'Intrinsic height in pixels.' },
        },
      },
    },
    translations: {
      type: 'array',
      description: 'Translations of the review; buyers can always see the original.',
      items: {
        type: 'object',
        required: ['locale', 'body'],
        additionalProperties: false,
        properties: {
          locale: { ...locale, description: 'Language of the translation (BCP 47).', examples: ['en'] },
          title: { ...text, description: 'The translated headline.' },
          body: { ...text, description: 'The translated text.' },
          by: { type: 'string', enum: TRANSLATION_KINDS, description: 'Who translated it; buyers are told.', default: 'machine' },
        },
      },
    },
    reply: {
      type: 'object',
      description: 'Your public reply, shown under the review and signed by a person.',
      required: ['body', 'author', 'date'],
      additionalProperties: false,
      properties: {
        body: { ...text, description: 'The reply text.' },
        author: { ...text, description: 'Who signs it: a person\'s name.', examples: ['Marta'] },
        role: { ...text, description: 'Their role.', examples: ['Customer care'] },
        date: { ...date, description: 'When you replied, YYYY-MM-DD.', examples: ['2026-10-13'] },
      },
    },
  },
} as const;

const reviews = {
  type: 'object',
  description: 'Customer reviews with your replies, and how you collect and check them.',
  additionalProperties: false,
  properties: {
    items: { type: 'array', description: 'Reviews written into the config. Shown together with those from `source`.', items: review },
    source: {
      type: 'object',
      description: 'An address Candor loads reviews from, page by page (see the reviews paging protocol in the docs).',
      required: ['url'],
      additionalProperties: false,
      properties: {
        url: {
          type: 'string',
          format: 'http-url-or-path',
          description: 'Where the reviews are served: an http(s) address, or a path on your own site.',
          examples: ['/reviews/sku-4411.json', 'https://shop.example/api/reviews?product=sku-4411'],
        },
      },
    },
    disclosure: {
      type: 'object',
      description: 'How reviews are collected and checked, shown near the summary (EU UCPD art. 7(6), UK DMCC Act, US 16 CFR 465).',
      required: ['verification', 'text'],
      additionalProperties: false,
      properties: {
        verification: { type: 'string', enum: REVIEW_VERIFICATION, description: 'Whether reviewers\' purchases are confirmed: all of them, some (labelled "verified"), or not at all.' },
        text: { ...text, description: 'In your words: how you collect reviews and how you check them.', examples: ['We invite every buyer by e-mail after delivery and match each review to an order.'] },
        allPublished: { type: 'boolean', description: 'True when every review that follows the moderation rules is published, negative ones included.' },
        moderation: { ...text, description: 'What you remove and why (e.g. insults, personal data).', examples: ['We remove only insults and personal data; we never remove a review for its rating.'] },
        url: { ...httpUrl, description: 'Link to your full review policy (http or https).' },
      },
    },
    display: {
      type: 'object',
      description: 'How the list looks at first. Every rating always counts in the average and the histogram.',
      additionalProperties: false,
      properties: {
        pageSize: { type: 'integer', minimum: 1, maximum: 100, description: 'Reviews shown at first and per "load more".', default: 10, examples: [10] },
        sort: { type: 'string', enum: REVIEW_SORTS, description: 'Initial order; buyers can change it.', default: 'newest' },
        authorNames: { type: 'string', enum: AUTHOR_NAME_STYLES, description: 'Show reviewers as first name and initial (privacy, the default) or as written.', default: 'first-name-initial' },
      },
    },
  },
} as const;

// ───────────────────────────────── contact ──────────────────────────────────

const channelCommon = {
  label: { ...text, description: 'What the channel is called on the card; default a localized name of its type.', examples: ['Obsługa klienta'] },
  person: { ...person, description: 'Who answers on this channel.' },
  languages: {
    type: 'array',
    description: 'Languages spoken on this channel (BCP 47).',
    items: locale,
    uniqueItems: true,
    examples: [['pl', 'en']],
  },
  hours: { ...hours, description: `${hours.description} Missing: the contact section's hours, else always available.` },
  replyMinutes: { type: 'integer', minimum: 0, description: 'Typical time to a first reply during opening hours, in minutes. Say what you really achieve.', examples: [15, 120] },
  show: { type: 'string', enum: CHANNEL_PLACEMENTS, description: 'Where the channel appears: the inline hub, the floating launcher, or both.', default: 'both' },
} as const;

/** A channel whose `value` is checked as `value` says; `types` share the same kind of value. */
const channelProperties = <const Types extends readonly string[], const Value extends object>(types: Types, value: Value) =>
  ({
    type: { type: 'string', enum: types, description: 'The kind of channel.' },
    value,
    ...channelCommon,
  }) as const;

const phoneChannel = {
  type: 'object',
  description: 'A phone number: call, text, WhatsApp or Viber.',
  required: ['type', 'value'],
  additionalProperties: false,
  properties: channelProperties(['phone', 'sms', 'whatsapp', 'viber'], {
    type: 'string',
    format: 'phone',
    description: 'International number: + and the country code; spaces allowed.',
    examples: ['+48 22 123 45 67'],
  }),
} as const;

const emailChannel = {
  type: 'object',
  description: 'An e-mail address.',
  required: ['type', 'value'],
  additionalProperties: false,
  properties: channelProperties(['email'], {
    type: 'string',
    format: 'email',
    description: 'E-mail address.',
    examples: ['sklep@butik.example.pl'],
  }),
} as const;

const handleChannel = {
  type: 'object',
  description: 'A messenger account.',
  required: ['type', 'value'],
  additionalProperties: false,
  properties: channelProperties(['messenger', 'telegram', 'instagram'], {
    type: 'string',
    format: 'handle',
    description: 'The user name of the Messenger page, Telegram or Instagram account, without the address around it.',
    examples: ['butikkowalski'],
  }),
} as const;

const formChannel = {
  type: 'object',
  description: 'A contact form on your site.',
  required: ['type', 'value'],
  additionalProperties: false,
  properties: channelProperties(['form'], {
    ...httpUrl,
    description: 'Address of your contact form page (http or https).',
    examples: ['https://butik.example.pl/kontakt'],
  }),
} as const;

const storeChannel = {
  type: 'object',
  description: 'A shop or pickup point buyers can visit.',
  required: ['type', 'value'],
  additionalProperties: false,
  properties: {
    ...channelProperties(['store'], {
      ...text,
      description: 'The street address, as written on a letter.',
      examples: ['ul. Długa 5, 00-238 Warszawa'],
    }),
    mapUrl: { ...httpUrl, description: 'A map link for the address (http or https).', examples: ['https://www.openstreetmap.org/?mlat=52.25&mlon=21.01'] },
  },
} as const;

const chatChannel = {
  type: 'object',
  description: 'Live chat through your provider. Its script loads only when a buyer asks for chat, never on page load.',
  required: ['type', 'provider', 'script'],
  additionalProperties: false,
  properties: {
    type: { type: 'string', enum: ['chat'], description: 'The kind of channel.' },
    provider: { type: 'string', enum: CHAT_PROVIDERS, description: 'Your chat provider; "custom" hands over through the candor-chat-open event only.' },
    script: { ...httpUrl, description: 'The provider\'s script address (http or https), loaded on the buyer\'s request.', examples: ['https://code.tidio.co/abc123.js'] },
    ...channelCommon,
  },
} as const;

const contact = {
  type: 'object',
  description: 'Ways buyers can reach you, when, and who answers.',
  required: ['channels'],
  additionalProperties: false,
  properties: {
    channels: {
      type: 'array',
      description: 'Channels, in the order shown.',
      minItems: 1,
      items: {
        type: 'object',
        discriminator: { propertyName: 'type' },
        oneOf: [phoneChannel, emailChannel, handleChannel, formChannel, storeChannel, chatChannel],
      },
    },
    hours: { ...hours, description: `${hours.description} Used by channels without their own hours.` },
    closedOnPublicHolidays: { type: 'boolean', description: 'Treat the public holidays of shop.country as closed days.', default: false },
    launcher: {
      type: 'object',
      description: 'The floating contact button.',
      additionalProperties: false,
      properties: {
        side: { type: 'string', enum: LAUNCHER_SIDES, description: 'The screen side, following the text direction: "end" is right in left-to-right languages.', default: 'end' },
        offsetX: { type: 'integer', minimum: 0, maximum: 400, description: 'Distance from the side, in CSS pixels (safe-area insets are added).', default: 16 },
        offsetY: { type: 'integer', minimum: 0, maximum: 400, description: 'Distance from the bottom, in CSS pixels (safe-area insets are added).', default: 16 },
        hidePaths: {
          type: 'array',
          description: 'Page paths where the launcher is hidden; a path ending in "*" matches everything below it.',
          items: { type: 'string', format: 'page-path', description: 'A path starting with "/".' },
          examples: [['/cart', '/checkout*']],
        },
        hideSelectors: {
          type: 'array',
          description: 'CSS selectors: the launcher hides while any element on the page matches one, e.g. a checkout form or an open cart drawer.',
          items: { ...text, description: 'A CSS selector, as document.querySelector takes it.' },
          examples: [['form.checkout', '#cart-drawer[open]']],
        },
      },
    },
  },
} as const;

// ──────────────────────────────── the config ────────────────────────────────

export const candorSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Candor merchant config (candor.json)',
  description: 'Describes your shop to Candor\'s elements. Every section is optional; an element whose section is missing shows nothing.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', description: 'Where editors find this schema, for completion and checks.', examples: ['./node_modules/@candor/core/candor.schema.json'] },
    shop,
    sizeGuide,
    partners,
    delivery,
    reviews,
    contact,
  },
} as const;
