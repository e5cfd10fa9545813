/**
 * Renders the Shopify example's Liquid (examples/shopify/extensions/candor) with liquidjs the
 * way a theme renders an app embed and app blocks: a product page with the embed in the head
 * and one app block per element in the body. Shared by the node test (tests/node/shopify.test.ts)
 * and the browser check (tests/e2e/shopify.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Liquid, Tag, type Context, type Emitter, type TagToken, type TopLevelToken } from 'liquidjs';

export const extensionDir = fileURLToPath(new URL('../../../examples/shopify/extensions/candor', import.meta.url));

/** The product the page is about, as the sample configs name it. */
export const PRODUCT = 'polbuty-kazimierz';

/** `{% schema %}…{% endschema %}` declares a block's settings for the theme editor; it renders nothing. */
class SchemaTag extends Tag {
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    while (remainTokens.length > 0) {
      const next = remainTokens.shift()!;
      if ('name' in next && next.name === 'endschema') return;
    }
    throw new Error('{% schema %} without {% endschema %}');
  }
  *render(_context: Context, _emitter: Emitter): Generator<unknown, void, unknown> {}
}

/** A Liquid engine with what Shopify adds that the example uses: `asset_url` (with its "?v=") and `{% schema %}`. */
export function shopifyLiquid(assetBase = '//cdn.shopify.example/extensions/0a1b2c/1.0.3/assets/'): Liquid {
  const engine = new Liquid({ root: [extensionDir], partials: [`${extensionDir}/snippets`], extname: '.liquid', strictFilters: true });
  engine.registerTag('schema', SchemaTag);
  engine.registerFilter('asset_url', (name: string) => `${assetBase}${name}?v=1733580000`);
  return engine;
}

export interface Block {
  settings: Record<string, string>;
  shopify_attributes: string;
}
export const block = (settings: Record<string, string>, id: string): Block => ({ settings, shopify_attributes: `data-shopify-editor-block="${id}"` });

/** A product page: the embed in the head, the blocks in the body, a footer after them. */
export async function renderProductPage(
  config: unknown,
  blocks: Block[],
  { type = 'json', assetBase }: { type?: string; assetBase?: string } = {},
): Promise<string> {
  const engine = shopifyLiquid(assetBase);
  const shop = { metafields: { candor: { config: { type, value: config } } } };
  const product = { handle: PRODUCT, title: 'Półbuty Kazimierz' };
  const head = await engine.renderFile('blocks/candor-embed', { shop });
  const body = await Promise.all(blocks.map((each) => engine.renderFile('blocks/candor-element', { shop, block: each, closest: { product }, product })));
  return `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Kroki</title>${head}</head><body><main>${body.join('\n')}</main><footer id="after">Stopka</footer></body></html>`;
}

/** The settings a block file declares in its `{% schema %}`. */
export function blockSchema(file: string): { name: string; target: string; settings: { id?: string; type: string; options?: { value: string }[] }[] } {
  const source = readFileSync(`${extensionDir}/${file}`, 'utf8');
  return JSON.parse(/\{% schema %\}([\s\S]*?)\{% endschema %\}/.exec(source)![1]!);
}

/** Text that would end or derail a `<script>` if it reached the page as written. */
export const HOSTILE = [
  '</script><script>alert(1)</script>',
  '</SCRIPT >alert(2)',
  '</script\n>',
  '<!--<script>',
  '<!-- -->',
  '<script>alert(3)</script>',
  '<img src=x onerror=alert(4)>',
  ']]><![CDATA[',
  '&lt;/script&gt; &amp; &#x3c;',
  '\u2028\u2029 line separators',
  '"quoted" \\"escaped\\" \\u003c/script>',
  '{{ shop.name }} {% raw %}',
];

/** A config with the hostile strings in the shop's name and in reviews of the page's product. */
export function withHostileText(config: Record<string, unknown>): Record<string, unknown> {
  const reviews = config.reviews as { items: Record<string, unknown>[] };
  return {
    ...config,
    shop: { ...(config.shop as object), name: HOSTILE.join(' ') },
    reviews: {
      ...reviews,
      items: [
        ...reviews.items,
        ...HOSTILE.map((text, index) => ({ id: `hostile-${index}`, rating: 1, author: text, title: text, body: `${text} ${text}`, date: '2026-11-01', product: PRODUCT })),
      ],
    },
  };
}
