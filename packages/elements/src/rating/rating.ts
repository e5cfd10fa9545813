import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { formatDecimal, roundRating, summarizeRatings, checkReviewsSection, type CandorConfig } from '@candor/core';
import { ConfigController } from '../shared/config-controller.js';
import { LocaleController } from '../shared/locale-controller.js';
import { hostStyles } from '../shared/host.styles.js';
import { hydrateOrRenderAfresh } from '../shared/hydration.js';
import { ratingStyles } from './rating.styles.js';

/** Star geometry in SVG user units: each star is 24 wide, with 3 between stars. */
const STAR_WIDTH = 24;
const STAR_GAP = 3;
const STAR = 'M12 2.6l2.8 6.1 6.7.7-5 4.5 1.4 6.6L12 17.2l-5.9 3.3 1.4-6.6-5-4.5 6.7-.7z';

/**
 * Give it `value` (and `count`), or leave `value` out to show the average of every review in
 * the merchant config's `reviews` section (only those of `product`, when given). With no
 * reviews it says so, never "0 stars". The fill is drawn in SVG, so it needs no inline
 * styles and works under a strict Content-Security-Policy; forced-colours mode keeps it legible.
 *
 * @summary A read-only star rating that assistive technology reads once, as
 * "Rated 4.6 out of 5, 128 reviews".
 *
 * @csspart base - The rating as a whole: one image for assistive technology.
 * @csspart stars - The stars (one SVG).
 * @csspart value - The rating as a number, e.g. "4.6".
 * @csspart count - The number of reviews.
 * @csspart empty - The "no reviews yet" text shown instead of stars.
 *
 * @cssprop [--candor-rating-size=1.25em] - Height of the stars.
 * @cssprop --candor-rating-color - Filled stars; an amber with 3:1 contrast in light and dark schemes by default.
 * @cssprop --candor-rating-empty-color - Outline of empty stars; the filled colour by default.
 */
export class CandorRating extends LitElement {
  static override styles = [hostStyles, ratingStyles];

  static override properties = {
    value: { type: Number },
    max: { type: Number },
    count: { type: Number },
    product: {},
    noCount: { type: Boolean, attribute: 'no-count' },
    config: { attribute: false },
    configSrc: { attribute: 'config-src' },
  };

  /** The rating, e.g. 4.6, shown rounded to one decimal. Without it: the average of the config's reviews. */
  declare value: number | undefined;
  /** The best possible rating. */
  declare max: number;
  /** How many reviews the rating comes from. */
  declare count: number | undefined;
  /** Summarise only the config's reviews of this product (its id, SKU or handle). */
  declare product: string | undefined;
  /** Hides the visible review count (assistive technology still hears it). */
  declare noCount: boolean;
  /** A whole merchant config (`candor.json` as an object), instead of the page's. */
  declare config: CandorConfig | undefined;
  /** URL of a `candor.json` to read instead of the page's config. */
  declare configSrc: string | undefined;

  private readonly merchantConfig = new ConfigController(this, 'reviews', checkReviewsSection);
  private readonly localize = new LocaleController(this, () => this.merchantConfig.shop()?.locale);

  constructor() {
    super();
    this.max = 5;
    this.noCount = false;
  }

  protected override update(changed: PropertyValues<this>): void {
    hydrateOrRenderAfresh(this, () => super.update(changed));
  }

  protected override shouldUpdate(): boolean {
    return this.localize.resolve();
  }

  /** The figures to show: the attributes when given, else the config's reviews summarised. */
  private figures(): { value: number; count: number | undefined } | undefined {
    if (this.value !== undefined && Number.isFinite(this.value)) {
      return { value: this.value, count: this.count };
    }
    const reviews = this.merchantConfig.section();
    if (reviews.status !== 'ready') return undefined;
    const items = (reviews.value.items ?? []).filter((review) => !this.product || review.product === this.product);
    const summary = summarizeRatings(items.map((review) => review.rating));
    return summary ? { value: summary.average, count: summary.count } : { value: 0, count: 0 };
  }

  override render() {
    const figures = this.figures();
    if (!figures) return nothing;
    const messages = this.localize.messages.rating;
    if (figures.count === 0) return html`<span part="empty">${messages.noReviews}</span>`;

    const max = Number.isInteger(this.max) && this.max > 0 ? this.max : 5;
    const value = Math.min(Math.max(roundRating(figures.value), 0), max);
    const locale = this.localize.intlLocale;
    const shownValue = formatDecimal(locale, value);
    const label = messages.label({ value: shownValue, max: formatDecimal(locale, max, 0), count: figures.count, locale });

    return html`<span part="base" role="img" aria-label=${label}>
      ${this.renderStars(value, max)}
      <span part="value">${shownValue}</span>
      ${figures.count === undefined || this.noCount
        ? nothing
        : html`<span part="count">(${messages.count(figures.count, locale)})</span>`}
    </span>`;
  }

  /** Outlined stars, with filled ones on top clipped to the value: whole stars, then a fraction of the next. */
  private renderStars(value: number, max: number) {
    const width = max * STAR_WIDTH + (max - 1) * STAR_GAP;
    const whole = Math.floor(value);
    const filledWidth = whole * (STAR_WIDTH + STAR_GAP) + (value - whole) * STAR_WIDTH;
    const stars = Array.from({ length: max }, (_, index) => svg`<path transform="translate(${index * (STAR_WIDTH + STAR_GAP)} 0)" d=${STAR} />`);
    return html`<svg part="stars" viewBox="0 0 ${width} ${STAR_WIDTH}" aria-hidden="true">
      <defs><clipPath id="filled"><rect width=${filledWidth} height=${STAR_WIDTH} /></clipPath></defs>
      <g class="empty">${stars}</g>
      <g class="filled" clip-path="url(#filled)">${stars}</g>
    </svg>`;
  }
}
