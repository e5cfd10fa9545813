import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { chromiumPath, chromiumArgs } from './tests/chromium.js';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // Tests run against the TypeScript sources, not the built packages.
  resolve: { alias: { '@candor/core': source('./packages/core/src/index.ts') } },
  test: {
    globalSetup: ['./tests/schema.setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['packages/core/src/**/*.test.ts', 'tests/node/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'elements',
          include: ['packages/elements/src/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // The security and fuzz suites push hundreds of strings through real Chromium; on a
          // busy 2-core machine one test can take well over the default 5 s.
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
