import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { SUPPORTED_LOCALES, isLocale } from '@candor/core';
// Generated from the elements' JSDoc by `npm run build:manifest` (part of `npm run build`).
import manifest from '../packages/elements/custom-elements.json';
import { WCAG_TAGS } from './a11y.js';
import { PAGE_COLOURS, THEMES, isTheme, languageName } from './page.js';
import { elementArgTypes, elementDescription, type Manifest } from './manifest.js';

setCustomElementsManifest(manifest);

/** Renders every story inside a "page" with the toolbar's language and scheme. */
const withPage: Decorator = (story, { globals, viewMode }) => {
  const theme = isTheme(globals['theme']) ? globals['theme'] : 'light';
  const locale = isLocale(globals['locale']) ? globals['locale'] : 'en';
  const page = {
    ...PAGE_COLOURS[theme],
    font: '1rem/1.5 system-ui, sans-serif',
    padding: '1rem',
    'box-sizing': 'border-box',
    // In the canvas the page fills the frame; on a docs page each story is one block among others.
    'min-block-size': viewMode === 'docs' ? 'auto' : '100vh',
  };
  return html`<div class="candor-story-page" lang=${locale} style=${styleMap(page)}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [withPage],
  globalTypes: {
    locale: {
      description: 'Language of the page (the lang attribute the elements read)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: SUPPORTED_LOCALES.map((code) => ({ value: code, title: `${code} · ${languageName(code)}` })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme of the page',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: THEMES.map((theme) => ({ value: theme, title: theme })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    options: {
      storySort: {
        order: [
          'Introduction',
          'Getting started', ['Developers', 'Theme designers', 'Merchants'],
          'Guides', ['Theming', 'Localization', 'Accessibility and honesty'],
          'Reference',
          'Elements',
        ],
      },
    },
    controls: { expanded: true },
    docs: {
      extractArgTypes: (tagName: string) => elementArgTypes(manifest as Manifest, tagName),
      extractComponentDescription: (tagName: string) => elementDescription(manifest as Manifest, tagName),
    },
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: [...WCAG_TAGS] } },
    },
  },
};

export default preview;
