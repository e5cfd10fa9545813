// Lit's own weight: what any Lit element costs before its own code.
import { LitElement, html, css } from 'lit';
customElements.define('bench-lit', class extends LitElement {
  static styles = css`:host { display: block }`;
  render() { return html`<p>lit</p>`; }
});
