// The product page of the SSR example as a Lit template, rendered on the server by
// @lit-labs/ssr. Candor's elements get the merchant config as a property (`.config`) here; in
// the browser they read the same JSON from the page's `#candor-config` script, so what they
// render there is what the server rendered.
// The document is a server-only template (it may hold <html> and <head>); the body is a
// regular Lit template, which may bind properties such as `.config`.
import { html as documentHtml } from '@lit-labs/ssr';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

export const PRODUCT = 'polbuty-kazimierz';

/** JSON for a `<script type="application/json">`: `<` escaped so nothing in it can close the script. */
export const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

export function page(config) {
  return documentHtml`<!doctype html>
<html lang="pl">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Skórzane półbuty Kazimierz — Wisła Obuwie (SSR)</title>
    <meta name="description" content="Candor rendered on the server with @lit-labs/ssr: declarative shadow DOM, readable before any script runs.">
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="/styles.css">
    <noscript><link rel="stylesheet" href="/no-js.css"></noscript>
    ${unsafeHTML(`<script type="application/json" id="candor-config">${scriptJson(config)}</script>`)}
    <script type="module" src="/client.js"></script>
  </head>
  <body>
    ${body(config)}
  </body>
</html>`;
}

function body(config) {
  return html`
    <header class="masthead"><p class="shop-name">${config.shop?.name ?? ''}</p></header>
    <main>
      <article class="product" aria-labelledby="product-title">
        <h1 id="product-title">Skórzane półbuty Kazimierz</h1>
        <p class="rating-row"><candor-rating .config=${config} product=${PRODUCT}></candor-rating></p>
        <p class="price">459,00&nbsp;zł</p>
        <section aria-labelledby="size-title">
          <h2 id="size-title">Rozmiar</h2>
          <candor-size-guide .config=${config} product=${PRODUCT}></candor-size-guide>
        </section>
        <section aria-labelledby="delivery-title">
          <h2 id="delivery-title">Dostawa i płatność</h2>
          <candor-delivery-notice .config=${config}></candor-delivery-notice>
          <candor-partner-badges .config=${config}></candor-partner-badges>
        </section>
      </article>
      <section class="reviews" aria-labelledby="reviews-title">
        <h2 id="reviews-title">Opinie klientów</h2>
        <candor-reviews .config=${config} product=${PRODUCT}></candor-reviews>
      </section>
      <section aria-labelledby="contact-title">
        <h2 id="contact-title">Kontakt</h2>
        <candor-contact-hub .config=${config}></candor-contact-hub>
      </section>
    </main>`;
}
