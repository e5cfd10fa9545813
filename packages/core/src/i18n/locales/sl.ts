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
  sizeGuide: {
    open: 'Tabela velikosti',
    measuredIn: ({ kind, unit }) => `${kind === 'clothing' ? 'Telesne mere' : 'Dolžina stopala'} (${unit})`,
    units: 'Enote',
    system: 'Sistem velikosti',
    size: (system) => `Velikost (${system})`,
    measurement: (name) =>
      ({
        height: 'Telesna višina', head: 'Obseg glave', neck: 'Obseg vratu', chest: 'Obseg prsi', bust: 'Obseg oprsja',
        underbust: 'Obseg pod oprsjem', waist: 'Obseg pasu', hips: 'Obseg bokov', thigh: 'Obseg stegna', inseam: 'Notranja dolžina noge',
        armLength: 'Dolžina roke', hand: 'Obseg dlani', footLength: 'Dolžina stopala', footWidth: 'Širina stopala',
      })[name],
    notes: 'Opombe o velikosti',
    howToMeasure: 'Kako se izmeriti',
    howTo: (name) =>
      ({
        height: 'Bosi se s hrbtom postavite ob steno, s petami skupaj in pogledom naravnost. Izmerite od tal do temena.',
        head: 'Izmerite obseg glave tik nad obrvmi in ušesi, kjer sedi kapa.',
        neck: 'Izmerite obseg ob dnu vratu, kjer sedi ovratnik. Pod trakom pustite prostor za en prst.',
        chest: 'Izmerite obseg na najširšem delu prsnega koša, pod pazduhami in čez lopatice, z vodoravnim trakom.',
        bust: 'Izmerite obseg na najpolnejšem delu oprsja, s trakom vodoravno čez hrbet. Nosite modrček brez podlog.',
        underbust: 'Izmerite obseg prsnega koša tik pod oprsjem, s tesnim in vodoravnim trakom.',
        waist: 'Izmerite obseg v naravnem pasu, na najožjem delu trupa, navadno tik nad popkom. Dihajte normalno.',
        hips: 'Stopala postavite skupaj in izmerite obseg na najširšem delu bokov in zadnjice.',
        thigh: 'Izmerite obseg stegna na najširšem delu, tik pod mednožjem.',
        inseam: 'Bosi izmerite od mednožja po notranji strani noge do tal.',
        armLength: 'Roko rahlo pokrčite in izmerite od ramena čez komolec do zapestne kosti.',
        hand: 'Izmerite obseg dlani čez členke, brez palca.',
        footLength: 'Stopite na list papirja s peto ob steni. Označite konec najdaljšega prsta in izmerite od stene do oznake. Zvečer izmerite obe stopali in upoštevajte daljše.',
        footWidth: 'Stoje izmerite stopalo na najširšem delu, pri sklepih palca in mezinca.',
      })[name],
    findSize: 'Poišči mojo velikost',
    findSizeHint: 'Vpišite eno ali več mer, izmerjenih na telesu, ne na oblačilu. Kar vpišete, ostane na tej strani.',
    feet: 'čevlji',
    inches: 'palci',
    notANumber: 'Vpišite število, npr. 98 ali 98,5.',
    outOfRange: ({ min, max }) => `Vpišite vrednost od ${min} do ${max}.`,
    nothingEntered: 'Vpišite vsaj eno mero.',
    fits: (size) => `Vaša velikost: ${size}`,
    between: ({ smaller, larger }) => `Ste med velikostma ${smaller} in ${larger}.`,
    spread: ({ smallest, largest }) => `Vaše mere segajo od velikosti ${smallest} do ${largest}.`,
    chartAdvice: ({ rule, size }) => `Pri tem kroju trgovina svetuje ${rule === 'larger' ? 'večjo' : 'manjšo'} velikost: ${size}.`,
    reviewsAdvice: ({ fit, size }) =>
      fit === 'true-to-size'
        ? `Kupci pravijo, da velikost ustreza številki; ${size} je bližja izbira.`
        : `Kupci pravijo, da je velikost ${FIT[fit]}, zato je ${size} varnejša izbira.`,
    noAdvice: 'Tabela ne odloči med njima: primerjajte obe vrstici ali nas vprašajte.',
    below: (size) => `V tej tabeli ni velikosti za vas: vaše mere so manjše od najmanjše velikosti, ${size}.`,
    above: (size) => `V tej tabeli ni velikosti za vas: vaše mere so večje od največje velikosti, ${size}.`,
    outside: 'V tej tabeli ni velikosti za vas: vaše mere so zunaj nje.',
    within: ({ name, value, size }) => `${name} ${value}: v območju velikosti ${size}`,
    withinBoth: ({ name, value, sizes, locale = LANGUAGE }) => `${name} ${value}: v območju velikosti ${formatList(locale, sizes)}`,
    inGap: ({ name, value, smaller, larger }) => `${name} ${value}: med ${smaller} in ${larger}`,
    belowSize: ({ name, value, size }) => `${name} ${value}: pod najmanjšo velikostjo, ${size}`,
    aboveSize: ({ name, value, size }) => `${name} ${value}: nad največjo velikostjo, ${size}`,
    // "od" takes the genitive: od 1 kupca, od 2 / 3 / 5 kupcev, od 101 kupca.
    fitShare: ({ fit, percent, answers, locale }) =>
      `${percent} od ${number(answers, locale)} ${plural(LANGUAGE, answers, { one: 'kupca', other: 'kupcev' })} pravi, da ${fit === 'true-to-size' ? 'velikost ustreza številki' : `je velikost ${FIT[fit]}`}`,
    choose: (size) => `Izberi ${size}`,
    standardSizes: ({ foot, allowance }) =>
      `Standardne velikosti za stopalo, dolgo ${foot}, ob predpostavki, da je čevelj ${allowance} daljši od stopala:`,
    scale: (scale) =>
      ({
        EU: 'EU', UK: 'UK', 'UK-child': 'UK otroške', 'US-men': 'US moške', 'US-women': 'US ženske', 'US-child': 'US otroške',
        Mondopoint: 'Mondopoint',
      })[scale],
    approx: 'pribl.',
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
