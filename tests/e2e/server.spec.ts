// The demo shop's server over plain HTTP: raw paths (no client normalises them), headers,
// compression, and the config it injects into the page.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { E2E_PORT, fromRoot, sampleConfig } from './support.js';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** GET (or another method) with the path sent exactly as written. */
function raw(path: string, headers: Record<string, string> = {}, port = E2E_PORT, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: 'localhost', port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** The text of the page's `#candor-config` script, up to the first `</script>` as a parser sees it. */
function injectedConfig(html: string): string {
  const match = /<script type="application\/json" id="candor-config">([\s\S]*?)<\/script>/i.exec(html);
  if (!match?.[1]) throw new Error('The page has no #candor-config script');
  return match[1];
}

test('serves nothing outside the shop, however the path is spelled', async () => {
  const attempts = [
    '/../package.json',
    '/..%2fpackage.json',
    '/%2e%2e/package.json',
    '/%2e%2e%2f%2e%2e%2fpackage.json',
    '/assets/../../../package.json',
    '/assets/..%2f..%2f..%2fpackage.json',
    '/assets/%2e%2e%2f%2e%2e%2fserver.mjs',
    '/dist/%2e%2e/%2e%2e/%2e%2e/package.json',
    '/dist/..%5c..%5c..%5cpackage.json',
    '/configs/..%2f..%2fpackage.json',
    '/configs/%2e%2e%2fdemo-shop%2fserver.mjs',
    '/configs/..%2f..%2f..%2fpackage.json%00.json',
    '/%252e%252e/package.json',
    '//package.json',
    '/server.mjs',
    '/src/main.ts',
    '/assets/%00',
    '/.git/config',
  ];
  for (const path of attempts) {
    const response = await raw(path);
    expect([400, 404], `${path} → ${response.status}`).toContain(response.status);
    const body = response.body.toString('utf8');
    // Markers of the files an attacker is after: the repo's package.json and this server.
    expect(body, path).not.toContain('"workspaces"');
    expect(body, path).not.toContain('createServer');
  }
});

test('serves the page with the sample config injected, typed, uncached and guarded', async () => {
  const response = await raw('/');
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['cache-control']).toBe('no-cache');
  expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  const html = response.body.toString('utf8');
  expect(JSON.parse(injectedConfig(html))).toEqual(sampleConfig('pl-shoes.candor.json'));

  const again = await raw('/', { 'If-None-Match': String(response.headers.etag) });
  expect(again.status).toBe(304);
  expect(again.body.length).toBe(0);
});

test('gives every file its content type, and hashed chunks a long cache life', async () => {
  const expectations: [string, string][] = [
    ['/styles.css', 'text/css; charset=utf-8'],
    ['/dist/main.js', 'text/javascript; charset=utf-8'],
    ['/assets/kazimierz-koniak.svg', 'image/svg+xml; charset=utf-8'],
    ['/configs/pl-shoes.candor.json', 'application/json; charset=utf-8'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
  ];
  for (const [path, type] of expectations) {
    const response = await raw(path);
    expect(response.status, path).toBe(200);
    expect(response.headers['content-type'], path).toBe(type);
    expect(response.headers['x-content-type-options'], path).toBe('nosniff');
  }
  const chunk = /(?:from|import)\s*"\.\/(chunks\/[^"]+\.js)"/.exec((await raw('/dist/main.js')).body.toString('utf8'));
  if (chunk?.[1]) {
    const response = await raw(`/dist/${chunk[1]}`);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toContain('immutable');
  }
});

test('compresses text with brotli or gzip when the client accepts it', async () => {
  const plain = await raw('/styles.css');
  expect(plain.headers['content-encoding']).toBeUndefined();

  const br = await raw('/styles.css', { 'Accept-Encoding': 'gzip, deflate, br' });
  expect(br.headers['content-encoding']).toBe('br');
  expect(br.headers.vary).toBe('Accept-Encoding');
  expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
  expect(br.body.length).toBeLessThan(plain.body.length);

  const gzip = await raw('/styles.css', { 'Accept-Encoding': 'gzip' });
  expect(gzip.headers['content-encoding']).toBe('gzip');
  expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);

  const refused = await raw('/styles.css', { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
  expect(refused.headers['content-encoding']).toBeUndefined();
});

test('answers unknown paths with a 404 page and other methods with 405', async () => {
  const page = await raw('/kobiety', { Accept: 'text/html' });
  expect(page.status).toBe(404);
  expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(page.body.toString('utf8')).toContain('Nie znaleziono strony');

  const text = await raw('/nope.js');
  expect(text.status).toBe(404);
  expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');

  const post = await raw('/', {}, E2E_PORT, 'POST');
  expect(post.status).toBe(405);
  expect(post.headers.allow).toBe('GET, HEAD');
});

test.describe('with a hostile config', () => {
  const port = E2E_PORT + 1;
  const hostile = {
    shop: { name: '</script><script>window.__pwned = 1</script><!-- <\u2028' },
    reviews: { items: [{ id: '</SCRIPT>', rating: 5, author: '<!--', date: '2026-01-01' }] },
  };
  let folder = '';
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'candor-e2e-'));
    const configPath = join(folder, 'hostile.candor.json');
    writeFileSync(configPath, JSON.stringify(hostile, null, 2));
    const child = spawn(process.execPath, [fromRoot('examples/demo-shop/server.mjs')], {
      env: { ...process.env, PORT: String(port), DEMO_CONFIG: configPath },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    server = child;
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (data: Buffer) => {
        if (data.toString().includes('Candor demo shop:')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`the second server exited with ${code}`)));
    });
  });

  test.afterAll(() => {
    server?.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  test('cannot close the config script: `<` is escaped and the JSON is unchanged', async () => {
    const html = (await raw('/', {}, port)).body.toString('utf8');
    const injected = injectedConfig(html);
    expect(injected).not.toMatch(/</);
    expect(JSON.parse(injected)).toEqual(hostile);
    const template = readFileSync(fromRoot('examples/demo-shop/index.html'), 'utf8');
    expect(html.match(/<script/gi)?.length).toBe(template.match(/<script/gi)?.length);
  });
});
