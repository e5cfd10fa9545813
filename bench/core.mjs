// Core timings: the median of repeated runs, after a warm-up so the JIT has settled.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const WARM_UP = 200;
const RUNS = 200;

/** Median milliseconds per call of `run`, or why the row is not measured. */
function median(run) {
  for (let i = 0; i < WARM_UP; i += 1) run();
  const samples = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[RUNS >> 1];
}

export async function timeCore() {
  const core = await import('../packages/core/dist/index.js');
  const configText = readFileSync('examples/configs/pl-shoes.candor.json', 'utf8');
  const config = JSON.parse(configText);
  // A fixed, uneven spread of whole-star ratings: the same work on every run.
  const ratings = Array.from({ length: 10_000 }, (_, i) => [5, 5, 4, 5, 3, 4, 5, 1, 2, 5][i % 10]);
  const validation = core.validateConfig(config);
  const rows = [
    { name: 'validateConfig(pl-shoes.candor.json)', ms: median(() => core.validateConfig(config)), note: validation.ok ? 'valid' : 'INVALID config: timing the error path' },
    { name: 'parseJson(pl-shoes.candor.json text)', ms: median(() => core.parseJson(configText)), note: `${configText.length} chars, with source positions` },
    { name: 'JSON.parse(same text), for scale', ms: median(() => JSON.parse(configText)), note: 'built in' },
    { name: 'summarizeRatings(10,000 ratings)', ms: median(() => core.summarizeRatings(ratings)) },
  ];
  const holidayCountries = core.SUPPORTED_HOLIDAY_COUNTRIES;
  // Each call a year the holiday cache (128 country-years) no longer holds: 300 years in turn.
  let year = 1900;
  const nextYear = () => (year = year >= 2199 ? 1900 : year + 1);
  rows.push({
    name: `publicHolidays(1 country, 1 year), uncached`,
    ms: median(() => core.publicHolidays('GR', nextYear())),
    note: 'Orthodox Easter, moved days',
  });
  rows.push({
    name: `publicHolidays(all ${holidayCountries.length} countries, 1 year), uncached`,
    ms: median(() => { const y = nextYear(); for (const country of holidayCountries) core.publicHolidays(country, y); }),
  });
  const delivery = config.delivery;
  const now = '2026-12-23T13:30:00Z';
  rows.push({
    name: 'estimateDelivery(pl-shoes, Christmas)',
    ms: median(() => core.estimateDelivery(delivery, { now, destination: 'PL' })),
    note: JSON.stringify(core.estimateDelivery(delivery, { now, destination: 'PL' })),
  });
  rows.push({
    name: 'deliveryDetails(pl-shoes → DE), every carrier',
    ms: median(() => core.deliveryDetails(delivery, { now, destination: 'DE' })),
  });
  // Contact: opening hours on the shop's clock (Intl-based wall-clock arithmetic, no tz data of our own).
  const contact = config.contact;
  const hours = contact.hours;
  const zone = config.shop.timeZone;
  const always = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [['00:00', '24:00']]]));
  for (const [name, hoursOf, at, note] of [
    ['openingStatus(pl-shoes), open on a Tuesday', hours, '2026-11-24T10:00:00Z'],
    ['openingStatus(pl-shoes), closed on a Saturday evening', hours, '2026-11-28T18:00:00Z', 'the next opening is on Monday'],
    ['openingStatus(24/7), no change within 14 days', always, '2026-11-24T10:00:00Z', 'the worst case: 18 days of ranges read'],
    ['openingStatus(pl-shoes), on the night clocks go back', hours, '2026-10-25T00:30:00Z'],
  ]) {
    rows.push({ name, ms: median(() => core.openingStatus(hoursOf, zone, at)), note: note ?? JSON.stringify(core.openingStatus(hoursOf, zone, at)) });
  }
  rows.push({
    name: 'openingDetails(pl-shoes, PL holidays) before Christmas',
    ms: median(() => core.openingDetails(hours, zone, '2026-12-23T17:00:00Z', { publicHolidaysOf: 'PL' })),
    note: `next opening ${core.openingDetails(hours, zone, '2026-12-23T17:00:00Z', { publicHolidaysOf: 'PL' }).nextOpening}`,
  });
  const english = (await core.loadMessages('en')).contact;
  rows.push({
    name: `one hub render's words: status and reply of all ${contact.channels.length} channels`,
    ms: median(() => {
      for (const channel of contact.channels) {
        const status = core.channelStatus(channel, contact, '2026-11-28T14:00:00Z', { timeZone: zone, publicHolidaysOf: 'PL' });
        core.channelStatusText(status, english, { locale: 'en', timeZone: zone, now: '2026-11-28T14:00:00Z', viewerTimeZone: 'Europe/London' });
      }
    }),
  });
  rows.push({ name: 'contactJsonLd(pl-shoes) with a year of PL holidays', ms: median(() => core.contactJsonLd(contact, { shop: config.shop, now: '2026-11-24T10:00:00Z' })) });
  // Reviews: 10,000 of one product, built by a seeded generator (mulberry32) so every run
  // times the same data: five languages, ratings skewed to 5 like real shops, some photos,
  // replies, fit answers and verified purchases.
  const reviews = (() => {
    let seed = 0x5eed;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = (list) => list[Math.floor(random() * list.length)];
    const TEXT = {
      pl: { authors: ['Anna Kowalska', 'Łukasz Wiśniewski', 'Zofia Nowak', 'Tomasz Wójcik'], titles: ['Wygodne od pierwszego dnia', 'Odkleiła się podeszwa', 'Dobra jakość za tę cenę', 'Za małe o pół rozmiaru'],
        sentences: ['Skóra jest miękka, szwy równe.', 'Po miesiącu noszenia podeszwa zaczęła się odklejać.', 'Kurier dostarczył paczkę następnego dnia.', 'Rozmiar 38 pasuje idealnie, polecam.', 'Żółty kolor na zdjęciu wygląda inaczej niż na żywo.'],
        replies: ['Dziękujemy za opinię! Cieszymy się, że buty się sprawdzają.', 'Bardzo przepraszamy — naprawimy buty na nasz koszt.'] },
      sl: { authors: ['Špela Čebašek', 'Žiga Kovač', 'Mojca Horvat'], titles: ['Zelo udobni čevlji', 'Dobra kakovost', 'Premajhni'],
        sentences: ['Čevlji so udobni že od prvega dne.', 'Dostava je bila hitra, paket je prišel v dveh dneh.', 'Usnje je mehko, šivi so lepi.', 'Naročite številko večjo.'],
        replies: ['Hvala za mnenje, veseli nas, da ste zadovoljni.'] },
      el: { authors: ['Μαρία Παπαδοπούλου', 'Γιώργος Ζαχαρίου', 'Ελένη Νικολάου'], titles: ['Πολύ άνετα παπούτσια', 'Καλή ποιότητα', 'Μικρό νούμερο'],
        sentences: ['Το δέρμα είναι μαλακό και οι ραφές προσεγμένες.', 'Η παράδοση έγινε σε δύο ημέρες.', 'Πάρτε ένα νούμερο μεγαλύτερο.', 'Τα φοράω όλη μέρα χωρίς πρόβλημα.'],
        replies: ['Ευχαριστούμε πολύ για την κριτική σας!'] },
      en: { authors: ['Emily Clarke', 'James O\'Brien', 'Sophie Turner'], titles: ['Comfortable from day one', 'Sole came loose', 'Runs small'],
        sentences: ['The leather is soft and the stitching neat.', 'Delivery took two days to Dublin.', 'Order half a size up.', 'I wear them all day without any trouble.'],
        replies: ['Thank you for your review, we are glad they fit well.'] },
      de: { authors: ['Jürgen Özdemir', 'Hans-Peter Müller', 'Anja Weiß'], titles: ['Sehr bequem', 'Sohle löst sich', 'Fällt klein aus'],
        sentences: ['Das Leder ist weich und die Nähte sind sauber.', 'Die Lieferung nach München dauerte drei Tage.', 'Eine halbe Größe größer bestellen.', 'Die Straße im Regen war kein Problem.'],
        replies: ['Vielen Dank für Ihre Bewertung!'] },
    };
    const LANGUAGES = ['pl', 'pl', 'pl', 'sl', 'el', 'en', 'de'];
    const RATINGS = [5, 5, 5, 5, 4, 4, 3, 2, 1, 1];
    return Array.from({ length: 10_000 }, (_, i) => {
      const locale = pick(LANGUAGES);
      const text = TEXT[locale];
      const day = 1 + Math.floor(random() * 900);
      const date = new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10);
      const review = {
        id: `r-${String(i).padStart(5, '0')}`, rating: pick(RATINGS), title: pick(text.titles),
        body: Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(text.sentences)).join(' '),
        author: pick(text.authors), date, locale, product: 'botki-lena', verified: random() < 0.8,
        source: random() < 0.7 ? 'invitation' : 'on-site', helpful: Math.floor(random() * random() * 40),
      };
      if (random() < 0.4) review.fit = pick(['runs-small', 'true-to-size', 'true-to-size', 'runs-large']);
      if (random() < 0.15) review.photos = [{ src: `https://shop.example/reviews/${i}.jpg`, alt: 'Boots worn outside', width: 1200, height: 900 }];
      if (random() < 0.3) review.reply = { body: pick(text.replies), author: 'Marta', role: 'Customer care', date };
      return review;
    });
  })();
  const total = (query) => `${core.queryReviews(reviews, query).total} of 10,000 match`;
  for (const [name, query] of [
    ['sort newest', { sort: 'newest' }],
    ['sort helpful', { sort: 'helpful' }],
    ['filter 1-star', { stars: [1] }],
    ['search a word ("podeszwa")', { search: 'podeszwa' }],
    ['search with diacritics ("ŻÓŁTY")', { search: 'ŻÓŁTY' }],
    ['page of 20 at offset 5,000', { offset: 5_000, limit: 20 }],
  ]) {
    rows.push({ name: `queryReviews(10,000 reviews), ${name}`, ms: median(() => core.queryReviews(reviews, query)), note: total(query) });
  }
  // queryReviews keeps each sorted order per array (the rows above); these are the one-time costs.
  rows.push({ name: 'sortReviews(10,000 reviews, helpful), uncached', ms: median(() => core.sortReviews(reviews, 'helpful')) });
  rows.push({
    name: 'prepareReviewSearch(10,000 reviews), uncached',
    ms: median(() => core.prepareReviewSearch(reviews.map((review) => ({ ...review })))),
    note: 'folds every text once; includes copying the reviews',
  });
  rows.push({ name: 'summarizeReviews(10,000 reviews)', ms: median(() => core.summarizeReviews(reviews)) });
  return { warmUp: WARM_UP, runs: RUNS, rows };
}
