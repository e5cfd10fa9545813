import { css } from 'lit';

export const ratingStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    --_size: var(--candor-rating-size, 1.25em);
    --_gap: var(--candor-rating-gap, 0.125em);
    /* Amber at ≥ 3:1 against white and against near-black (WCAG 1.4.11), following the page's scheme. */
    --_filled: var(--candor-rating-color, light-dark(#b45309, #fbbf24));
    --_empty: var(--candor-rating-empty-color, var(--_filled));
  }

  [part='base'] {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    line-height: 1;
  }

  [part='stars'] {
    position: relative;
    display: inline-flex;
    flex: none;
  }

  .layer {
    display: inline-flex;
    gap: var(--_gap);
  }

  .filled {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    overflow: hidden;
    /* Whole stars plus their gaps, then the fraction of the next star: gaps are never "filled". */
    inline-size: calc(var(--_whole) * (var(--_size) + var(--_gap)) + var(--_fraction) * var(--_size));
  }

  svg {
    flex: none;
    inline-size: var(--_size);
    block-size: var(--_size);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }

  .empty svg {
    fill: none;
    stroke: var(--_empty);
  }

  .filled svg {
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
    .empty svg {
      stroke: CanvasText;
    }
    .filled svg {
      fill: CanvasText;
      stroke: CanvasText;
    }
  }
`;
