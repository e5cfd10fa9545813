import type { ArgTypes } from '@storybook/web-components-vite';

/** The parts of a custom-elements manifest (schema 1.0) that the docs read. */
interface Described {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
}
interface Member extends Described {
  kind: 'field' | 'method';
  static?: boolean;
  type?: { text: string };
  attribute?: string;
}
interface ElementDeclaration extends Described {
  tagName?: string;
  members?: Member[];
  events?: (Described & { type?: { text: string } })[];
  slots?: Described[];
  cssProperties?: Described[];
  cssParts?: Described[];
}
export interface Manifest {
  modules: { declarations?: ElementDeclaration[] }[];
}

export function findElement(manifest: Manifest, tagName: string): ElementDeclaration | undefined {
  for (const module of manifest.modules) {
    const found = module.declarations?.find((declaration) => declaration.tagName === tagName);
    if (found) return found;
  }
  return undefined;
}

/** The summary and the longer description of an element, for the top of its docs page. */
export function elementDescription(manifest: Manifest, tagName: string): string {
  const element = findElement(manifest, tagName);
  return [element?.summary, element?.description].filter(Boolean).join('\n\n');
}

function controlFor(type: string): ArgTypes[string]['control'] {
  if (/\bboolean\b/.test(type)) return { type: 'boolean' };
  if (/\bnumber\b/.test(type)) return { type: 'number' };
  if (/\bstring\b/.test(type)) return { type: 'text' };
  return { type: 'object' };
}

function row(item: Described, category: string, type?: string): ArgTypes[string] {
  return {
    name: item.name,
    description: item.description ?? '',
    control: false,
    table: {
      category,
      ...(type ? { type: { summary: type } } : {}),
      ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
    },
  };
}

/**
 * One row per property, named as in JavaScript, with its attribute named in the description.
 * Storybook's own reading lists a property and its attribute as two rows (`noCount` and
 * `no-count`), and only one of them is bound to the story.
 */
export function elementArgTypes(manifest: Manifest, tagName: string): ArgTypes {
  const element = findElement(manifest, tagName);
  if (!element) return {};
  const argTypes: ArgTypes = {};
  for (const member of element.members ?? []) {
    if (member.kind !== 'field' || member.static) continue;
    const type = member.type?.text ?? 'unknown';
    const attribute = member.attribute ? ` Attribute: \`${member.attribute}\`.` : ' Property only.';
    argTypes[member.name] = {
      ...row(member, 'properties', type),
      description: `${member.description ?? ''}${attribute}`,
      control: controlFor(type),
    };
  }
  for (const event of element.events ?? []) argTypes[`event:${event.name}`] = row(event, 'events', event.type?.text);
  for (const slot of element.slots ?? []) argTypes[`slot:${slot.name}`] = { ...row(slot, 'slots'), name: slot.name || '(default)' };
  for (const property of element.cssProperties ?? []) argTypes[property.name] = row(property, 'CSS custom properties');
  for (const part of element.cssParts ?? []) argTypes[`part:${part.name}`] = { ...row(part, 'CSS parts'), name: `::part(${part.name})` };
  return argTypes;
}
