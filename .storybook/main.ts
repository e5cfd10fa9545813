import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import { defineMain } from '@storybook/web-components-vite/node';

const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export default defineMain({
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  features: {
    // The Theme toolbar paints the page; a second background picker would only contradict it.
    backgrounds: false,
    sidebarOnboardingChecklist: false,
    menuOnboardingChecklist: false,
  },
  // Stories run from the TypeScript sources, like the tests: no build step between an edit and the story.
  viteFinal: (config) =>
    mergeConfig(config, {
      // The big chunks are Storybook's own runtime and axe, which never reach a shop.
      build: { chunkSizeWarningLimit: 1024, reportCompressedSize: false },
      resolve: {
        alias: [
          { find: /^@candor\/core$/, replacement: fromRoot('packages/core/src/index.ts') },
          { find: /^@candor\/elements$/, replacement: fromRoot('packages/elements/src/index.ts') },
          { find: /^@candor\/elements\/(.+)$/, replacement: `${fromRoot('packages/elements/src')}/$1` },
        ],
      },
    }),
});
