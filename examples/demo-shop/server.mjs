// The demo shop's server: `node examples/demo-shop/server.mjs` (PORT=… to change the port).
// Dependency-free on purpose: it shows that a Candor page needs nothing but static files — plus,
// as a shop's own server would, the delivery notice's lines and the product's JSON-LD written
// into the page from the same config by @candor/core (prerender.mjs).
//
//   /                  index.html, with examples/configs/pl-shoes.candor.json (or $DEMO_CONFIG) injected
//   /styles.css, /robots.txt, /assets/*, /dist/*   the shop's public files
//   /configs/*.json    the sample merchant configs, for `/?config=/configs/…` previews
//
// Everything else is 404: the server's own source and the TypeScript sources are not served.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { chatScriptOrigins, deliveryFallback, productJsonLd, shopJsonLd } from './prerender.mjs';

const shopRoot = fileURLToPath(new URL('.', import.meta.url));
const configsRoot = fileURLToPath(new URL('../configs/', import.meta.url));
// DEMO_CONFIG swaps the injected config (the tests use it to serve a hostile one).
const sampleConfigPath = process.env.DEMO_CONFIG ? resolve(process.env.DEMO_CONFIG) : join(configsRoot, 'pl-shoes.candor.json');
const bundlePath = join(shopRoot, 'dist', 'main.js');
const port = Number(process.env.PORT ?? 4173);

const BUILD_HINT = 'examples/demo-shop/dist/main.js is missing: run `npm run build` first (`npm start` does both).';
const CONFIG_SCRIPT = /(<script type="application\/json" id="candor-config">)[\s\S]*?(<\/script>)/;
const JSON_LD_SCRIPT = /(<script type="application\/ld\+json" id="product-json-ld">)[\s\S]*?(<\/script>)/;
const SHOP_JSON_LD_SCRIPT = /(<script type="application\/ld\+json" id="shop-json-ld">)[\s\S]*?(<\/script>)/;
const DELIVERY_NOTICE = /(<candor-delivery-notice[^>]*>)[\s\S]*?(<\/candor-delivery-notice>)/;
const LANG = /<html lang="([^"]+)"/;

/** Top-level names under the shop folder that are public; anything else is not served. */
const PUBLIC_FILES = new Set(['styles.css', 'robots.txt']);
const PUBLIC_FOLDERS = new Set(['assets', 'dist']);

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.map', '.svg', '.txt']);
const MIN_COMPRESS_BYTES = 512;

// Strict enough for the later CSP audit (issue 3): no inline script or style anywhere.
// connect-src allows any http(s) origin because `/?config=URL` may preview a config hosted elsewhere.
// The contact hub's chat provider (if the config names one) is the only other script origin:
// its script loads when a buyer asks for chat, never with the page.
const contentSecurityPolicy = (chatOrigins = []) => [
  "default-src 'self'",
  ["script-src 'self'", ...chatOrigins].join(' '),
  // Lit's styles are constructed stylesheets (CSSOM), which need no 'unsafe-inline'.
  "style-src 'self'",
  "img-src 'self' https:",
  "connect-src 'self' http: https:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

const compressors = {
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  gzip: (body) => promisify(gzip)(body, { level: 9 }),
};
/** Compressed bodies by ETag and encoding: files rarely change while the demo runs. */
const compressedCache = new Map();

/** Maps a URL path to a file on disk, or `undefined` when it is not public or leaves its folder. */
function fileFor(pathname) {
  const segments = pathname.split('/').slice(1);
  // Empty, hidden and `..` segments, backslashes and NUL never name a public file: refuse them.
  if (segments.some((s) => (s === '' && segments.length > 1) || s.startsWith('.') || /[\\\0]/.test(s))) {
    return undefined;
  }
  const [first = '', ...rest] = segments;
  if (first === '' && rest.length === 0) return join(shopRoot, 'index.html');
  if (first === 'configs' && rest.length === 1 && rest[0].endsWith('.json')) return join(configsRoot, rest[0]);
  if (PUBLIC_FILES.has(first) && rest.length === 0) return join(shopRoot, first);
  if (PUBLIC_FOLDERS.has(first) && rest.length > 0) return join(shopRoot, first, ...rest);
  return undefined;
}

/** True when `file`, with symbolic links resolved, is inside `folder`. */
async function isInside(file, folder) {
  try {
    const [real, realFolder] = await Promise.all([realpath(file), realpath(folder)]);
    return real.startsWith(realFolder.endsWith(sep) ? realFolder : realFolder + sep);
  } catch {
    return false;
  }
}

/** index.html with the sample config in its `#candor-config` script, and the CSP that goes with it. */
async function renderIndex() {
  const [page, config] = await Promise.all([
    readFile(join(shopRoot, 'index.html'), 'utf8'),
    readFile(sampleConfigPath, 'utf8').catch(() => {
      console.warn(`Demo shop: ${sampleConfigPath} is missing; the page has no config.`);
      return '';
    }),
  ]);
  // `<` never appears outside strings in JSON, and inside them \u003c means the same: so no
  // config, however hostile, can write `</script>` or `<!--` into the page.
  const safe = config.trim().replaceAll('<', '\\u003c');
  let parsed;
  try {
    parsed = JSON.parse(config);
  } catch {
    parsed = undefined; // the elements report it in the browser; the server pre-renders nothing
  }
  const now = Date.now();
  const [fallback, jsonLd, shopLd, chatOrigins] = await Promise.all([
    deliveryFallback(parsed, { lang: LANG.exec(page)?.[1], now }),
    productJsonLd(parsed, { origin: `http://localhost:${port}/`, lang: LANG.exec(page)?.[1], now }),
    shopJsonLd(parsed, { now }),
    chatScriptOrigins(parsed),
  ]);
  const html = page
    .replace(CONFIG_SCRIPT, (_match, open, close) => `${open}${safe}${close}`)
    .replace(DELIVERY_NOTICE, (_match, open, close) => `${open}${fallback}${close}`)
    .replace(JSON_LD_SCRIPT, (_match, open, close) => `${open}${jsonLd}${close}`)
    .replace(SHOP_JSON_LD_SCRIPT, (_match, open, close) => `${open}${shopLd}${close}`);
  return { html, csp: contentSecurityPolicy(chatOrigins) };
}

function cacheControl(pathname) {
  // Chunk names carry a content hash (see rollup.config.mjs): they never change, so keep them.
  if (pathname.startsWith('/dist/chunks/')) return 'public, max-age=31536000, immutable';
  // Everything else may change with the next build or config edit: revalidate with the ETag.
  return 'no-cache';
}

function preferredEncoding(acceptEncoding = '') {
  const accepted = new Map();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name.trim(), q ? Number(q.slice(2)) : 1);
  }
  const wants = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (wants('br')) return 'br';
  if (wants('gzip')) return 'gzip';
  return undefined;
}

async function send(request, response, { status = 200, body, type, pathname, headers = {} }) {
  const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
  response.setHeader('Content-Type', type);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  if (status === 200) {
    response.setHeader('ETag', etag);
    response.setHeader('Cache-Control', cacheControl(pathname));
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304).end();
      return;
    }
  } else {
    response.setHeader('Cache-Control', 'no-store');
  }

  let payload = body;
  if (COMPRESSIBLE.has(extname(pathname) || '.html') && body.length >= MIN_COMPRESS_BYTES) {
    response.setHeader('Vary', 'Accept-Encoding');
    const encoding = preferredEncoding(request.headers['accept-encoding']);
    if (encoding) {
      const key = `${encoding} ${etag}`;
      payload = compressedCache.get(key) ?? (await compressors[encoding](body));
      compressedCache.set(key, payload);
      response.setHeader('Content-Encoding', encoding);
    }
  }
  response.setHeader('Content-Length', payload.length);
  response.writeHead(status);
  response.end(request.method === 'HEAD' ? undefined : payload);
}

const NOT_FOUND_PAGE = `<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Nie znaleziono strony</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/styles.css">
</head>
<body class="not-found">
<main id="main">
<h1>Nie znaleziono strony</h1>
<p>Ten sklep jest demonstracją Candor i ma tylko jedną stronę produktu.</p>
<p><a href="/">Wróć do sklepu</a></p>
</main>
</body>
</html>
`;

async function notFound(request, response, message) {
  const wantsHtml = (request.headers.accept ?? '').includes('text/html');
  await send(request, response, {
    status: 404,
    body: Buffer.from(wantsHtml ? NOT_FOUND_PAGE : `${message ?? 'Not found'}\n`),
    type: wantsHtml ? CONTENT_TYPES['.html'] : CONTENT_TYPES['.txt'],
    pathname: wantsHtml ? '/404.html' : '/404.txt',
  });
}

async function handle(request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': CONTENT_TYPES['.txt'] }).end('Method not allowed\n');
    return;
  }
  // The path as sent, decoded but not normalised: `..` and `//` stay visible to fileFor, which
  // refuses them, and decoding first means %2e%2e or %2f cannot smuggle them past it.
  const target = request.url ?? '/';
  let pathname;
  try {
    pathname = decodeURIComponent(target.split(/[?#]/, 1)[0] ?? '');
  } catch {
    pathname = undefined;
  }
  if (!pathname?.startsWith('/')) {
    response.writeHead(400, { 'Content-Type': CONTENT_TYPES['.txt'] }).end('Bad request\n');
    return;
  }

  if (pathname === '/' || pathname === '/index.html') {
    if (!existsSync(bundlePath)) console.warn(BUILD_HINT);
    const { html, csp } = await renderIndex();
    await send(request, response, {
      body: Buffer.from(html),
      type: CONTENT_TYPES['.html'],
      pathname: '/index.html',
      headers: { 'Content-Security-Policy': csp, 'Cross-Origin-Opener-Policy': 'same-origin' },
    });
    return;
  }

  const file = fileFor(pathname);
  const folder = pathname.startsWith('/configs/') ? configsRoot : shopRoot;
  if (!file || !resolve(file).startsWith(folder) || !(await isInside(file, folder))) {
    await notFound(request, response, pathname === '/dist/main.js' ? BUILD_HINT : undefined);
    return;
  }
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) {
    await notFound(request, response, pathname === '/dist/main.js' ? BUILD_HINT : undefined);
    return;
  }
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  await send(request, response, { body: await readFile(file), type, pathname });
}

const server = createServer((request, response) => {
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { 'Content-Type': CONTENT_TYPES['.txt'] });
    response.end('Internal server error\n');
  });
});

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${port} is taken. Start the demo shop on another one: PORT=4174 npm start`);
    process.exit(1);
  }
  throw error;
});

server.listen(port, () => {
  console.log(`Candor demo shop: http://localhost:${port}/`);
  console.log(`Preview a config:  http://localhost:${port}/?config=/configs/si-outdoor.candor.json`);
  if (!existsSync(bundlePath)) console.warn(BUILD_HINT);
});
