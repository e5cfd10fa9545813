#!/usr/bin/env node
// `npm run example:shopify` (after `npm run build`): completes the theme app extension in
// examples/shopify/extensions/candor/ with what comes from the Candor build.
//
//  - assets/: the one-file bundle @candor/elements/cdn/candor.js and the language files it
//    loads on demand. Theme assets are one flat folder, so files from sub-folders are moved up
//    and the imports between them rewritten to match.
//  - blocks/candor-element.liquid: the app block that places an element. Its list of elements,
//    and which of them take a product, are read from the custom-elements manifest, so a new
//    element is offered as soon as it is built.
//
// Both are build output (see .gitignore): run this again after every Candor build.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const extension = fileURLToPath(new URL('./extensions/candor/', import.meta.url));
const cdn = join(root, 'packages/elements/dist/cdn');
const manifestFile = join(root, 'packages/elements/custom-elements.json');

function fail(message) {
  console.error(`example:shopify: ${message}`);
  process.exit(1);
}

// ───────────────────────────── the bundle, flattened ─────────────────────────────

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// `import("./chunks/pl-x.js")`, `from"../candor.js"`, `import"./x.js"` in minified ES modules.
const RELATIVE_IMPORT = /(\bfrom\s*|\bimport\s*\(?\s*)(["'])(\.\.?\/[^"']+)\2/g;

/** Copies every file of the bundle into `assets`, flat, with relative imports pointing at the flat names. */
export function copyBundle(from = cdn, assets = join(extension, 'assets')) {
  if (!existsSync(join(from, 'candor.js'))) fail(`${relative(root, join(from, 'candor.js'))} is missing: run \`npm run build\` first`);
  const files = filesUnder(from).map((path) => posix.normalize(relative(from, path).split(sep).join('/')));
  const flat = new Map(files.map((file) => [file, basename(file)]));
  const names = [...flat.values()];
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice) fail(`two files of the bundle are named ${twice}; theme assets cannot hold both`);

  rmSync(assets, { recursive: true, force: true });
  mkdirSync(assets, { recursive: true });
  for (const file of files) {
    let content = readFileSync(join(from, file));
    if (file.endsWith('.js')) {
      content = content.toString('utf8').replace(RELATIVE_IMPORT, (match, keyword, quote, specifier) => {
        const target = posix.normalize(posix.join(posix.dirname(file), specifier));
        const name = flat.get(target);
        if (!name) fail(`${file} imports ${specifier}, which is not part of the bundle`);
        return `${keyword}${quote}./${name}${quote}`;
      });
    }
    writeFileSync(join(assets, flat.get(file)), content);
  }
  return names;
}

// ──────────────────────────── the element block ────────────────────────────

/** The custom elements of the manifest: tag, a label, and whether it has a `product` attribute. */
export function manifestElements(manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))) {
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const attributes = (declaration.members ?? []).filter((member) => member.kind === 'field' && !member.static && member.attribute);
      const words = declaration.tagName.replace(/^candor-/, '').replace(/-/g, ' ');
      elements.push({
        tag: declaration.tagName,
        label: words.charAt(0).toUpperCase() + words.slice(1),
        summary: (declaration.summary ?? '').replace(/\s+/g, ' ').trim(),
        takesProduct: attributes.some((member) => member.attribute === 'product'),
      });
    }
  }
  return elements.sort((a, b) => a.label.localeCompare(b.label));
}

/** The app block's Liquid: the element snippet, and a schema whose choices come from the manifest. */
export function elementBlock(elements = manifestElements()) {
  if (elements.length === 0) fail('the custom-elements manifest lists no elements');
  const withProduct = elements.filter((element) => element.takesProduct);
  const schema = {
    name: 'Candor element',
    target: 'section',
    settings: [
      {
        type: 'select',
        id: 'element',
        label: 'Element',
        options: elements.map((element) => ({ value: element.tag, label: element.label })),
        default: elements[0].tag,
        info: 'It reads what to show from candor.json (the Candor app embed must be on).',
      },
      {
        type: 'text',
        id: 'product',
        label: 'Product handle',
        info: `For ${withProduct.map((element) => element.label.toLowerCase()).join(', ') || 'elements that show one product'}: the product as it is named in candor.json. Empty: the product of the page.`,
      },
    ],
  };
  return `{%- comment -%}
  Generated by \`npm run example:shopify\` from the custom-elements manifest of @candor/elements.
  Edit examples/shopify/build.mjs or the snippet, not this file.
{%- endcomment -%}
{%- assign candor_page_product = closest.product | default: product -%}
{%- render 'candor-element',
  tag: block.settings.element,
  known: ${JSON.stringify(elements.map((element) => element.tag).join(' '))},
  with_product: ${JSON.stringify(withProduct.map((element) => element.tag).join(' '))},
  handle: block.settings.product,
  product: candor_page_product,
  attributes: block.shopify_attributes
-%}

{% schema %}
${JSON.stringify(schema, null, 2)}
{% endschema %}
`;
}

// ─────────────────────────────────── run ───────────────────────────────────

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(manifestFile)) fail('packages/elements/custom-elements.json is missing: run `npm run build` first');
  const assets = copyBundle();
  const block = join(extension, 'blocks/candor-element.liquid');
  mkdirSync(dirname(block), { recursive: true });
  writeFileSync(block, elementBlock());
  console.log(`example:shopify: ${relative(root, extension)} has ${assets.length} assets (${assets.join(', ')}) and blocks/candor-element.liquid`);
}
