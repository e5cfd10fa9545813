import { DEV } from './dev.js';

/**
 * Registers a Candor element unless the tag is taken, e.g. when a theme loads two copies of
 * the bundle. A second copy would throw in `customElements.define` and break the page.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (customElements.get(tag)) {
    if (DEV && customElements.get(tag) !== constructor) {
      console.warn(`Candor: <${tag}> is already defined by another copy of @candor/elements; keeping the first.`);
    }
    return;
  }
  customElements.define(tag, constructor);
}
