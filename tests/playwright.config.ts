import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './chromium.js';
import { E2E_PORT } from './e2e/support.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    trace: 'off',
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: /server\.spec\.ts$/,
      use: { viewport: { width: 1280, height: 900 } },
    },
    {
      name: 'mobile',
      testIgnore: /server\.spec\.ts$/,
      use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    },
    // HTTP-level tests of the server itself: no browser, no viewport, run once.
    { name: 'server', testMatch: /server\.spec\.ts$/ },
  ],
  webServer: {
    command: 'node examples/demo-shop/server.mjs',
    cwd: repoRoot,
    url: `http://localhost:${E2E_PORT}/`,
    env: { PORT: String(E2E_PORT) },
    // Always a fresh server: a stale one on the port would test old code.
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    timeout: 15_000,
  },
});
