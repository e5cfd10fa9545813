// The size guide's content — the chart, the switches, how to measure and "Find my size" — with
// the conversions and the recommendation behind it. `<candor-size-guide>` loads this module only
// when the guide is shown (the dialog opens, or `inline`), so a product page pays for a button
// until the buyer asks for more.
import { html, nothing, type TemplateResult } from 'lit';
import {
  MEASUREMENT_LIMITS,
  UNIT_SYSTEMS,
  chartMeasurements,
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
  toShown,
  unitSymbol,
  type BuyerMeasurements,
  type ChartMeasurement,
  type FitSummary,
  type Messages,
  type SizeChart,
  type SizeRecommendation,
  type SizeSystem,
  type UnitSystem,
} from '@candor/core';
import { illustration } from './illustrations.js';

/** What a field of the form holds: text as typed, feet and inches for height in imperial units. */
export type Entries = Partial<Record<ChartMeasurement | 'heightFeet', string>>;
export type FieldErrors = Partial<Record<ChartMeasurement, string>>;

/** What the guide shows and does, from its element: its state and its handlers. */
export interface GuideContext {
  readonly messages: Messages;
  /** The locale for `Intl`. */
  readonly locale: string;
  readonly units: UnitSystem;
  readonly system: SizeSystem;
  /** The shop's language for its own words (notes, chart names), when it is not the page's. */
  readonly merchantLang: string | undefined;
  readonly entries: Entries;
  readonly errors: FieldErrors;
  readonly formError: string | undefined;
  readonly measured: BuyerMeasurements | undefined;
  readonly fit: FitSummary | null | undefined;
  chooseUnits(units: UnitSystem): void;
  chooseSystem(system: SizeSystem): void;
  input(key: ChartMeasurement | 'heightFeet', name: ChartMeasurement, value: string): void;
  submit(event: Event, chart: SizeChart): void;
  choose(chart: SizeChart, index: number, system: SizeSystem): void;
}

/** Everything under the guide's title: the switches, the table, the fit line, notes, how to measure and the finder. */
export function renderGuideBody(ctx: GuideContext, chart: SizeChart): TemplateResult {
  const { messages, units, system } = ctx;
  const recommendation = ctx.measured ? recommendSize(chart, ctx.measured, { fit: ctx.fit }) : undefined;
  const share = fitShare(ctx.fit);
  return html`${renderControls(ctx, chart, units, system)} ${renderTable(ctx, chart, units, system, recommendation)}
    ${share ? html`<p part="fit">${fitShareText(share, messages.sizeGuide, ctx.locale)}</p>` : nothing}
    ${chart.notes?.length
      ? html`<section class="notes" aria-labelledby="notes-title">
          <h3 id="notes-title">${messages.sizeGuide.notes}</h3>
          <ul part="notes" lang=${ctx.merchantLang ?? nothing}>${chart.notes.map((note) => html`<li>${note}</li>`)}</ul>
        </section>`
      : nothing}
    ${renderHowTo(ctx, chart)} ${renderFinder(ctx, chart, units, system, recommendation)}`;
}

/** What the form holds, read and checked: the measurements, or the message of each field (and of the form) to fix, and where focus goes. */
export function readForm(
  entries: Entries,
  chart: SizeChart,
  units: UnitSystem,
  messages: Messages['sizeGuide'],
  locale: string,
): { measured?: BuyerMeasurements; errors: FieldErrors; formError?: string; focus?: string } {
  const measured: BuyerMeasurements = {};
  const errors: FieldErrors = {};
  for (const name of chartMeasurements(chart)) {
    const read = readEntry(entries, name, units);
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
  const fieldOf = (name: ChartMeasurement) => (name === 'height' && units === 'imperial' ? '#heightFeet' : `#${name}`);
  const invalid = Object.keys(errors)[0] as ChartMeasurement | undefined;
  if (invalid) return { errors, focus: fieldOf(invalid) };
  if (Object.keys(measured).length === 0) return { errors, formError: messages.nothingEntered, focus: fieldOf(chartMeasurements(chart)[0]!) };
  return { errors, measured };
}

function renderControls(ctx: GuideContext, chart: SizeChart, units: UnitSystem, system: SizeSystem) {
  const messages = ctx.messages.sizeGuide;
  const locale = ctx.locale;
  return html`<div part="controls">
    <fieldset part="units">
      <legend>${messages.units}</legend>
      ${UNIT_SYSTEMS.map(
        (each) => html`<label class="choice">
          <input type="radio" name="units" value=${each} ?checked=${each === units} @change=${() => ctx.chooseUnits(each)} />
          <span>${unitSymbol(locale, each === 'metric' ? 'centimeter' : 'inch')}</span>
        </label>`,
      )}
    </fieldset>
    ${chart.systems.length > 1
      ? html`<fieldset part="systems">
          <legend>${messages.system}</legend>
          ${chart.systems.map(
            (each) => html`<label class="choice">
              <input type="radio" name="system" value=${each} ?checked=${each === system} @change=${() => ctx.chooseSystem(each)} />
              <span>${each}</span>
            </label>`,
          )}
        </fieldset>`
      : nothing}
  </div>`;
}


function renderTable(ctx: GuideContext, chart: SizeChart, units: UnitSystem, system: SizeSystem, recommendation: SizeRecommendation | undefined) {
  const messages = ctx.messages.sizeGuide;
  const locale = ctx.locale;
  const measurements = chartMeasurements(chart);
  const others = chart.systems.filter((each) => each !== system);
  const unit = unitSymbol(locale, units === 'metric' ? 'centimeter' : 'inch');
  const found = recommendation?.status === 'fits' ? recommendation.size : undefined;
  return html`<div part="table-scroll" role="region" aria-labelledby="caption" tabindex="0">
    <table part="table">
      <caption id="caption" part="caption">
        <span class="visually-hidden" lang=${ctx.merchantLang ?? nothing}>${chart.name}: </span>${messages.measuredIn({ kind: chart.kind, unit })}
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


function renderHowTo(ctx: GuideContext, chart: SizeChart) {
  const messages = ctx.messages.sizeGuide;
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


function renderFinder(ctx: GuideContext, chart: SizeChart, units: UnitSystem, system: SizeSystem, recommendation: SizeRecommendation | undefined) {
  const messages = ctx.messages.sizeGuide;
  return html`<section part="finder" aria-labelledby="finder-title">
    <h3 id="finder-title">${messages.findSize}</h3>
    <p class="hint" id="finder-hint">${messages.findSizeHint}</p>
    <form part="form" novalidate aria-describedby="finder-hint" @submit=${(event: Event) => ctx.submit(event, chart)}>
      ${chartMeasurements(chart).map((name) => renderField(ctx, name, units))}
      ${ctx.formError ? html`<p part="error" class="form-error" id="form-error" role="alert">${ctx.formError}</p>` : nothing}
      <button part="submit" type="submit" aria-describedby=${ctx.formError ? 'form-error' : nothing}>${messages.findSize}</button>
    </form>
    <div part="result" aria-live="polite">${recommendation ? renderResult(ctx, chart, units, system, recommendation) : nothing}</div>
  </section>`;
}


function renderField(ctx: GuideContext, name: ChartMeasurement, units: UnitSystem) {
  const messages = ctx.messages.sizeGuide;
  const locale = ctx.locale;
  const error = ctx.errors[name];
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
        .value=${ctx.entries[key] ?? ''}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? errorId : nothing}
        @input=${(event: Event) => ctx.input(key, name, (event.target as HTMLInputElement).value)}
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


function renderResult(ctx: GuideContext, chart: SizeChart, units: UnitSystem, system: SizeSystem, recommendation: SizeRecommendation) {
  const messages = ctx.messages.sizeGuide;
  const locale = ctx.locale;
  const text = recommendationText(chart, recommendation, messages, { locale, units, system });
  const foot = ctx.measured?.footLength;
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
      ? html`<button part="choose" type="button" @click=${() => ctx.choose(chart, index, system)}>${messages.choose(sizeLabel(chart.sizes[index]!, system))}</button>`
      : nothing}`;
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
export function convertEntries(entries: Entries, from: UnitSystem, to: UnitSystem, locale: string): Entries {
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
