// `npm run example:ssr`: the Polish product page with Candor's elements rendered on the server
// by @lit-labs/ssr (declarative shadow DOM), then hydrated in the browser. PORT=… to change
// the port (default 4174). Needs `npm run build` (the script does it).
//
//   /            the page, rendered per request with the current time (the delivery dates)
//   /client.js   the browser bundle: hydration support + @candor/elements (dist/client.js)
//   /chunks/*    its lazily loaded chunks (locales)
//   /styles.css, /no-js.css
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const dist = join(root, 'dist');
const configPath = process.env.SSR_CONFIG ?? fileURLToPath(new URL('../configs/pl-shoes.candor.json', import.meta.url));
const port = Number(process.env.PORT ?? 4174);

if (!existsSync(join(dist, 'client.js'))) {
  console.error('examples/ssr-node/dist/client.js is missing: run `npm run build` first (`npm run example:ssr` does both).');
  process.exit(1);
}

// For the tests only: SSR_NOW renders the page as of another instant, like a stale cached page.
if (process.env.SSR_NOW) {
  const renderedAt = Date.parse(process.env.SSR_NOW);
  Date.now = () => renderedAt;
}

// In node, @lit-labs/ssr's DOM shim lets the elements register; @candor/core gives the catalogs.
const { loadMessages, loadPartnerDescriptions, resolveLocale, validateConfig } = await import('@candor/core');
await import('@candor/elements');
const { page } = await import('./page.mjs');

const checked = validateConfig(JSON.parse(await readFile(configPath, 'utf8')));
if (!checked.ok) {
  for (const error of checked.errors) console.error(`${configPath}: ${error.path} ${error.message}`);
  process.exit(1);
}
const config = checked.config;
// The server has no page to wait on: the shop's words are loaded before the first render.
const { locale } = resolveLocale([config.shop?.locale]);
await Promise.all([loadMessages(locale), loadPartnerDescriptions(locale)]);

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
const STATIC = { '/styles.css': join(root, 'styles.css'), '/no-js.css': join(root, 'no-js.css'), '/client.js': join(dist, 'client.js') };

/** A file under dist/chunks, never outside it. */
function chunkPath(pathname) {
  const path = normalize(join(dist, decodeURIComponent(pathname)));
  return path.startsWith(join(dist, 'chunks') + sep) ? path : undefined;
}

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  try {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (pathname === '/') {
      // Rendered whole before sending, so a render error is a clean 500, not half a page.
      const body = await collectResult(render(page(config)));
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    const file = STATIC[pathname] ?? (pathname.startsWith('/chunks/') ? chunkPath(pathname) : undefined);
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(request.method === 'HEAD' ? undefined : await readFile(file));
  } catch (error) {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Server error');
  }
});

server.listen(port, () => console.log(`SSR example: http://localhost:${port}/`));
