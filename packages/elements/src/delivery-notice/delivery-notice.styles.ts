import { css } from 'lit';

/**
 * Every line is exactly one text line high unless it wraps, like the server's fallback
 * `<div>`s, so the box keeps its size when the element upgrades. Colours, font and line
 * height come from the page; only logical properties, so right-to-left text needs nothing.
 * Nothing moves or animates, so reduced motion needs no rule of its own.
 */
export const deliveryNoticeStyles = css`
  :host {
    display: block;
    --_gap: var(--candor-delivery-gap, 0);
  }

  p {
    margin: 0;
  }

  p + p {
    margin-block-start: var(--_gap);
  }

  [part='headline'] {
    font-weight: var(--candor-delivery-headline-weight, 600);
  }

  time {
    white-space: nowrap;
  }

  [part='chooser'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.5em;
  }

  /* A compact native select, one line high: the chooser line is as tall as the fallback's text line. */
  select {
    font: inherit;
    block-size: 1lh;
    padding-block: 0;
    padding-inline: 0.25em;
    border: 1px solid currentColor;
    border-radius: 0.25em;
    background-color: Field;
    color: FieldText;
  }

  select:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 1px;
  }

  @media (forced-colors: active) {
    select {
      border-color: ButtonText;
    }
  }
`;
