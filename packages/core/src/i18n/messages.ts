/**
 * Every string Candor shows or speaks, grouped by the element that uses it (`common` for what
 * all of them share). Each locale module under `./locales/` implements this interface
 * completely, so a missing translation is a type error, not a blank on a shop page.
 *
 * Texts that contain a number are functions. Their optional `locale` is the full `Intl` tag
 * the page resolved to (`de-AT`), used for the digits; the plural form always follows the
 * catalog's own language. Adding an element means adding a group here and in every catalog.
 */
import type { BetweenSizes, ContactChannelType, FitFeedback, ReviewSort, ReviewSource, ReviewVerification, TranslationKind } from '../schema/options.js';
import type { PartnerGroup, PartnerId } from '../partners/registry.js';
import type { ShoeScale } from '../size/shoes.js';
import type { ChartMeasurement } from '../size/units.js';

export interface Messages {
  readonly common: {
    /** Shown while data is on its way. */
    readonly loading: string;
    /** A load failed: what happened and what the buyer can do. */
    readonly loadError: string;
    /** The button that tries a failed load again. */
    readonly retry: string;
    readonly showMore: string;
    readonly close: string;
  };
  readonly rating: {
    /**
     * The rating's one accessible name: `Rated 4.6 out of 5, 128 reviews`, without the count
     * when there is none. `value` and `max` come formatted, so what is heard equals what is seen.
     */
    readonly label: (params: { value: string; max: string; count?: number | undefined; locale?: string }) => string;
    /** The visible count: `128 reviews`. */
    readonly count: (count: number, locale?: string) => string;
    readonly noReviews: string;
  };
  readonly sizeGuide: {
    /** The button that opens the guide. */
    readonly open: string;
    /** Under the chart's name: `Body measurements in cm`, `Foot length in cm`; `unit` is its symbol in the page language. */
    readonly measuredIn: (params: { kind: 'clothing' | 'shoes'; unit: string }) => string;
    /** The legend of the unit switch. */
    readonly units: string;
    /** The legend of the size-system switch. */
    readonly system: string;
    /** The header of the size column: `Size (EU)`; `system` is the shop's code for it. */
    readonly size: (system: string) => string;
    /** A measurement's name, to stand alone as a column header or a field label: `Chest`. */
    readonly measurement: (name: ChartMeasurement) => string;
    readonly notes: string;
    readonly howToMeasure: string;
    /** How to take one measurement: one or two sentences. */
    readonly howTo: (name: ChartMeasurement) => string;
    /** The heading of the form and its button. */
    readonly findSize: string;
    readonly findSizeHint: string;
    /** The feet and inches fields of height in imperial units. */
    readonly feet: string;
    readonly inches: string;
    /** Validation: what was typed is not a number. */
    readonly notANumber: string;
    /** Validation: outside what a body measures; `min` and `max` come formatted with their unit. */
    readonly outOfRange: (params: { min: string; max: string }) => string;
    /** Validation: the form was sent empty. */
    readonly nothingEntered: string;
    /** One size holds every measurement: `Your size: M`. `size` is the shop's label. */
    readonly fits: (size: string) => string;
    /** Two adjacent sizes: `You are between M and L.` */
    readonly between: (params: { smaller: string; larger: string }) => string;
    /** Measurements point to sizes further apart: `Your measurements span sizes S to L.` */
    readonly spread: (params: { smallest: string; largest: string }) => string;
    /** The chart's own rule decided: `For this cut the shop advises the larger one: L.` */
    readonly chartAdvice: (params: { rule: BetweenSizes; size: string }) => string;
    /** The reviews decided: `Buyers say it runs small, so L is the safer choice.` */
    readonly reviewsAdvice: (params: { fit: FitFeedback; size: string }) => string;
    /** Nothing decides between the sizes. */
    readonly noAdvice: string;
    /** Outside the chart: `This chart has no size for you: your measurements are below its smallest size, XS.` */
    readonly below: (size: string) => string;
    readonly above: (size: string) => string;
    /** Outside on both sides. */
    readonly outside: string;
    /**
     * One measurement's reason. `name` comes from `measurement`, `value` is formatted with its
     * unit, and each size is a label with its range: `Chest 98 cm: within M (96–101 cm)`.
     */
    readonly within: (params: { name: string; value: string; size: string }) => string;
    /** On a shared edge or an overlap: `Chest 92 cm: within both S (88–92 cm) and M (92–96 cm)`; `sizes` are labelled ranges. */
    readonly withinBoth: (params: { name: string; value: string; sizes: readonly string[]; locale?: string }) => string;
    /** `Hips 97 cm: between S (92–96 cm) and M (98–102 cm)`; `smaller` and `larger` are labelled ranges. */
    readonly inGap: (params: { name: string; value: string; smaller: string; larger: string }) => string;
    /** `Waist 58 cm: below the smallest size, XS (62–66 cm)`; `size` is a labelled range. */
    readonly belowSize: (params: { name: string; value: string; size: string }) => string;
    readonly aboveSize: (params: { name: string; value: string; size: string }) => string;
    /** What buyers said about the fit: `62% of 48 buyers say it runs small`; `percent` comes formatted. */
    readonly fitShare: (params: { fit: FitFeedback; percent: string; answers: number; locale?: string }) => string;
    /** The button that picks the recommended size on the page: `Choose M`. */
    readonly choose: (size: string) => string;
    /** Over the standard sizes of systems the shop does not label: `Standard sizes for a 26.5 cm foot, assuming shoes 15 mm longer than the foot:` */
    readonly standardSizes: (params: { foot: string; allowance: string }) => string;
    /** A standard shoe scale's name: `EU`, `US men's`. */
    readonly scale: (scale: ShoeScale) => string;
    /** Marks an approximate standard size. */
    readonly approx: string;
  };
  readonly delivery: {
    /**
     * When the parcel leaves, to slot into the sentences below: `today`, `tomorrow, Wed 25 Nov`,
     * or `on Mon 30 Nov`. `date` comes formatted; `relative` is counted in the warehouse's time zone.
     */
    readonly dispatchDay: (params: { relative: DispatchRelative; date: string }) => string;
    /**
     * A real deadline: `Order within 2 h 14 min and it ships today`. Under an hour the minutes
     * are written out with their plural (`Zostały 22 minuty…`). `ships` comes from `dispatchDay`.
     */
    readonly countdown: (params: TimeLeft & { ships: string; locale?: string }) => string;
    /** No deadline to race (past the cut-off, a weekend, a holiday): `Ships tomorrow, Wed 25 Nov`. */
    readonly ships: (params: { ships: string }) => string;
    /** Stock arrives later: `Back in stock Thu 3 Dec — ships on Fri 4 Dec`. */
    readonly backorder: (params: { restock: string; ships: string }) => string;
    /** Made to order: `Made to order: ships on Mon 7 Dec`, with the countdown when the cut-off is real. */
    readonly madeToOrder: (params: Partial<TimeLeft> & { ships: string; locale?: string }) => string;
    /** `Arrives Fri 27 – Sat 28 Nov with InPost Paczkomaty`; `dates` is one date or a range, formatted. */
    readonly arrives: (params: { dates: string; carrier: string }) => string;
    /** The measured on-time rate: `96.4% of 1,843 orders from 1–31 Oct 2026 arrived within the dates shown`. */
    readonly onTime: (params: { percent: string; orders: number; period: string; locale?: string }) => string;
    /** The visible label of the carrier chooser. */
    readonly carrier: string;
    /** No carrier serves the buyer's country; `country` is its name in the page language. */
    readonly noDelivery: (params: { country: string }) => string;
  };
  readonly partners: {
    /** A group's visible label and its list's accessible name: `Payment methods`, `Delivery options`. */
    readonly group: (group: PartnerGroup) => string;
    /** The disclosure with what each partner means, under the row and grid layouts: `What these payment methods mean`. */
    readonly details: (group: PartnerGroup) => string;
    /**
     * A known partner's name where it is not the brand as the registry writes it: the methods
     * that are no brand (`Cash on delivery`) and brands spelled otherwise in this language
     * (`ΕΛΤΑ Courier`). Undefined: the registry's brand name.
     */
    readonly name: (id: PartnerId) => string | undefined;
    /**
     * What the buyer pays for it, shown next to the badge: `Fee: 5,00 zł`, `Delivery: 12,99 zł`,
     * `Fee: 1.5% of the order`. `amount` and `percent` come formatted; at least one is given.
     */
    readonly fee: (params: { group: PartnerGroup; amount?: string | undefined; percent?: string | undefined }) => string;
    /** A fee of zero: `No extra fee`, `Free delivery`. */
    readonly free: (group: PartnerGroup) => string;
    /** Link text to a partner's terms, naming it so that a list of links reads apart: `PayPo terms`. */
    readonly terms: (name: string) => string;
  };
  readonly reviews: {
    /** A histogram row, read as text: `5 stars: 120 reviews, 68%`; `percent` comes formatted. */
    readonly row: (params: { stars: number; count: number; percent: string; locale?: string }) => string;
    /** The summary's fit line: `Fit: true to size (12 of 15 buyers)`, from 3 answers up. */
    readonly fitSummary: (params: { fit: FitFeedback; count: number; answers: number; locale?: string }) => string;
    /** One review's fit note: `Fit: runs small`. */
    readonly fitNote: (fit: FitFeedback) => string;
    /** What the shop checks (EU UCPD art. 7(6)): one sentence per verification level. */
    readonly verification: (level: ReviewVerification) => string;
    readonly allPublished: string;
    /** Link text to the shop's full review policy. */
    readonly policy: string;
    /** Shown when the merchant has not said how reviews are collected. */
    readonly noDisclosure: string;
    readonly sortBy: string;
    readonly sort: (sort: ReviewSort) => string;
    readonly verifiedOnly: string;
    readonly withPhotos: string;
    readonly language: string;
    readonly allLanguages: string;
    readonly search: string;
    /** What is listed: `Showing 10 of 128 reviews`. */
    readonly showing: (params: { shown: number; total: number; locale?: string }) => string;
    /** An honest empty state for a star filter: `No 1-star reviews`, `No 1- or 2-star reviews`. */
    readonly noStars: (params: { stars: readonly number[]; locale?: string }) => string;
    /** No review matches the other filters or the search. */
    readonly noMatch: string;
    readonly verified: string;
    readonly source: (source: ReviewSource) => string;
    /** `incentive` is the merchant's words, e.g. `a 10% discount code`. */
    readonly incentivised: (incentive: string | undefined) => string;
    readonly helpful: (params: { count: number; locale?: string }) => string;
    /** The label over the merchant's reply; `shop` is `shop.name` when the config has one. */
    readonly replyFrom: (shop: string | undefined) => string;
    /** `language` is its name in the page language: `Translated from Polish`. */
    readonly translatedFrom: (params: { language: string; by: TranslationKind }) => string;
    readonly showOriginal: string;
    readonly showTranslation: string;
  };
  readonly contact: {
    /** The name of a kind of channel, shown when the config gives the channel no label: `Phone`, `Live chat`. */
    readonly channel: (type: ContactChannelType) => string;
    /**
     * What the channel's link or button does: `Call +48 12 345 67 89`, `Chat on WhatsApp`. `value`
     * (the number or address, as the merchant wrote it) is given for phone, sms and email only.
     */
    readonly action: (params: { type: ContactChannelType; value?: string | undefined }) => string;
    /**
     * A day seen from today on the shop's clock, to slot into the sentences below: `today`,
     * `tomorrow`, `on Monday` (`weekday` 0 = Monday … 6 = Sunday), `on 7 January` (`date` comes
     * formatted by Intl; `dayOfMonth` and `month` (1–12) are there for a language whose Intl month
     * names do not fit the sentence's case).
     */
    readonly day: (params: { relative: ContactDay; weekday: number; date: string; dayOfMonth: number; month: number; locale?: string }) => string;
    /** `Open now · until 17:00`; `until` (formatted) is left out when the close is a day or more away. */
    readonly openNow: (params: { until?: string | undefined }) => string;
    /**
     * `Closed now · opens on Monday at 10:00`; `day` from `day`, `time` formatted, both left out
     * when it does not open within two weeks. `holiday`: a public holiday closed today.
     */
    readonly closedNow: (params: { day?: string | undefined; time?: string | undefined; holiday: boolean }) => string;
    /** A reply within the current opening: `We usually reply within 2 hours` (`count` ≥ 1). */
    readonly replyWithin: (params: ReplyDuration & { locale?: string }) => string;
    /** The typical reply time is 0: `We answer right away`. */
    readonly replyNow: string;
    /**
     * A reply after the (re)opening: `Expect a reply on Monday by 12:00`; `from` when replies
     * start at the opening itself (`… from 10:00`). `day` from `day`, `time` formatted.
     */
    readonly replyAt: (params: { day: string; time: string; from: boolean }) => string;
    /** Closed for more than two weeks: `We usually reply within 2 hours once we reopen`; without a duration, `We reply once we reopen`. */
    readonly replyAfterReopening: (params: (ReplyDuration & { locale?: string }) | undefined) => string;
    /** Who answers: `You’ll talk to Magda (size advisor)`. Name and role are the merchant's words. */
    readonly person: (params: { name: string; role?: string | undefined }) => string;
    /** `Languages: Polish, English`; `list` comes formatted, in the page language. */
    readonly languages: (list: string) => string;
    /** The button that copies a Viber number (its link does nothing without the app). */
    readonly copyNumber: string;
    readonly copied: string;
    /** Copying failed: the number is said, so it can be copied by hand. */
    readonly copyFailed: (number: string) => string;
    /** The chat button while the provider's script loads. */
    readonly chatOpening: string;
    /** The provider's chat did not load or open. */
    readonly chatFailed: string;
    /** The floating button's text. */
    readonly launcher: string;
    /** The accessible name of the list of channels. */
    readonly channels: string;
  };
  readonly config: {
    /** Heading over a merchant's config errors in the preview: `This configuration has 3 problems`. */
    readonly problems: (count: number, locale?: string) => string;
    /** Where an error is in the file: `line 4, column 12`. */
    readonly position: (params: { line: number; column: number; locale?: string }) => string;
  };
}

/** Where the dispatch day is from the warehouse's today. */
export type DispatchRelative = 'today' | 'tomorrow' | 'later';

/** Time left before a cut-off, in whole hours and minutes (minutes 0–59). */
export interface TimeLeft {
  hours: number;
  minutes: number;
}

/** Where a day is from today, on the shop's clock: `weekday` within the coming week, else a `date`. */
export type ContactDay = 'today' | 'tomorrow' | 'weekday' | 'date';

/** A typical reply time in words: whole minutes under an hour, whole hours up to two days, then days. */
export interface ReplyDuration {
  unit: 'minute' | 'hour' | 'day';
  count: number;
}
