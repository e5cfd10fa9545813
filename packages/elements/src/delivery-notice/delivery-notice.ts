import { LitElement, html, nothing, type PropertyValues } from 'lit';
import {
  checkDeliverySection,
  deliveryDetails,
  deliveryNoticeText,
  noDeliveryText,
  type CandorConfig,
  type DeliveryConfig,
  type DeliveryDetails,
  type NoticeLine,
  type StockMode,
  type StockState,
} from '@candor/core';
import { ConfigController } from '../shared/config-controller.js';
import { LocaleController } from '../shared/locale-controller.js';
import { ClockController, nextMinute } from '../shared/clock-controller.js';
import { hostStyles } from '../shared/host.styles.js';
import { hydrateOrRenderAfresh } from '../shared/hydration.js';
import { deliveryNoticeStyles } from './delivery-notice.styles.js';

/** A real calendar date `YYYY-MM-DD` (not 2026-02-30): it survives a round trip through `Date`. */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const COUNTRY_CODE = /^[A-Za-z]{2}$/;

/** The buyer picked another carrier in the notice's chooser. */
export class CarrierChangeEvent extends Event {
  static readonly type = 'candor-carrier-change';
  /** The id of the carrier now shown, as in the config. */
  readonly carrier: string;

  constructor(carrier: string) {
    super(CarrierChangeEvent.type, { bubbles: true, composed: true });
    this.carrier = carrier;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'candor-carrier-change': CarrierChangeEvent;
  }
}

/** What one render shows, and when it next goes stale. */
type View =
  | { kind: 'waiting' }
  | { kind: 'hidden' }
  | { kind: 'unserved'; text: string }
  | { kind: 'notice'; details: DeliveryDetails; lines: NoticeLine[]; countdown: boolean };

/**
 * When an order placed now ships and when it arrives, in the buyer's language, computed from
 * the merchant config's `delivery` section: "Order within 2 h 14 min and it ships today" /
 * "Arrives Fri 27 – Sat 28 Nov with InPost Paczkomaty". The countdown appears only when the
 * cut-off is a real deadline; it changes once a minute (no live region: it would chatter), and
 * the notice recomputes at the cut-off, at midnight and when the tab becomes visible again.
 * Set `now` to freeze the clock (stories, screenshots, tests).
 *
 * Server rendering without layout shift: put the same lines in the light DOM, one
 * `<div slot="fallback">` per line, as text (in `@candor/core`, `deliveryNoticeText` gives them:
 * the headline, the arrival, the on-time rate when the config has one, and, when two or more
 * carriers serve, a chooser line such as `Carrier: InPost Paczkomaty`). They show until the
 * element has its language and config, then the element draws the same lines, each one text
 * line high, so nothing below moves. Give the fallback no margins or padding of its own.
 *
 * ```html
 * <candor-delivery-notice destination="PL">
 *   <div slot="fallback">Order within 2 h 14 min and it ships today</div>
 *   <div slot="fallback">Arrives Wed 25 – Thu 26 Nov with InPost Paczkomaty</div>
 * </candor-delivery-notice>
 * ```
 *
 * @summary An honest delivery estimate: when it ships, when it arrives, with whom.
 *
 * @slot fallback - Server-rendered lines shown until the element is ready (one `<div>` per line).
 *
 * @fires {CarrierChangeEvent} candor-carrier-change - The buyer chose another carrier; `event.carrier` is its id.
 *
 * @csspart headline - When it ships: the countdown, the next dispatch day, the restock or the made-to-order lead time.
 * @csspart arrival - When it arrives, and with which carrier.
 * @csspart on-time - The shop's measured on-time rate, when the config has one.
 * @csspart chooser - The carrier chooser line (only when two or more carriers serve the destination).
 * @csspart chooser-label - The chooser's visible label.
 * @csspart select - The chooser's `<select>`.
 * @csspart unavailable - The line shown when no carrier serves the destination.
 *
 * @cssprop [--candor-delivery-gap=0] - Space between the lines.
 * @cssprop --candor-delivery-headline-weight - Font weight of the headline; 600 by default.
 */
export class CandorDeliveryNotice extends LitElement {
  static override styles = [hostStyles, deliveryNoticeStyles];

  static override properties = {
    destination: {},
    carrier: {},
    stock: {},
    restockDate: { attribute: 'restock-date' },
    leadDays: { type: Number, attribute: 'lead-days' },
    now: {},
    config: { attribute: false },
    configSrc: { attribute: 'config-src' },
  };

  /** The buyer's country (ISO 3166-1 alpha-2). Default: the config's `shop.country`, else the warehouse's. */
  declare destination: string | undefined;
  /** A carrier id from the config; the chooser sets it. Default: the carrier that arrives soonest. */
  declare carrier: string | undefined;
  /** This product's stock, overriding the config's `delivery.stock`: `in-stock`, `backorder` (with `restock-date`) or `made-to-order` (with `lead-days`). */
  declare stock: StockMode | undefined;
  /** With `stock="backorder"`: when the stock arrives, `YYYY-MM-DD` in the warehouse's time zone. */
  declare restockDate: string | undefined;
  /** With `stock="made-to-order"`: dispatch days needed to make the item. */
  declare leadDays: number | undefined;
  /** An ISO instant such as `2026-11-24T10:46:00Z` that freezes the clock. Without it, the live clock. */
  declare now: string | undefined;
  /** A whole merchant config (`candor.json` as an object), instead of the page's. */
  declare config: CandorConfig | undefined;
  /** URL of a `candor.json` to read instead of the page's config. */
  declare configSrc: string | undefined;

  private readonly merchantConfig = new ConfigController(this, 'delivery', checkDeliverySection);
  private readonly localize = new LocaleController(this, () => this.merchantConfig.shop()?.locale);
  private readonly clock = new ClockController(this);
  /** When the shown text next changes on its own; set by each render. */
  private staleAt: number | undefined;
  /** The carrier the last render shows; the chooser is set to it once its options are in place. */
  private shownCarrier: string | undefined;

  protected override update(changed: PropertyValues<this>): void {
    hydrateOrRenderAfresh(this, () => super.update(changed));
  }

  // Renders while the language loads (the fallback slot keeps the box from collapsing), unless the
  // server rendered it: the first render then hydrates that HTML and must match it.
  protected override shouldUpdate(): boolean {
    return this.localize.resolve() || !this.localize.hydrating;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.clock.renewAt(this.staleAt);
    const chooser = this.renderRoot.querySelector('select');
    if (chooser && this.shownCarrier !== undefined) chooser.value = this.shownCarrier;
  }

  /** The frozen instant when `now` is a valid instant, else undefined (the live clock). */
  private frozenNow(): number | undefined {
    if (!this.now) return undefined;
    const instant = Date.parse(this.now);
    return /T.*(Z|[+-]\d{2}:\d{2})$/.test(this.now) && Number.isFinite(instant) ? instant : undefined;
  }

  /** The product's own stock when its attributes make a whole one; otherwise the config decides. */
  private stockOverride(): StockState | undefined {
    switch (this.stock) {
      case 'in-stock':
        return { mode: 'in-stock' };
      case 'backorder':
        return this.restockDate && isCalendarDate(this.restockDate) ? { mode: 'backorder', restockDate: this.restockDate } : undefined;
      case 'made-to-order':
        return Number.isInteger(this.leadDays) && this.leadDays! >= 1 ? { mode: 'made-to-order', leadDays: this.leadDays! } : undefined;
      default:
        return undefined;
    }
  }

  private destinationFor(delivery: DeliveryConfig): string {
    // Anything but a two-letter code is a mistake in the markup: fall back rather than show it.
    const attribute = this.destination?.trim();
    const code = (attribute && COUNTRY_CODE.test(attribute) ? attribute : undefined) || this.merchantConfig.shop()?.country || delivery.country;
    return code.toUpperCase();
  }

  private view(now: number): View {
    const section = this.merchantConfig.section();
    if (section.status === 'loading') return { kind: 'waiting' };
    if (section.status !== 'ready') return { kind: 'hidden' };
    if (!this.localize.ready) return { kind: 'waiting' };
    const delivery = section.value;
    const locale = this.localize.intlLocale;
    const messages = this.localize.messages.delivery;
    const destination = this.destinationFor(delivery);
    const query = { now: new Date(now).toISOString(), destination, stock: this.stockOverride() };
    try {
      // A named carrier that does not serve this destination gives way to the default choice.
      const details = (this.carrier && deliveryDetails(delivery, { ...query, carrier: this.carrier })) || deliveryDetails(delivery, query);
      if (!details) {
        const served = delivery.carriers.some((carrier) => carrier.transit[destination] ?? carrier.transit.default);
        // A carrier serves the country, so the calendar never ships: say nothing rather than "we don't deliver".
        if (served) {
          console.warn(`Candor <${this.localName}>: no dispatch day found in the delivery calendar (/delivery: workingDays, cutoff, closures); the notice is hidden.`);
          return { kind: 'hidden' };
        }
        return { kind: 'unserved', text: noDeliveryText(messages, locale, destination) };
      }
      const text = deliveryNoticeText(details, messages, { locale, now, onTime: delivery.onTime });
      const lines = [text.headline, text.arrival, ...(text.onTime ? [text.onTime] : [])];
      return { kind: 'notice', details, lines, countdown: text.countdown };
    } catch (error) {
      // The schema cannot see every impossible calendar; the page must go on all the same.
      console.warn(`Candor <${this.localName}>: no estimate:`, error);
      return { kind: 'hidden' };
    }
  }

  override render() {
    const frozen = this.frozenNow();
    const now = frozen ?? this.clock.now();
    const view = this.view(now);
    this.staleAt = undefined;
    this.shownCarrier = undefined;
    if (view.kind === 'waiting') return html`<slot name="fallback"></slot>`;
    if (view.kind === 'hidden') return nothing;
    if (view.kind === 'unserved') return html`<p part="unavailable">${view.text}</p>`;

    const { details, lines, countdown } = view;
    if (frozen === undefined) {
      // The countdown moves each minute; otherwise nothing changes before `validUntil` (the cut-off or midnight).
      this.staleAt = countdown ? nextMinute(now) : Date.parse(details.validUntil);
    }
    const [headline, arrival, onTime] = lines;
    return html`<p part="headline">${renderLine(headline!)}</p>
      <p part="arrival">${renderLine(arrival!)}</p>
      ${onTime ? html`<p part="on-time">${renderLine(onTime)}</p>` : nothing}
      ${details.carriers.length >= 2 ? this.renderChooser(details) : nothing}`;
  }

  private renderChooser(details: DeliveryDetails) {
    this.shownCarrier = details.carrier;
    return html`<p part="chooser">
      <label part="chooser-label" for="carrier">${this.localize.messages.delivery.carrier}</label>
      <select part="select" id="carrier" @change=${this.onCarrierChange}>
        ${details.carriers.map(
          // `?selected` for the server's HTML (a `.selected` binding would be written as selected="false");
          // `updated()` keeps the choice in step when the carrier changes later.
          (each) => html`<option value=${each.carrier} ?selected=${each.carrier === details.carrier}>${each.name}</option>`,
        )}
      </select>
    </p>`;
  }

  private onCarrierChange(event: Event): void {
    const carrier = (event.target as HTMLSelectElement).value;
    this.carrier = carrier;
    this.dispatchEvent(new CarrierChangeEvent(carrier));
  }
}

/** A line as text, with each date in a `<time datetime>`. */
function renderLine(line: NoticeLine) {
  return line.map((segment) => (segment.date ? html`<time datetime=${segment.date}>${segment.text}</time>` : segment.text));
}
