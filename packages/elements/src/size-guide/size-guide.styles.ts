import { css } from 'lit';

/**
 * Fonts and text colour come from the page; lines are a faint `currentColor`. The dialog, in
 * the top layer, takes the system's Canvas and CanvasText so its text always contrasts with
 * its background. Logical properties throughout, for right-to-left text; nothing animates.
 * The trigger is one text line high, so it fits beside a label without moving anything.
 */
export const sizeGuideStyles = css`
  :host {
    display: inline-block;
    --_surface: var(--candor-size-guide-surface, Canvas);
    --_accent: var(--candor-size-guide-accent, currentColor);
    --_line: var(--candor-size-guide-border-color, color-mix(in srgb, currentColor 25%, transparent));
  }

  :host([inline]) {
    display: block;
  }

  h2,
  h3,
  p,
  ul {
    margin: 0;
  }

  ul {
    padding: 0;
    list-style: none;
  }

  button,
  input {
    font: inherit;
    color: inherit;
  }

  button {
    cursor: pointer;
  }

  :focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 2px;
  }

  [part='trigger'] {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: 24px;
    padding: 0;
    border: 0;
    background: none;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linejoin: round;
  }

  [part='dialog'] {
    inline-size: min(48rem, 100vw - 2rem);
    max-inline-size: none;
    max-block-size: calc(100dvh - 2rem);
    padding: 0;
    border: 1px solid var(--_line);
    border-radius: 0.75em;
    background: var(--_surface);
    color: CanvasText;
    overflow: auto;
    overscroll-behavior: contain;
  }

  [part='dialog']::backdrop {
    background: rgb(0 0 0 / 45%);
  }

  [part='dialog'] [part='guide'] {
    padding-inline: 1.25em;
    padding-block-end: 1.25em;
  }

  [part='guide'] {
    display: grid;
    gap: 1.25em;
    min-inline-size: 0;
  }

  [part='header'] {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 1em;
  }

  [part='dialog'] [part='header'] {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    padding-block: 1em 0.5em;
    background: var(--_surface);
  }

  [part='title'] {
    font-size: 1.25em;
    line-height: 1.3;
  }

  [part='close'],
  [part='submit'],
  [part='choose'] {
    min-block-size: 2.25em;
    padding-block: 0.25em;
    padding-inline: 0.875em;
    border: 1px solid currentColor;
    border-radius: 0.375em;
    background: transparent;
    font-weight: 600;
  }

  [part='choose'] {
    justify-self: start;
    border-color: CanvasText;
    background: CanvasText;
    color: Canvas;
  }

  [part='controls'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.5em;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  [part='units'],
  [part='systems'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375em;
  }

  [part='units'] legend,
  [part='systems'] legend {
    float: inline-start;
    margin-inline-end: 0.25em;
    padding: 0;
  }

  .choice {
    position: relative;
    display: inline-flex;
    align-items: center;
    min-block-size: 2em;
    padding-inline: 0.75em;
    border: 1px solid var(--_line);
    border-radius: 0.375em;
    cursor: pointer;
  }

  .choice input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: inherit;
  }

  .choice:has(input:checked) {
    border-color: currentColor;
    box-shadow: inset 0 0 0 1px currentColor;
    font-weight: 600;
  }

  .choice:has(input:focus-visible) {
    outline: 2px solid currentColor;
    outline-offset: 2px;
  }

  /* A table wider than the screen scrolls sideways, its size column held in view. */
  [part='table-scroll'] {
    max-inline-size: 100%;
    overflow-x: auto;
  }

  [part='table'] {
    border-collapse: collapse;
    min-inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }

  caption {
    padding-block-end: 0.5em;
    text-align: start;
    font-size: 0.875em;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  th,
  td {
    padding-block: 0.375em;
    padding-inline: 0.625em;
    border-block-end: 1px solid var(--_line);
    text-align: start;
    white-space: nowrap;
  }

  thead th {
    vertical-align: bottom;
    white-space: normal;
    min-inline-size: 5em;
  }

  tbody th {
    font-weight: 600;
  }

  tr > :first-child {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_surface);
    min-inline-size: 6em;
    max-inline-size: 12em;
    white-space: normal;
    overflow-wrap: break-word;
  }

  /* Figures with units and the shop's labels take their own direction: "80–84 cm" never
     reads "cm 84–80" on a right-to-left page. */
  td,
  tbody th,
  [part='fit'],
  [part='result'] p,
  [part='result'] li {
    unicode-bidi: plaintext;
  }

  /* The found size: tinted across, marked at the start (the sticky cell needs it too). */
  tr[part~='recommended'] > * {
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
  }

  tr[part~='recommended'] > :first-child {
    box-shadow: inset 3px 0 var(--_accent);
  }

  :host(:dir(rtl)) tr[part~='recommended'] > :first-child {
    box-shadow: inset -3px 0 var(--_accent);
  }

  h3 {
    font-size: 1em;
    margin-block-end: 0.5em;
  }

  [part='notes'] {
    display: grid;
    gap: 0.25em;
    padding-inline-start: 1.25em;
    list-style: disc;
    overflow-wrap: anywhere;
  }

  [part='how-to'] ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20em), 1fr));
    gap: 1em 1.5em;
  }

  [part='topic'] {
    display: grid;
    grid-template-columns: 4em 1fr;
    align-items: start;
    gap: 0.75em;
  }

  [part='illustration'] {
    inline-size: 4em;
    block-size: 8em;
  }

  .figure,
  .tape {
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .figure {
    stroke: currentColor;
    stroke-opacity: 0.5;
    stroke-width: 1.5;
  }

  .tape {
    stroke: var(--_accent);
    stroke-width: 2.5;
  }

  [part='finder'] {
    display: grid;
    gap: 0.75em;
  }

  [part='finder'] h3 {
    margin: 0;
  }

  .hint {
    font-size: 0.9375em;
  }

  [part='form'] {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75em 1em;
  }

  [part='field'] {
    display: grid;
    gap: 0.25em;
  }

  .feet-inches {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
  }

  .feet-inches legend {
    padding: 0;
    margin-block-end: 0.25em;
  }

  .feet-inches [part='error'] {
    flex-basis: 100%;
  }

  .entry {
    display: grid;
    gap: 0.25em;
  }

  [part='input'] {
    inline-size: 7em;
    min-block-size: 2.25em;
    padding-inline: 0.5em;
    border: 1px solid color-mix(in srgb, currentColor 60%, transparent);
    border-radius: 0.375em;
    background-color: Field;
    color: FieldText;
  }

  [part='input'][aria-invalid='true'] {
    border-color: currentColor;
    border-width: 2px;
  }

  [part='error'] {
    max-inline-size: 20em;
    font-size: 0.875em;
    font-weight: 600;
  }

  .form-error {
    flex-basis: 100%;
  }

  [part='result'] {
    display: grid;
    gap: 0.5em;
  }

  [part='result']:empty {
    display: none;
  }

  [part='headline'] {
    font-size: 1.125em;
    font-weight: 700;
  }

  [part='reasons'],
  [part='standard'] ul {
    display: grid;
    gap: 0.125em;
    padding-inline-start: 1.25em;
    list-style: disc;
  }

  [part='standard'] {
    display: grid;
    gap: 0.25em;
    font-size: 0.9375em;
  }

  @media (forced-colors: active) {
    [part='choose'] {
      forced-color-adjust: auto;
    }
    tr[part~='recommended'] > * {
      background: Highlight;
      color: HighlightText;
    }
    .tape {
      stroke: Highlight;
    }
  }
`;
