import { css } from 'lit';

/**
 * Colours and fonts come from the page; lines are a faint `currentColor`, so light and dark
 * schemes need nothing of their own. Logical properties only, for right-to-left text. Nothing
 * animates. The skeleton has about the height of the summary, the disclosure, the controls and
 * a first page of short reviews, so the list that replaces it moves little or nothing below.
 */
export const reviewsStyles = css`
  :host {
    display: block;
    --_gap: var(--candor-reviews-gap, 1.25em);
    --_line: var(--candor-reviews-border-color, color-mix(in srgb, currentColor 20%, transparent));
    --_bar: var(--candor-reviews-bar-color, var(--candor-rating-color, light-dark(#b45309, #fbbf24)));
  }

  p,
  ul,
  ol {
    margin: 0;
    padding: 0;
  }

  ul,
  ol {
    list-style: none;
  }

  button,
  select,
  input {
    font: inherit;
    color: inherit;
  }

  button {
    cursor: pointer;
    border: 1px solid var(--_line);
    border-radius: 0.375em;
    background: transparent;
    padding-block: 0.25em;
    padding-inline: 0.625em;
  }

  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  a:focus-visible,
  [part~='review']:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 2px;
  }

  [part~='review']:focus:not(:focus-visible) {
    outline: none;
  }

  button[aria-pressed='true'] {
    border-color: currentColor;
    font-weight: 600;
  }

  a {
    color: inherit;
  }

  [part='summary'],
  [part='disclosure'],
  [part='controls'],
  [part='status'],
  [part='list'],
  [part='error'],
  [part='load-more'] {
    margin-block-end: var(--_gap);
  }

  [part='summary'] {
    display: grid;
    gap: 0.5em;
  }

  [part='average'] {
    font-size: 1.125em;
  }

  [part='histogram'] {
    display: grid;
    gap: 0.25em;
    max-inline-size: 32em;
  }

  [part='row'] {
    display: grid;
    grid-template-columns: 1fr minmax(4em, 10em);
    align-items: center;
    gap: 0.75em;
    inline-size: 100%;
    text-align: start;
    border-color: transparent;
  }

  [part='row'][aria-pressed='true'] {
    border-color: currentColor;
  }

  [part='bar'] {
    display: block;
    inline-size: 100%;
    block-size: 0.5em;
  }

  /* Bars grow from the start of the line, right to left included. */
  :host(:dir(rtl)) [part='bar'] {
    transform: scaleX(-1);
  }

  .track {
    fill: var(--_line);
  }

  .fill {
    fill: var(--_bar);
  }

  [part='disclosure'] {
    display: grid;
    gap: 0.25em;
    padding: 0.75em;
    border: 1px solid var(--_line);
    border-radius: 0.5em;
    font-size: 0.9375em;
  }

  [part='controls'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.25em;
  }

  .control {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }

  select,
  input[type='search'] {
    border: 1px solid var(--_line);
    border-radius: 0.375em;
    background-color: Field;
    color: FieldText;
    padding-block: 0.125em;
    padding-inline: 0.375em;
  }

  [part='list'] > li + li {
    border-block-start: 1px solid var(--_line);
  }

  [part~='review'] {
    display: grid;
    gap: 0.375em;
    padding-block: var(--_gap);
  }

  [part='review-title'] {
    font-weight: 600;
  }

  [part='review-body'],
  [part='reply-body'] {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  [part='review-meta'],
  [part='reply-author'],
  [part='translation'],
  [part='fit-note'] {
    font-size: 0.875em;
  }

  [part='badges'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }

  [part='badge'] {
    font-size: 0.8125em;
    padding-block: 0.0625em;
    padding-inline: 0.5em;
    border: 1px solid var(--_line);
    border-radius: 1em;
  }

  [part='photos'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  /* A fixed square, not the photo's own ratio: a photo that fails to load loses its intrinsic
     ratio and must not change the box; equal thumbnails also scan better. Themes resize the
     box through ::part(photo). */
  [part='photo'] {
    padding: 0;
    border-radius: 0.375em;
    overflow: hidden;
    line-height: 0;
    inline-size: 5em;
    block-size: 5em;
  }

  [part='photo'] img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  [part='helpful'] {
    justify-self: start;
    font-size: 0.875em;
  }

  [part='reply'] {
    margin-inline-start: 1em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_line);
    display: grid;
    gap: 0.25em;
  }

  [part='reply-label'] {
    font-weight: 600;
  }

  [part='viewer'] {
    max-inline-size: min(90vw, 60em);
    max-block-size: 90vh;
    padding: 1em;
    border: 1px solid var(--_line);
    border-radius: 0.5em;
    background: Canvas;
    color: CanvasText;
  }

  [part='viewer'] img {
    display: block;
    max-inline-size: 100%;
    max-block-size: 70vh;
    inline-size: auto;
    block-size: auto;
  }

  [part='viewer'] form {
    margin-block-start: 0.75em;
    text-align: end;
  }

  [part='skeleton'] {
    display: grid;
    gap: var(--_gap);
  }

  .skeleton-label {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .skeleton-summary,
  .skeleton-review {
    border-radius: 0.5em;
    background: color-mix(in srgb, currentColor 8%, transparent);
  }

  .skeleton-summary {
    block-size: 24em;
  }

  .skeleton-review {
    block-size: 9em;
  }

  @media (forced-colors: active) {
    .fill {
      fill: CanvasText;
    }
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .skeleton-summary,
    .skeleton-review {
      border: 1px solid CanvasText;
    }
  }
`;
