// Just enough CommonJS for the React peers (react, react-dom, scheduler, react-floating-whatsapp
// ship CommonJS only) without @rollup/plugin-commonjs, which is not installed. Bench only: it
// is a size measurement, not a runtime. Every require() must be a top-level string literal —
// true of React's production files — and is hoisted to an import. Checked by hand: the React +
// react-floating-whatsapp bundle it yields mounts and renders in Chromium.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const PRODUCTION_BRANCH = /if\s*\(\s*process\.env\.NODE_ENV\s*===\s*['"]production['"]\s*\)\s*\{([^{}]*)\}\s*else\s*\{[^{}]*\}/g;
const REQUIRE = /\brequire\(\s*(['"])([^'"]+)\1\s*\)/g;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const isCommonJs = (code) => !/^\s*(import|export)\b/m.test(code) && /\b(module\.exports|exports\.\w+|require\()/.test(code);

/** Replaces `process.env.NODE_ENV` with "production" everywhere, as a shop's bundler would. */
export function production() {
  return {
    name: 'bench-production',
    transform(code) {
      if (!code.includes('process.env.NODE_ENV')) return null;
      // Keep only the production branch of React's `index.js` switches: both branches require(),
      // and hoisting both would bundle the development build too.
      return { code: code.replace(PRODUCTION_BRANCH, '$1').replaceAll('process.env.NODE_ENV', '"production"'), map: null };
    },
  };
}

/** Wraps each CommonJS module as ESM: `default` and `__cjs` are its module.exports, plus named exports. */
export function commonJs() {
  return {
    name: 'bench-commonjs',
    async transform(code, id) {
      if (!id.includes('/node_modules/') || !isCommonJs(code)) return null;
      const imports = [];
      const specifiers = new Map();
      const body = await replaceAsync(code, REQUIRE, async (_match, _quote, specifier) => {
        if (!specifiers.has(specifier)) {
          const local = `__require${specifiers.size}`;
          specifiers.set(specifier, local);
          const resolved = await this.resolve(specifier, id);
          const target = resolved && !resolved.external ? readFileSync(resolved.id, 'utf8') : '';
          imports.push(
            target && isCommonJs(target)
              ? `import { __cjs as ${local} } from ${JSON.stringify(specifier)};`
              : `import * as ${local} from ${JSON.stringify(specifier)};`,
          );
        }
        return specifiers.get(specifier);
      });
      const names = exportNames(id).filter((name) => IDENTIFIER.test(name) && name !== 'default' && name !== '__cjs');
      return {
        code: [
          ...imports,
          'const module = { exports: {} };',
          '(function (module, exports) {',
          body,
          '})(module, module.exports);',
          'export const __cjs = module.exports;',
          'export default module.exports && module.exports.__esModule ? module.exports.default : module.exports;',
          names.length ? `export const { ${names.join(', ')} } = module.exports;` : '',
        ].join('\n'),
        map: null,
      };
    },
  };
}

/** The module's export names, read by loading it in Node (its keys are the same in every build). */
function exportNames(id) {
  try {
    return Object.keys(createRequire(id)(id));
  } catch {
    return [];
  }
}

async function replaceAsync(text, pattern, replace) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(last, match.index), await replace(...match));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts.join('');
}
