/**
 * The elements as the custom-elements manifest describes them (`npm run build:manifest` writes
 * it from each element's JSDoc). The guides list elements, imports, events, custom properties
 * and parts from here, so an element that lands is in the docs with its first build.
 */
import manifestJson from '../../../packages/elements/custom-elements.json';

interface Described {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text: string };
}
interface Declaration extends Described {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  members?: (Described & { kind: string; static?: boolean; privacy?: string; attribute?: string })[];
  events?: Described[];
  slots?: Described[];
  cssProperties?: Described[];
  cssParts?: Described[];
}
interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
}
export interface Manifest {
  modules: Module[];
}

export interface ElementDoc {
  tag: string;
  className: string;
  summary: string;
  description: string;
  /** What a developer imports to register only this element, e.g. `@candor/elements/rating.js`. */
  importPath: string | undefined;
  attributes: { name: string; property: string; type: string; description: string; default?: string }[];
  properties: { name: string; type: string; description: string }[];
  events: { name: string; type: string; description: string }[];
  slots: { name: string; description: string }[];
  cssProperties: { name: string; description: string; default?: string }[];
  cssParts: { name: string; description: string }[];
}

const PACKAGE = '@candor/elements';

/** Every custom element in the manifest, in tag order. */
export function elementDocs(manifest: Manifest = manifestJson as Manifest): ElementDoc[] {
  const definitions = new Map<string, string>();
  for (const module of manifest.modules) {
    for (const entry of module.exports ?? []) {
      // The define module (`dist/rating.js`) is the one a developer imports for one tag.
      if (entry.kind === 'custom-element-definition') definitions.set(entry.name, module.path);
    }
  }
  const docs: ElementDoc[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName || !declaration.customElement) continue;
      const definedIn = definitions.get(declaration.tagName);
      const fields = (declaration.members ?? []).filter((member) => member.kind === 'field' && !member.static && member.privacy !== 'private' && member.privacy !== 'protected');
      docs.push({
        tag: declaration.tagName,
        className: declaration.name,
        summary: declaration.summary?.replace(/\s+/g, ' ').trim() ?? '',
        description: declaration.description ?? '',
        importPath: definedIn ? `${PACKAGE}/${definedIn.replace(/^dist\//, '')}` : undefined,
        attributes: fields
          .filter((field) => field.attribute)
          .map((field) => ({
            name: field.attribute!,
            property: field.name,
            type: field.type?.text ?? '',
            description: field.description ?? '',
            ...(field.default !== undefined && { default: field.default }),
          })),
        properties: fields
          .filter((field) => !field.attribute)
          .map((field) => ({ name: field.name, type: field.type?.text ?? '', description: field.description ?? '' })),
        // Events are named `candor-*` (the analyzer also lists event classes' own fields; those are not events).
        events: (declaration.events ?? [])
          .filter((event) => event.name.startsWith('candor-'))
          .map((event) => ({ name: event.name, type: event.type?.text ?? 'Event', description: event.description ?? '' })),
        slots: (declaration.slots ?? []).map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
        cssProperties: (declaration.cssProperties ?? []).map((property) => ({
          name: property.name,
          description: property.description ?? '',
          ...(property.default !== undefined && { default: property.default }),
        })),
        cssParts: (declaration.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
      });
    }
  }
  return docs.sort((a, b) => a.tag.localeCompare(b.tag));
}
