import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import {
  PARTNER_BADGE_KINDS,
  PARTNER_BADGE_LAYOUTS,
  checkPartnersSection,
  loadPartnerDescriptions,
  partnerBadges,
  partnerDescriptionsFor,
  type CandorConfig,
  type Locale,
  type PartnerBadge,
  type PartnerBadgeKind,
  type PartnerBadgeLayout,
  type PartnerDescriptions,
  type PartnerGroup,
} from '@candor/core';
import { ConfigController } from '../shared/config-controller.js';
import { LocaleController } from '../shared/locale-controller.js';
import { hostStyles } from '../shared/host.styles.js';
import { hydrateOrRenderAfresh } from '../shared/hydration.js';
import { partnerBadgesStyles } from './partner-badges.styles.js';

const oneOf = <T extends string>(list: readonly T[], value: unknown, fallback: T): T =>
  (list as readonly unknown[]).includes(value) ? (value as T) : fallback;

/** Descriptions whose module failed to load (offline, a blocked chunk): not waited for again. */
const failedDescriptions = new Set<Locale>();

/**
 * The payment methods and couriers a shop works with, from the merchant config's `partners`
 * section, so buyers see names they already trust and what each means for them: "Pay with a
 * six-digit code from your banking app", "Fee: 5,00 zł".
 *
 * Every known partner is a clean text badge with its name: Candor ships no brand artwork (see
 * `@candor/core`'s partners/ARTWORK.md). A partner with `artwork` shows the merchant's own
 * image, drawn at the badge height without stretching, in a box sized before it loads; when it
 * fails to load, the text badge takes the same box, so nothing moves and no broken-image icon
 * shows. Fees are shown on the badge, as currency. Descriptions and links to the partners'
 * terms are listed in the `list` layout, and under a native disclosure (`<details>`) in the
 * others: readable by keyboard and touch, never only on hover.
 *
 * All three layouts are static HTML and CSS: rendered on a server (`@lit-labs/ssr`, with the
 * `config` property set and `loadMessages(locale)` and `loadPartnerDescriptions(locale)` of
 * `@candor/core` awaited first), they need no script. On a server the language is the config's
 * `shop.locale`.
 *
 * @summary Payment and courier partner badges with what each means for the buyer.
 *
 * @csspart group - One group of partners: payment methods or couriers.
 * @csspart label - A group's visible label ("Payment methods"); left out with `no-label`.
 * @csspart badges - The list of badges (row and grid layouts).
 * @csspart list - The list of partners with descriptions (list layout).
 * @csspart badge - One partner: its mark, and its fee when it has one.
 * @csspart mark - The badge box, as high as every other: the artwork, or the name as text.
 * @csspart name - The partner's name as text (hidden behind artwork that loaded).
 * @csspart artwork - The merchant's artwork `<img>`.
 * @csspart fee - What the partner costs the buyer.
 * @csspart text - In the list layout: the description, the fee and the terms link.
 * @csspart description - What the partner means for the buyer.
 * @csspart terms - A link to the partner's terms.
 * @csspart details - The disclosure with descriptions under the row and grid layouts.
 * @csspart summary - The disclosure's summary line.
 * @csspart descriptions - The list inside the disclosure.
 *
 * @cssprop [--candor-partner-badge-height=2.25em] - Height of every badge (never below 24px); in the grid, a line whose name wraps grows to fit it.
 * @cssprop [--candor-partner-badge-min-width=7.5em] - Narrowest grid column.
 * @cssprop [--candor-partner-badge-background=transparent] - Background of a badge.
 * @cssprop --candor-partner-badge-border-color - Badge outline; a faint currentColor by default.
 * @cssprop [--candor-partner-badges-gap=0.5em] - Space between badges.
 */
export class CandorPartnerBadges extends LitElement {
  static override styles = [hostStyles, partnerBadgesStyles];

  static override properties = {
    kind: { reflect: true },
    layout: { reflect: true },
    destination: {},
    product: {},
    noLabel: { type: Boolean, attribute: 'no-label' },
    config: { attribute: false },
    configSrc: { attribute: 'config-src' },
    failedArtwork: { state: true },
  };

  /** Which partners: `payment`, `courier` or `all` (both groups, payment first). */
  declare kind: PartnerBadgeKind;
  /** `row` (a wrapping row of badges), `grid` (even columns) or `list` (each with its description). */
  declare layout: PartnerBadgeLayout;
  /** The buyer's country (ISO 3166-1 alpha-2): partners limited to other countries are left out. Without it, all show. */
  declare destination: string | undefined;
  /** A product id, SKU or handle: partners limited to other products are left out. Without it, all show. */
  declare product: string | undefined;
  /** Leaves out the visible group labels (the lists keep them as their accessible names). */
  declare noLabel: boolean;
  /** A whole merchant config (`candor.json` as an object), instead of the page's. */
  declare config: CandorConfig | undefined;
  /** URL of a `candor.json` to read instead of the page's config. */
  declare configSrc: string | undefined;
  declare private failedArtwork: ReadonlySet<string>;

  private readonly merchantConfig = new ConfigController(this, 'partners', checkPartnersSection);
  private readonly localize = new LocaleController(this, () => this.merchantConfig.shop()?.locale);

  constructor() {
    super();
    this.kind = 'all';
    this.layout = 'row';
    this.noLabel = false;
    this.failedArtwork = new Set();
  }

  protected override update(changed: PropertyValues<this>): void {
    hydrateOrRenderAfresh(this, () => super.update(changed));
  }

  // Server HTML is hydrated only once the descriptions it shows are here too (else it would be replaced by nothing).
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    return super.shouldUpdate(changed) && this.localize.resolve() && (!this.localize.hydrating || this.descriptions() !== 'loading');
  }

  /** What each known partner means, in the page's language: `loading` until its module is here. */
  private descriptions(): PartnerDescriptions | 'loading' | undefined {
    const locale = this.localize.locale;
    const ready = partnerDescriptionsFor(locale);
    // On a server nothing waits: it renders with what it loaded beforehand (`loadPartnerDescriptions`).
    if (ready || isServer || failedDescriptions.has(locale)) return ready;
    loadPartnerDescriptions(locale).then(
      () => this.requestUpdate(),
      (error: unknown) => {
        failedDescriptions.add(locale);
        console.warn(`Candor <${this.localName}>: the "${locale}" partner descriptions did not load; only the shop's own are shown.`, error);
        this.requestUpdate();
      },
    );
    return 'loading';
  }

  override render() {
    const section = this.merchantConfig.section();
    if (section.status !== 'ready') return nothing;
    const descriptions = this.descriptions();
    if (descriptions === 'loading') return nothing;
    const kind = oneOf(PARTNER_BADGE_KINDS, this.kind, 'all');
    const badges = partnerBadges(
      section.value,
      { kind, destination: this.destination, product: this.product },
      {
        locale: this.localize.intlLocale,
        messages: this.localize.messages.partners,
        descriptions,
        currency: this.merchantConfig.shop()?.currency,
      },
    );
    const groups = (['payment', 'courier'] as const)
      .map((group) => [group, badges.filter((badge) => badge.group === group)] as const)
      .filter(([, members]) => members.length > 0);
    return groups.map(([group, members]) => this.renderGroup(group, members));
  }

  private renderGroup(group: PartnerGroup, badges: PartnerBadge[]) {
    const messages = this.localize.messages.partners;
    const layout = oneOf(PARTNER_BADGE_LAYOUTS, this.layout, 'row');
    const labelId = `label-${group}`;
    const label = messages.group(group);
    const labelled = this.noLabel ? { id: nothing, label } : { id: labelId, label: nothing };
    const explained = badges.filter((badge) => badge.description || badge.fee || badge.url);
    return html`<div part="group" class="group">
      ${this.noLabel ? nothing : html`<p part="label" id=${labelId}>${label}</p>`}
      ${layout === 'list'
        ? html`<ul part="list" aria-labelledby=${labelled.id} aria-label=${labelled.label}>
            ${badges.map((badge) => html`<li part="badge">${this.renderMark(badge)}${this.renderText(badge)}</li>`)}
          </ul>`
        : html`<ul part="badges" aria-labelledby=${labelled.id} aria-label=${labelled.label}>
              ${badges.map(
                (badge) => html`<li part="badge">
                  ${this.renderMark(badge)}${badge.fee ? html`<span part="fee">${badge.fee}</span>` : nothing}
                </li>`,
              )}
            </ul>
            ${explained.length > 0
              ? html`<details part="details">
                  <summary part="summary">${messages.details(group)}</summary>
                  <dl part="descriptions">
                    ${explained.map(
                      (badge) => html`<div>
                        <dt>${badge.name}</dt>
                        ${badge.description ? html`<dd part="description">${badge.description}</dd>` : nothing}
                        ${badge.fee ? html`<dd part="fee">${badge.fee}</dd>` : nothing}
                        ${badge.url ? html`<dd>${this.renderTerms(badge)}</dd>` : nothing}
                      </div>`,
                    )}
                  </dl>
                </details>`
              : nothing}`}
    </div>`;
  }

  /**
   * The badge box. With artwork, the image and the name share one grid cell: the box is as wide
   * as the wider of the two, the image shows and the name only holds its place. If the image
   * fails, the two swap visibility in the same box. The accessible name is always the one that shows.
   */
  private renderMark(badge: PartnerBadge) {
    const artwork = badge.artwork;
    if (!artwork) return html`<span part="mark" class="mark"><span part="name" class="name">${badge.name}</span></span>`;
    const failed = this.failedArtwork.has(artwork.src);
    return html`<span part="mark" class=${failed ? 'mark artwork failed' : 'mark artwork'}>
      <span part="name" class="name">${badge.name}</span>
      <img
        part="artwork"
        src=${artwork.src}
        alt=${failed ? '' : badge.name}
        width=${artwork.width}
        height=${artwork.height}
        decoding="async"
        @error=${() => this.onArtworkError(artwork.src)}
      />
    </span>`;
  }

  private renderText(badge: PartnerBadge) {
    if (!badge.description && !badge.fee && !badge.url) return nothing;
    return html`<span part="text" class="text">
      ${badge.description ? html`<span part="description">${badge.description}</span>` : nothing}
      ${badge.fee ? html`<span part="fee">${badge.fee}</span>` : nothing}
      ${badge.url ? this.renderTerms(badge) : nothing}
    </span>`;
  }

  private renderTerms(badge: PartnerBadge) {
    return html`<a part="terms" href=${badge.url!} rel="noopener noreferrer">${this.localize.messages.partners.terms(badge.name)}</a>`;
  }

  private onArtworkError(src: string): void {
    if (this.failedArtwork.has(src)) return;
    this.failedArtwork = new Set(this.failedArtwork).add(src);
  }
}
