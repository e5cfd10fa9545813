import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  MEASUREMENT_LIMITS,
  UNIT_SYSTEMS,
  chartMeasurements,
  chartSystem,
  checkReviewsSection,
  checkSizeGuideSection,
  defaultUnitSystem,
  findChart,
  fitShare,
  fitShareText,
  formatEntered,
  formatMeasure,
  formatMeasureRange,
  fromEntered,
  fromFeetAndInches,
  feetAndInches,
  howToMeasureTopics,
  parseMeasurement,
  recommendSize,
  recommendationText,
  sizeLabel,
  sizeValue,
  standardShoeSizes,
  standardSizesText,
  summarizeReviews,
  toShown,
  unitSymbol,
  type BuyerMeasurements,
  type CandorConfig,
  type ChartMeasurement,
  type FitSummary,
  type SizeChart,
  type SizeRecommendation,
  type SizeSystem,
  type UnitSystem,
} from '@candor/core';
import { ConfigController } from '../shared/config-controller.js';
import { LocaleController } from '../shared/locale-controller.js';
import { hostStyles } from '../shared/host.styles.js';
import { hydrateOrRenderAfresh } from '../shared/hydration.js';
import { readPreference, writePreference } from '../shared/storage.js';
import { illustration } from './illustrations.js';
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

/** What a field of the form holds: text as typed, feet and inches for height in imperial units. */
type Entries = Partial<Record<ChartMeasurement | 'heightFeet', string>>;

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
  declare private errors: Partial<Record<ChartMeasurement, string>>;
  declare private formError: string | undefined;
  /** The buyer's measurements in the chart's units, once the form was sent without errors. */
  declare private measured: BuyerMeasurements | undefined;

  private readonly merchantConfig = new ConfigController(this, 'sizeGuide', checkSizeGuideSection);
  private readonly localize = new LocaleController(this, () => this.merchantConfig.shop()?.locale);
  private remembered: { units?: UnitSystem; system?: string } = {};
  private shownChart: string | undefined;
  private locked = false;
  private focusAfterRender: string | undefined;

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
    return html`<button part="trigger" type="button" aria-haspopup="dialog" @click=${this.showDialog}>
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
    const units = this.currentUnits();
    const system = chartSystem(chart, this.system ?? this.remembered.system);
    const recommendation = this.measured ? recommendSize(chart, this.measured, { fit: this.fitSummary() }) : undefined;
    const share = fitShare(this.fitSummary());
    return html`<div part="header">
        <h2 id="title" part="title" lang=${this.merchantLang() ?? nothing}>${chart.name}</h2>
        ${this.inline ? nothing : html`<button part="close" type="button" @click=${this.closeDialog}>${messages.common.close}</button>`}
      </div>
      ${this.renderControls(chart, units, system)} ${this.renderTable(chart, units, system, recommendation)}
      ${share ? html`<p part="fit">${fitShareText(share, messages.sizeGuide, this.localize.intlLocale)}</p>` : nothing}
      ${chart.notes?.length
        ? html`<section class="notes" aria-labelledby="notes-title">
            <h3 id="notes-title">${messages.sizeGuide.notes}</h3>
            <ul part="notes" lang=${this.merchantLang() ?? nothing}>${chart.notes.map((note) => html`<li>${note}</li>`)}</ul>
          </section>`
        : nothing}
      ${this.renderHowTo(chart)} ${this.renderFinder(chart, units, system, recommendation)}`;
  }

  /** The shop's language for its own words (chart names, notes), when it is not the page's. */
  private merchantLang(): string | undefined {
    const shopLocale = this.merchantConfig.shop()?.locale;
    if (!shopLocale) return undefined;
    return shopLocale.split('-')[0]!.toLowerCase() === this.localize.locale ? undefined : shopLocale;
  }

  private renderControls(chart: SizeChart, units: UnitSystem, system: SizeSystem) {
    const messages = this.localize.messages.sizeGuide;
    const locale = this.localize.intlLocale;
    return html`<div part="controls">
      <fieldset part="units">
        <legend>${messages.units}</legend>
        ${UNIT_SYSTEMS.map(
          (each) => html`<label class="choice">
            <input type="radio" name="units" value=${each} .checked=${each === units} @change=${() => this.chooseUnits(each)} />
            <span>${unitSymbol(locale, each === 'metric' ? 'centimeter' : 'inch')}</span>
          </label>`,
        )}
      </fieldset>
      ${chart.systems.length > 1
        ? html`<fieldset part="systems">
            <legend>${messages.system}</legend>
            ${chart.systems.map(
              (each) => html`<label class="choice">
                <input type="radio" name="system" value=${each} .checked=${each === system} @change=${() => this.chooseSystem(each)} />
                <span>${each}</span>
              </label>`,
            )}
          </fieldset>`
        : nothing}
    </div>`;
  }

  private renderTable(chart: SizeChart, units: UnitSystem, system: SizeSystem, recommendation: SizeRecommendation | undefined) {
    const messages = this.localize.messages.sizeGuide;
    const locale = this.localize.intlLocale;
    const measurements = chartMeasurements(chart);
    const others = chart.systems.filter((each) => each !== system);
    const unit = unitSymbol(locale, units === 'metric' ? 'centimeter' : 'inch');
    const found = recommendation?.status === 'fits' ? recommendation.size : undefined;
    return html`<div part="table-scroll" role="region" aria-labelledby="caption" tabindex="0">
      <table part="table">
        <caption id="caption" part="caption">
          <span class="visually-hidden" lang=${this.merchantLang() ?? nothing}>${chart.name}: </span>${messages.measuredIn({ kind: chart.kind, unit })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${messages.size(system)}</th>
            ${measurements.map((name) => html`<th scope="col">${messages.measurement(name)}</th>`)}
            ${others.map((each) => html`<th scope="col">${messages.size(each)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${chart.sizes.map((size, index) => {
            const labels = size.labels as Partial<Record<SizeSystem, string>>;
            return html`<tr part=${index === found ? 'row recommended' : 'row'}>
              <th scope="row">${sizeLabel(size, system)}</th>
              ${measurements.map((name) => {
                const value = sizeValue(size, name);
                return html`<td>${value === undefined ? '–' : formatMeasureRange(locale, name, value, units)}</td>`;
              })}
              ${others.map((each) => html`<td>${labels[each] ?? '–'}</td>`)}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private renderHowTo(chart: SizeChart) {
    const messages = this.localize.messages.sizeGuide;
    return html`<section part="how-to" aria-labelledby="how-to-title">
      <h3 id="how-to-title">${messages.howToMeasure}</h3>
      <ul>
        ${howToMeasureTopics(chart).map(
          (topic) => html`<li part="topic">
            <svg part="illustration" viewBox="0 0 60 120" aria-hidden="true">${illustration(topic)}</svg>
            <p><strong>${messages.measurement(topic)}</strong> ${messages.howTo(topic)}</p>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderFinder(chart: SizeChart, units: UnitSystem, system: SizeSystem, recommendation: SizeRecommendation | undefined) {
    const messages = this.localize.messages.sizeGuide;
    return html`<section part="finder" aria-labelledby="finder-title">
      <h3 id="finder-title">${messages.findSize}</h3>
      <p class="hint" id="finder-hint">${messages.findSizeHint}</p>
      <form part="form" novalidate aria-describedby="finder-hint" @submit=${(event: Event) => this.onSubmit(event, chart)}>
        ${chartMeasurements(chart).map((name) => this.renderField(name, units))}
        ${this.formError ? html`<p part="error" class="form-error" id="form-error" role="alert">${this.formError}</p>` : nothing}
        <button part="submit" type="submit" aria-describedby=${this.formError ? 'form-error' : nothing}>${messages.findSize}</button>
      </form>
      <div part="result" aria-live="polite">${recommendation ? this.renderResult(chart, units, system, recommendation) : nothing}</div>
    </section>`;
  }

  private renderField(name: ChartMeasurement, units: UnitSystem) {
    const messages = this.localize.messages.sizeGuide;
    const locale = this.localize.intlLocale;
    const error = this.errors[name];
    const errorId = `${name}-error`;
    const input = (key: ChartMeasurement | 'heightFeet', label: string) =>
      html`<label class="entry">
        <span>${label}</span>
        <input
          part="input"
          id=${key}
          type="text"
          inputmode="decimal"
          autocomplete="off"
          .value=${this.entries[key] ?? ''}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? errorId : nothing}
          @input=${(event: Event) => this.onInput(key, name, (event.target as HTMLInputElement).value)}
        />
      </label>`;
    const message = error ? html`<p part="error" id=${errorId}>${error}</p>` : nothing;
    if (name === 'height' && units === 'imperial') {
      return html`<fieldset part="field" class="feet-inches">
        <legend>${messages.measurement(name)}</legend>
        ${input('heightFeet', messages.feet)} ${input('height', messages.inches)} ${message}
      </fieldset>`;
    }
    const unit = unitSymbol(locale, units === 'metric' ? 'centimeter' : 'inch');
    return html`<div part="field">${input(name, `${messages.measurement(name)} (${unit})`)} ${message}</div>`;
  }

  private renderResult(chart: SizeChart, units: UnitSystem, system: SizeSystem, recommendation: SizeRecommendation) {
    const messages = this.localize.messages.sizeGuide;
    const locale = this.localize.intlLocale;
    const text = recommendationText(chart, recommendation, messages, { locale, units, system });
    const foot = this.measured?.footLength;
    const standard =
      chart.kind === 'shoes' && foot !== undefined ? standardShoeSizes(foot, { audience: chart.audience, allowance: chart.toeAllowance }) : undefined;
    const standardText = standard ? standardSizesText(standard, messages, { locale, units, shopSystems: chart.systems }) : undefined;
    const index = recommendation.size;
    return html`<p part="headline">${text.headline}</p>
      ${text.advice ? html`<p part="advice">${text.advice}</p>` : nothing}
      <ul part="reasons">${text.reasons.map((reason) => html`<li>${reason}</li>`)}</ul>
      ${text.fit && recommendation.pickedBy === 'reviews' ? html`<p class="fit-share">${text.fit}</p>` : nothing}
      ${standardText
        ? html`<div part="standard">
            <p>${standardText.heading}</p>
            <ul>${standardText.items.map((item) => html`<li>${item}</li>`)}</ul>
          </div>`
        : nothing}
      ${index !== undefined
        ? html`<button part="choose" type="button" @click=${() => this.choose(chart, index, system)}>${messages.choose(sizeLabel(chart.sizes[index]!, system))}</button>`
        : nothing}`;
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
    this.entries = convertEntries(this.entries, before, units, this.localize.intlLocale);
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
    const messages = this.localize.messages.sizeGuide;
    const locale = this.localize.intlLocale;
    const units = this.currentUnits();
    const measured: BuyerMeasurements = {};
    const errors: Partial<Record<ChartMeasurement, string>> = {};
    for (const name of chartMeasurements(chart)) {
      const read = readEntry(this.entries, name, units);
      if (read === undefined) continue;
      if (read === 'invalid') {
        errors[name] = messages.notANumber;
        continue;
      }
      const [min, max] = MEASUREMENT_LIMITS[name];
      if (read < min || read > max) {
        errors[name] = messages.outOfRange({ min: formatMeasure(locale, name, min, units), max: formatMeasure(locale, name, max, units) });
        continue;
      }
      measured[name] = read;
    }
    this.errors = errors;
    const invalid = Object.keys(errors)[0];
    if (invalid) {
      this.formError = undefined;
      this.focusAfterRender = invalid === 'height' && units === 'imperial' ? '#heightFeet' : `#${invalid}`;
      return;
    }
    if (Object.keys(measured).length === 0) {
      this.formError = messages.nothingEntered;
      this.measured = undefined;
      this.focusAfterRender = `#${chartMeasurements(chart)[0] === 'height' && units === 'imperial' ? 'heightFeet' : chartMeasurements(chart)[0]}`;
      return;
    }
    this.formError = undefined;
    this.measured = measured;
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

/** A field's value in the chart's unit; `undefined` when empty, `'invalid'` when it is not a length. */
function readEntry(entries: Entries, name: ChartMeasurement, units: UnitSystem): number | 'invalid' | undefined {
  if (name === 'height' && units === 'imperial') {
    const feetText = entries.heightFeet?.trim() ?? '';
    const inchesText = entries.height?.trim() ?? '';
    if (!feetText && !inchesText) return undefined;
    const feet = feetText ? parseMeasurement(feetText) : 0;
    const inches = inchesText ? parseMeasurement(inchesText) : 0;
    if (feet === undefined || inches === undefined || (feetText !== '' && inches >= 12)) return 'invalid';
    return fromFeetAndInches(feet, inches);
  }
  const text = entries[name]?.trim() ?? '';
  if (!text) return undefined;
  const value = parseMeasurement(text);
  return value === undefined ? 'invalid' : fromEntered(name, value, units);
}

/** What was typed, rewritten in the other unit (rounded as charts are), so a switch never changes a measurement's meaning. */
function convertEntries(entries: Entries, from: UnitSystem, to: UnitSystem, locale: string): Entries {
  const converted: Entries = {};
  for (const key of Object.keys(entries) as Array<keyof Entries>) {
    if (key === 'heightFeet') continue;
    const value = readEntry(entries, key, from);
    if (value === undefined || value === 'invalid') {
      if (entries[key] !== undefined && !(key === 'height' && from === 'imperial')) converted[key] = entries[key];
      continue;
    }
    if (key === 'height' && to === 'imperial') {
      const { feet, inches } = feetAndInches(value);
      converted.heightFeet = String(feet);
      converted.height = String(inches);
      continue;
    }
    converted[key] = formatEntered(locale, toShown(key, value, to).value);
  }
  return converted;
}
