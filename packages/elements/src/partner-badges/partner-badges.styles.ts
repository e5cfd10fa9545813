import { css } from 'lit';

/**
 * Every badge box has the same height (at least 24px, WCAG 2.2's target size), and artwork is
 * scaled to it without stretching (`object-fit: contain`), so marks stand with equal
 * prominence. Colours and font come from the page; only logical properties, so right-to-left
 * needs nothing; nothing moves, so reduced motion needs nothing either.
 */
export const partnerBadgesStyles = css`
  :host {
    display: block;
    --_height: max(24px, var(--candor-partner-badge-height, 2.25em));
    --_gap: var(--candor-partner-badges-gap, 0.5em);
    --_background: var(--candor-partner-badge-background, transparent);
    --_border: var(--candor-partner-badge-border-color, color-mix(in srgb, currentColor 35%, transparent));
  }

  .group + .group {
    margin-block-start: 1em;
  }

  p,
  ul,
  dl,
  dd {
    margin: 0;
    padding: 0;
  }

  ul {
    list-style: none;
  }

  [part='label'] {
    margin-block-end: 0.5em;
    font-weight: 600;
  }

  /* Row: badges wrap onto as many lines as they need. */
  [part='badges'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }

  [part='badges'] > li {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    max-inline-size: 100%;
  }

  /*
   * Grid: even columns; each badge fills its cell. A long name wraps rather than being cut, and
   * every badge takes two rows of the grid (mark, fee) through a subgrid, so the marks of one
   * line stand equally high and the fees line up under them.
   */
  :host([layout='grid']) [part='badges'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--candor-partner-badge-min-width, 7.5em)), 1fr));
    row-gap: calc(var(--_gap) / 2);
  }

  :host([layout='grid']) [part='badges'] > li {
    display: grid;
    grid-row: span 2;
    grid-template-rows: subgrid;
    align-items: stretch;
    justify-items: stretch;
  }

  :host([layout='grid']) .mark {
    block-size: auto;
    min-block-size: var(--_height);
  }

  :host([layout='grid']) .name {
    white-space: normal;
    overflow-wrap: anywhere;
    text-align: center;
  }

  :host([layout='grid']) .artwork img {
    block-size: calc(var(--_height) - 8px);
  }

  :host([layout='grid']) [part='badges'] [part='fee'] {
    text-align: center;
  }

  /* List: marks in one column, what they mean beside them. */
  [part='list'] {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_gap) 0.75em;
    align-items: center;
  }

  [part='list'] > li {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
  }

  [part='list'] [part='mark'] {
    justify-self: start;
  }

  .text {
    display: flex;
    flex-direction: column;
    gap: 0.125em;
    min-inline-size: 0;
  }

  .mark {
    display: inline-grid;
    grid-template: minmax(0, 1fr) / minmax(0, auto);
    place-items: center;
    box-sizing: border-box;
    block-size: var(--_height);
    min-inline-size: var(--_height);
    max-inline-size: 100%;
    padding: 3px 0.625em;
    border: 1px solid var(--_border);
    border-radius: 0.375em;
    background: var(--_background);
  }

  .mark > * {
    grid-area: 1 / 1;
  }

  .name {
    overflow: hidden;
    max-inline-size: 100%;
    font-weight: 600;
    line-height: 1.2;
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  .artwork {
    padding-inline: 0.375em;
  }

  /* The image: the badge's height, its own proportions (from width and height, before it loads). */
  .artwork img {
    display: block;
    block-size: 100%;
    inline-size: auto;
    max-inline-size: 100%;
    object-fit: contain;
  }

  /* The name holds the box open behind the image; they swap when the image fails. */
  .artwork:not(.failed) .name,
  .artwork.failed img {
    visibility: hidden;
  }

  [part='fee'] {
    font-size: 0.875em;
  }

  [part='details'] {
    margin-block-start: 0.5em;
  }

  [part='summary'] {
    cursor: pointer;
    inline-size: fit-content;
    min-block-size: 24px;
  }

  [part='descriptions'] {
    display: grid;
    gap: 0.5em;
    margin-block-start: 0.5em;
  }

  dt {
    font-weight: 600;
  }

  /* The merchant's words are isolated: a bidi control in a name never reverses the fee beside it. */
  .name,
  dt,
  [part='description'] {
    unicode-bidi: isolate;
  }

  a,
  summary {
    color: inherit;
    border-radius: 0.125em;
  }

  a:focus-visible,
  summary:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .mark {
      border-color: CanvasText;
    }
  }
`;
