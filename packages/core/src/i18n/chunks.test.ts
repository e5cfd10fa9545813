import { describe, expect, it } from 'vitest';
import { rollup, type OutputChunk, type Plugin } from 'rollup';
import terser from '@rollup/plugin-terser';
import ts from 'typescript';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SUPPORTED_LOCALES } from './locales.js';

/** TypeScript sources as a shop's bundler sees them: `.js` specifiers lead to `.ts` files, types erased. */
const typescriptSources: Plugin = {
  name: 'typescript-sources',
  resolveId(source, importer) {
    if (!importer || !source.startsWith('.')) return null;
    return resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
  },
  transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const compilerOptions = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true };
    return ts.transpileModule(code, { compilerOptions, fileName: id }).outputText;
  },
};

async function bundleI18n(): Promise<OutputChunk[]> {
  const build = await rollup({
    input: fileURLToPath(new URL('./index.ts', import.meta.url)),
    plugins: [typescriptSources, terser({ module: true, ecma: 2020 })],
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output.filter((file): file is OutputChunk => file.type === 'chunk');
}

// A word only each catalog has.
const SIGNATURE = { en: 'No reviews yet', pl: 'opinii', sl: 'mnenj', el: 'κριτικές', de: 'Bewertungen' } as const;
// Each catalog holds every element's words: about 1 KB gzip for the rating and the delivery
// notice. Splitting catalogs per element is the next step when the other three elements land.
// Raised from 1.5 KB: the reviews' words (disclosure sentences above all) add about 0.6 KB,
// and Greek's longer words about 0.1 KB more. Raised again for the partner badges' words (about
// 0.2 KB; what each partner means is in modules of its own, partners/descriptions/), the contact
// hub's (status, reply times with their cases and plurals: about 0.8 KB) and the size guide's
// (fourteen how-to-measure instructions above all: 1.5 KB in Polish to 2.1 KB in Greek).
// Greek, the longest, is 5.4 KB with all six elements. The per-element split of the catalogs
// (a page loads the words of the elements it has) is the next step; this budget holds until then.
const GZIP_BUDGET = 5632;

describe('locale modules in a bundle', async () => {
  const chunks = await bundleI18n();
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  /** What a page loads up front: the entry and every chunk it imports statically. */
  const upFront = (chunk: OutputChunk): string =>
    [chunk.code, ...chunk.imports.map((name) => upFront(byName.get(name)!))].join('\n');
  const initialCode = upFront(chunks.find((chunk) => chunk.isEntry)!);
  const localeChunk = (locale: string) =>
    chunks.find((chunk) => chunk.isDynamicEntry && chunk.facadeModuleId?.endsWith(`/locales/${locale}.ts`));

  it('loads English up front and no other language', () => {
    expect(initialCode).toContain(SIGNATURE.en);
    for (const locale of SUPPORTED_LOCALES.filter((each) => each !== 'en')) expect(initialCode).not.toContain(SIGNATURE[locale]);
  });

  it.each(SUPPORTED_LOCALES.filter((locale) => locale !== 'en'))(
    `puts %s in a chunk of its own, loaded on demand, under ${GZIP_BUDGET} bytes gzip`,
    (locale) => {
      const chunk = localeChunk(locale);
      expect(chunk).toBeDefined();
      for (const other of SUPPORTED_LOCALES) {
        if (other === locale) expect(chunk!.code).toContain(SIGNATURE[other]);
        else expect(chunk!.code).not.toContain(SIGNATURE[other]);
      }
      expect(gzipSync(chunk!.code).length, `${locale}`).toBeLessThan(GZIP_BUDGET);
    },
  );
});
