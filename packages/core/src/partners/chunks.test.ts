import { describe, expect, it } from 'vitest';
import { rollup, type OutputChunk, type Plugin } from 'rollup';
import terser from '@rollup/plugin-terser';
import ts from 'typescript';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SUPPORTED_LOCALES } from '../i18n/locales.js';

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

// A phrase only each locale's descriptions have.
const SIGNATURE = { en: 'Pay later or in instalments', pl: 'Zapłać później', sl: 'na obroke', el: 'σε δόσεις', de: 'in Raten' } as const;

describe('partner descriptions in a bundle', async () => {
  const build = await rollup({
    input: fileURLToPath(new URL('./index.ts', import.meta.url)),
    plugins: [typescriptSources, terser({ module: true, ecma: 2020 })],
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const chunks = output.filter((file): file is OutputChunk => file.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.isEntry)!;

  it('load none up front: a page fetches its own language when a badge list asks', () => {
    for (const locale of SUPPORTED_LOCALES) expect(entry.code).not.toContain(SIGNATURE[locale]);
  });

  it.each(SUPPORTED_LOCALES)('puts %s in a chunk of its own, under 1.25 KB gzip', (locale) => {
    const chunk = chunks.find((each) => each.isDynamicEntry && each.facadeModuleId?.endsWith(`/descriptions/${locale}.ts`));
    expect(chunk).toBeDefined();
    for (const other of SUPPORTED_LOCALES) expect(chunk!.code.includes(SIGNATURE[other]), other).toBe(other === locale);
    expect(gzipSync(chunk!.code).length).toBeLessThan(1280);
  });
});
