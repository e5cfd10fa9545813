import { formatNumber } from '../../format/number.js';
import type { Messages, ReplyDuration, TimeLeft } from '../messages.js';
import { plural } from '../plural.js';
import { formatList } from '../../format/list.js';

const LANGUAGE = 'sl';
const number = (value: number, locale = LANGUAGE) => formatNumber(locale, value);
const ungrouped = (value: number, locale = LANGUAGE) => formatNumber(locale, value, { useGrouping: false });
// one: 1, 101…; two (the dual): 2, 102…; few: 3–4, 103–104… and fractions; other: 0, 5–100…
const reviews = (count: number, locale?: string) =>
  `${number(count, locale)} ${plural(LANGUAGE, count, { one: 'mnenje', two: 'mnenji', few: 'mnenja', other: 'mnenj' })}`;

// Under an hour the minutes are written out with the dual (2 minuti); with hours, short units.
const timeLeft = ({ hours, minutes }: TimeLeft, locale?: string) =>
  hours > 0
    ? [`${number(hours, locale)} h`, minutes > 0 ? `${number(minutes, locale)} min` : ''].filter(Boolean).join(' ')
    : `${number(minutes, locale)} ${plural(LANGUAGE, minutes, { one: 'minuta', two: 'minuti', few: 'minute', other: 'minut' })}`;
const forOrder = (left: TimeLeft, ships: string, locale?: string) => `${timeLeft(left, locale)} za naročilo z odpremo ${ships}`;

const stars = (count: number, locale?: string) =>
  `${number(count, locale)} ${plural(LANGUAGE, count, { one: 'zvezdica', two: 'zvezdici', few: 'zvezdice', other: 'zvezdic' })}`;
const FIT = { 'runs-small': 'manjša od običajne', 'true-to-size': 'ustreza številki', 'runs-large': 'večja od običajne' } as const;

// Contact. "V" takes the locative: v 1 minuti / uri / dnevu, v 2 / 3 / 5 minutah / urah / dneh.
const CONTACT_UNITS = {
  minute: { one: 'minuti', two: 'minutah', few: 'minutah', other: 'minutah' },
  hour: { one: 'uri', two: 'urah', few: 'urah', other: 'urah' },
  day: { one: 'dnevu', two: 'dneh', few: 'dneh', other: 'dneh' },
} as const;
const replyDuration = ({ unit, count }: ReplyDuration, locale?: string) => `${number(count, locale)} ${plural(LANGUAGE, count, CONTACT_UNITS[unit])}`;
// "V" and the accusative: v ponedeljek, v sredo, v soboto…
const CONTACT_WEEKDAYS = ['v ponedeljek', 'v torek', 'v sredo', 'v četrtek', 'v petek', 'v soboto', 'v nedeljo'] as const;
// Dates take the genitive month ("7. januarja"); Intl writes the nominative ("7. januar").
const CONTACT_MONTHS = ['januarja', 'februarja', 'marca', 'aprila', 'maja', 'junija', 'julija', 'avgusta', 'septembra', 'oktobra', 'novembra', 'decembra'] as const;
const CONTACT_CHANNELS = {
  chat: 'Klepet v živo', phone: 'Telefon', email: 'E-pošta', whatsapp: 'WhatsApp', messenger: 'Messenger', viber: 'Viber',
  telegram: 'Telegram', instagram: 'Instagram', sms: 'SMS', form: 'Spletni obrazec', store: 'Trgovina',
} as const;

export default {
  common: {
    loading: 'Nalaganje …',
    loadError: 'Nalaganje ni uspelo. Preverite internetno povezavo in poskusite znova.',
    retry: 'Poskusi znova',
    showMore: 'Prikaži več',
    close: 'Zapri',
  },
  rating: {
    label: ({ value, max, count, locale }) =>
      count === undefined ? `Ocena ${value} od ${max}` : `Ocena ${value} od ${max}, ${reviews(count, locale)}`,
    count: reviews,
    noReviews: 'Še ni mnenj',
  },
  delivery: {
    dispatchDay: ({ relative, date }) => (relative === 'today' ? 'danes' : relative === 'tomorrow' ? `jutri, ${date}` : date),
    countdown: ({ ships, locale, ...left }) => `Še ${forOrder(left, ships, locale)}`,
    ships: ({ ships }) => `Odprema ${ships}`,
    backorder: ({ restock, ships }) => `Ponovno na zalogi ${restock} — odprema ${ships}`,
    madeToOrder: ({ ships, hours, minutes, locale }) =>
      hours === undefined || minutes === undefined
        ? `Izdelava po naročilu: odprema ${ships}`
        : `Izdelava po naročilu: še ${forOrder({ hours, minutes }, ships, locale)}`,
    arrives: ({ dates, carrier }) => `Dostava ${dates} (${carrier})`,
    // Genitive after "od": od 1 naročila, od 2 / 3 / 5 naročil.
    onTime: ({ percent, orders, period, locale }) =>
      `${percent} od ${number(orders, locale)} ${plural(LANGUAGE, orders, { one: 'naročila', two: 'naročil', few: 'naročil', other: 'naročil' })} v obdobju ${period} je prispelo v navedenem roku`,
    carrier: 'Prevoznik',
    noDelivery: ({ country }) => `V to državo ne dostavljamo: ${country}`,
  },
  partners: {
    group: (group) => (group === 'payment' ? 'Načini plačila' : 'Načini dostave'),
    details: (group) => (group === 'payment' ? 'Kaj pomenijo ti načini plačila' : 'Kaj pomenijo ti načini dostave'),
    name: (id) => ({ 'bank-transfer': 'Bančno nakazilo', 'cash-on-delivery': 'Plačilo po povzetju' } as Partial<Record<string, string>>)[id],
    fee: ({ group, amount, percent }) => {
      const share = percent && `${percent} vrednosti naročila`;
      return `${group === 'payment' ? 'Doplačilo' : 'Dostava'}: ${[amount, share].filter(Boolean).join(' + ')}`;
    },
    free: (group) => (group === 'payment' ? 'Brez doplačila' : 'Brezplačna dostava'),
    terms: (name) => `${name}: pogoji uporabe`,
  },
  reviews: {
    row: ({ stars: star, count, percent, locale }) => `${stars(star, locale)}: ${reviews(count, locale)}, ${percent}`,
    // Genitive plural after "od" for 3 or more; a summary needs 3 answers.
    fitSummary: ({ fit, count, answers, locale }) =>
      `Velikost: ${FIT[fit]} (${number(count, locale)} od ${number(answers, locale)} kupcev)`,
    fitNote: (fit) => `Velikost: ${FIT[fit]}`,
    verification: (level) =>
      ({
        'all-verified': 'Vsako mnenje je od kupca, čigar naročilo smo potrdili.',
        'some-verified': 'Mnenja z oznako »Potrjen nakup« so od kupcev, katerih naročila smo potrdili; drugih nismo mogli preveriti.',
        'not-verified': 'Ne preverjamo, ali so avtorji mnenj izdelek kupili.',
      })[level],
    allPublished: 'Objavimo vsako mnenje, ki upošteva naša pravila, tudi negativna.',
    policy: 'Naša pravila za mnenja',
    noDisclosure: 'Trgovina ni navedla, kako zbira in preverja ta mnenja.',
    sortBy: 'Razvrsti po',
    sort: (sort) =>
      ({ newest: 'Najnovejša', oldest: 'Najstarejša', highest: 'Najboljša ocena', lowest: 'Najslabša ocena', helpful: 'Najbolj koristna' })[sort],
    verifiedOnly: 'Samo potrjeni nakupi',
    withPhotos: 'S fotografijami',
    language: 'Jezik',
    allLanguages: 'Vsi jeziki',
    search: 'Iskanje po mnenjih',
    // Genitive after "od": od 1 mnenja, od 2 / 3 / 5 mnenj.
    showing: ({ shown, total, locale }) =>
      `Prikazano ${number(shown, locale)} od ${number(total, locale)} ${plural(LANGUAGE, total, { one: 'mnenja', other: 'mnenj' })}`,
    noStars: ({ stars: list, locale = LANGUAGE }) => `Ni mnenj z oceno ${formatList(locale, list.map((star) => number(star, locale)), 'disjunction')}`,
    noMatch: 'Nobeno mnenje ne ustreza',
    verified: 'Potrjen nakup',
    source: (source) =>
      ({
        invitation: 'Povabilo po nakupu',
        'on-site': 'Napisano na naši strani',
        imported: 'Uvoženo z druge platforme',
        syndicated: 'Iz druge trgovine ali od blagovne znamke',
      })[source],
    incentivised: (incentive) => (incentive ? `Nagrada za mnenje: ${incentive}` : 'Mnenje je bilo nagrajeno'),
    helpful: ({ count, locale }) => `Koristno (${number(count, locale)})`,
    replyFrom: (shop) => (shop ? `Odgovor trgovine ${shop}` : 'Odgovor trgovine'),
    translatedFrom: ({ language, by }) => `${by === 'human' ? 'Prevedeno' : 'Strojni prevod'} iz jezika: ${language}`,
    showOriginal: 'Pokaži izvirnik',
    showTranslation: 'Pokaži prevod',
  },
  contact: {
    channel: (type) => CONTACT_CHANNELS[type],
    action: ({ type, value = '' }) =>
      ({
        chat: 'Začnite klepet',
        phone: `Pokličite ${value}`,
        sms: `Pošljite SMS na ${value}`,
        email: `Pišite na ${value}`,
        whatsapp: 'Pišite nam na WhatsApp',
        messenger: 'Pišite nam na Messenger',
        viber: 'Pišite nam na Viber',
        telegram: 'Pišite nam na Telegram',
        instagram: 'Pišite nam na Instagram',
        form: 'Odprite obrazec',
        store: 'Pokaži na zemljevidu',
      })[type].trim(),
    day: ({ relative, weekday, dayOfMonth, month, locale }) =>
      relative === 'today' ? 'danes' : relative === 'tomorrow' ? 'jutri' : relative === 'weekday' ? CONTACT_WEEKDAYS[weekday]! : `${number(dayOfMonth, locale)}. ${CONTACT_MONTHS[month - 1]}`,
    openNow: ({ until }) => (until ? `Odprto · do ${until}` : 'Odprto'),
    closedNow: ({ day, time, holiday }) => `${holiday ? 'Zaprto zaradi praznika' : 'Zaprto'}${day && time ? ` · odpremo ${day} ob ${time}` : ''}`,
    replyWithin: ({ locale, ...reply }) => `Običajno odgovorimo v ${replyDuration(reply, locale)}`,
    replyNow: 'Odgovorimo takoj',
    replyAt: ({ day, time, from }) => `Odgovorimo ${day} ${from ? 'od' : 'do'} ${time}`,
    replyAfterReopening: (reply) =>
      reply ? `Ko spet odpremo, običajno odgovorimo v ${replyDuration(reply, reply.locale)}` : 'Odgovorimo, ko spet odpremo',
    // The present tense keeps the sentence the same for every name: "Odgovarja vam Rok".
    person: ({ name, role }) => (role ? `Odgovarja vam ${name} (${role})` : `Odgovarja vam ${name}`),
    languages: (list) => `Jeziki: ${list}`,
    copyNumber: 'Kopiraj številko',
    copied: 'Številka je kopirana',
    copyFailed: (phone) => `Kopiranje ni uspelo; številka je ${phone}`,
    chatOpening: 'Odpiranje klepeta …',
    chatFailed: 'Klepeta ni bilo mogoče odpreti. Poskusite znova ali se obrnite na nas drugače.',
    launcher: 'Kontakt',
    channels: 'Kako do nas',
  },
  config: {
    problems: (count, locale?) =>
      `Ta konfiguracija ima ${number(count, locale)} ${plural(LANGUAGE, count, {
        one: 'težavo',
        two: 'težavi',
        few: 'težave',
        other: 'težav',
      })}`,
    position: ({ line, column, locale }) => `vrstica ${ungrouped(line, locale)}, stolpec ${ungrouped(column, locale)}`,
  },
} satisfies Messages;
