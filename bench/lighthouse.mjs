// Lighthouse 12 on the demo shop: mobile form factor with Lighthouse's default mobile throttling
// (simulated slow 4G, 4× CPU slowdown), the four categories, and the main-thread time of
// Candor's own scripts (the `bootup-time` rows for URLs under /dist/).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
// bootup-time hides scripts under 50 ms; ours must be listed however small it is.
const CONFIG = { extends: 'lighthouse:default', audits: [{ path: 'bootup-time', options: { thresholdInMs: 0 } }] };

/** One Lighthouse run; `withoutCandor` blocks /dist/ to measure the page's own baseline. */
export async function auditDemoShop({ withoutCandor = false } = {}) {
  const port = await freePort();
  const server = spawn(process.execPath, ['examples/demo-shop/server.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  let chrome;
  try {
    chrome = await launch({ chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
    await waitForOutput(server.stdout, 'Candor demo shop');
    const url = `http://localhost:${port}/`;
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      formFactor: 'mobile',
      blockedUrlPatterns: withoutCandor ? ['*/dist/*'] : [],
    }, CONFIG);
    const audit = (id) => lhr.audits[id];
    const bootup = audit('bootup-time').details?.items ?? [];
    const candorScripts = bootup.filter((item) => new URL(item.url, url).pathname.startsWith('/dist/'));
    return {
      url,
      lighthouseVersion: lhr.lighthouseVersion,
      runtimeError: lhr.runtimeError?.message,
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])),
      cls: audit('cumulative-layout-shift').numericValue,
      tbtMs: audit('total-blocking-time').numericValue,
      lcpMs: audit('largest-contentful-paint').numericValue,
      candorScriptingMs: candorScripts.reduce((sum, item) => sum + item.scripting, 0),
      // Script time Chrome pins on no script URL (nothing of ours on the stack) lands on
      // the page itself; the run without Candor gives the page's own share to subtract.
      documentScriptingMs: bootup.find((item) => item.url === url)?.scripting ?? 0,
      candorScripts: candorScripts.map(({ url: scriptUrl, total, scripting, scriptParseCompile }) => ({ url: scriptUrl, total, scripting, scriptParseCompile })),
      // Audits that cost points: anything scored below 1 that counts toward a category.
      failing: CATEGORIES.flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && audit(ref.id).score !== null && audit(ref.id).score < 1)
          .map((ref) => ({ category, id: ref.id, title: audit(ref.id).title, score: audit(ref.id).score, displayValue: audit(ref.id).displayValue })),
      ),
    };
  } finally {
    chrome?.kill();
    server.kill();
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

async function waitForOutput(stream, text) {
  let seen = '';
  const timeout = setTimeout(() => stream.destroy(new Error(`demo shop server did not start (waited for "${text}")`)), 10_000);
  try {
    for await (const chunk of stream) {
      seen += chunk;
      if (seen.includes(text)) return;
    }
    throw new Error(`demo shop server exited before printing "${text}"`);
  } finally {
    clearTimeout(timeout);
  }
}
