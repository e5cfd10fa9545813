import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  UNIT_SYSTEMS,
  chartSystem,
  checkReviewsSection,
  checkSizeGuideSection,
  defaultUnitSystem,
  findChart,
  sizeLabel,
  summarizeReviews,
  type BuyerMeasurements,
  type CandorConfig,
  type ChartMeasurement,
  type FitSummary,
  type SizeChart,
  type SizeSystem,
  type UnitSystem,
} from '@candor/core';
import { ConfigController } from '../shared/config-controller.js';
import { LocaleController } from '../shared/locale-controller.js';
import { hostStyles } from '../shared/host.styles.js';
import { hydrateOrRenderAfresh } from '../shared/hydration.js';
import { readPreference, writePreference } from '../shared/storage.js';
import type { Entries, FieldErrors } from './guide.js';
import { sizeGuideStyles } from './size-guide.styles.js';

/** The buyer chose the recommended size. A theme selects that variant (its `label` in `system`, or any of `labels`). */
export class SizeSelectedEvent extends Event {
  static readonly type = 'candor-size-selected';
  /** The chart's `id`. */
  readonly chart: string;
  /** The size's position in the chart's `sizes`, from 0. */
  readonly index: number;
  /** The size's label in `system`, e.g. `42`. */
  readonly label: string;
  /** The size system the buyer was reading. */
  readonly system: SizeSystem;
  /** Every label of the size, by system, as in the config. */
  readonly labels: Readonly<Partial<Record<SizeSystem, string>>>;

  constructor(detail: { chart: string; index: number; label: string; system: SizeSystem; labels: Partial<Record<SizeSystem, string>> }) {
    super(SizeSelectedEvent.type, { bubbles: true, composed: true });
    this.chart = detail.chart;
    this.index = detail.index;
    this.label = detail.label;
    this.system = detail.system;
    this.labels = detail.labels;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'candor-size-selected': SizeSelectedEvent;
  }
}

/** Where a visitor's choices are remembered, across pages and visits (no personal data: a unit and a system). */
export const UNITS_KEY = 'candor:size-guide:units';
export const SYSTEM_KEY = 'candor:size-guide:system';

const isUnitSystem = (value: unknown): value is UnitSystem => (UNIT_SYSTEMS as readonly unknown[]).includes(value);
/** Chart ids already warned about, so a page with many guides warns once. */
const unknownIds = new Set<string>();

/** Open guides per document: the page stays locked while any is open. */
let scrollLocks = 0;
let savedOverflow = '';

function lockScroll(): void {
  if (scrollLocks++ > 0) return;
  const root = document.documentElement;
  savedOverflow = root.style.overflow;
  // CSSOM, not a style attribute: allowed under a strict style-src.
  root.style.overflow = 'hidden';
}

function unlockScroll(): void {
  if (scrollLocks === 0 || --scrollLocks > 0) return;
  document.documentElement.style.overflow = savedOverflow;
}

type GuideModule = typeof import('./guide.js');
/** The guide's content (./guide.js), once loaded: shared by every size guide on the page. */
let guideModule: GuideModule | undefined;
let guideLoading: Promise<GuideModule> | undefined;

/**
 * Loads the guide's content: the chart, how to measure and the finder. An element asks for it when
 * it shows the guide (or earlier, on a hover or focus of its button); a server that renders
 * `inline` guides awaits it before rendering. A failed load is forgotten, so the next ask retries.
 */
export function loadSizeGuideContent(): Promise<GuideModule> {
  if (guideModule) return Promise.resolve(guideModule);
  guideLoading ??= import('./guide.js').then(
    (module) => (guideModule = module),
    (error: unknown) => {
      guideLoading = undefined;
      throw error;
    },
  );
  return guideLoading;
}

/**
 * A size guide from the merchant config's `sizeGuide` section: the chart as a real table (its
 * sizes in the shop's own labels, body or foot measurements in centimetres or inches), the
 * shop's fit notes, how to measure with drawings, and "Find my size": the buyer's measurements
 * give a size with its reasons — between two sizes it says so and applies the chart's rule;
 * outside the chart it says there is no size here. What buyers said about the fit in the
 * product's reviews is shown beside it. For shoes, the standard sizes of the foot in the
 * systems the shop does not label (UK and US for a shop that labels EU…) are added, marked
 * approximate where rounding moves them, with the toe allowance they assume.
 *
 * By default a "Size guide" button opens it in a modal `<dialog>` (Escape closes it, focus
 * returns to the button, the page does not scroll behind it); `inline` shows it in the page.
 * The chart is the one whose `products` list `product`, or the one named by `chart`, or the
 * first. No chart for the product: nothing is shown.
 *
 * The unit (cm or in) and the size system a buyer picks are remembered in `localStorage`
 * under `candor:size-guide:units` and `candor:size-guide:system`; nothing the buyer types is
 * stored or sent. A shop in the US opens in inches, every other shop in centimetres.
 *
 * @summary A size chart with a size finder that gives its reasons.
 *
 * @fires {SizeSelectedEvent} candor-size-selected - The buyer chose the recommended size; `event.label` is its label in `event.system`, `event.labels` all of them.
 *
 * @csspart trigger - The button that opens the guide (not in `inline` mode).
 * @csspart dialog - The `<dialog>`.
 * @csspart guide - Everything the guide shows, in the dialog or inline.
 * @csspart header - The title row, with the close button in the dialog.
 * @csspart title - The chart's name.
 * @csspart close - The dialog's close button.
 * @csspart controls - The unit and size-system switches.
 * @csspart units - The unit switch (a group of radio buttons).
 * @csspart systems - The size-system switch (only when the chart labels sizes in more than one system).
 * @csspart table-scroll - The box that scrolls a wide table sideways; the size column stays in view.
 * @csspart table - The chart's `<table>`.
 * @csspart caption - The table's caption: the chart's name and what it measures.
 * @csspart row - A size's row; `row recommended` is the found size's.
 * @csspart fit - What buyers said about the fit, from the product's reviews.
 * @csspart notes - The shop's fit notes.
 * @csspart how-to - How to measure.
 * @csspart topic - One measurement's drawing and instruction.
 * @csspart illustration - A drawing (SVG, in currentColor).
 * @csspart finder - "Find my size": the form and its result.
 * @csspart form - The form.
 * @csspart field - One measurement's label, input and message.
 * @csspart input - A measurement's input.
 * @csspart error - A field's validation message.
 * @csspart submit - The form's button.
 * @csspart result - The recommendation (a polite live region).
 * @csspart headline - The size, or why there is none.
 * @csspart advice - Between sizes: which one, and why.
 * @csspart reasons - One line per measurement.
 * @csspart standard - Standard shoe sizes for the foot.
 * @csspart choose - The button that picks the recommended size on the page.
 *
 * @cssprop --candor-size-guide-surface - Background of the dialog and of the table's sticky size column; Canvas by default.
 * @cssprop --candor-size-guide-accent - The recommended row's mark and the drawings' tape; currentColor by default.
 * @cssprop --candor-size-guide-border-color - Lines of the table and around fields; a faint currentColor by default.
 */
export class CandorSizeGuide extends LitElement {
  static override styles = [hostStyles, sizeGuideStyles];

  static override properties = {
    product: {},
    chart: {},
    inline: { type: Boolean, reflect: true },
    units: {},
    system: {},
    fit: { attribute: false },
    config: { attribute: false },
    configSrc: { attribute: 'config-src' },
    open: { state: true },
    entries: { state: true },
    errors: { state: true },
    formError: { state: true },
    measured: { state: true },
  };

  /** The product on the page (its id, SKU or handle): the chart that lists it is shown, and its reviews give the fit line. */
  declare product: string | undefined;
  /** A chart's `id`, instead of finding it by product. */
  declare chart: string | undefined;
  /** Show the guide in the page instead of a button and a dialog. */
  declare inline: boolean;
  /** `metric` or `imperial`. Set by the buyer's switch; as an attribute it overrides what the visitor chose before. */
  declare units: UnitSystem | undefined;
  /** The size system labels are read in (`EU`, `UK`…), when the chart has it. Set by the buyer's switch. */
  declare system: string | undefined;
  /** What buyers said about the fit when the reviews are not in the config (e.g. from your reviews server). */
  declare fit: FitSummary | undefined;
  /** A whole merchant config (`candor.json` as an object), instead of the page's. */
  declare config: CandorConfig | undefined;
  /** URL of a `candor.json` to read instead of the page's config. */
  declare configSrc: string | undefined;

  declare private open: boolean;
  declare private entries: Entries;
  declare private errors: FieldErrors;
  declare private formError: string | undefined;
  /** The buyer's measurements in the chart's units, once the form was sent without errors. */
  declare private measured: BuyerMeasurements | undefined;

  private readonly merchantConfig = new ConfigController(this, 'sizeGuide', checkSizeGuideSection);
  private readonly localize = new LocaleController(this, () => this.merchantConfig.shop()?.locale);
  private remembered: { units?: UnitSystem; system?: string } = {};
  private shownChart: string | undefined;
  private locked = false;
  private focusAfterRender: string | undefined;
  private contentLoading: Promise<void> | undefined;
  private contentFailed = false;

  constructor() {
    super();
    this.inline = false;
    this.open = false;
    this.entries = {};
    this.errors = {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const units = readPreference(UNITS_KEY);
    const system = readPreference(SYSTEM_KEY);
    this.remembered = { ...(isUnitSystem(units) && { units }), ...(system && { system }) };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A dialog leaves the top layer with its element; it comes back closed.
    this.open = false;
    this.releaseScroll();
  }

  protected override update(changed: PropertyValues<this>): void {
    hydrateOrRenderAfresh(this, () => super.update(changed));
  }

  protected override shouldUpdate(): boolean {
    return this.localize.resolve();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The switches render with `?checked` (right in server HTML); a buyer's click makes a radio
    // ignore that attribute afterwards, so the shown unit and system are set here as well.
    const chart = this.currentChart();
    if (chart) {
      const shown: Record<string, string> = { units: this.currentUnits(), system: chartSystem(chart, this.system ?? this.remembered.system) };
      for (const radio of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]')) radio.checked = radio.value === shown[radio.name];
    }
    if (this.focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
      this.focusAfterRender = undefined;
    }
  }

  /** The unit shown: the property, else what this visitor chose before, else the shop's country's. */
  private currentUnits(): UnitSystem {
    if (isUnitSystem(this.units)) return this.units;
    return this.remembered.units ?? defaultUnitSystem(this.merchantConfig.shop()?.country);
  }

  private currentChart(): SizeChart | undefined {
    const section = this.merchantConfig.section();
    if (section.status !== 'ready') return undefined;
    const chart = findChart(section.value, { chart: this.chart, product: this.product });
    if (!chart && this.chart && !unknownIds.has(this.chart)) {
      unknownIds.add(this.chart);
      console.warn(`Candor <${this.localName}>: no chart has the id "${this.chart}" (/sizeGuide/charts); the guide is not shown.`);
    }
    return chart;
  }

  // Another chart: what was typed and found belongs to the old one.
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const id = this.currentChart()?.id;
    if (id === this.shownChart) return;
    this.shownChart = id;
    this.entries = {};
    this.errors = {};
    this.formError = undefined;
    this.measured = undefined;
  }

  /** The reviews' fit for the product: the `fit` property, else the config's reviews of `product`. */
  private fitSummary(): FitSummary | null | undefined {
    if (this.fit) return this.fit;
    if (!this.product) return undefined;
    const reviews = this.merchantConfig.optional('reviews', checkReviewsSection);
    return reviews?.items ? summarizeReviews(reviews.items, this.product).fit : undefined;
  }

  override render() {
    const chart = this.currentChart();
    if (!chart) return nothing;
    if (this.inline) return html`<section part="guide" aria-labelledby="title">${this.renderGuide(chart)}</section>`;
    const messages = this.localize.messages;
    return html`<button part="trigger" type="button" aria-haspopup="dialog" @click=${this.showDialog} @pointerenter=${this.prefetch} @focus=${this.prefetch}>
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M2.5 8.5h19v7h-19zM6.5 8.5v3M10.5 8.5v4M14.5 8.5v3M18.5 8.5v4"></path></svg>
        <span>${messages.sizeGuide.open}</span>
      </button>
      <dialog part="dialog" aria-labelledby="title" @close=${this.onClose} @click=${this.onDialogClick}>
        <div part="guide">
          ${this.open ? this.renderGuide(chart) : html`<h2 id="title" part="title">${chart.name}</h2>`}
        </div>
      </dialog>`;
  }

  private renderGuide(chart: SizeChart): TemplateResult {
    const messages = this.localize.messages;
    const guide = this.guideContent();
    return html`<div part="header">
        <h2 id="title" part="title" lang=${this.merchantLang() ?? nothing}>${chart.name}</h2>
        ${this.inline ? nothing : html`<button part="close" type="button" @click=${this.closeDialog}>${messages.common.close}</button>`}
      </div>
      ${guide === 'failed'
        ? html`<p part="error" role="alert">${messages.common.loadError} <button type="button" @click=${this.retryContent}>${messages.common.retry}</button></p>`
        : guide
          ? guide.renderGuideBody(this.guideContext(chart), chart)
          : html`<p class="loading" role="status">${messages.common.loading}</p>`}`;
  }

  /** The guide's content when it is here; else its load starts (or has failed, and waits for a retry). */
  private guideContent(): GuideModule | 'failed' | undefined {
    if (guideModule) return guideModule;
    if (this.contentFailed) return 'failed';
    if (!isServer && !this.contentLoading) {
      this.contentLoading = loadSizeGuideContent().then(
        () => undefined,
        (error: unknown) => {
          this.contentFailed = true;
          console.warn(`Candor <${this.localName}>: the size guide's content did not load`, error);
        },
      ).finally(() => {
        this.contentLoading = undefined;
        this.requestUpdate();
      });
    }
    return undefined;
  }

  private guideContext(chart: SizeChart) {
    return {
      messages: this.localize.messages,
      locale: this.localize.intlLocale,
      units: this.currentUnits(),
      system: chartSystem(chart, this.system ?? this.remembered.system),
      merchantLang: this.merchantLang(),
      entries: this.entries,
      errors: this.errors,
      formError: this.formError,
      measured: this.measured,
      fit: this.fitSummary(),
      chooseUnits: (units: UnitSystem) => this.chooseUnits(units),
      chooseSystem: (system: SizeSystem) => this.chooseSystem(system),
      input: (key: ChartMeasurement | 'heightFeet', name: ChartMeasurement, value: string) => this.onInput(key, name, value),
      submit: (event: Event, forChart: SizeChart) => this.onSubmit(event, forChart),
      choose: (forChart: SizeChart, index: number, system: SizeSystem) => this.choose(forChart, index, system),
    };
  }

  /** Starts loading the content before the buyer clicks: a hover or a focus of the button is enough warning. */
  private prefetch(): void {
    void loadSizeGuideContent().catch(() => undefined);
  }

  private retryContent(): void {
    this.contentFailed = false;
    this.requestUpdate();
  }

  // `updateComplete` also waits for the content a render asked for, so whoever awaits it sees the guide.
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.contentLoading) {
      await this.contentLoading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The shop's language for its own words (chart names, notes), when it is not the page's. */
  private merchantLang(): string | undefined {
    const shopLocale = this.merchantConfig.shop()?.locale;
    if (!shopLocale) return undefined;
    return shopLocale.split('-')[0]!.toLowerCase() === this.localize.locale ? undefined : shopLocale;
  }

  /** Opens the guide's dialog, as the trigger does (e.g. from a "Size guide" link of the theme). Does nothing `inline`. */
  show(): void {
    if (!this.inline) this.showDialog();
  }

  private showDialog(): void {
    this.open = true;
    void this.updateComplete.then(() => {
      const dialog = this.renderRoot.querySelector('dialog');
      // The element may have left the page meanwhile; showModal would throw there.
      if (!this.isConnected || !dialog || dialog.open) return;
      dialog.showModal();
      this.locked = true;
      lockScroll();
    });
  }

  private closeDialog(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog?.open) return;
    dialog.close();
    // The close event comes a task later; the page is usable again at once.
    this.releaseScroll();
    this.trigger()?.focus();
  }

  private trigger(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part="trigger"]');
  }

  /** A click on the backdrop (the dialog box itself, outside its content) closes it. */
  private onDialogClick(event: MouseEvent): void {
    if (event.target === event.currentTarget) this.closeDialog();
  }

  private onClose(): void {
    this.open = false;
    this.releaseScroll();
    // Back to the trigger (browsers differ in where they put focus), unless the page has
    // meanwhile moved it on, e.g. to the variant a candor-size-selected handler selected.
    const active = document.activeElement;
    if (!active || active === document.body || active === this) this.trigger()?.focus();
  }

  private releaseScroll(): void {
    if (!this.locked) return;
    this.locked = false;
    unlockScroll();
  }

  private chooseUnits(units: UnitSystem): void {
    const before = this.currentUnits();
    if (units === before) return;
    // Only the guide's switch calls this, so its content (and convertEntries) is here.
    this.entries = guideModule!.convertEntries(this.entries, before, units, this.localize.intlLocale);
    this.errors = {};
    this.units = units;
    this.remembered = { ...this.remembered, units };
    writePreference(UNITS_KEY, units);
  }

  private chooseSystem(system: SizeSystem): void {
    this.system = system;
    this.remembered = { ...this.remembered, system };
    writePreference(SYSTEM_KEY, system);
  }

  private onInput(key: ChartMeasurement | 'heightFeet', name: ChartMeasurement, value: string): void {
    this.entries = { ...this.entries, [key]: value };
    if (this.errors[name]) {
      const { [name]: _, ...rest } = this.errors;
      this.errors = rest;
    }
    this.formError = undefined;
  }

  private onSubmit(event: Event, chart: SizeChart): void {
    event.preventDefault();
    const read = guideModule!.readForm(this.entries, chart, this.currentUnits(), this.localize.messages.sizeGuide, this.localize.intlLocale);
    this.errors = read.errors;
    this.formError = read.formError;
    if (read.focus) this.focusAfterRender = read.focus;
    // A form with a mistake keeps the last result; an empty one clears it.
    if (read.measured || read.formError) this.measured = read.measured;
  }

  private choose(chart: SizeChart, index: number, system: SizeSystem): void {
    const size = chart.sizes[index]!;
    // Close first: focus goes back to the trigger, and the page's handler may move it on to the variant.
    if (!this.inline) this.closeDialog();
    this.dispatchEvent(
      new SizeSelectedEvent({ chart: chart.id, index, label: sizeLabel(size, system), system, labels: { ...(size.labels as Partial<Record<SizeSystem, string>>) } }),
    );
  }
}

