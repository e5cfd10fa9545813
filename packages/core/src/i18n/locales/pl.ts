import { formatNumber } from '../../format/number.js';
import type { Messages, ReplyDuration, TimeLeft } from '../messages.js';
import { plural } from '../plural.js';
import { formatList } from '../../format/list.js';

const LANGUAGE = 'pl';
const number = (value: number, locale = LANGUAGE) => formatNumber(locale, value);
const ungrouped = (value: number, locale = LANGUAGE) => formatNumber(locale, value, { useGrouping: false });
// one: 1; few: 2–4, 22–24…; many: 0, 5–21, 25…; other: fractions (genitive singular).
const reviews = (count: number, locale?: string) =>
  `${number(count, locale)} ${plural(LANGUAGE, count, { one: 'opinia', few: 'opinie', many: 'opinii', other: 'opinii' })}`;

// Under an hour the minutes are written out; with hours, short units as on a timetable. The
// verb agrees with the first number: została 1 minuta, zostały 2 minuty, zostało 5 minut.
const timeLeft = ({ hours, minutes }: TimeLeft, locale?: string) =>
  hours > 0
    ? [`${number(hours, locale)} godz.`, minutes > 0 ? `${number(minutes, locale)} min` : ''].filter(Boolean).join(' ')
    : `${number(minutes, locale)} ${plural(LANGUAGE, minutes, { one: 'minuta', few: 'minuty', many: 'minut', other: 'minuty' })}`;
const remain = ({ hours, minutes }: TimeLeft) =>
  plural(LANGUAGE, hours > 0 ? hours : minutes, { one: 'została', few: 'zostały', many: 'zostało', other: 'zostało' });
const remaining = (left: TimeLeft, ships: string, locale?: string) =>
  `${remain(left)} ${timeLeft(left, locale)}, by zamówić z wysyłką ${ships}`;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const stars = (count: number, locale?: string) =>
  `${number(count, locale)} ${plural(LANGUAGE, count, { one: 'gwiazdka', few: 'gwiazdki', many: 'gwiazdek', other: 'gwiazdki' })}`;
// "Rozmiarówka zaniżona" is how Polish shops say a size runs small.
const FIT = { 'runs-small': 'zaniżona', 'true-to-size': 'zgodna', 'runs-large': 'zawyżona' } as const;

// Contact. "W ciągu" takes the genitive: 1 minuty / godziny / dnia, 2 / 5 / 22 minut / godzin / dni.
const CONTACT_UNITS = {
  minute: { one: 'minuty', few: 'minut', many: 'minut', other: 'minuty' },
  hour: { one: 'godziny', few: 'godzin', many: 'godzin', other: 'godziny' },
  day: { one: 'dnia', few: 'dni', many: 'dni', other: 'dnia' },
} as const;
const replyDuration = ({ unit, count }: ReplyDuration, locale?: string) => `${number(count, locale)} ${plural(LANGUAGE, count, CONTACT_UNITS[unit])}`;
// "W" and the accusative: w poniedziałek, we wtorek, w środę…
const CONTACT_WEEKDAYS = ['w poniedziałek', 'we wtorek', 'w środę', 'w czwartek', 'w piątek', 'w sobotę', 'w niedzielę'] as const;
const CONTACT_CHANNELS = {
  chat: 'Czat na żywo', phone: 'Telefon', email: 'E-mail', whatsapp: 'WhatsApp', messenger: 'Messenger', viber: 'Viber',
  telegram: 'Telegram', instagram: 'Instagram', sms: 'SMS', form: 'Formularz kontaktowy', store: 'Sklep stacjonarny',
} as const;

export default {
  common: {
    loading: 'Ładowanie…',
    loadError: 'Nie udało się wczytać danych. Sprawdź połączenie z internetem i spróbuj ponownie.',
    retry: 'Spróbuj ponownie',
    showMore: 'Pokaż więcej',
    close: 'Zamknij',
  },
  rating: {
    label: ({ value, max, count, locale }) =>
      count === undefined ? `Ocena ${value} na ${max}` : `Ocena ${value} na ${max}, ${reviews(count, locale)}`,
    count: reviews,
    noReviews: 'Nie ma jeszcze opinii',
  },
  sizeGuide: {
    open: 'Tabela rozmiarów',
    measuredIn: ({ kind, unit }) => `${kind === 'clothing' ? 'Wymiary ciała' : 'Długość stopy'} (${unit})`,
    units: 'Jednostki',
    system: 'System rozmiarów',
    size: (system) => `Rozmiar (${system})`,
    measurement: (name) =>
      ({
        height: 'Wzrost', head: 'Obwód głowy', neck: 'Obwód szyi', chest: 'Obwód klatki piersiowej', bust: 'Obwód biustu',
        underbust: 'Obwód pod biustem', waist: 'Obwód talii', hips: 'Obwód bioder', thigh: 'Obwód uda', inseam: 'Wewnętrzna długość nogi',
        armLength: 'Długość ręki', hand: 'Obwód dłoni', footLength: 'Długość stopy', footWidth: 'Szerokość stopy',
      })[name],
    notes: 'Uwagi o rozmiarze',
    howToMeasure: 'Jak się zmierzyć',
    howTo: (name) =>
      ({
        height: 'Stań boso plecami do ściany, pięty razem, wzrok prosto przed siebie. Zmierz od podłogi do czubka głowy.',
        head: 'Zmierz obwód głowy tuż nad brwiami i uszami, tam gdzie leży czapka.',
        neck: 'Zmierz obwód u nasady szyi, tam gdzie leży kołnierzyk. Zostaw pod taśmą miejsce na jeden palec.',
        chest: 'Zmierz obwód w najszerszym miejscu klatki piersiowej, pod pachami i przez łopatki, trzymając taśmę poziomo.',
        bust: 'Zmierz obwód w najpełniejszym miejscu biustu, z taśmą poziomo na plecach. Załóż biustonosz bez usztywnień.',
        underbust: 'Zmierz obwód tułowia tuż pod biustem, z taśmą przylegającą i poziomą.',
        waist: 'Zmierz obwód w naturalnej talii, najwęższym miejscu tułowia, zwykle tuż nad pępkiem. Oddychaj normalnie.',
        hips: 'Stań ze złączonymi stopami i zmierz obwód w najszerszym miejscu bioder i pośladków.',
        thigh: 'Zmierz obwód uda w najszerszym miejscu, tuż poniżej krocza.',
        inseam: 'Boso zmierz od krocza wzdłuż wewnętrznej strony nogi do podłogi.',
        armLength: 'Lekko zegnij rękę i zmierz od szczytu ramienia przez łokieć do kostki nadgarstka.',
        hand: 'Zmierz obwód dłoni na wysokości kłykci, bez kciuka.',
        footLength: 'Stań na kartce papieru, piętą przy ścianie. Zaznacz koniec najdłuższego palca i zmierz od ściany do znaku. Zmierz obie stopy wieczorem i kieruj się dłuższą.',
        footWidth: 'Na stojąco zmierz stopę w najszerszym miejscu, na wysokości stawów dużego i małego palca.',
      })[name],
    findSize: 'Znajdź mój rozmiar',
    findSizeHint: 'Wpisz jeden wymiar lub więcej, zmierzony na ciele, nie na ubraniu. To, co wpiszesz, nie opuszcza tej strony.',
    feet: 'stopy',
    inches: 'cale',
    notANumber: 'Wpisz liczbę, np. 98 lub 98,5.',
    outOfRange: ({ min, max }) => `Wpisz wartość od ${min} do ${max}.`,
    nothingEntered: 'Wpisz przynajmniej jeden wymiar.',
    fits: (size) => `Twój rozmiar: ${size}`,
    between: ({ smaller, larger }) => `Jesteś pomiędzy rozmiarami ${smaller} i ${larger}.`,
    spread: ({ smallest, largest }) => `Twoje wymiary obejmują rozmiary od ${smallest} do ${largest}.`,
    chartAdvice: ({ rule, size }) => `Przy tym kroju sklep radzi wybrać ${rule === 'larger' ? 'większy' : 'mniejszy'} rozmiar: ${size}.`,
    reviewsAdvice: ({ fit, size }) =>
      fit === 'true-to-size'
        ? `Kupujący piszą, że rozmiarówka jest zgodna; bliższy będzie ${size}.`
        : `Kupujący piszą, że rozmiarówka jest ${FIT[fit]}, więc bezpieczniejszy będzie ${size}.`,
    noAdvice: 'Tabela nie rozstrzyga między nimi: porównaj oba wiersze albo zapytaj nas.',
    below: (size) => `Ta tabela nie ma rozmiaru dla Ciebie: Twoje wymiary są mniejsze niż najmniejszy rozmiar, ${size}.`,
    above: (size) => `Ta tabela nie ma rozmiaru dla Ciebie: Twoje wymiary są większe niż największy rozmiar, ${size}.`,
    outside: 'Ta tabela nie ma rozmiaru dla Ciebie: Twoje wymiary wykraczają poza nią.',
    within: ({ name, value, size }) => `${name} ${value}: w zakresie rozmiaru ${size}`,
    withinBoth: ({ name, value, sizes, locale = LANGUAGE }) => `${name} ${value}: w zakresie rozmiarów ${formatList(locale, sizes)}`,
    inGap: ({ name, value, smaller, larger }) => `${name} ${value}: pomiędzy ${smaller} a ${larger}`,
    belowSize: ({ name, value, size }) => `${name} ${value}: poniżej najmniejszego rozmiaru, ${size}`,
    aboveSize: ({ name, value, size }) => `${name} ${value}: powyżej największego rozmiaru, ${size}`,
    // "z" takes the genitive: z 1 kupującego, z 2 / 5 / 22 kupujących; the verb agrees with the share.
    fitShare: ({ fit, percent, answers, locale }) =>
      `${percent} z ${number(answers, locale)} ${plural(LANGUAGE, answers, { one: 'kupującego', other: 'kupujących' })} twierdzi, że rozmiarówka jest ${FIT[fit]}`,
    choose: (size) => `Wybierz ${size}`,
    standardSizes: ({ foot, allowance }) =>
      `Rozmiary standardowe dla stopy o długości ${foot}, przy założeniu, że but jest o ${allowance} dłuższy od stopy:`,
    scale: (scale) =>
      ({
        EU: 'EU', UK: 'UK', 'UK-child': 'UK dziecięce', 'US-men': 'US męskie', 'US-women': 'US damskie', 'US-child': 'US dziecięce',
        Mondopoint: 'Mondopoint',
      })[scale],
    approx: 'ok.',
  },
  delivery: {
    dispatchDay: ({ relative, date }) => (relative === 'today' ? 'dziś' : relative === 'tomorrow' ? `jutro, ${date}` : date),
    countdown: ({ ships, locale, ...left }) => capitalised(remaining(left, ships, locale)),
    ships: ({ ships }) => `Wysyłka ${ships}`,
    backorder: ({ restock, ships }) => `Ponownie w magazynie ${restock} — wysyłka ${ships}`,
    madeToOrder: ({ ships, hours, minutes, locale }) =>
      hours === undefined || minutes === undefined
        ? `Wykonanie na zamówienie: wysyłka ${ships}`
        : `Wykonanie na zamówienie: ${remaining({ hours, minutes }, ships, locale)}`,
    arrives: ({ dates, carrier }) => `Dostawa ${dates} (${carrier})`,
    // Genitive after "z": z 1 zamówienia, z 2 / 5 / 22 zamówień.
    onTime: ({ percent, orders, period, locale }) =>
      `${percent} z ${number(orders, locale)} ${plural(LANGUAGE, orders, { one: 'zamówienia', few: 'zamówień', many: 'zamówień', other: 'zamówienia' })} z okresu ${period} dotarło w podanym terminie`,
    carrier: 'Przewoźnik',
    noDelivery: ({ country }) => `Nie dostarczamy do tego kraju: ${country}`,
  },
  partners: {
    group: (group) => (group === 'payment' ? 'Metody płatności' : 'Formy dostawy'),
    details: (group) => (group === 'payment' ? 'Co oznaczają te metody płatności' : 'Co oznaczają te formy dostawy'),
    name: (id) => ({ 'bank-transfer': 'Przelew bankowy', 'cash-on-delivery': 'Płatność przy odbiorze' } as Partial<Record<string, string>>)[id],
    // "wartości zamówienia": genitive after a percentage.
    fee: ({ group, amount, percent }) => {
      const share = percent && `${percent} wartości zamówienia`;
      return `${group === 'payment' ? 'Opłata' : 'Dostawa'}: ${[amount, share].filter(Boolean).join(' + ')}`;
    },
    free: (group) => (group === 'payment' ? 'Bez dodatkowych opłat' : 'Darmowa dostawa'),
    // Brand names stay in the nominative here, as Polish shops write them: "Regulamin PayPo".
    terms: (name) => `Regulamin ${name}`,
  },
  reviews: {
    row: ({ stars: star, count, percent, locale }) => `${stars(star, locale)}: ${reviews(count, locale)}, ${percent}`,
    // Genitive plural after "z" for any count of 2 or more; a summary needs 3 answers.
    fitSummary: ({ fit, count, answers, locale }) =>
      `Rozmiarówka: ${FIT[fit]} (${number(count, locale)} z ${number(answers, locale)} kupujących)`,
    fitNote: (fit) => `Rozmiarówka: ${FIT[fit]}`,
    verification: (level) =>
      ({
        'all-verified': 'Każda opinia pochodzi od kupującego, którego zamówienie potwierdziliśmy.',
        'some-verified': 'Potwierdzone są tylko opinie oznaczone „Potwierdzony zakup”.',
        'not-verified': 'Nie sprawdzamy, czy autorzy opinii kupili produkt.',
      })[level],
    allPublished: 'Publikujemy każdą opinię zgodną z naszymi zasadami, także negatywne.',
    policy: 'Nasze zasady publikacji opinii',
    noDisclosure: 'Sklep nie podał, jak zbiera i sprawdza te opinie.',
    sortBy: 'Sortuj według',
    sort: (sort) =>
      ({ newest: 'Najnowsze', oldest: 'Najstarsze', highest: 'Najwyżej oceniane', lowest: 'Najniżej oceniane', helpful: 'Najbardziej pomocne' })[sort],
    verifiedOnly: 'Tylko potwierdzone zakupy',
    withPhotos: 'Ze zdjęciami',
    language: 'Język',
    allLanguages: 'Wszystkie języki',
    search: 'Szukaj w opiniach',
    // "z" takes the genitive, "opinii" in the singular and the plural alike.
    showing: ({ shown, total, locale }) => `Wyświetlono ${number(shown, locale)} z ${number(total, locale)} opinii`,
    noStars: ({ stars: list, locale = LANGUAGE }) => `Brak opinii z oceną ${formatList(locale, list.map((star) => number(star, locale)), 'disjunction')}`,
    noMatch: 'Żadna opinia nie pasuje',
    verified: 'Potwierdzony zakup',
    source: (source) =>
      ({
        invitation: 'Zaproszenie do opinii po zakupie',
        'on-site': 'Napisana w naszym sklepie',
        imported: 'Zaimportowana z innej platformy',
        syndicated: 'Z innego sklepu lub od marki',
      })[source],
    incentivised: (incentive) => (incentive ? `Za opinię przyznano: ${incentive}` : 'Za opinię przyznano nagrodę'),
    helpful: ({ count, locale }) => `Pomocna (${number(count, locale)})`,
    replyFrom: (shop) => (shop ? `Odpowiedź sklepu ${shop}` : 'Odpowiedź sklepu'),
    translatedFrom: ({ language, by }) => `${by === 'human' ? 'Przetłumaczono' : 'Tłumaczenie maszynowe'} z języka: ${language}`,
    showOriginal: 'Pokaż oryginał',
    showTranslation: 'Pokaż tłumaczenie',
  },
  contact: {
    channel: (type) => CONTACT_CHANNELS[type],
    action: ({ type, value = '' }) =>
      ({
        chat: 'Rozpocznij czat',
        phone: `Zadzwoń: ${value}`,
        sms: `Wyślij SMS: ${value}`,
        email: `Napisz: ${value}`,
        whatsapp: 'Napisz na WhatsAppie',
        messenger: 'Napisz na Messengerze',
        viber: 'Napisz na Viberze',
        telegram: 'Napisz na Telegramie',
        instagram: 'Napisz na Instagramie',
        form: 'Otwórz formularz',
        store: 'Pokaż na mapie',
      })[type].trim(),
    // Intl already gives the genitive month: "7 stycznia".
    day: ({ relative, weekday, date }) => (relative === 'today' ? 'dziś' : relative === 'tomorrow' ? 'jutro' : relative === 'weekday' ? CONTACT_WEEKDAYS[weekday]! : date),
    openNow: ({ until }) => (until ? `Otwarte · do ${until}` : 'Otwarte'),
    closedNow: ({ day, time, holiday }) => `${holiday ? 'Zamknięte (dzień świąteczny)' : 'Zamknięte'}${day && time ? ` · otwieramy ${day} o ${time}` : ''}`,
    replyWithin: ({ locale, ...reply }) => `Zwykle odpowiadamy w ciągu ${replyDuration(reply, locale)}`,
    replyNow: 'Odpowiadamy od razu',
    replyAt: ({ day, time, from }) => `Odpowiemy ${day} ${from ? 'od' : 'do'} ${time}`,
    replyAfterReopening: (reply) =>
      reply ? `Po ponownym otwarciu zwykle odpowiadamy w ciągu ${replyDuration(reply, reply.locale)}` : 'Odpowiemy po ponownym otwarciu',
    // The name stays in the nominative, whatever it is: "Odpowie Ci Magda".
    person: ({ name, role }) => (role ? `Odpowie Ci ${name} (${role})` : `Odpowie Ci ${name}`),
    languages: (list) => `Języki: ${list}`,
    copyNumber: 'Kopiuj numer',
    copied: 'Skopiowano numer',
    copyFailed: (phone) => `Nie udało się skopiować; numer to ${phone}`,
    chatOpening: 'Otwieranie czatu…',
    chatFailed: 'Nie udało się otworzyć czatu. Spróbuj ponownie albo skontaktuj się z nami inaczej.',
    launcher: 'Kontakt',
    channels: 'Jak się z nami skontaktować',
  },
  config: {
    problems: (count, locale?) =>
      `Ta konfiguracja ma ${number(count, locale)} ${plural(LANGUAGE, count, {
        one: 'problem',
        few: 'problemy',
        many: 'problemów',
        other: 'problemu',
      })}`,
    position: ({ line, column, locale }) => `wiersz ${ungrouped(line, locale)}, kolumna ${ungrouped(column, locale)}`,
  },
} satisfies Messages;
