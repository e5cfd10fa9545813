// Bundle bytes as a shop would load them: each entry bundled with everything it imports
// (Lit included), minified, then gzip and brotli at their highest levels.
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import commonjs from '@rollup/plugin-commonjs';
import replace from '@rollup/plugin-replace';

/**
 * Bundles `input` (dynamic imports are left out: they load on demand). `external` lists bare
 * specifiers the page is assumed to have already (React for the "without React" peers).
 */
export async function measureEntry(input, { external = [] } = {}) {
  const build = await rollup({
    input,
    external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      // React and some peers ship CommonJS that picks its build from NODE_ENV: measure production.
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
      commonjs(),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({
    format: 'es',
    plugins: [terser({ ecma: 2022, module: true, format: { comments: false } })],
  });
  await build.close();
  // What loads up front: the entry and every chunk it imports statically. Chunks reached only
  // by import() (locale catalogs) load on demand and are counted apart.
  const chunks = new Map(output.filter((chunk) => chunk.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const initial = new Set();
  const visit = (name) => {
    if (initial.has(name)) return;
    initial.add(name);
    for (const imported of chunks.get(name).imports) if (chunks.has(imported)) visit(imported); // not externals
  };
  visit(output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry).fileName);
  const code = Buffer.concat([...initial].map((name) => Buffer.from(chunks.get(name).code)));
  return {
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    lazyChunks: chunks.size - initial.size,
  };
}
