import { css } from 'lit';

/**
 * What every Candor element's shadow root starts with. Elements inherit the page's font and
 * colours: nothing here sets them. Public knobs are `--candor-*` custom properties, read with
 * a fallback where used, so an unset property never breaks a rule.
 */
export const hostStyles = css`
  :host {
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;
