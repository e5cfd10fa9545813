import { LitElement, html, nothing, svg } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { formatDecimal, roundRating, summarizeRatings, validateReviewsSection, type CandorConfig } from '@candor/core';
import { ConfigController } from '../shared/config-controller.js';
import { LocaleController } from '../shared/locale-controller.js';
import { hostStyles } from '../shared/host.styles.js';
import { ratingStyles } from './rating.styles.js';

const STAR = svg`<path d="M12 2.6l2.8 6.1 6.7.7-5 4.5 1.4 6.6L12 17.2l-5.9 3.3 1.4-6.6-5-4.5 6.7-.7z" />`;

/**
 * @summary A read-only star rating that assistive technology reads once, as
 * "Rated 4.6 out of 5, 128 reviews".
 *
 * Give it `value` (and `count`), or leave `value` out to show the average of every review in
 * the merchant config's `reviews` section. With no reviews it says so, never "0 stars".
 *
 * @csspart base - The rating as a whole: one image for assistive technology.
 * @csspart stars - The row of stars.
 * @csspart value - The rating as a number, e.g. "4.6".
 * @csspart count - The number of reviews.
 * @csspart empty - The "no reviews yet" text shown instead of stars.
 *
 * @cssprop [--candor-rating-size=1.25em] - Size of one star.
 * @cssprop [--candor-rating-gap=0.125em] - Space between stars.
 * @cssprop --candor-rating-color - Filled stars; an amber with 3:1 contrast in light and dark schemes by default.
 * @cssprop --candor-rating-empty-color - Outline of empty stars; the filled colour by default.
 */
export class CandorRating extends LitElement {
  static override styles = [hostStyles, ratingStyles];

  static override properties = {
    value: { type: Number },
    max: { type: Number },
    count: { type: Number },
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
  /** Hides the visible review count (assistive technology still hears it). */
  declare noCount: boolean;
  /** A whole merchant config (`candor.json` as an object), instead of the page's. */
  declare config: CandorConfig | undefined;
  /** URL of a `candor.json` to read instead of the page's config. */
  declare configSrc: string | undefined;

  private readonly merchantConfig = new ConfigController(this, 'reviews', validateReviewsSection);
  private readonly localize = new LocaleController(this, () => this.merchantConfig.shop()?.locale);

  constructor() {
    super();
    this.max = 5;
    this.noCount = false;
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
    const summary = summarizeRatings((reviews.value.items ?? []).map((review) => review.rating));
    return summary ? { value: summary.average, count: summary.count } : { value: 0, count: 0 };
  }

  override render() {
    const figures = this.figures();
    const max = Number.isInteger(this.max) && this.max > 0 ? this.max : 5;
    if (!figures) return nothing;
    const messages = this.localize.messages.rating;
    if (figures.count === 0) return html`<span part="empty">${messages.noReviews}</span>`;

    const value = Math.min(Math.max(roundRating(figures.value), 0), max);
    const shownValue = formatDecimal(this.localize.intlLocale, value);
    const label = messages.label({
      value: shownValue,
      max: formatDecimal(this.localize.intlLocale, max, 0),
      count: figures.count,
      locale: this.localize.intlLocale,
    });
    const stars = Array.from({ length: max }, () => html`<svg viewBox="0 0 24 24" aria-hidden="true">${STAR}</svg>`);
    const fill = { '--_whole': String(Math.floor(value)), '--_fraction': String(value - Math.floor(value)) };

    return html`<span part="base" role="img" aria-label=${label}>
      <span part="stars">
        <span class="layer empty">${stars}</span>
        <span class="layer filled" style=${styleMap(fill)}>${stars}</span>
      </span>
      <span part="value">${shownValue}</span>
      ${figures.count === undefined || this.noCount
        ? nothing
        : html`<span part="count">(${messages.count(figures.count, this.localize.intlLocale)})</span>`}
    </span>`;
  }
}
