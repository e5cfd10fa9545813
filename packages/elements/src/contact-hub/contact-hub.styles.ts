import { css } from 'lit';

/**
 * (Comments stay out of the CSS: Lit ships the text as written.)
 *
 * Cards inherit the page's font and colours; accents use `light-dark()` so they suit either
 * scheme, and the system colours take over in forced-colours mode. Logical properties only, so
 * right-to-left pages need nothing but the safe-area side swap below. Nothing animates.
 *
 * Every status and reply line is one text line high before the clock fills it in (the server's
 * neutral state), and every control is at least 44 × 44 CSS pixels (WCAG 2.2 2.5.8 asks 24; 44
 * is the comfortable size of 2.5.5).
 *
 * Floating mode: the box is `position: fixed` in the configured corner, offsets plus the
 * safe-area insets (swapped with the sides in right-to-left pages). Only the launcher and the
 * panel take presses; the page beneath the rest of the box keeps them. While the launcher would
 * cover the focused element (WCAG 2.2, 2.4.11) it is transparent and lets presses through, but
 * stays in the tab order, so the next Tab reaches it and brings it back.
 */
export const contactHubStyles = css`
  :host {
    display: block;
    --_gap: var(--candor-contact-gap, 0.75rem);
    --_border: var(--candor-contact-card-border, 1px solid color-mix(in srgb, currentColor 22%, transparent));
    --_open: var(--candor-contact-open-color, light-dark(#1a7f37, #3fb950));
    --_closed: var(--candor-contact-closed-color, light-dark(#6e7781, #8b949e));
    --_target: 2.75rem;
  }

  p {
    margin: 0;
  }

  [part='channels'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part='channel'] {
    display: grid;
    grid-template-columns: 1.5rem minmax(0, 1fr);
    column-gap: 0.75rem;
    align-items: start;
    padding: 0.75rem 1rem;
    border: var(--_border);
    border-radius: 0.75rem;
  }

  [part='icon'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin-block-start: 0.125rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .body {
    display: grid;
    gap: 0.125rem;
    min-inline-size: 0;
  }

  [part='label'] {
    font-weight: 600;
  }

  [part='value'],
  [part='link'] {
    overflow-wrap: anywhere;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.75rem;
  }

  [part='link'] {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    color: inherit;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }

  button {
    font: inherit;
    color: inherit;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding-block: 0.25rem;
    padding-inline: 0.875rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    background: transparent;
    cursor: pointer;
  }

  button[aria-disabled='true'] {
    cursor: progress;
  }

  a:focus-visible,
  button:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 2px;
  }

  [part='status'],
  [part='reply'] {
    min-block-size: 1lh;
  }

  [part='status'].open::before,
  [part='status'].closed::before {
    content: '';
    display: inline-block;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    vertical-align: 0.1em;
    background: var(--_closed);
  }

  [part='status'].open::before {
    background: var(--_open);
  }

  [part='person'] {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }

  [part='photo'] {
    flex: none;
    inline-size: 2rem;
    block-size: 2rem;
    border-radius: 50%;
    object-fit: cover;
  }

  [part='languages'],
  [part='reply'],
  [part='person'] {
    font-size: 0.9375em;
  }

  [part='feedback']:empty {
    display: none;
  }

  .floating {
    --_x: calc(var(--_offset-x, 16px) + env(safe-area-inset-right, 0px));
    --_x-start: calc(var(--_offset-x, 16px) + env(safe-area-inset-left, 0px));
    position: fixed;
    z-index: var(--candor-contact-z-index, 1000);
    inset-block-end: calc(var(--_offset-y, 16px) + env(safe-area-inset-bottom, 0px));
    display: flex;
    flex-direction: column-reverse;
    align-items: flex-end;
    gap: 0.5rem;
    max-inline-size: calc(100vw - 2 * var(--_offset-x, 16px));
    pointer-events: none;
  }

  .floating > * {
    pointer-events: auto;
  }

  .floating.end {
    inset-inline-end: var(--_x);
  }

  .floating.start {
    inset-inline-start: var(--_x-start);
    align-items: flex-start;
  }

  :host(:dir(rtl)) .floating {
    --_x: calc(var(--_offset-x, 16px) + env(safe-area-inset-left, 0px));
    --_x-start: calc(var(--_offset-x, 16px) + env(safe-area-inset-right, 0px));
  }

  [part='launcher'] {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 3rem;
    padding-inline: 1rem 1.25rem;
    border: 1px solid transparent;
    color: var(--candor-contact-launcher-color, light-dark(#ffffff, #111111));
    background: var(--candor-contact-launcher-background, light-dark(#1f2328, #f2f2f4));
    box-shadow: 0 2px 8px rgb(0 0 0 / 25%);
    font-weight: 600;
  }

  [part='launcher']:focus-visible {
    outline: 3px solid var(--candor-contact-launcher-background, light-dark(#1f2328, #f2f2f4));
    outline-offset: 3px;
  }

  .launcher-icon {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .yielding [part='launcher'] {
    opacity: 0;
    pointer-events: none;
  }

  [part='panel'] {
    inline-size: min(24rem, calc(100vw - 2 * var(--_offset-x, 16px)));
    max-block-size: calc(100dvh - var(--_offset-y, 16px) - 6rem);
    overflow: auto;
    overscroll-behavior: contain;
    padding: 0.75rem;
    border: var(--_border);
    border-radius: 1rem;
    color: CanvasText;
    background: var(--candor-contact-panel-background, Canvas);
    box-shadow: 0 8px 32px rgb(0 0 0 / 25%);
  }

  [part='panel'][hidden] {
    display: none;
  }

  [part='panel'] [part='channels'] {
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
  }

  @media (forced-colors: active) {
    [part='status'].open::before,
    [part='status'].closed::before {
      forced-color-adjust: none;
      background: CanvasText;
    }

    [part='status'].closed::before {
      background: GrayText;
    }

    [part='launcher'] {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }

    [part='panel'] {
      border-color: CanvasText;
    }
  }
`;
