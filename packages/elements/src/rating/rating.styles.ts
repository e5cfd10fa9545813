import { css } from 'lit';

export const ratingStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    /* Reserves the line before the first render, so nothing below moves. */
    min-block-size: var(--candor-rating-size, 1.25em);
    --_filled: var(--candor-rating-color, light-dark(#b45309, #fbbf24));
    --_empty: var(--candor-rating-empty-color, var(--_filled));
  }

  [part='base'] {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    line-height: 1;
    white-space: nowrap;
  }

  [part='stars'] {
    flex: none;
    block-size: var(--candor-rating-size, 1.25em);
    inline-size: auto;
    overflow: visible;
    stroke-width: 1.5;
    stroke-linejoin: round;
  }

  /* Stars are symmetric: mirroring fills them from the right in right-to-left text. */
  :host(:dir(rtl)) [part='stars'] {
    transform: scaleX(-1);
  }

  .empty {
    fill: none;
    stroke: var(--_empty);
  }

  .filled {
    fill: var(--_filled);
    stroke: var(--_filled);
  }

  [part='value'] {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  [part='count'] {
    font-size: 0.9em;
  }

  @media (forced-colors: active) {
    .empty {
      stroke: CanvasText;
    }
    .filled {
      fill: CanvasText;
      stroke: CanvasText;
    }
  }
`;
