import { formatNumber } from '../../format/number.js';
import type { Messages, ReplyDuration, TimeLeft } from '../messages.js';
import { plural } from '../plural.js';
import { formatList } from '../../format/list.js';

const LANGUAGE = 'el';
const number = (value: number, locale = LANGUAGE) => formatNumber(locale, value);
const ungrouped = (value: number, locale = LANGUAGE) => formatNumber(locale, value, { useGrouping: false });
const reviews = (count: number, locale?: string) =>
  `${number(count, locale)} ${plural(LANGUAGE, count, { one: 'κριτική', other: 'κριτικές' })}`;

// Under an hour the minutes are written out; with hours, short units as on a timetable.
const timeLeft = ({ hours, minutes }: TimeLeft, locale?: string) =>
  hours > 0
    ? [`${number(hours, locale)} ώρ.`, minutes > 0 ? `${number(minutes, locale)} λεπ.` : ''].filter(Boolean).join(' ')
    : `${number(minutes, locale)} ${plural(LANGUAGE, minutes, { one: 'λεπτό', other: 'λεπτά' })}`;
const within = (left: TimeLeft, ships: string, locale?: string) => `μέσα σε ${timeLeft(left, locale)} και αποστέλλεται ${ships}`;

const stars = (count: number, locale?: string) => `${number(count, locale)} ${plural(LANGUAGE, count, { one: 'αστέρι', other: 'αστέρια' })}`;
const FIT = { 'runs-small': 'βγαίνει μικρό', 'true-to-size': 'κανονικό νούμερο', 'runs-large': 'βγαίνει μεγάλο' } as const;

// Contact. "Μέσα σε" takes the accusative: 1 λεπτό / ώρα / ημέρα, 2 λεπτά / ώρες / ημέρες.
const CONTACT_UNITS = {
  minute: { one: 'λεπτό', other: 'λεπτά' },
  hour: { one: 'ώρα', other: 'ώρες' },
  day: { one: 'ημέρα', other: 'ημέρες' },
} as const;
const replyDuration = ({ unit, count }: ReplyDuration, locale?: string) => `${number(count, locale)} ${plural(LANGUAGE, count, CONTACT_UNITS[unit])}`;
// The accusative with its article: τη Δευτέρα, το Σάββατο…
const CONTACT_WEEKDAYS = ['τη Δευτέρα', 'την Τρίτη', 'την Τετάρτη', 'την Πέμπτη', 'την Παρασκευή', 'το Σάββατο', 'την Κυριακή'] as const;
const CONTACT_CHANNELS = {
  chat: 'Ζωντανή συνομιλία', phone: 'Τηλέφωνο', email: 'Email', whatsapp: 'WhatsApp', messenger: 'Messenger', viber: 'Viber',
  telegram: 'Telegram', instagram: 'Instagram', sms: 'SMS', form: 'Φόρμα επικοινωνίας', store: 'Κατάστημα',
} as const;

export default {
  common: {
    loading: 'Φόρτωση…',
    loadError: 'Η φόρτωση απέτυχε. Ελέγξτε τη σύνδεση και δοκιμάστε ξανά.',
    retry: 'Δοκιμάστε ξανά',
    showMore: 'Εμφάνιση περισσότερων',
    close: 'Κλείσιμο',
  },
  rating: {
    label: ({ value, max, count, locale }) =>
      count === undefined ? `Βαθμολογία ${value} από ${max}` : `Βαθμολογία ${value} από ${max}, ${reviews(count, locale)}`,
    count: reviews,
    noReviews: 'Δεν υπάρχουν ακόμη κριτικές',
  },
  sizeGuide: {
    open: 'Οδηγός μεγεθών',
    measuredIn: ({ kind, unit }) => `${kind === 'clothing' ? 'Μετρήσεις σώματος' : 'Μήκος πέλματος'} (${unit})`,
    units: 'Μονάδες',
    system: 'Σύστημα μεγεθών',
    size: (system) => `Μέγεθος (${system})`,
    measurement: (name) =>
      ({
        height: 'Ύψος', head: 'Περιφέρεια κεφαλιού', neck: 'Περιφέρεια λαιμού', chest: 'Περιφέρεια στήθους', bust: 'Περιφέρεια μπούστου',
        underbust: 'Περιφέρεια κάτω από το στήθος', waist: 'Περιφέρεια μέσης', hips: 'Περιφέρεια γοφών', thigh: 'Περιφέρεια μηρού',
        inseam: 'Εσωτερικό μήκος ποδιού', armLength: 'Μήκος χεριού', hand: 'Περιφέρεια παλάμης', footLength: 'Μήκος πέλματος',
        footWidth: 'Πλάτος πέλματος',
      })[name],
    notes: 'Σημειώσεις για την εφαρμογή',
    howToMeasure: 'Πώς να μετρηθείτε',
    howTo: (name) =>
      ({
        height: 'Σταθείτε ξυπόλυτοι με την πλάτη στον τοίχο, φτέρνες ενωμένες, βλέμμα ευθεία. Μετρήστε από το πάτωμα ως την κορυφή του κεφαλιού.',
        head: 'Μετρήστε γύρω από το κεφάλι ακριβώς πάνω από τα φρύδια και τα αυτιά, εκεί που κάθεται ένα καπέλο.',
        neck: 'Μετρήστε γύρω από τη βάση του λαιμού, εκεί που κάθεται ο γιακάς. Αφήστε χώρο για ένα δάχτυλο κάτω από τη μεζούρα.',
        chest: 'Μετρήστε γύρω από το φαρδύτερο σημείο του στήθους, κάτω από τις μασχάλες και πάνω από τις ωμοπλάτες, με τη μεζούρα οριζόντια.',
        bust: 'Μετρήστε γύρω από το πιο γεμάτο σημείο του μπούστου, με τη μεζούρα οριζόντια στην πλάτη. Φορέστε σουτιέν χωρίς ενίσχυση.',
        underbust: 'Μετρήστε γύρω από τον θώρακα ακριβώς κάτω από το στήθος, με τη μεζούρα εφαρμοστή και οριζόντια.',
        waist: 'Μετρήστε γύρω από τη φυσική μέση, το στενότερο σημείο του κορμού, συνήθως λίγο πάνω από τον αφαλό. Αναπνέετε κανονικά.',
        hips: 'Με τα πόδια ενωμένα, μετρήστε γύρω από το φαρδύτερο σημείο των γοφών και των γλουτών.',
        thigh: 'Μετρήστε γύρω από το φαρδύτερο σημείο του μηρού, λίγο κάτω από τον καβάλο.',
        inseam: 'Ξυπόλυτοι, μετρήστε από τον καβάλο κατά μήκος της εσωτερικής πλευράς του ποδιού ως το πάτωμα.',
        armLength: 'Με το χέρι ελαφρά λυγισμένο, μετρήστε από την άκρη του ώμου, πάνω από τον αγκώνα, ως το κόκαλο του καρπού.',
        hand: 'Μετρήστε γύρω από την παλάμη στο ύψος των αρθρώσεων των δαχτύλων, χωρίς τον αντίχειρα.',
        footLength: 'Πατήστε σε ένα φύλλο χαρτί με τη φτέρνα στον τοίχο. Σημειώστε την άκρη του μεγαλύτερου δαχτύλου και μετρήστε από τον τοίχο ως το σημάδι. Μετρήστε και τα δύο πόδια το βράδυ και κρατήστε το μεγαλύτερο.',
        footWidth: 'Όρθιοι, μετρήστε το πέλμα στο φαρδύτερο σημείο του, στις αρθρώσεις του μεγάλου και του μικρού δαχτύλου.',
      })[name],
    findSize: 'Βρείτε το μέγεθός σας',
    findSizeHint: 'Συμπληρώστε μία ή περισσότερες μετρήσεις, από το σώμα σας και όχι από κάποιο ρούχο. Ό,τι γράψετε μένει σε αυτή τη σελίδα.',
    feet: 'πόδια',
    inches: 'ίντσες',
    notANumber: 'Γράψτε έναν αριθμό, π.χ. 98 ή 98,5.',
    outOfRange: ({ min, max }) => `Γράψτε μια τιμή από ${min} έως ${max}.`,
    nothingEntered: 'Συμπληρώστε τουλάχιστον μία μέτρηση.',
    fits: (size) => `Το μέγεθός σας: ${size}`,
    between: ({ smaller, larger }) => `Βρίσκεστε ανάμεσα στα μεγέθη ${smaller} και ${larger}.`,
    spread: ({ smallest, largest }) => `Οι μετρήσεις σας καλύπτουν τα μεγέθη από ${smallest} έως ${largest}.`,
    chartAdvice: ({ rule, size }) => `Για αυτή τη γραμμή το κατάστημα προτείνει το ${rule === 'larger' ? 'μεγαλύτερο' : 'μικρότερο'} μέγεθος: ${size}.`,
    reviewsAdvice: ({ fit, size }) =>
      fit === 'true-to-size'
        ? `Οι αγοραστές λένε ότι είναι κανονικό νούμερο· το ${size} είναι η πιο κοντινή επιλογή.`
        : `Οι αγοραστές λένε ότι ${FIT[fit]}, οπότε το ${size} είναι η ασφαλέστερη επιλογή.`,
    noAdvice: 'Ο πίνακας δεν ξεχωρίζει ανάμεσά τους: συγκρίνετε τις δύο γραμμές ή ρωτήστε μας.',
    below: (size) => `Αυτός ο πίνακας δεν έχει μέγεθος για εσάς: οι μετρήσεις σας είναι κάτω από το μικρότερο μέγεθος, ${size}.`,
    above: (size) => `Αυτός ο πίνακας δεν έχει μέγεθος για εσάς: οι μετρήσεις σας είναι πάνω από το μεγαλύτερο μέγεθος, ${size}.`,
    outside: 'Αυτός ο πίνακας δεν έχει μέγεθος για εσάς: οι μετρήσεις σας είναι εκτός πίνακα.',
    within: ({ name, value, size }) => `${name} ${value}: μέσα στο μέγεθος ${size}`,
    withinBoth: ({ name, value, sizes, locale = LANGUAGE }) => `${name} ${value}: μέσα στα μεγέθη ${formatList(locale, sizes)}`,
    inGap: ({ name, value, smaller, larger }) => `${name} ${value}: ανάμεσα στο ${smaller} και στο ${larger}`,
    belowSize: ({ name, value, size }) => `${name} ${value}: κάτω από το μικρότερο μέγεθος, ${size}`,
    aboveSize: ({ name, value, size }) => `${name} ${value}: πάνω από το μεγαλύτερο μέγεθος, ${size}`,
    // "από" takes the accusative: από 1 αγοραστή, από 48 αγοραστές.
    fitShare: ({ fit, percent, answers, locale }) =>
      `Το ${percent} από ${number(answers, locale)} ${plural(LANGUAGE, answers, { one: 'αγοραστή', other: 'αγοραστές' })} λέει ότι ${fit === 'true-to-size' ? 'είναι κανονικό νούμερο' : FIT[fit]}`,
    choose: (size) => `Επιλέξτε ${size}`,
    standardSizes: ({ foot, allowance }) => `Τυπικά μεγέθη για πέλμα ${foot}, αν το παπούτσι είναι ${allowance} μακρύτερο από το πέλμα:`,
    scale: (scale) =>
      ({
        EU: 'EU', UK: 'UK', 'UK-child': 'UK παιδικά', 'US-men': 'US ανδρικά', 'US-women': 'US γυναικεία', 'US-child': 'US παιδικά',
        Mondopoint: 'Mondopoint',
      })[scale],
    approx: 'περ.',
  },
  delivery: {
    dispatchDay: ({ relative, date }) => (relative === 'today' ? 'σήμερα' : relative === 'tomorrow' ? `αύριο, ${date}` : date),
    countdown: ({ ships, locale, ...left }) => `Παραγγείλτε ${within(left, ships, locale)}`,
    ships: ({ ships }) => `Αποστολή ${ships}`,
    backorder: ({ restock, ships }) => `Ξανά διαθέσιμο ${restock} — αποστολή ${ships}`,
    madeToOrder: ({ ships, hours, minutes, locale }) =>
      hours === undefined || minutes === undefined
        ? `Κατασκευή κατά παραγγελία: αποστολή ${ships}`
        : `Κατασκευή κατά παραγγελία: παραγγείλτε ${within({ hours, minutes }, ships, locale)}`,
    arrives: ({ dates, carrier }) => `Παράδοση ${dates} με ${carrier}`,
    onTime: ({ percent, orders, period, locale }) =>
      `Το ${percent} από ${number(orders, locale)} ${plural(LANGUAGE, orders, { one: 'παραγγελία', other: 'παραγγελίες' })} της περιόδου ${period} παραδόθηκε εντός των ημερομηνιών που εμφανίστηκαν`,
    carrier: 'Μεταφορέας',
    noDelivery: ({ country }) => `Δεν αποστέλλουμε σε αυτή τη χώρα: ${country}`,
  },
  partners: {
    group: (group) => (group === 'payment' ? 'Τρόποι πληρωμής' : 'Τρόποι αποστολής'),
    details: (group) => (group === 'payment' ? 'Τι σημαίνουν αυτοί οι τρόποι πληρωμής' : 'Τι σημαίνουν αυτοί οι τρόποι αποστολής'),
    // Greek buyers know the Greek post and Geniki by their Greek names.
    name: (id) =>
      ({
        'bank-transfer': 'Τραπεζική μεταφορά',
        'cash-on-delivery': 'Αντικαταβολή',
        elta: 'ΕΛΤΑ Courier',
        geniki: 'Γενική Ταχυδρομική',
      } as Partial<Record<string, string>>)[id],
    fee: ({ group, amount, percent }) => {
      const share = percent && `${percent} της αξίας της παραγγελίας`;
      return `${group === 'payment' ? 'Χρέωση' : 'Μεταφορικά'}: ${[amount, share].filter(Boolean).join(' + ')}`;
    },
    free: (group) => (group === 'payment' ? 'Χωρίς επιπλέον χρέωση' : 'Δωρεάν αποστολή'),
    terms: (name) => `Όροι χρήσης ${name}`,
  },
  reviews: {
    row: ({ stars: star, count, percent, locale }) => `${stars(star, locale)}: ${reviews(count, locale)}, ${percent}`,
    fitSummary: ({ fit, count, answers, locale }) =>
      `Εφαρμογή: ${FIT[fit]} (${number(count, locale)} από ${number(answers, locale)})`,
    fitNote: (fit) => `Εφαρμογή: ${FIT[fit]}`,
    verification: (level) =>
      ({
        'all-verified': 'Όλες οι κριτικές είναι από επιβεβαιωμένες αγορές.',
        'some-verified': 'Επιβεβαιωμένες είναι μόνο όσες γράφουν «Επιβεβαιωμένη αγορά».',
        'not-verified': 'Δεν ελέγχουμε αν είναι από αγορές.',
      })[level],
    allPublished: 'Δημοσιεύουμε και τις αρνητικές κριτικές.',
    policy: 'Πολιτική κριτικών',
    noDisclosure: 'Δεν αναφέρεται πώς ελέγχονται οι κριτικές.',
    sortBy: 'Ταξινόμηση',
    sort: (sort) =>
      ({ newest: 'Νεότερες', oldest: 'Παλαιότερες', highest: 'Καλύτερες', lowest: 'Χειρότερες', helpful: 'Πιο χρήσιμες' })[sort],
    verifiedOnly: 'Επιβεβαιωμένες αγορές',
    withPhotos: 'Με φωτογραφίες',
    language: 'Γλώσσα',
    allLanguages: 'Όλες οι γλώσσες',
    search: 'Αναζήτηση',
    showing: ({ shown, total, locale }) => `Εμφανίζονται ${number(shown, locale)} από ${reviews(total, locale)}`,
    noStars: ({ stars: list, locale = LANGUAGE }) =>
      `Καμία κριτική με ${formatList(locale, list.map((star) => number(star, locale)), 'disjunction')} ${list.length === 1 && list[0] === 1 ? 'αστέρι' : 'αστέρια'}`,
    noMatch: 'Καμία κριτική δεν ταιριάζει',
    verified: 'Επιβεβαιωμένη αγορά',
    source: (source) =>
      ({
        invitation: 'Κατόπιν πρόσκλησης',
        'on-site': 'Στο κατάστημά μας',
        imported: 'Από άλλη πλατφόρμα',
        syndicated: 'Από άλλο κατάστημα',
      })[source],
    incentivised: (incentive) => (incentive ? `Ανταμοιβή: ${incentive}` : 'Με ανταμοιβή'),
    helpful: ({ count, locale }) => `Χρήσιμη (${number(count, locale)})`,
    replyFrom: (shop) => (shop ? `Απάντηση από ${shop}` : 'Απάντηση καταστήματος'),
    translatedFrom: ({ language, by }) => `Μετάφραση${by === 'human' ? '' : ' (αυτόματη)'} από: ${language}`,
    showOriginal: 'Εμφάνιση πρωτοτύπου',
    showTranslation: 'Εμφάνιση μετάφρασης',
  },
  contact: {
    channel: (type) => CONTACT_CHANNELS[type],
    action: ({ type, value = '' }) =>
      ({
        chat: 'Έναρξη συνομιλίας',
        phone: `Καλέστε στο ${value}`,
        sms: `Στείλτε SMS στο ${value}`,
        email: `Γράψτε στο ${value}`,
        whatsapp: 'Στείλτε μας στο WhatsApp',
        messenger: 'Στείλτε μας στο Messenger',
        viber: 'Στείλτε μας στο Viber',
        telegram: 'Στείλτε μας στο Telegram',
        instagram: 'Στείλτε μας στο Instagram',
        form: 'Ανοίξτε τη φόρμα',
        store: 'Δείτε στον χάρτη',
      })[type].trim(),
    // Intl already gives the genitive month: "7 Ιανουαρίου".
    day: ({ relative, weekday, date }) =>
      relative === 'today' ? 'σήμερα' : relative === 'tomorrow' ? 'αύριο' : relative === 'weekday' ? CONTACT_WEEKDAYS[weekday]! : `στις ${date}`,
    openNow: ({ until }) => (until ? `Ανοιχτά τώρα · έως τις ${until}` : 'Ανοιχτά τώρα'),
    closedNow: ({ day, time, holiday }) => `${holiday ? 'Κλειστά λόγω αργίας' : 'Κλειστά τώρα'}${day && time ? ` · ανοίγουμε ${day} στις ${time}` : ''}`,
    replyWithin: ({ locale, ...reply }) => `Συνήθως απαντάμε μέσα σε ${replyDuration(reply, locale)}`,
    replyNow: 'Απαντάμε αμέσως',
    replyAt: ({ day, time, from }) => `Θα απαντήσουμε ${day} ${from ? 'από' : 'έως'} τις ${time}`,
    replyAfterReopening: (reply) =>
      reply ? `Συνήθως απαντάμε μέσα σε ${replyDuration(reply, reply.locale)} μόλις ανοίξουμε ξανά` : 'Θα απαντήσουμε μόλις ανοίξουμε ξανά',
    // No article before the name: it would have to agree with the person's gender.
    person: ({ name, role }) => (role ? `Σας εξυπηρετεί: ${name} (${role})` : `Σας εξυπηρετεί: ${name}`),
    languages: (list) => `Γλώσσες: ${list}`,
    copyNumber: 'Αντιγραφή αριθμού',
    copied: 'Ο αριθμός αντιγράφηκε',
    copyFailed: (phone) => `Η αντιγραφή απέτυχε· ο αριθμός είναι ${phone}`,
    chatOpening: 'Άνοιγμα συνομιλίας…',
    chatFailed: 'Δεν ήταν δυνατό να ανοίξει η συνομιλία. Δοκιμάστε ξανά ή επικοινωνήστε μαζί μας με άλλον τρόπο.',
    launcher: 'Επικοινωνία',
    channels: 'Τρόποι επικοινωνίας',
  },
  config: {
    problems: (count, locale?) =>
      `Αυτή η διαμόρφωση έχει ${number(count, locale)} ${plural(LANGUAGE, count, { one: 'πρόβλημα', other: 'προβλήματα' })}`,
    position: ({ line, column, locale }) => `γραμμή ${ungrouped(line, locale)}, στήλη ${ungrouped(column, locale)}`,
  },
} satisfies Messages;
