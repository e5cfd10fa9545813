// Element render timings in Chromium: how long each element takes from being put on a page with
// its config until it and the elements inside it have rendered (Lit's updateComplete), as the
// median of repeated mounts, beside the first mount (which pays the one-time costs of a page). The elements come from the one-file bundle; each mount gets a fresh
// copy of the config, so its validation (cached per config object) is counted, as on a real page.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { tenThousandReviews } from './reviews-fixture.mjs';

const RUNS = 15;
const CHROME_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function timeRenders() {
  const sample = JSON.parse(readFileSync('examples/configs/pl-shoes.candor.json', 'utf8'));
  const manyReviews = { ...sample, reviews: { ...sample.reviews, items: tenThousandReviews(), display: { pageSize: 20 } } };
  const scenarios = [
    ['<candor-rating> of a product (12 reviews)', 'candor-rating', { product: 'polbuty-kazimierz' }, sample],
    ['<candor-delivery-notice>, two carriers', 'candor-delivery-notice', {}, sample],
    ['<candor-reviews>, a page of 20 of 10,000 (validation, summary, sort)', 'candor-reviews', { product: 'botki-lena' }, manyReviews],
    ['<candor-reviews>, the sample\'s product', 'candor-reviews', { product: 'polbuty-kazimierz' }, sample],
    ['<candor-size-guide inline>, shoe chart', 'candor-size-guide', { product: 'polbuty-kazimierz', inline: '' }, sample],
    ['<candor-partner-badges>, 6 partners', 'candor-partner-badges', {}, sample],
    ['<candor-contact-hub>, 5 channels', 'candor-contact-hub', {}, sample],
  ];
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    // Review photos point at the sample shop's made-up host: answer at once, with nothing.
    await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
    await page.setContent('<!doctype html><html lang="en"><body><main></main></body></html>');
    await page.addScriptTag({ path: 'packages/elements/dist/cdn/candor.js', type: 'module' });
    await page.waitForFunction(() => customElements.get('candor-contact-hub') !== undefined);
    const rows = [];
    for (const [name, tag, attributes, config] of scenarios) {
      const { first, times: samples } = await page.evaluate(
        async ({ tag, attributes, config, runs }) => {
          /** Every Lit element in `root`, however deep in shadow roots. */
          const litElements = (root) => [...root.querySelectorAll('*')].flatMap((element) => [
            ...('updateComplete' in element ? [element] : []),
            ...(element.shadowRoot ? litElements(element.shadowRoot) : []),
          ]);
          const mount = async () => {
            const element = document.createElement(tag);
            for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
            element.config = structuredClone(config);
            const start = performance.now();
            document.querySelector('main').append(element);
            // Until nothing renders any more: the element, then the ratings and others inside it.
            for (let settled = false; !settled; ) {
              const pending = litElements(document).filter((each) => each.isUpdatePending);
              settled = pending.length === 0;
              await Promise.all(pending.map((each) => each.updateComplete));
            }
            const took = performance.now() - start;
            element.remove();
            return took;
          };
          // The first mount pays what a page pays once (the language, Intl objects, the JIT).
          const first = await mount();
          const times = [];
          for (let i = 0; i < runs; i += 1) times.push(await mount());
          return { first, times };
        },
        { tag, attributes, config, runs: RUNS },
      );
      samples.sort((a, b) => a - b);
      rows.push({ name, first, ms: samples[Math.floor(samples.length / 2)], max: samples.at(-1) });
    }
    return { runs: RUNS, rows };
  } finally {
    await browser.close();
  }
}
