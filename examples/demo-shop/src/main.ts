/**
 * The demo shop's one script, bundled by rollup.config.mjs into dist/main.js.
 * It registers the Candor elements, wires the product form, and, only when the URL asks for
 * it (`/?config=URL`), loads the config preview: a normal visit never downloads that code.
 */
import '@candor/elements';
import { enhanceProductPage } from './product-page.js';

enhanceProductPage(document);

const previewUrl = new URLSearchParams(location.search).get('config');
if (previewUrl !== null) {
  import('./preview.js')
    .then(({ previewConfig }) => previewConfig(previewUrl, document))
    .catch((error: unknown) => console.error('Demo shop: the config preview failed to load.', error));
}
