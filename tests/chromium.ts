import { existsSync } from 'node:fs';

/** Flags that keep Chromium quiet on a machine without internet (see TOOLCHAIN.md). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The Chromium every browser test uses: `CHROME_PATH`, then Debian's `/usr/bin/chromium`.
 * Fails loudly, with the fix, rather than letting a tool try to download a browser.
 */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error(
    [
      'No Chromium found for the browser tests.',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium',
      '  - anywhere else: npx playwright install chromium, then set CHROME_PATH to the browser it prints',
      '  - or point CHROME_PATH at an installed Chrome or Chromium.',
    ].join('\n'),
  );
}
