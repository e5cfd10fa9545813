/**
 * Every string Candor shows or speaks, grouped by the element that uses it (`common` for what
 * all of them share). Each locale module under `./locales/` implements this interface
 * completely, so a missing translation is a type error, not a blank on a shop page.
 *
 * Texts that contain a number are functions. Their optional `locale` is the full `Intl` tag
 * the page resolved to (`de-AT`), used for the digits; the plural form always follows the
 * catalog's own language. Adding an element means adding a group here and in every catalog.
 */
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
