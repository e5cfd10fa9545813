import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import { defineMain } from '@storybook/web-components-vite/node';

const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export default defineMain({
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  // Stories run from the TypeScript sources, like the tests: no build step between an edit and the story.
  viteFinal: (config) =>
    mergeConfig(config, {
      resolve: {
        alias: [
          { find: /^@candor\/core$/, replacement: fromRoot('packages/core/src/index.ts') },
          { find: /^@candor\/elements$/, replacement: fromRoot('packages/elements/src/index.ts') },
          { find: /^@candor\/elements\/(.+)$/, replacement: `${fromRoot('packages/elements/src')}/$1` },
        ],
      },
    }),
});
