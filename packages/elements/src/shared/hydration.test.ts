// Hydration support must be evaluated before Lit defines LitElement (each test file has its own page).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { hydrateOrRenderAfresh } from './hydration.js';

/** Renders `<p part="text">` with its `text`; `guarded` decides whether it uses the helper. */
class Probe extends LitElement {
  static override styles = css`p { color: rgb(1, 2, 3); }`;
  static override properties = { text: {} };
  declare text: string;
  guarded = true;

  protected override update(changed: PropertyValues<this>): void {
    if (this.guarded) hydrateOrRenderAfresh(this, () => super.update(changed));
    else super.update(changed);
  }

  override render() {
    return html`<p part="text">${this.text}</p>`;
  }
}
customElements.define('hydration-probe', Probe);

const host = document.createElement('div');
document.body.append(host);
afterEach(() => host.replaceChildren());

/** Server HTML for the probe: a declarative shadow root whose template marker is `digest`. */
function serverRendered(digest: string, guarded: boolean): Probe {
  const template = `<hydration-probe text="now"><template shadowrootmode="open"><style>p { color: rgb(1, 2, 3); }</style><!--lit-part ${digest}--><p part="text"><!--lit-part-->then<!--/lit-part--></p><!--/lit-part--></template></hydration-probe>`;
  // Parsed with its shadow root, and not yet upgraded: the probe is defined, so wait for it.
  const staging = document.createElement('div');
  staging.setHTMLUnsafe(template);
  const probe = staging.firstElementChild as Probe;
  probe.guarded = guarded;
  host.append(probe);
  return probe;
}

describe('hydrateOrRenderAfresh', () => {
  it('drops server HTML that cannot be hydrated, keeps its styles, and renders once', async () => {
    const probe = serverRendered('not-this-template', true);
    await probe.updateComplete;
    const root = probe.shadowRoot!;
    expect([...root.querySelectorAll('[part="text"]')].map((p) => p.textContent)).toEqual(['now']);
    expect(root.querySelectorAll('style')).toHaveLength(1);
    expect(getComputedStyle(root.querySelector('p')!).color).toBe('rgb(1, 2, 3)');
    // And it stays live.
    probe.text = 'later';
    await probe.updateComplete;
    expect(root.querySelector('[part="text"]')!.textContent).toBe('later');
  });

  it('never touches an element that was not server-rendered', async () => {
    const probe = document.createElement('hydration-probe') as Probe;
    probe.text = 'client';
    host.append(probe);
    await probe.updateComplete;
    expect([...probe.shadowRoot!.querySelectorAll('[part="text"]')].map((p) => p.textContent)).toEqual(['client']);
  });
});
