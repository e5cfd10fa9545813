import { LitElement, html, isServer, nothing, svg, type PropertyValues } from 'lit';
import {
  REVIEW_SORTS,
  checkReviewsSection,
  displayAuthor,
  formatDate,
  formatNumber,
  formatRelativeTime,
  primaryLanguage,
  summarizeReviews,
  type CandorConfig,
  type Review,
  type ReviewPhoto,
  type ReviewSort,
  type ReviewsConfig,
  type ReviewsSummary,
} from '@candor/core';
import '../rating.js';
import { ConfigController } from '../shared/config-controller.js';
import { LocaleController } from '../shared/locale-controller.js';
import { ClockController } from '../shared/clock-controller.js';
import { DEV } from '../shared/dev.js';
import { hostStyles } from '../shared/host.styles.js';
import { hydrateOrRenderAfresh } from '../shared/hydration.js';
import type { RemoteReviewsController } from './remote-reviews.js';
import { localView, type ReviewListQuery, type ReviewsView } from './reviews-view.js';
import { reviewsStyles } from './reviews.styles.js';

/** A buyer found a review helpful. Fired once per review; the shop's backend does the counting. */
export class ReviewHelpfulEvent extends Event {
  static readonly type = 'candor-review-helpful';
  /** The review's `id`, as in the config or the endpoint. */
  readonly reviewId: string;

  constructor(reviewId: string) {
    super(ReviewHelpfulEvent.type, { bubbles: true, composed: true });
    this.reviewId = reviewId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'candor-review-helpful': ReviewHelpfulEvent;
  }
}

const DAY = 86_400_000;
const STARS = [5, 4, 3, 2, 1] as const;
const DEFAULT_PAGE_SIZE = 10;
const SAFE_LINK = /^https?:$/;

/** Disclosures already warned about, so a page with many lists warns once per config. */
const warnedWithoutDisclosure = new WeakSet<object>();

function safeUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return SAFE_LINK.test(new URL(value, 'https://base.invalid/').protocol) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The buyer's calendar date at `now`, `YYYY-MM-DD`, in the browser's time zone. */
function localIsoDate(now: number): string {
  const date = new Date(now);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Customer reviews with the merchant's public replies, from the merchant config's `reviews`
 * section: inline `items`, or pages from `reviews.source.url` (the paging protocol, or static
 * files from `npx candor reviews`). Above the list: the average (with `<candor-rating>`),
 * a histogram whose rows are text and filter the list, the fit buyers reported, and the
 * shop's disclosure of how reviews are collected and checked (EU UCPD art. 7(6)).
 *
 * Every rating counts. There is no option to hide or leave out low ratings, from the list,
 * the average or the histogram (UCPD Annex I 23c, US 16 CFR 465.7).
 *
 * Review text is always shown as text, never as HTML. Photos load lazily with their size
 * reserved and open in a native `<dialog>`. While the first page loads from a URL a skeleton
 * keeps the space of the first page; a failed page shows a short message and a retry and keeps what was shown.
 *
 * @summary Reviews with merchant replies, an honest summary and the verification disclosure.
 *
 * @fires {ReviewHelpfulEvent} candor-review-helpful - A buyer marked a review helpful; `event.reviewId` is its id.
 *
 * @csspart summary - The average, the histogram and the fit line.
 * @csspart average - The `<candor-rating>` with the average and the count.
 * @csspart histogram - The list of star rows.
 * @csspart row - One star row: a toggle button that filters the list by those stars.
 * @csspart bar - The bar drawn in a row (hidden from assistive technology: the row's text says it).
 * @csspart fit - What buyers said about the fit.
 * @csspart disclosure - How the shop collects and checks reviews.
 * @csspart controls - Sort, filters and search.
 * @csspart status - How many reviews are listed, or an honest empty state; a polite live region.
 * @csspart list - The reviews.
 * @csspart review - One review.
 * @csspart review-title - A review's headline.
 * @csspart review-body - A review's text.
 * @csspart review-meta - The author and the date.
 * @csspart review-rating - A review's stars (a `<candor-rating>`).
 * @csspart badges - Verified purchase, how the review came in, incentives.
 * @csspart badge - One badge.
 * @csspart translation - The "translated from" note with its toggle.
 * @csspart fit-note - What the reviewer said about the fit.
 * @csspart photos - A review's photos.
 * @csspart photo - One photo thumbnail (its button).
 * @csspart helpful - The "helpful" toggle.
 * @csspart reply - The merchant's reply.
 * @csspart reply-label - "Response from {shop}".
 * @csspart reply-author - The reply's signature: name, role, date.
 * @csspart load-more - The button that shows more reviews.
 * @csspart error - A failed load: the message and the retry button.
 * @csspart viewer - The photo viewer `<dialog>`.
 * @csspart skeleton - The placeholder shown while the first reviews load.
 *
 * @cssprop --candor-reviews-gap - Space between the blocks and between reviews; 1.25em by default.
 * @cssprop --candor-reviews-bar-color - The histogram bars; the rating's star colour by default.
 * @cssprop --candor-reviews-border-color - Lines between reviews and around the reply; a faint currentColor by default.
 */
export class CandorReviews extends LitElement {
  static override styles = [hostStyles, reviewsStyles];

  static override properties = {
    product: {},
    now: {},
    config: { attribute: false },
    configSrc: { attribute: 'config-src' },
    sortBy: { state: true },
    stars: { state: true },
    verifiedOnly: { state: true },
    withPhotos: { state: true },
    language: { state: true },
    search: { state: true },
    pages: { state: true },
    helpfulGiven: { state: true },
    originalsShown: { state: true },
    viewing: { state: true },
  };

  /** Show only the reviews of this product (its id, SKU or handle, as in `review.product`). */
  declare product: string | undefined;
  /** An ISO instant that freezes "today" for relative dates (stories, screenshots, tests). */
  declare now: string | undefined;
  /** A whole merchant config (`candor.json` as an object), instead of the page's. */
  declare config: CandorConfig | undefined;
  /** URL of a `candor.json` to read instead of the page's config. */
  declare configSrc: string | undefined;

  declare private sortBy: ReviewSort | undefined;
  declare private stars: readonly number[];
  declare private verifiedOnly: boolean;
  declare private withPhotos: boolean;
  declare private language: string;
  declare private search: string;
  declare private pages: number;
  declare private helpfulGiven: ReadonlySet<string>;
  declare private originalsShown: ReadonlySet<string>;
  declare private viewing: ReviewPhoto | undefined;

  private readonly merchantConfig = new ConfigController(this, 'reviews', checkReviewsSection);
  private readonly localize = new LocaleController(this, () => this.merchantConfig.shop()?.locale);
  private readonly clock = new ClockController(this);
  /** Pages through `reviews.source.url`; its code loads only for a shop that has a source. */
  private remote: RemoteReviewsController | undefined;
  private remoteLoading: Promise<void> | undefined;
  private remoteUnavailable = false;
  /** Index of the first review a "show more" added; it gets focus once rendered. */
  private focusFrom: number | undefined;
  private viewerOpener: HTMLElement | undefined;

  constructor() {
    super();
    this.stars = [];
    this.verifiedOnly = false;
    this.withPhotos = false;
    this.language = '';
    this.search = '';
    this.pages = 1;
    this.helpfulGiven = new Set();
    this.originalsShown = new Set();
  }

  protected override update(changed: PropertyValues<this>): void {
    hydrateOrRenderAfresh(this, () => super.update(changed));
  }

  // The skeleton shows while the language loads, unless the server rendered the list: hydration waits for the words.
  protected override shouldUpdate(): boolean {
    return this.localize.resolve() || !this.localize.hydrating;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.clock.renewAt(this.frozenNow() === undefined ? this.nextMidnight() : undefined);
    if (this.focusFrom !== undefined) {
      const reviews = this.renderRoot.querySelectorAll<HTMLElement>('[part~="review"]');
      const first = reviews[this.focusFrom];
      if (first) {
        this.focusFrom = undefined;
        first.focus();
      }
    }
  }

  private frozenNow(): number | undefined {
    if (!this.now) return undefined;
    const instant = Date.parse(this.now);
    return /T.*(Z|[+-]\d{2}:\d{2})$/.test(this.now) && Number.isFinite(instant) ? instant : undefined;
  }

  /** Relative dates ("yesterday") change at the buyer's midnight. */
  private nextMidnight(): number {
    const date = new Date(this.clock.now());
    date.setHours(24, 0, 0, 0);
    return date.getTime();
  }

  private listQuery(section: ReviewsConfig): ReviewListQuery {
    const query: ReviewListQuery = { sort: this.sortBy ?? section.display?.sort ?? 'newest' };
    if (this.stars.length > 0) query.stars = this.stars;
    if (this.verifiedOnly) query.verified = true;
    if (this.withPhotos) query.withPhotos = true;
    if (this.language) query.language = this.language;
    if (this.search.trim()) query.search = this.search.trim();
    if (this.product) query.product = this.product;
    return query;
  }

  private shownCount(section: ReviewsConfig): number {
    return this.pages * (section.display?.pageSize ?? DEFAULT_PAGE_SIZE);
  }

  // Asks the source for what this render needs before it renders, so "loading" shows at once.
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const section = this.merchantConfig.section();
    const url = section.status === 'ready' ? section.value.source?.url : undefined;
    if (url && this.localize.ready && section.status === 'ready') {
      this.remoteController()?.show(url, this.listQuery(section.value), this.shownCount(section.value));
    }
  }

  private remoteController(): RemoteReviewsController | undefined {
    if (this.remote || this.remoteLoading || this.remoteUnavailable || isServer) return this.remote;
    this.remoteLoading = import('./remote-reviews.js')
      .then(
        ({ RemoteReviewsController }) => void (this.remote = new RemoteReviewsController(this)),
        // A blocked or failed chunk is a load error like any other: shown with a retry.
        () => void (this.remoteUnavailable = true),
      )
      .finally(() => {
        this.remoteLoading = undefined;
        this.requestUpdate();
      });
    return undefined;
  }

  private get remoteStatus(): RemoteReviewsController['status'] {
    return this.remote?.status ?? (this.remoteUnavailable ? 'error' : 'loading');
  }

  private retryRemote(): void {
    if (this.remote) this.remote.retry();
    else {
      this.remoteUnavailable = false;
      this.requestUpdate();
    }
  }

  /**
   * The summary and the list: from the source URL when the config names one (its inline
   * `items` are then not merged in, since the server's summary could not count them), else
   * from the inline `items`.
   */
  private data(section: ReviewsConfig): { summary: ReviewsSummary | null; view: ReviewsView; remote: boolean } {
    if (section.source?.url) {
      return { summary: this.remote?.summary ?? null, view: this.remote?.view ?? { items: [], total: 0, hasMore: false }, remote: true };
    }
    const items = section.items ?? [];
    const view = localView(items, this.listQuery(section), this.shownCount(section));
    // `product` is null once its attribute is removed: that means every review, as in the list.
    return { summary: summarizeReviews(items, this.product || undefined), view, remote: false };
  }

  override render() {
    const section = this.merchantConfig.section();
    if (section.status === 'loading') return this.renderSkeleton(DEFAULT_PAGE_SIZE);
    if (section.status !== 'ready') return nothing;
    const reviews = section.value;
    if (DEV && !reviews.disclosure && !warnedWithoutDisclosure.has(reviews)) {
      warnedWithoutDisclosure.add(reviews);
      console.warn(
        'Candor <candor-reviews>: the config has no reviews.disclosure (/reviews/disclosure). EU UCPD art. 7(6) requires saying whether and how reviews are checked; buyers are told it is missing.',
      );
    }
    if (!this.localize.ready) return this.renderSkeleton(reviews.display?.pageSize ?? DEFAULT_PAGE_SIZE);
    const { summary, view, remote } = this.data(reviews);
    if (remote && summary === null) {
      return this.remoteStatus === 'error' ? this.renderError() : this.renderSkeleton(reviews.display?.pageSize ?? DEFAULT_PAGE_SIZE);
    }
    const loading = remote && this.remoteStatus === 'loading';
    return html`${this.renderSummary(summary!)} ${this.renderDisclosure(reviews)} ${this.renderControls(summary!)}
      <p part="status" role="status">${this.statusText(summary!, view)}</p>
      <ol part="list" aria-busy=${loading ? 'true' : 'false'}>
        ${view.items.map((review, index) => html`<li>${this.renderReview(review, index, reviews)}</li>`)}
      </ol>
      ${remote && this.remoteStatus === 'error' ? this.renderError() : nothing}
      ${view.hasMore && !(remote && this.remoteStatus === 'error')
        ? html`<button part="load-more" type="button" ?disabled=${loading} @click=${() => this.showMore(view.items.length)}>
            ${loading ? this.localize.messages.common.loading : this.localize.messages.common.showMore}
          </button>`
        : nothing}
      ${this.renderViewer()}`;
  }

  private statusText(summary: ReviewsSummary, view: ReviewsView): string {
    const messages = this.localize.messages;
    const locale = this.localize.intlLocale;
    if (view.total > 0) return messages.reviews.showing({ shown: view.items.length, total: view.total, locale });
    if (!summary.rating) return messages.rating.noReviews;
    const onlyStars = !this.verifiedOnly && !this.withPhotos && !this.language && !this.search.trim();
    if (this.stars.length > 0 && onlyStars) {
      return messages.reviews.noStars({ stars: [...this.stars].sort((a, b) => a - b), locale });
    }
    return messages.reviews.noMatch;
  }

  private renderSkeleton(pageSize: number) {
    // A first page rarely outgrows the screen: more placeholders than that would only overshoot.
    const rows = Math.min(pageSize, 10);
    return html`<div part="skeleton" aria-busy="true">
      <span class="skeleton-label">${this.localize.messages.common.loading}</span>
      <div class="skeleton-summary"></div>
      ${Array.from({ length: rows }, () => html`<div class="skeleton-review"></div>`)}
    </div>`;
  }

  private renderError() {
    const common = this.localize.messages.common;
    return html`<p part="error" role="alert">
      ${common.loadError}
      <button type="button" @click=${this.retryRemote}>${common.retry}</button>
    </p>`;
  }

  private renderSummary(summary: ReviewsSummary) {
    const messages = this.localize.messages.reviews;
    const locale = this.localize.intlLocale;
    const rating = summary.rating;
    const fit = summary.fit;
    const verdict = fit?.verdict;
    return html`<div part="summary">
      ${rating ? html`<candor-rating part="average" lang=${this.localize.intlLocale} value=${rating.average} count=${rating.count}></candor-rating>` : nothing}
      ${rating
        ? html`<ul part="histogram">
            ${STARS.map((star) => {
              const count = rating.distribution[5 - star]!;
              const share = count / rating.count;
              const percent = formatNumber(locale, share, { style: 'percent', maximumFractionDigits: 0 });
              const pressed = this.stars.includes(star);
              return html`<li>
                <button part="row" type="button" aria-pressed=${pressed ? 'true' : 'false'} @click=${() => this.toggleStars(star)}>
                  <span class="row-text">${messages.row({ stars: star, count, percent, locale })}</span>
                  <svg part="bar" aria-hidden="true" viewBox="0 0 100 4" preserveAspectRatio="none">
                    <rect class="track" width="100" height="4"></rect>
                    ${svg`<rect class="fill" width=${Math.round(share * 1000) / 10} height="4"></rect>`}
                  </svg>
                </button>
              </li>`;
            })}
          </ul>`
        : nothing}
      ${fit && verdict
        ? html`<p part="fit">
            ${messages.fitSummary({ fit: verdict, count: fitCount(fit, verdict), answers: fit.count, locale })}
          </p>`
        : nothing}
    </div>`;
  }

  private renderDisclosure(section: ReviewsConfig) {
    const messages = this.localize.messages.reviews;
    const disclosure = section.disclosure;
    if (!disclosure) return html`<div part="disclosure"><p>${messages.noDisclosure}</p></div>`;
    const policy = safeUrl(disclosure.url);
    return html`<div part="disclosure">
      <p>${messages.verification(disclosure.verification)}</p>
      <p>${disclosure.text}</p>
      ${disclosure.allPublished ? html`<p>${messages.allPublished}</p>` : nothing}
      ${disclosure.moderation ? html`<p>${disclosure.moderation}</p>` : nothing}
      ${policy ? html`<p><a href=${policy}>${messages.policy}</a></p>` : nothing}
    </div>`;
  }

  private renderControls(summary: ReviewsSummary) {
    const messages = this.localize.messages.reviews;
    if (!summary.rating) return nothing;
    const sort = this.currentSort();
    const languageNames = this.languageNames();
    return html`<div part="controls">
      <label class="control">
        <span>${messages.sortBy}</span>
        <select @change=${this.onSort}>
          ${REVIEW_SORTS.map((each) => html`<option value=${each} ?selected=${each === sort}>${messages.sort(each)}</option>`)}
        </select>
      </label>
      ${summary.verified > 0
        ? html`<label class="control">
            <input type="checkbox" ?checked=${this.verifiedOnly} @change=${this.onVerified} />
            <span>${messages.verifiedOnly}</span>
          </label>`
        : nothing}
      ${summary.withPhotos > 0
        ? html`<label class="control">
            <input type="checkbox" ?checked=${this.withPhotos} @change=${this.onPhotos} />
            <span>${messages.withPhotos}</span>
          </label>`
        : nothing}
      ${summary.languages.length > 1
        ? html`<label class="control">
            <span>${messages.language}</span>
            <select @change=${this.onLanguage}>
              <option value="" ?selected=${this.language === ''}>${messages.allLanguages}</option>
              ${summary.languages.map(
                (code) => html`<option value=${code} ?selected=${code === this.language}>${languageNames(code)}</option>`,
              )}
            </select>
          </label>`
        : nothing}
      <form class="control" role="search" @submit=${this.onSearch}>
        <label for="search">${messages.search}</label>
        <input id="search" type="search" name="q" .value=${this.search} @change=${this.onSearch} @search=${this.onSearch} />
      </form>
    </div>`;
  }

  private currentSort(): ReviewSort {
    const section = this.merchantConfig.section();
    return this.sortBy ?? (section.status === 'ready' ? section.value.display?.sort : undefined) ?? 'newest';
  }

  private languageNames(): (code: string) => string {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([this.localize.intlLocale], { type: 'language' });
    } catch {
      names = undefined;
    }
    return (code) => names?.of(code) ?? code;
  }

  private renderReview(review: Review, index: number, section: ReviewsConfig) {
    // Ids from configs may hold spaces, which aria-labelledby would split: label by position.
    const labelId = `review-${index}`;
    const messages = this.localize.messages.reviews;
    const locale = this.localize.intlLocale;
    const pageLanguage = primaryLanguage(this.localize.locale);
    const written = review.locale ? primaryLanguage(review.locale) : undefined;
    const translation =
      written && written !== pageLanguage
        ? review.translations?.find((each) => primaryLanguage(each.locale) === pageLanguage)
        : undefined;
    const original = !translation || this.originalsShown.has(review.id);
    const title = original ? review.title : (translation.title ?? review.title);
    const body = original ? review.body : translation.body;
    const textLang = original ? review.locale : translation.locale;
    const helpful = this.helpfulGiven.has(review.id);
    const badges = [
      review.verified ? messages.verified : undefined,
      review.source ? messages.source(review.source) : undefined,
      review.incentivised || review.incentive ? messages.incentivised(review.incentive) : undefined,
    ].filter((badge): badge is string => badge !== undefined);
    const shopName = this.merchantConfig.shop()?.name;

    return html`<article part="review" tabindex="-1" aria-labelledby=${labelId}>
      <candor-rating part="review-rating" lang=${this.localize.intlLocale} value=${review.rating}></candor-rating>
      ${title ? html`<p part="review-title" id=${labelId} lang=${textLang ?? nothing}>${title}</p>` : nothing}
      <p part="review-meta" id=${title ? nothing : labelId}>
        <span class="author">${displayAuthor(review.author, section.display?.authorNames)}</span>
        · ${this.renderDate(review.date)}
      </p>
      ${badges.length > 0 ? html`<ul part="badges">${badges.map((badge) => html`<li part="badge">${badge}</li>`)}</ul>` : nothing}
      ${body ? html`<p part="review-body" lang=${textLang ?? nothing}>${body}</p>` : nothing}
      ${translation
        ? html`<p part="translation">
            ${original ? nothing : `${messages.translatedFrom({ language: this.languageNames()(written!), by: translation.by ?? 'machine' })} · `}
            <button type="button" @click=${() => this.toggleOriginal(review.id)}>
              ${original ? messages.showTranslation : messages.showOriginal}
            </button>
          </p>`
        : nothing}
      ${review.fit ? html`<p part="fit-note">${messages.fitNote(review.fit)}</p>` : nothing}
      ${review.photos?.length ? this.renderPhotos(review.photos) : nothing}
      <button part="helpful" type="button" aria-pressed=${helpful ? 'true' : 'false'} @click=${() => this.markHelpful(review.id)}>
        ${messages.helpful({ count: (review.helpful ?? 0) + (helpful ? 1 : 0), locale })}
      </button>
      ${review.reply
        ? html`<div part="reply">
            <p part="reply-label">${messages.replyFrom(shopName)}</p>
            <p part="reply-body">${review.reply.body}</p>
            <p part="reply-author">
              ${[review.reply.author, review.reply.role].filter(Boolean).join(', ')} · ${this.renderDate(review.reply.date)}
            </p>
          </div>`
        : nothing}
    </article>`;
  }

  /** A date in words: relative within the last weeks ("yesterday", "2 weeks ago"), else the date. */
  private renderDate(date: string) {
    const locale = this.localize.intlLocale;
    const today = localIsoDate(this.frozenNow() ?? this.clock.now());
    const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / DAY);
    let text: string;
    if (days >= 0 && days < 7) text = formatRelativeTime(locale, -days, 'day');
    else if (days >= 7 && days < 28) text = formatRelativeTime(locale, -Math.floor(days / 7), 'week');
    else text = formatDate(locale, date);
    return html`<time datetime=${date}>${text}</time>`;
  }

  private renderPhotos(photos: readonly ReviewPhoto[]) {
    return html`<ul part="photos">
      ${photos.map((photo) => {
        const src = safeUrl(photo.src);
        return src
          ? html`<li>
              <button part="photo" type="button" @click=${(event: Event) => this.openPhoto(photo, event.currentTarget as HTMLElement)}>
                <img src=${src} alt=${photo.alt} width=${photo.width} height=${photo.height} loading="lazy" decoding="async" />
              </button>
            </li>`
          : nothing;
      })}
    </ul>`;
  }

  private renderViewer() {
    const photo = this.viewing;
    return html`<dialog part="viewer" aria-label=${photo?.alt ?? nothing} @close=${this.onViewerClose}>
      ${photo
        ? html`<img src=${safeUrl(photo.src) ?? ''} alt=${photo.alt} width=${photo.width} height=${photo.height} />
            <p class="caption">${photo.alt}</p>`
        : nothing}
      <form method="dialog"><button type="submit">${this.localize.messages.common.close}</button></form>
    </dialog>`;
  }

  private async openPhoto(photo: ReviewPhoto, opener: HTMLElement): Promise<void> {
    this.viewerOpener = opener;
    this.viewing = photo;
    await this.updateComplete;
    // The element may have left the page meanwhile; showModal would throw there.
    const viewer = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    if (this.isConnected && viewer && !viewer.open) viewer.showModal();
  }

  private onViewerClose(): void {
    this.viewing = undefined;
    // Chromium returns focus itself; others may not, and the buyer must land where they were.
    this.viewerOpener?.focus();
    this.viewerOpener = undefined;
  }

  private showMore(shown: number): void {
    this.focusFrom = shown;
    this.pages += 1;
  }

  /** Any change of what is listed starts again from the first page. */
  private changed(): void {
    this.pages = 1;
    this.focusFrom = undefined;
  }

  private toggleStars(star: number): void {
    this.stars = this.stars.includes(star) ? this.stars.filter((each) => each !== star) : [...this.stars, star];
    this.changed();
  }

  private onSort(event: Event): void {
    this.sortBy = (event.target as HTMLSelectElement).value as ReviewSort;
    this.changed();
  }

  private onVerified(event: Event): void {
    this.verifiedOnly = (event.target as HTMLInputElement).checked;
    this.changed();
  }

  private onPhotos(event: Event): void {
    this.withPhotos = (event.target as HTMLInputElement).checked;
    this.changed();
  }

  private onLanguage(event: Event): void {
    this.language = (event.target as HTMLSelectElement).value;
    this.changed();
  }

  private onSearch(event: Event): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#search');
    const search = input?.value ?? '';
    if (search === this.search) return;
    this.search = search;
    this.changed();
  }

  private toggleOriginal(id: string): void {
    const shown = new Set(this.originalsShown);
    if (!shown.delete(id)) shown.add(id);
    this.originalsShown = shown;
  }

  private markHelpful(id: string): void {
    if (this.helpfulGiven.has(id)) return;
    this.helpfulGiven = new Set(this.helpfulGiven).add(id);
    this.dispatchEvent(new ReviewHelpfulEvent(id));
  }
}

function fitCount(fit: NonNullable<ReviewsSummary['fit']>, verdict: 'runs-small' | 'true-to-size' | 'runs-large'): number {
  return verdict === 'runs-small' ? fit.runsSmall : verdict === 'runs-large' ? fit.runsLarge : fit.trueToSize;
}
