/**
 * The guides' element tables (stories/guides/blocks/ElementReference.tsx) come from the
 * custom-elements manifest. Rendered as the docs site renders them, they must show every
 * element, its import, every `candor-*` event, every custom property and every part — read
 * here from the manifest file directly.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ElementList, EventList, ThemingReference } from '../../stories/guides/blocks/ElementReference.js';
import { starterTheme } from '../../stories/guides/theme.js';

interface Item {
  name: string;
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  events?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}
const manifestFile = new URL('../../packages/elements/custom-elements.json', import.meta.url);
if (!existsSync(manifestFile)) throw new Error('packages/elements/custom-elements.json is missing: run `npm run build:manifest` first');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string }[] }[];
};
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);
const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll("'", '&#x27;');

describe('the element tables of the guides', () => {
  it('reads a manifest with elements in it', () => {
    expect(elements.length).toBeGreaterThan(0);
  });

  it('lists every element, with the import that registers it alone', () => {
    const html = renderToStaticMarkup(createElement(ElementList));
    for (const element of elements) {
      const tag = element.tagName!;
      expect(html).toContain(`data-tag="${tag}"`);
      const module = manifest.modules.find((each) => each.exports?.some((entry) => entry.kind === 'custom-element-definition' && entry.name === tag));
      expect(module, `${tag} has a define module`).toBeDefined();
      expect(html).toContain(escape(`import '@candor/elements/${module!.path.replace(/^dist\//, '')}';`));
    }
  });

  it('links each element that has stories to its docs page', () => {
    const html = renderToStaticMarkup(createElement(ElementList));
    const stories = readdirSync(new URL('../../stories/', import.meta.url), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.stories.ts'))
      .map((file) => readFileSync(new URL(`../../stories/${file}`, import.meta.url), 'utf8'));
    const withStories = elements.filter((element) => stories.some((source) => source.includes(`component: '${element.tagName}'`)));
    expect(withStories.length).toBeGreaterThan(0);
    for (const element of withStories) {
      expect(html).toMatch(new RegExp(`href="\\?path=/docs/[a-z0-9-]+--docs"><code>&lt;${element.tagName}&gt;`));
    }
  });

  it('lists every candor-* event of every element', () => {
    const html = renderToStaticMarkup(createElement(EventList));
    for (const element of elements) {
      for (const event of (element.events ?? []).filter((each) => each.name.startsWith('candor-'))) {
        expect(html).toContain(`data-event="${event.name}"`);
      }
    }
    // The analyzer also lists event classes' fields as events; those are not events.
    expect(html).not.toMatch(/data-event="(?!candor-)/);
  });

  it('lists every custom property and every part of every element', () => {
    const html = renderToStaticMarkup(createElement(ThemingReference));
    const starter = starterTheme();
    for (const element of elements) {
      const start = html.indexOf(`data-tag="${element.tagName}"`);
      const end = html.indexOf('data-tag="', start + 1);
      const section = html.slice(start, end < 0 ? undefined : end);
      for (const property of element.cssProperties ?? []) {
        expect(property.name).toMatch(/^--candor-/);
        expect(section).toContain(`data-css-property="${property.name}"`);
        expect(starter).toContain(`${property.name}:`);
      }
      for (const part of element.cssParts ?? []) expect(section).toContain(`${element.tagName}::part(${part.name})`);
    }
  });
});
