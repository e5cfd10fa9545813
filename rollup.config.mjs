// Builds every package and bundle from one config (see the README's "Building").
//  1. @candor/core      → packages/core/dist      ESM modules + .d.ts, and the CLI
//  2. @candor/elements  → packages/elements/dist  ESM modules + .d.ts; lit and core stay external
//     and its `development` build in packages/elements/dist/development (warnings kept)
//  3. one-script bundle → packages/elements/dist/cdn/candor.js, everything inlined (languages
//                         too) into one minified file
//  4. @candor/react     → packages/react/dist                    wrappers generated from the manifest
//  5. the demo shop     → examples/demo-shop/dist/main.js, built the way a shop would build it
//  6. the SSR example's browser bundle → examples/ssr-node/dist/client.js
import { existsSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const isLitOrCore = (id) => /^(lit|lit-html|lit-element|@lit\/|@lit-labs\/|@candor\/core)(\/|$)/.test(id);
const isNodeBuiltin = (id) => id.startsWith('node:');

/**
 * Sets `DEV` (packages/elements/src/shared/dev.ts) for a build: `false` in production, so the
 * development-only warnings it guards are tree-shaken away.
 */
function devFlag(value) {
  return {
    name: 'candor-dev-flag',
    transform(code, id) {
      if (!id.endsWith('/shared/dev.ts')) return null;
      const declaration = /export const DEV = (true|false);/;
      if (!declaration.test(code)) this.error('shared/dev.ts no longer declares `export const DEV = …;`');
      const replaced = code.replace(declaration, `export const DEV = ${value};`);
      return { code: replaced, map: null };
    },
  };
}

/**
 * A library build: one output file per source module, so bundlers downstream can tree-shake.
 * `development: true` writes the build for the `development` export condition into
 * dist/development/ (no declarations: the types are the same).
 */
function library(pkg, input, external, { development = false } = {}) {
  const dir = development ? `packages/${pkg}/dist/development` : `packages/${pkg}/dist`;
  return {
    input,
    external,
    output: {
      dir,
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
        ...(development && { outDir: dir, declaration: false, declarationDir: undefined }),
      }),
      devFlag(development),
    ],
  };
}

const minify = terser({ ecma: 2022, module: true, format: { comments: false } });

/**
 * A browser bundle: everything inlined and minified, as a shop's own build would produce.
 * It starts from the built packages (already type-checked), so only the demo shop's own
 * TypeScript is compiled here.
 */
function bundle(input, dir, typescriptSources, { singleFile = false } = {}) {
  return {
    input,
    // Resolve through node_modules links as a shop's build would, so each package's
    // `sideEffects` list applies; and let the entry hold shared code instead of a facade.
    preserveSymlinks: true,
    preserveEntrySignatures: 'allow-extension',
    output: { dir, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', inlineDynamicImports: singleFile },
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

/** One entry per element (its define module, `@candor/elements/<name>.js`) and the all-in-one index. */
const ELEMENTS = ['rating', 'delivery-notice', 'reviews', 'size-guide', 'partner-badges', 'contact-hub'];
const elementEntries = Object.fromEntries([
  ['index', 'packages/elements/src/index.ts'],
  ...ELEMENTS.map((name) => [name, `packages/elements/src/${name}.ts`]),
]);

const configs = [
  library('core', { index: 'packages/core/src/index.ts', cli: 'packages/core/src/cli/main.ts' }, (id) =>
    isNodeBuiltin(id) || id === 'json-schema-to-ts',
  ),
  library('elements', elementEntries, isLitOrCore),
  library('elements', elementEntries, isLitOrCore, { development: true }),
  // One file, languages included: a theme without a build step copies it anywhere (Shopify's
  // flat assets, a CDN with ?v= cache busting) and nothing else has to be found next to it.
  bundle({ candor: 'packages/elements/dist/index.js' }, 'packages/elements/dist/cdn', undefined, { singleFile: true }),
  // Sources generated from the elements' manifest by packages/react/scripts/generate.mjs.
  library('react', 'packages/react/src/index.ts', (id) => /^(react|@lit\/react|@candor\/elements)(\/|$)/.test(id)),
];
// The SSR example's browser half: hydration support, then the elements.
configs.push(bundle({ client: 'examples/ssr-node/src/client.ts' }, 'examples/ssr-node/dist', ['examples/ssr-node/src/**/*.ts']));
if (existsSync('examples/demo-shop/src/main.ts')) {
  configs.push(bundle({ main: 'examples/demo-shop/src/main.ts' }, 'examples/demo-shop/dist', ['examples/demo-shop/src/**/*.ts']));
}

export default configs;
