import { formatNumber } from '../../format/number.js';
import type { Messages, ReplyDuration, TimeLeft } from '../messages.js';
import { plural } from '../plural.js';
import { formatList } from '../../format/list.js';

const LANGUAGE = 'en';
const number = (value: number, locale = LANGUAGE) => formatNumber(locale, value);
const ungrouped = (value: number, locale = LANGUAGE) => formatNumber(locale, value, { useGrouping: false });
const reviews = (count: number, locale?: string) =>
  `${number(count, locale)} ${plural(LANGUAGE, count, { one: 'review', other: 'reviews' })}`;

// Under an hour the minutes are written out; with hours, short units as on a timetable.
const timeLeft = ({ hours, minutes }: TimeLeft, locale?: string) =>
  hours > 0
    ? [`${number(hours, locale)} h`, minutes > 0 ? `${number(minutes, locale)} min` : ''].filter(Boolean).join(' ')
    : `${number(minutes, locale)} ${plural(LANGUAGE, minutes, { one: 'minute', other: 'minutes' })}`;
const within = (left: TimeLeft, ships: string, locale?: string) => `within ${timeLeft(left, locale)} and it ships ${ships}`;

const stars = (count: number, locale?: string) => `${number(count, locale)} ${plural(LANGUAGE, count, { one: 'star', other: 'stars' })}`;
const FIT = { 'runs-small': 'runs small', 'true-to-size': 'true to size', 'runs-large': 'runs large' } as const;

// Contact: durations after "within", and days as they follow "opens" and "a reply".
const CONTACT_UNITS = { minute: { one: 'minute', other: 'minutes' }, hour: { one: 'hour', other: 'hours' }, day: { one: 'day', other: 'days' } } as const;
const replyDuration = ({ unit, count }: ReplyDuration, locale?: string) => `${number(count, locale)} ${plural(LANGUAGE, count, CONTACT_UNITS[unit])}`;
const CONTACT_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const CONTACT_CHANNELS = {
  chat: 'Live chat', phone: 'Phone', email: 'E-mail', whatsapp: 'WhatsApp', messenger: 'Messenger', viber: 'Viber',
  telegram: 'Telegram', instagram: 'Instagram', sms: 'Text message', form: 'Contact form', store: 'Shop',
} as const;

export default {
  common: {
    loading: 'Loading…',
    loadError: 'This couldn’t be loaded. Check your internet connection and try again.',
    retry: 'Try again',
    showMore: 'Show more',
    close: 'Close',
  },
  rating: {
    label: ({ value, max, count, locale }) =>
      count === undefined ? `Rated ${value} out of ${max}` : `Rated ${value} out of ${max}, ${reviews(count, locale)}`,
    count: reviews,
    noReviews: 'No reviews yet',
  },
  sizeGuide: {
    open: 'Size guide',
    measuredIn: ({ kind, unit }) => `${kind === 'clothing' ? 'Body measurements' : 'Foot length'} in ${unit}`,
    units: 'Units',
    system: 'Size system',
    size: (system) => `Size (${system})`,
    measurement: (name) =>
      ({
        height: 'Height', head: 'Head', neck: 'Neck', chest: 'Chest', bust: 'Bust', underbust: 'Underbust', waist: 'Waist',
        hips: 'Hips', thigh: 'Thigh', inseam: 'Inside leg', armLength: 'Arm length', hand: 'Hand', footLength: 'Foot length',
        footWidth: 'Foot width',
      })[name],
    notes: 'Fit notes',
    howToMeasure: 'How to measure',
    howTo: (name) =>
      ({
        height: 'Stand barefoot with your back to a wall, heels together, looking straight ahead. Measure from the floor to the top of your head.',
        head: 'Measure around your head just above the eyebrows and ears, where a hat sits.',
        neck: 'Measure around the base of your neck, where a collar sits. Keep one finger under the tape.',
        chest: 'Measure around the fullest part of your chest, under the arms and across the shoulder blades, with the tape level.',
        bust: 'Measure around the fullest part of your bust, with the tape level across your back. Wear a bra without padding.',
        underbust: 'Measure around your ribcage right under your bust, with the tape snug and level.',
        waist: 'Measure around your natural waist, the narrowest part of your torso, usually just above the navel. Breathe normally.',
        hips: 'Stand with your feet together and measure around the fullest part of your hips and seat.',
        thigh: 'Measure around the fullest part of one thigh, just below the crotch.',
        inseam: 'Barefoot, measure from the crotch down the inside of your leg to the floor.',
        armLength: 'With your arm slightly bent, measure from the point of the shoulder over the elbow to the wrist bone.',
        hand: 'Measure around your hand across the knuckles, leaving out the thumb.',
        footLength: 'Stand on a sheet of paper with your heel against a wall. Mark the tip of your longest toe and measure from the wall to the mark. Measure both feet in the evening and go by the longer one.',
        footWidth: 'Standing, measure across the widest part of your foot, over the joints of the big and the little toe.',
      })[name],
    findSize: 'Find my size',
    findSizeHint: 'Enter one measurement or more, taken on your body, not on a garment. What you enter stays on this page.',
    feet: 'feet',
    inches: 'inches',
    notANumber: 'Enter a number, such as 98 or 98.5.',
    outOfRange: ({ min, max }) => `Enter a value from ${min} to ${max}.`,
    nothingEntered: 'Enter at least one measurement.',
    fits: (size) => `Your size: ${size}`,
    between: ({ smaller, larger }) => `You are between ${smaller} and ${larger}.`,
    spread: ({ smallest, largest }) => `Your measurements span sizes ${smallest} to ${largest}.`,
    chartAdvice: ({ rule, size }) => `For this cut the shop advises the ${rule} size: ${size}.`,
    reviewsAdvice: ({ fit, size }) =>
      fit === 'true-to-size'
        ? `Buyers say it is true to size; ${size} is the nearer choice.`
        : `Buyers say it ${FIT[fit]}, so ${size} is the safer choice.`,
    noAdvice: 'Nothing in the chart decides between them: compare both rows, or ask us.',
    below: (size) => `This chart has no size for you: your measurements are below its smallest size, ${size}.`,
    above: (size) => `This chart has no size for you: your measurements are above its largest size, ${size}.`,
    outside: 'This chart has no size for you: your measurements fall outside it.',
    within: ({ name, value, size }) => `${name} ${value}: within ${size}`,
    withinBoth: ({ name, value, sizes, locale = LANGUAGE }) => `${name} ${value}: within ${formatList(locale, sizes)}`,
    inGap: ({ name, value, smaller, larger }) => `${name} ${value}: between ${smaller} and ${larger}`,
    belowSize: ({ name, value, size }) => `${name} ${value}: below the smallest size, ${size}`,
    aboveSize: ({ name, value, size }) => `${name} ${value}: above the largest size, ${size}`,
    fitShare: ({ fit, percent, answers, locale }) =>
      `${percent} of ${number(answers, locale)} ${plural(LANGUAGE, answers, { one: 'buyer says', other: 'buyers say' })} it ${fit === 'true-to-size' ? 'is true to size' : FIT[fit]}`,
    choose: (size) => `Choose ${size}`,
    standardSizes: ({ foot, allowance }) => `Standard sizes for a ${foot} foot, assuming shoes ${allowance} longer than the foot:`,
    scale: (scale) =>
      ({
        EU: 'EU', UK: 'UK', 'UK-child': 'UK children’s', 'US-men': 'US men’s', 'US-women': 'US women’s', 'US-child': 'US children’s',
        Mondopoint: 'Mondopoint',
      })[scale],
    approx: 'approx.',
  },
  delivery: {
    dispatchDay: ({ relative, date }) => (relative === 'today' ? 'today' : relative === 'tomorrow' ? `tomorrow, ${date}` : `on ${date}`),
    countdown: ({ ships, locale, ...left }) => `Order ${within(left, ships, locale)}`,
    ships: ({ ships }) => `Ships ${ships}`,
    backorder: ({ restock, ships }) => `Back in stock ${restock} — ships ${ships}`,
    madeToOrder: ({ ships, hours, minutes, locale }) =>
      hours === undefined || minutes === undefined
        ? `Made to order: ships ${ships}`
        : `Made to order: order ${within({ hours, minutes }, ships, locale)}`,
    arrives: ({ dates, carrier }) => `Arrives ${dates} with ${carrier}`,
    onTime: ({ percent, orders, period, locale }) =>
      `${percent} of ${number(orders, locale)} ${plural(LANGUAGE, orders, { one: 'order', other: 'orders' })} from ${period} arrived within the dates shown`,
    carrier: 'Carrier',
    noDelivery: ({ country }) => `We don’t deliver to ${country}`,
  },
  partners: {
    group: (group) => (group === 'payment' ? 'Payment methods' : 'Delivery options'),
    details: (group) => (group === 'payment' ? 'What these payment methods mean' : 'What these delivery options mean'),
    // The registry's names are English already.
    name: () => undefined,
    fee: ({ group, amount, percent }) => {
      const share = percent && `${percent} of the order`;
      return `${group === 'payment' ? 'Fee' : 'Delivery'}: ${[amount, share].filter(Boolean).join(' + ')}`;
    },
    free: (group) => (group === 'payment' ? 'No extra fee' : 'Free delivery'),
    terms: (name) => `${name} terms`,
  },
  reviews: {
    row: ({ stars: star, count, percent, locale }) => `${stars(star, locale)}: ${reviews(count, locale)}, ${percent}`,
    fitSummary: ({ fit, count, answers, locale }) =>
      `Fit: ${FIT[fit]} (${number(count, locale)} of ${number(answers, locale)} buyers)`,
    fitNote: (fit) => `Fit: ${FIT[fit]}`,
    verification: (level) =>
      ({
        'all-verified': 'Every review comes from a buyer whose order we confirmed.',
        'some-verified': 'Reviews marked “Verified purchase” come from buyers whose order we confirmed; we could not check the others.',
        'not-verified': 'We do not check whether reviewers bought the product.',
      })[level],
    allPublished: 'We publish every review that follows our rules, negative ones included.',
    policy: 'Our review policy',
    noDisclosure: 'The shop has not said how it collects and checks these reviews.',
    sortBy: 'Sort by',
    sort: (sort) => ({ newest: 'Newest', oldest: 'Oldest', highest: 'Highest rating', lowest: 'Lowest rating', helpful: 'Most helpful' })[sort],
    verifiedOnly: 'Verified purchases only',
    withPhotos: 'With photos',
    language: 'Language',
    allLanguages: 'All languages',
    search: 'Search reviews',
    showing: ({ shown, total, locale }) => `Showing ${number(shown, locale)} of ${reviews(total, locale)}`,
    noStars: ({ stars: list, locale = LANGUAGE }) => `No ${formatList(locale, list.map((star) => number(star, locale)), 'disjunction')}-star reviews`,
    noMatch: 'No reviews match',
    verified: 'Verified purchase',
    source: (source) =>
      ({
        invitation: 'Invited to review after buying',
        'on-site': 'Written on our site',
        imported: 'Imported from another platform',
        syndicated: 'From another shop or brand',
      })[source],
    incentivised: (incentive) => (incentive ? `The reviewer received ${incentive}` : 'The reviewer received an incentive'),
    helpful: ({ count, locale }) => `Helpful (${number(count, locale)})`,
    replyFrom: (shop) => (shop ? `Response from ${shop}` : 'Response from the shop'),
    translatedFrom: ({ language, by }) => `${by === 'human' ? 'Translated' : 'Machine-translated'} from ${language}`,
    showOriginal: 'Show original',
    showTranslation: 'Show translation',
  },
  contact: {
    channel: (type) => CONTACT_CHANNELS[type],
    action: ({ type, value = '' }) =>
      ({
        chat: 'Start the chat',
        phone: `Call ${value}`,
        sms: `Text ${value}`,
        email: `Write to ${value}`,
        whatsapp: 'Chat on WhatsApp',
        messenger: 'Message us on Messenger',
        viber: 'Chat on Viber',
        telegram: 'Message us on Telegram',
        instagram: 'Message us on Instagram',
        form: 'Open the contact form',
        store: 'Show on the map',
      })[type].trim(),
    day: ({ relative, weekday, date }) =>
      relative === 'today' ? 'today' : relative === 'tomorrow' ? 'tomorrow' : `on ${relative === 'weekday' ? CONTACT_WEEKDAYS[weekday] : date}`,
    openNow: ({ until }) => (until ? `Open now · until ${until}` : 'Open now'),
    closedNow: ({ day, time, holiday }) => `${holiday ? 'Closed for the public holiday' : 'Closed now'}${day && time ? ` · opens ${day} at ${time}` : ''}`,
    replyWithin: ({ locale, ...reply }) => `We usually reply within ${replyDuration(reply, locale)}`,
    replyNow: 'We answer right away',
    replyAt: ({ day, time, from }) => `Expect a reply ${day} ${from ? 'from' : 'by'} ${time}`,
    replyAfterReopening: (reply) => (reply ? `We usually reply within ${replyDuration(reply, reply.locale)} once we reopen` : 'We reply once we reopen'),
    person: ({ name, role }) => (role ? `You’ll talk to ${name} (${role})` : `You’ll talk to ${name}`),
    languages: (list) => `Languages: ${list}`,
    copyNumber: 'Copy number',
    copied: 'Number copied',
    copyFailed: (phone) => `Couldn’t copy; the number is ${phone}`,
    chatOpening: 'Opening the chat…',
    chatFailed: 'The chat couldn’t be opened. Try again, or reach us another way.',
    launcher: 'Contact us',
    channels: 'Ways to reach us',
  },
  config: {
    problems: (count, locale?) =>
      `This configuration has ${number(count, locale)} ${plural(LANGUAGE, count, { one: 'problem', other: 'problems' })}`,
    position: ({ line, column, locale }) => `line ${ungrouped(line, locale)}, column ${ungrouped(column, locale)}`,
  },
} satisfies Messages;
