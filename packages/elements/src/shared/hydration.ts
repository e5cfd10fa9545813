/**
 * Runs a server-rendered element's first update (the one that hydrates its declarative shadow
 * DOM) so that a mismatch never leaves two copies on the page. The server's HTML can be older
 * than the page (a cached page, a cut-off or an opening hour that passed since): if hydrating
 * it fails, it is dropped, its styles kept, and the element renders afresh.
 */
export function hydrateOrRenderAfresh(host: HTMLElement & { hasUpdated: boolean }, update: () => void): void {
  const root = host.shadowRoot;
  const serverRendered = !host.hasUpdated && root !== null && root.hasChildNodes();
  try {
    update();
  } catch (error) {
    if (!serverRendered) throw error;
    for (const node of [...root.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
    update();
  }
}
