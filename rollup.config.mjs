// Builds every package and bundle from one config (see the README's "Building").
//  1. @candor/core      → packages/core/dist      ESM modules + .d.ts, and the CLI
//  2. @candor/elements  → packages/elements/dist  ESM modules + .d.ts; lit and core stay external
//  3. one-script bundle → packages/elements/dist/cdn/candor.js, everything inlined, minified,
//                         locales as lazily loaded chunks
//  4. the demo shop     → examples/demo-shop/dist/main.js, built the way a shop would build it
import { existsSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const isLitOrCore = (id) => /^(lit|lit-html|lit-element|@lit\/|@lit-labs\/|@candor\/core)(\/|$)/.test(id);
const isNodeBuiltin = (id) => id.startsWith('node:');

/** A library build: one output file per source module, so bundlers downstream can tree-shake. */
function library(pkg, input, external) {
  return {
    input,
    external,
    output: {
      dir: `packages/${pkg}/dist`,
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: `packages/${pkg}/src`,
      sourcemap: false,
    },
    // No node-resolve here: everything outside the package is external, and the package's
    // `sideEffects` list (written for dist/) must not mark its own define modules pure.
    plugins: [
      typescript({
        tsconfig: `packages/${pkg}/tsconfig.build.json`,
        outputToFilesystem: true,
        noEmitOnError: true,
      }),
    ],
  };
}

const minify = terser({ ecma: 2022, module: true, format: { comments: false } });

/**
 * A browser bundle: everything inlined and minified, as a shop's own build would produce.
 * It starts from the built packages (already type-checked), so only the demo shop's own
 * TypeScript is compiled here.
 */
function bundle(input, dir, typescriptSources) {
  return {
    input,
    // Resolve through node_modules links as a shop's build would, so each package's
    // `sideEffects` list applies; and let the entry hold shared code instead of a facade.
    preserveSymlinks: true,
    preserveEntrySignatures: 'allow-extension',
    output: { dir, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
      typescriptSources &&
        typescript({
          tsconfig: 'tsconfig.base.json',
          compilerOptions: { declaration: false, outDir: dir, rootDir: '.' },
          include: typescriptSources,
          noEmitOnError: true,
        }),
      minify,
    ],
  };
}

const configs = [
  library('core', { index: 'packages/core/src/index.ts', cli: 'packages/core/src/cli/main.ts' }, (id) =>
    isNodeBuiltin(id) || id === 'json-schema-to-ts',
  ),
  library('elements', { index: 'packages/elements/src/index.ts', rating: 'packages/elements/src/rating.ts', 'delivery-notice': 'packages/elements/src/delivery-notice.ts', reviews: 'packages/elements/src/reviews.ts', 'size-guide': 'packages/elements/src/size-guide.ts' }, isLitOrCore),
  bundle({ candor: 'packages/elements/dist/index.js' }, 'packages/elements/dist/cdn'),
];
if (existsSync('examples/demo-shop/src/main.ts')) {
  configs.push(bundle({ main: 'examples/demo-shop/src/main.ts' }, 'examples/demo-shop/dist', ['examples/demo-shop/src/**/*.ts']));
}

export default configs;
