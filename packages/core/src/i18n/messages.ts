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
  readonly config: {
    /** Heading over a merchant's config errors in the preview: `This configuration has 3 problems`. */
    readonly problems: (count: number, locale?: string) => string;
    /** Where an error is in the file: `line 4, column 12`. */
    readonly position: (params: { line: number; column: number; locale?: string }) => string;
  };
}
