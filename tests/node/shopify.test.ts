/**
 * The Shopify example (examples/shopify): its Liquid rendered with liquidjs the way a theme
 * renders an app embed and app blocks, with the Polish sample config in a shop metafield, and
 * the page parsed back with parse5 (a spec-compliant HTML parser, as browsers parse).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { validateConfig } from '@candor/core';
import { HOSTILE, PRODUCT, block, blockSchema as schemaOf, extensionDir as extension, renderProductPage, shopifyLiquid, withHostileText, type Block } from '../e2e/shopify/render.js';

type Element = DefaultTreeAdapterMap['element'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const sample = JSON.parse(readFileSync(fromRoot('examples/configs/pl-shoes.candor.json'), 'utf8')) as Record<string, unknown>;

// ─────────────────────────── reading the page back ───────────────────────────

function elements(node: { childNodes?: ChildNode[] }): Element[] {
  return (node.childNodes ?? []).flatMap((child) => ('tagName' in child ? [child, ...elements(child)] : 'content' in child ? [] : elements(child as never)));
}
const attr = (element: Element, name: string) => element.attrs.find((each) => each.name === name)?.value;
const textOf = (element: Element) => element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');

/** A product page as a theme renders it, and its elements as an HTML parser reads them. */
async function productPage(config: unknown, blocks: Block[], type = 'json'): Promise<{ html: string; all: Element[] }> {
  const html = await renderProductPage(config, blocks, { type });
  return { html, all: elements(parse(html)) };
}

// ─────────────────────────────────── tests ───────────────────────────────────

let manifestTags: string[] = [];
let productTags: string[] = [];

beforeAll(() => {
  // The documented command: it needs `npm run build` (npm test runs it first).
  execFileSync(process.execPath, [fromRoot('examples/shopify/build.mjs')], { stdio: 'pipe' });
  const manifest = JSON.parse(readFileSync(fromRoot('packages/elements/custom-elements.json'), 'utf8')) as {
    modules: { declarations?: { tagName?: string; customElement?: boolean; members?: { attribute?: string }[] }[] }[];
  };
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((each) => each.customElement && each.tagName);
  manifestTags = declarations.map((each) => each.tagName!).sort();
  productTags = declarations.filter((each) => each.members?.some((member) => member.attribute === 'product')).map((each) => each.tagName!).sort();
});

describe('npm run example:shopify', () => {
  it('puts the one-file bundle and its language files into the flat assets folder, imports rewritten', () => {
    const assets = readdirSync(`${extension}/assets`);
    expect(assets).toContain('candor.js');
    for (const file of assets.filter((name) => name.endsWith('.js'))) {
      const code = readFileSync(`${extension}/assets/${file}`, 'utf8');
      for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.\.?\/[^"']+)["']/g)) {
        expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\/[^/]+$/);
        expect(existsSync(`${extension}/assets/${specifier!.slice(2)}`), `${file} → ${specifier}`).toBe(true);
      }
    }
  });

  it('offers every element of the manifest in the block, and the product handle for those that take one', () => {
    const schema = schemaOf('blocks/candor-element.liquid');
    expect(schema.target).toBe('section');
    const element = schema.settings.find((setting) => setting.id === 'element')!;
    expect(element.type).toBe('select');
    expect(element.options!.map((option) => option.value).sort()).toEqual(manifestTags);
    expect(schema.settings.find((setting) => setting.id === 'product')?.type).toBe('text');
    const source = readFileSync(`${extension}/blocks/candor-element.liquid`, 'utf8');
    expect(source).toContain(`with_product: ${JSON.stringify(productTags.join(' '))}`);
    expect(schemaOf('blocks/candor-embed.liquid').target).toBe('head');
  });
});

describe('the theme app extension on a product page', () => {
  it('writes the sample config so that it parses back to exactly the config, and the config is valid', async () => {
    expect(validateConfig(sample).ok).toBe(true);
    const { all } = await productPage(sample, []);
    const scripts = all.filter((element) => attr(element, 'id') === 'candor-config');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.tagName).toBe('script');
    expect(attr(scripts[0]!, 'type')).toBe('application/json');
    const parsed: unknown = JSON.parse(textOf(scripts[0]!));
    expect(parsed).toEqual(sample);
    expect(validateConfig(parsed).ok).toBe(true);
  });

  it('keeps hostile text in the config inert: it ends nothing, hides nothing, and reads back unchanged', async () => {
    const hostile = withHostileText(sample);
    expect(HOSTILE.length).toBeGreaterThan(5);
    expect(validateConfig(hostile).ok).toBe(true);

    const { html, all } = await productPage(hostile, manifestTags.map((tag, index) => block({ element: tag, product: '' }, `b${index}`)));
    const config = all.find((element) => attr(element, 'id') === 'candor-config')!;
    const json = textOf(config);
    expect(JSON.parse(json)).toEqual(hostile);
    // Nothing in the JSON can start markup: no "<" at all (so no "</script" and no "<!--").
    expect(json).not.toContain('<');
    expect(html.match(/<\/script/gi)).toHaveLength(2); // the config's own end, and the module script's
    // The page after the config is parsed as written: two scripts, every element, the footer last.
    expect(all.filter((element) => element.tagName === 'script')).toHaveLength(2);
    expect(all.filter((element) => element.tagName === 'img')).toHaveLength(0);
    expect(all.map((element) => element.tagName).filter((tag) => tag.startsWith('candor-')).sort()).toEqual(manifestTags);
    expect(all.at(-1)?.tagName).toBe('footer');
    expect(attr(all.at(-1)!, 'id')).toBe('after');
  });

  it('loads the one-file bundle as a module, from the theme assets with Shopify\'s cache busting', async () => {
    const { all } = await productPage(sample, []);
    const scripts = all.filter((element) => element.tagName === 'script' && attr(element, 'type') === 'module');
    expect(scripts).toHaveLength(1);
    expect(attr(scripts[0]!, 'src')).toMatch(/^\/\/cdn\.shopify\.example\/extensions\/0a1b2c\/1\.0\.3\/assets\/candor\.js\?v=\d+$/);
  });

  it('places each element chosen in a block, with the page product where the element takes one', async () => {
    const { all } = await productPage(sample, manifestTags.map((tag, index) => block({ element: tag, product: '' }, `b${index}`)));
    for (const tag of manifestTags) {
      const placed = all.filter((element) => element.tagName === tag);
      expect(placed, tag).toHaveLength(1);
      expect(attr(placed[0]!, 'product'), tag).toBe(productTags.includes(tag) ? PRODUCT : undefined);
      expect(attr(placed[0]!, 'data-shopify-editor-block'), tag).toMatch(/^b\d+$/);
    }
  });

  it('takes a product handle from the block setting, as text', async () => {
    const hostileHandle = '"><script>alert(1)</script><x a="';
    for (const tag of productTags) {
      const { all } = await productPage(sample, [block({ element: tag, product: ' botki-lena ' }, 'b1'), block({ element: tag, product: hostileHandle }, 'b2')]);
      const placed = all.filter((element) => element.tagName === tag);
      expect(placed.map((element) => attr(element, 'product'))).toEqual(['botki-lena', hostileHandle]);
      // Only the config and the module script: the handle started no element of its own.
      expect(all.filter((element) => element.tagName === 'script')).toHaveLength(2);
      expect(all.filter((element) => element.tagName === 'x')).toHaveLength(0);
    }
  });

  it('places nothing for a tag that is not a Candor element', async () => {
    const { all } = await productPage(sample, [block({ element: 'script', product: '' }, 'b1'), block({ element: 'candor-nope', product: '' }, 'b2')]);
    expect(all.filter((element) => element.tagName === 'candor-nope')).toHaveLength(0);
    expect(all.filter((element) => element.tagName === 'script')).toHaveLength(2);
  });

  it('writes no config, and says why in a comment, when the metafield is not of type json', async () => {
    const { html, all } = await productPage(JSON.stringify(sample), [], 'multi_line_text_field');
    expect(all.some((element) => attr(element, 'id') === 'candor-config')).toBe(false);
    expect(html).toContain('<!-- Candor: the metafield with candor.json must be of type "json"');
  });

  it('writes nothing when the shop has no config', async () => {
    const engine = shopifyLiquid();
    const head = await engine.renderFile('blocks/candor-embed', { shop: { metafields: {} } });
    expect(head).not.toContain('candor-config');
    expect(head).not.toContain('<!--');
  });
});
