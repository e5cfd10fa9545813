// Config for @custom-elements-manifest/analyzer, run from the repository root by
// `npm run build:manifest`. The manifest is generated from each element's JSDoc and feeds
// Storybook's docs and controls, editors, and (later) the React wrappers.
import { posix } from 'node:path';

const sourceRoot = 'packages/elements/src/';

/**
 * The manifest ships inside @candor/elements, so module paths must be what a consumer imports:
 * `packages/elements/src/rating/rating.ts` becomes `dist/rating/rating.js`
 * (the schema's `path` is "the JavaScript file to import", not the TypeScript source).
 */
function toPublishedPath(path) {
  if (!path.startsWith(sourceRoot)) return path;
  return `dist/${path.slice(sourceRoot.length).replace(/\.ts$/, '.js')}`;
}

/** Where an export's declaration lives, relative to the package like every other path. */
function declarationModule(entry, module, declaredIn) {
  const target = entry.declaration.module;
  // `export { X } from './x.js'` arrives as written, relative to the exporting module.
  if (target?.startsWith('.')) return toPublishedPath(posix.join(posix.dirname(module.path), target).replace(/\.js$/, '.ts'));
  // `import { X } from './x.js'; export { X };` arrives as the exporting module itself.
  return declaredIn.get(entry.declaration.name) ?? toPublishedPath(target ?? module.path);
}

/** Leaves out what is not API: private and protected members, and `static styles`/`properties`. */
function isPublicMember(member) {
  if (member.privacy === 'private' || member.privacy === 'protected') return false;
  if (member.name.startsWith('#')) return false;
  if (member.static && (member.name === 'styles' || member.name === 'properties')) return false;
  return true;
}

// A custom element name contains a hyphen (HTML, "valid custom element name").
const isCustomElementName = (name) => /^[a-z][\w.-]*-[\w.-]*$/.test(name);

/**
 * Candor registers tags with `defineElement('candor-x', CandorX)` (it tolerates a second copy
 * of the bundle), which the analyzer does not know as a definition. This plugin records those
 * calls and links each tag to its class, wherever the class is declared.
 */
function candorDefinitions() {
  const definitions = [];
  return {
    name: 'candor-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const definition = { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text } };
      moduleDoc.exports = [...(moduleDoc.exports ?? []), definition];
      definitions.push(definition);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const definition of definitions) {
        for (const module of customElementsManifest.modules) {
          const klass = module.declarations?.find((d) => d.kind === 'class' && d.name === definition.declaration.name);
          if (!klass) continue;
          klass.tagName = definition.name;
          klass.customElement = true;
          definition.declaration.module = module.path;
        }
      }
    },
  };
}

/** Rewrites paths and drops what is not API, once every module has been analysed. */
function publishedApi() {
  return {
    name: 'candor-published-api',
    packageLinkPhase({ customElementsManifest }) {
      const { modules } = customElementsManifest;
      // Declaration names are unique across the package, so a name finds its module.
      const declaredIn = new Map();
      for (const module of modules) {
        for (const declaration of module.declarations ?? []) declaredIn.set(declaration.name, toPublishedPath(module.path));
      }
      for (const module of modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          // Attributes of private reactive state (`{ state: true }`) are not API either.
          const privateFields = new Set(declaration.members.filter((member) => !isPublicMember(member)).map((member) => member.name));
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !privateFields.has(attribute.fieldName));
          // The analyzer also reads `dispatchEvent(new SomeEvent(arg))` as an event named after `arg`:
          // Candor's events are the `candor-*` ones its JSDoc declares.
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('candor-'));
          declaration.members = declaration.members.filter(isPublicMember);
        }
        // `defineElement`'s own `customElements.define(tag, constructor)` is not a definition.
        module.exports = (module.exports ?? []).filter(
          (entry) => entry.kind !== 'custom-element-definition' || isCustomElementName(entry.name),
        );
        for (const entry of module.exports) {
          if (entry.declaration.package) continue;
          entry.declaration.module = declarationModule(entry, module, declaredIn);
        }
        module.path = toPublishedPath(module.path);
      }
    },
  };
}

export default {
  globs: [`${sourceRoot}**/*.ts`],
  exclude: [`${sourceRoot}**/*.test.ts`, `${sourceRoot}test-support/**`],
  outdir: 'packages/elements',
  litelement: true,
  // Otherwise the analyzer writes `customElements` into the root package.json;
  // packages/elements/package.json already names its manifest.
  packagejson: false,
  // Order matters: definitions are linked before paths are rewritten.
  plugins: [candorDefinitions(), publishedApi()],
};
