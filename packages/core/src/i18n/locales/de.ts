import { formatNumber } from '../../format/number.js';
import type { Messages, ReplyDuration, TimeLeft } from '../messages.js';
import { plural } from '../plural.js';
import { formatList } from '../../format/list.js';

const LANGUAGE = 'de';
const number = (value: number, locale = LANGUAGE) => formatNumber(locale, value);
const ungrouped = (value: number, locale = LANGUAGE) => formatNumber(locale, value, { useGrouping: false });
const reviews = (count: number, locale?: string) =>
  `${number(count, locale)} ${plural(LANGUAGE, count, { one: 'Bewertung', other: 'Bewertungen' })}`;

// Under an hour the minutes are written out; with hours, short units as on a timetable.
const timeLeft = ({ hours, minutes }: TimeLeft, locale?: string) =>
  hours > 0
    ? [`${number(hours, locale)} Std.`, minutes > 0 ? `${number(minutes, locale)} Min.` : ''].filter(Boolean).join(' ')
    : `${number(minutes, locale)} ${plural(LANGUAGE, minutes, { one: 'Minute', other: 'Minuten' })}`;
const within = (left: TimeLeft, ships: string, locale?: string) =>
  `innerhalb von ${timeLeft(left, locale)}, dann versenden wir ${ships}`;

const stars = (count: number, locale?: string) => `${number(count, locale)} ${plural(LANGUAGE, count, { one: 'Stern', other: 'Sterne' })}`;
const FIT = { 'runs-small': 'fällt klein aus', 'true-to-size': 'fällt normal aus', 'runs-large': 'fällt groß aus' } as const;

// Contact. "Innerhalb von" takes the dative: 1 Minute / Stunde / Tag, 2 Minuten / Stunden / Tagen.
const CONTACT_UNITS = {
  minute: { one: 'Minute', other: 'Minuten' },
  hour: { one: 'Stunde', other: 'Stunden' },
  day: { one: 'Tag', other: 'Tagen' },
} as const;
const replyDuration = ({ unit, count }: ReplyDuration, locale?: string) => `${number(count, locale)} ${plural(LANGUAGE, count, CONTACT_UNITS[unit])}`;
const CONTACT_WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'] as const;
const CONTACT_CHANNELS = {
  chat: 'Live-Chat', phone: 'Telefon', email: 'E-Mail', whatsapp: 'WhatsApp', messenger: 'Messenger', viber: 'Viber',
  telegram: 'Telegram', instagram: 'Instagram', sms: 'SMS', form: 'Kontaktformular', store: 'Ladengeschäft',
} as const;

export default {
  common: {
    loading: 'Wird geladen …',
    loadError: 'Laden fehlgeschlagen. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    retry: 'Erneut versuchen',
    showMore: 'Mehr anzeigen',
    close: 'Schließen',
  },
  rating: {
    label: ({ value, max, count, locale }) =>
      count === undefined ? `Bewertet mit ${value} von ${max}` : `Bewertet mit ${value} von ${max}, ${reviews(count, locale)}`,
    count: reviews,
    noReviews: 'Noch keine Bewertungen',
  },
  sizeGuide: {
    open: 'Größentabelle',
    measuredIn: ({ kind, unit }) => `${kind === 'clothing' ? 'Körpermaße' : 'Fußlänge'} in ${unit}`,
    units: 'Einheiten',
    system: 'Größensystem',
    size: (system) => `Größe (${system})`,
    measurement: (name) =>
      ({
        height: 'Körpergröße', head: 'Kopfumfang', neck: 'Halsumfang', chest: 'Brustumfang', bust: 'Oberweite', underbust: 'Unterbrustweite',
        waist: 'Taillenumfang', hips: 'Hüftumfang', thigh: 'Oberschenkelumfang', inseam: 'Innenbeinlänge', armLength: 'Armlänge',
        hand: 'Handumfang', footLength: 'Fußlänge', footWidth: 'Fußbreite',
      })[name],
    notes: 'Hinweise zur Passform',
    howToMeasure: 'Richtig messen',
    howTo: (name) =>
      ({
        height: 'Stellen Sie sich barfuß mit dem Rücken an eine Wand, Fersen zusammen, Blick geradeaus. Messen Sie vom Boden bis zum Scheitel.',
        head: 'Messen Sie den Umfang knapp über Augenbrauen und Ohren, wo eine Mütze sitzt.',
        neck: 'Messen Sie den Umfang am Halsansatz, wo der Kragen sitzt. Lassen Sie einen Finger Platz unter dem Maßband.',
        chest: 'Messen Sie waagerecht um die breiteste Stelle der Brust, unter den Achseln und über die Schulterblätter.',
        bust: 'Messen Sie um die stärkste Stelle der Brust, das Maßband waagerecht über den Rücken. Tragen Sie einen BH ohne Polster.',
        underbust: 'Messen Sie direkt unter der Brust um den Brustkorb, das Maßband eng und waagerecht.',
        waist: 'Messen Sie um die natürliche Taille, die schmalste Stelle des Rumpfes, meist knapp über dem Bauchnabel. Atmen Sie normal.',
        hips: 'Stellen Sie die Füße zusammen und messen Sie um die stärkste Stelle von Hüfte und Gesäß.',
        thigh: 'Messen Sie um die stärkste Stelle eines Oberschenkels, knapp unterhalb des Schritts.',
        inseam: 'Messen Sie barfuß vom Schritt an der Innenseite des Beins bis zum Boden.',
        armLength: 'Winkeln Sie den Arm leicht an und messen Sie vom Schulterpunkt über den Ellbogen bis zum Handgelenkknochen.',
        hand: 'Messen Sie den Umfang der Hand über die Knöchel, ohne Daumen.',
        footLength: 'Stellen Sie sich auf ein Blatt Papier, die Ferse an der Wand. Markieren Sie die Spitze der längsten Zehe und messen Sie von der Wand bis zur Markierung. Messen Sie abends beide Füße und richten Sie sich nach dem längeren.',
        footWidth: 'Messen Sie im Stehen die breiteste Stelle des Fußes, über die Gelenke von großer und kleiner Zehe.',
      })[name],
    findSize: 'Meine Größe finden',
    findSizeHint: 'Geben Sie ein oder mehrere Maße ein, am Körper gemessen, nicht an einem Kleidungsstück. Ihre Angaben bleiben auf dieser Seite.',
    feet: 'Fuß',
    inches: 'Zoll',
    notANumber: 'Geben Sie eine Zahl ein, z. B. 98 oder 98,5.',
    outOfRange: ({ min, max }) => `Geben Sie einen Wert von ${min} bis ${max} ein.`,
    nothingEntered: 'Geben Sie mindestens ein Maß ein.',
    fits: (size) => `Ihre Größe: ${size}`,
    between: ({ smaller, larger }) => `Sie liegen zwischen ${smaller} und ${larger}.`,
    spread: ({ smallest, largest }) => `Ihre Maße reichen von Größe ${smallest} bis ${largest}.`,
    chartAdvice: ({ rule, size }) => `Bei diesem Schnitt empfiehlt der Shop die ${rule === 'larger' ? 'größere' : 'kleinere'} Größe: ${size}.`,
    reviewsAdvice: ({ fit, size }) =>
      fit === 'true-to-size'
        ? `Käufer sagen, der Artikel fällt normal aus; ${size} liegt näher.`
        : `Käufer sagen, der Artikel ${FIT[fit]}; ${size} ist daher die sicherere Wahl.`,
    noAdvice: 'Die Tabelle entscheidet nicht zwischen beiden: Vergleichen Sie beide Zeilen oder fragen Sie uns.',
    below: (size) => `Diese Tabelle hat keine Größe für Sie: Ihre Maße liegen unter der kleinsten Größe, ${size}.`,
    above: (size) => `Diese Tabelle hat keine Größe für Sie: Ihre Maße liegen über der größten Größe, ${size}.`,
    outside: 'Diese Tabelle hat keine Größe für Sie: Ihre Maße liegen außerhalb.',
    within: ({ name, value, size }) => `${name} ${value}: innerhalb von ${size}`,
    withinBoth: ({ name, value, sizes, locale = LANGUAGE }) => `${name} ${value}: innerhalb von ${formatList(locale, sizes)}`,
    inGap: ({ name, value, smaller, larger }) => `${name} ${value}: zwischen ${smaller} und ${larger}`,
    belowSize: ({ name, value, size }) => `${name} ${value}: unter der kleinsten Größe, ${size}`,
    aboveSize: ({ name, value, size }) => `${name} ${value}: über der größten Größe, ${size}`,
    // Dative plural after "von": von 48 Käufern; the verb agrees with the buyers.
    fitShare: ({ fit, percent, answers, locale }) =>
      `${percent} von ${number(answers, locale)} ${plural(LANGUAGE, answers, { one: 'Käufer sagt', other: 'Käufern sagen' })}, der Artikel ${FIT[fit]}`,
    choose: (size) => `${size} wählen`,
    standardSizes: ({ foot, allowance }) => `Standardgrößen für einen ${foot} langen Fuß, wenn der Schuh ${allowance} länger ist als der Fuß:`,
    scale: (scale) =>
      ({
        EU: 'EU', UK: 'UK', 'UK-child': 'UK Kinder', 'US-men': 'US Herren', 'US-women': 'US Damen', 'US-child': 'US Kinder',
        Mondopoint: 'Mondopoint',
      })[scale],
    approx: 'ca.',
  },
  delivery: {
    dispatchDay: ({ relative, date }) => (relative === 'today' ? 'heute' : relative === 'tomorrow' ? `morgen, ${date}` : `am ${date}`),
    countdown: ({ ships, locale, ...left }) => `Bestellen Sie ${within(left, ships, locale)}`,
    ships: ({ ships }) => `Versand ${ships}`,
    backorder: ({ restock, ships }) => `Wieder auf Lager ab ${restock} — Versand ${ships}`,
    madeToOrder: ({ ships, hours, minutes, locale }) =>
      hours === undefined || minutes === undefined
        ? `Auf Bestellung gefertigt: Versand ${ships}`
        : `Auf Bestellung gefertigt: bestellen Sie ${within({ hours, minutes }, ships, locale)}`,
    arrives: ({ dates, carrier }) => `Zustellung ${dates} mit ${carrier}`,
    onTime: ({ percent, orders, period, locale }) =>
      `${percent} von ${number(orders, locale)} ${plural(LANGUAGE, orders, { one: 'Bestellung', other: 'Bestellungen' })} vom ${period} kamen im angezeigten Zeitraum an`,
    carrier: 'Versanddienst',
    noDelivery: ({ country }) => `In dieses Land liefern wir nicht: ${country}`,
  },
  partners: {
    group: (group) => (group === 'payment' ? 'Zahlungsarten' : 'Versandarten'),
    details: (group) => (group === 'payment' ? 'Was diese Zahlungsarten bedeuten' : 'Was diese Versandarten bedeuten'),
    name: (id) => ({ 'bank-transfer': 'Banküberweisung', 'cash-on-delivery': 'Nachnahme' } as Partial<Record<string, string>>)[id],
    fee: ({ group, amount, percent }) => {
      const share = percent && `${percent} des Bestellwerts`;
      return `${group === 'payment' ? 'Gebühr' : 'Versand'}: ${[amount, share].filter(Boolean).join(' + ')}`;
    },
    free: (group) => (group === 'payment' ? 'Keine Zusatzgebühr' : 'Kostenloser Versand'),
    terms: (name) => `Bedingungen von ${name}`,
  },
  reviews: {
    row: ({ stars: star, count, percent, locale }) => `${stars(star, locale)}: ${reviews(count, locale)}, ${percent}`,
    fitSummary: ({ fit, count, answers, locale }) =>
      `Passform: ${FIT[fit]} (${number(count, locale)} von ${number(answers, locale)} Käufern)`,
    fitNote: (fit) => `Passform: ${FIT[fit]}`,
    verification: (level) =>
      ({
        'all-verified': 'Jede Bewertung stammt von einer Person, deren Bestellung wir bestätigt haben.',
        'some-verified': 'Bewertungen mit „Verifizierter Kauf“ stammen von Personen, deren Bestellung wir bestätigt haben; die übrigen konnten wir nicht prüfen.',
        'not-verified': 'Wir prüfen nicht, ob die Verfasser das Produkt gekauft haben.',
      })[level],
    allPublished: 'Wir veröffentlichen jede Bewertung, die unseren Regeln folgt, auch negative.',
    policy: 'Unsere Richtlinie für Bewertungen',
    noDisclosure: 'Der Shop hat nicht angegeben, wie er diese Bewertungen sammelt und prüft.',
    sortBy: 'Sortieren nach',
    sort: (sort) =>
      ({ newest: 'Neueste', oldest: 'Älteste', highest: 'Beste Bewertung', lowest: 'Schlechteste Bewertung', helpful: 'Hilfreichste' })[sort],
    verifiedOnly: 'Nur verifizierte Käufe',
    withPhotos: 'Mit Fotos',
    language: 'Sprache',
    allLanguages: 'Alle Sprachen',
    search: 'Bewertungen durchsuchen',
    showing: ({ shown, total, locale }) => `${number(shown, locale)} von ${reviews(total, locale)} angezeigt`,
    // Dative after "mit": mit 1 Stern, mit 2 Sternen.
    noStars: ({ stars: list, locale = LANGUAGE }) =>
      `Keine Bewertungen mit ${formatList(locale, list.map((star) => number(star, locale)), 'disjunction')} ${list.length === 1 && list[0] === 1 ? 'Stern' : 'Sternen'}`,
    noMatch: 'Keine passenden Bewertungen',
    verified: 'Verifizierter Kauf',
    source: (source) =>
      ({
        invitation: 'Nach dem Kauf eingeladen',
        'on-site': 'Auf unserer Website verfasst',
        imported: 'Von einer anderen Plattform importiert',
        syndicated: 'Von einem anderen Shop oder einer Marke',
      })[source],
    incentivised: (incentive) => (incentive ? `Für die Bewertung erhalten: ${incentive}` : 'Für die Bewertung gab es eine Gegenleistung'),
    helpful: ({ count, locale }) => `Hilfreich (${number(count, locale)})`,
    replyFrom: (shop) => (shop ? `Antwort von ${shop}` : 'Antwort des Shops'),
    translatedFrom: ({ language, by }) => `${by === 'human' ? 'Übersetzung' : 'Maschinelle Übersetzung'} aus: ${language}`,
    showOriginal: 'Original anzeigen',
    showTranslation: 'Übersetzung anzeigen',
  },
  contact: {
    channel: (type) => CONTACT_CHANNELS[type],
    action: ({ type, value = '' }) =>
      ({
        chat: 'Chat starten',
        phone: `Anrufen: ${value}`,
        sms: `SMS an ${value}`,
        email: `E-Mail an ${value}`,
        whatsapp: 'Auf WhatsApp schreiben',
        messenger: 'Auf Messenger schreiben',
        viber: 'Auf Viber schreiben',
        telegram: 'Auf Telegram schreiben',
        instagram: 'Auf Instagram schreiben',
        form: 'Zum Kontaktformular',
        store: 'Auf der Karte zeigen',
      })[type].trim(),
    day: ({ relative, weekday, date }) =>
      relative === 'today' ? 'heute' : relative === 'tomorrow' ? 'morgen' : `am ${relative === 'weekday' ? CONTACT_WEEKDAYS[weekday] : date}`,
    openNow: ({ until }) => (until ? `Jetzt geöffnet · bis ${until}` : 'Jetzt geöffnet'),
    closedNow: ({ day, time, holiday }) => `${holiday ? 'Heute Feiertag, geschlossen' : 'Jetzt geschlossen'}${day && time ? ` · öffnet ${day} um ${time}` : ''}`,
    replyWithin: ({ locale, ...reply }) => `Wir antworten meist innerhalb von ${replyDuration(reply, locale)}`,
    replyNow: 'Wir antworten sofort',
    replyAt: ({ day, time, from }) => `Antwort ${day} ${from ? 'ab' : 'bis'} ${time}`,
    replyAfterReopening: (reply) =>
      reply ? `Nach der Wiedereröffnung antworten wir meist innerhalb von ${replyDuration(reply, reply.locale)}` : 'Wir antworten, sobald wir wieder geöffnet haben',
    person: ({ name, role }) => (role ? `Sie sprechen mit ${name} (${role})` : `Sie sprechen mit ${name}`),
    languages: (list) => `Sprachen: ${list}`,
    copyNumber: 'Nummer kopieren',
    copied: 'Nummer kopiert',
    copyFailed: (phone) => `Kopieren fehlgeschlagen; die Nummer lautet ${phone}`,
    chatOpening: 'Chat wird geöffnet …',
    chatFailed: 'Der Chat ließ sich nicht öffnen. Versuchen Sie es erneut oder erreichen Sie uns auf anderem Weg.',
    launcher: 'Kontakt',
    channels: 'So erreichen Sie uns',
  },
  config: {
    problems: (count, locale?) =>
      `Diese Konfiguration hat ${number(count, locale)} ${plural(LANGUAGE, count, { one: 'Problem', other: 'Probleme' })}`,
    position: ({ line, column, locale }) => `Zeile ${ungrouped(line, locale)}, Spalte ${ungrouped(column, locale)}`,
  },
} satisfies Messages;
