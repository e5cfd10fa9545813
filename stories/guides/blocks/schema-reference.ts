/**
 * The merchant config reference, read from the JSON Schema itself (`candorSchema`): one row per
 * property, in schema order, with everything the schema says about it. The docs page renders
 * these rows (ConfigReference.tsx); nothing about the config is written by hand, so a property
 * added to the schema appears in the reference with the next Storybook build.
 *
 * Paths are written the way a merchant reads the file: `delivery.carriers[].transit` — `[]` is
 * "each item of the list", `[0]` the first place of a fixed-length pair, `<country-or-default>`
 * any key of that format, and `[kind=shoes]` the variant of a list item (or object) chosen by
 * the value of its `kind`.
 */

/** The parts of a draft-07 schema node that Candor's schema uses. */
export interface SchemaNode {
  type?: string | readonly string[];
  description?: string;
  title?: string;
  enum?: readonly unknown[];
  const?: unknown;
  default?: unknown;
  examples?: readonly unknown[];
  format?: string;
  properties?: Readonly<Record<string, SchemaNode>>;
  required?: readonly string[];
  additionalProperties?: boolean | SchemaNode;
  propertyNames?: SchemaNode;
  items?: SchemaNode | readonly SchemaNode[];
  additionalItems?: boolean | SchemaNode;
  oneOf?: readonly SchemaNode[];
  anyOf?: readonly SchemaNode[];
  discriminator?: { propertyName: string };
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minProperties?: number;
}

export interface ReferenceRow {
  /** Where the value lives, e.g. `delivery.carriers[].transit.<country-or-default>`. */
  path: string;
  /** The top-level section it belongs to (`shop`, `delivery`, …). */
  section: string;
  /** Nesting below the section, for indentation. */
  depth: number;
  /** What kind of value, in words: `string (date)`, `list of objects`, `[min, max]`. */
  type: string;
  /** Whether the object holding it must have it. */
  required: boolean;
  /** The default the elements assume when it is left out. */
  default?: unknown;
  description?: string;
  /** The only values allowed (for a list: for each item). */
  allowed: readonly unknown[];
  /** The named formats the value (or each item) must follow, e.g. `http-url`. */
  formats: readonly string[];
  /** Limits: "at least 1 item", "0 to 30", "no duplicates". */
  limits: readonly string[];
  /** Other rules: which key among several must be present, which variants exist. */
  notes: readonly string[];
  examples: readonly unknown[];
  /** Examples of one item of a list. */
  itemExamples: readonly unknown[];
  /** The path where the same structure is already spelled out; its keys are not repeated here. */
  sameAs?: string;
}

/** The top-level sections, with their own description and rows. */
export interface ReferenceSection {
  name: string;
  description?: string;
  rows: ReferenceRow[];
}

const asNode = (value: unknown): SchemaNode => (typeof value === 'object' && value !== null ? (value as SchemaNode) : {});
const isTuple = (items: SchemaNode['items']): items is readonly SchemaNode[] => Array.isArray(items);

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);
const json = (value: unknown) => JSON.stringify(value);

/** The value that picks a variant: `kind` → `clothing`, `type` → `phone|sms|…`. */
function variantLabel(variant: SchemaNode, propertyName: string): string {
  const key = asNode(variant.properties?.[propertyName]);
  const values = key.const !== undefined ? [key.const] : (key.enum ?? []);
  return `${propertyName}=${values.map(String).join('|')}`;
}

/** Variants that carry their own keys (the rest are alternative value types, such as `14:00` or a map). */
const keyedVariants = (node: SchemaNode) => [...(node.oneOf ?? []), ...(node.anyOf ?? [])].filter((variant) => variant.properties || variant.items);

function typeOf(node: SchemaNode): string {
  if (node.const !== undefined) return `exactly ${json(node.const)}`;
  if (node.oneOf) return node.oneOf.map(typeOf).join(', or ');
  const type = Array.isArray(node.type) ? node.type.join(' or ') : (node.type as string | undefined);
  if (type === 'array') {
    if (isTuple(node.items)) return `[${node.items.map(typeOf).join(', ')}]`;
    const items = asNode(node.items);
    if (isTuple(items.items)) return `list of ${typeOf(items)} pairs`;
    return `list of ${items.oneOf && !items.type ? 'objects' : pluralType(typeOf(items))}`;
  }
  if (type === 'object' && !node.properties && typeof node.additionalProperties === 'object') {
    const keys = node.propertyNames?.format ?? 'key';
    return `object: ${keys} → ${typeOf(node.additionalProperties)}`;
  }
  if (type === undefined && node.discriminator) return 'object';
  return type ?? 'any value';
}

const pluralType = (type: string) => (/^(string|number|integer|boolean|object)$/.test(type) ? `${type}s` : type);

function limitsOf(node: SchemaNode): string[] {
  const limits: string[] = [];
  const { minimum, maximum, exclusiveMinimum } = node;
  if (minimum !== undefined && maximum !== undefined) limits.push(`${minimum} to ${maximum}`);
  else if (minimum !== undefined) limits.push(`at least ${minimum}`);
  else if (maximum !== undefined) limits.push(`at most ${maximum}`);
  if (exclusiveMinimum !== undefined) limits.push(`more than ${exclusiveMinimum}`);
  if (node.minLength === 1) limits.push('not empty');
  else if (node.minLength !== undefined) limits.push(`at least ${node.minLength} characters`);
  if (node.type === 'array' && !isTuple(node.items)) {
    if (node.minItems !== undefined) limits.push(`at least ${node.minItems} ${node.minItems === 1 ? 'item' : 'items'}`);
    if (node.maxItems !== undefined) limits.push(`at most ${node.maxItems} items`);
    if (node.uniqueItems) limits.push('no duplicates');
    const items = asNode(node.items);
    if (!items.properties && !items.oneOf) limits.push(...limitsOf(items).map((limit) => `each ${limit}`));
  }
  if (node.minProperties !== undefined) limits.push(`at least ${node.minProperties} ${node.minProperties === 1 ? 'key' : 'keys'}`);
  return limits;
}

/** The allowed values and formats of a value, or of each item of a plain list. */
function valuesOf(node: SchemaNode): { allowed: unknown[]; formats: string[] } {
  const allowed = [...(node.enum ?? [])];
  const formats = node.format ? [node.format] : [];
  if (node.type === 'array' && !isTuple(node.items)) {
    const items = asNode(node.items);
    allowed.push(...(items.enum ?? []));
    if (items.format) formats.push(items.format);
  }
  for (const variant of node.oneOf ?? []) {
    if (variant.format) formats.push(variant.format);
  }
  if (node.propertyNames?.format) formats.push(node.propertyNames.format);
  return { allowed, formats: [...new Set(formats)] };
}

function notesOf(node: SchemaNode): string[] {
  const notes: string[] = [];
  const oneOfRequired = (node.anyOf ?? []).filter((branch) => !branch.properties && branch.required?.length === 1);
  if (oneOfRequired.length > 1) {
    notes.push(`Needs at least one of ${oneOfRequired.map((branch) => `"${branch.required![0]}"`).join(', ')}.`);
  }
  const holder = node.type === 'array' && !isTuple(node.items) ? asNode(node.items) : node;
  const discriminator = holder.discriminator?.propertyName;
  if (discriminator && holder.oneOf) {
    notes.push(`Its "${discriminator}" chooses one of: ${holder.oneOf.map((variant) => variantLabel(variant, discriminator).slice(discriminator.length + 1).replaceAll('|', ', ')).join('; ')}.`);
  }
  if (node.type === 'array' && !isTuple(node.items) && asNode(node.items).description) notes.push(`Each item: ${asNode(node.items).description}`);
  if (!discriminator) {
    for (const variant of node.oneOf ?? []) if (variant.description) notes.push(`Or ${typeOf(variant)}: ${variant.description}`);
  }
  if (node.type === 'object' && node.additionalProperties === false && node.properties) notes.push('No other keys.');
  return notes;
}

function row(node: SchemaNode, path: string, section: string, depth: number, required: boolean): ReferenceRow {
  return {
    path,
    section,
    depth,
    type: typeOf(node),
    required,
    ...(node.default !== undefined && { default: node.default }),
    ...(node.description !== undefined && { description: node.description }),
    ...valuesOf(node),
    limits: limitsOf(node),
    notes: notesOf(node),
    examples: node.examples ?? [],
    itemExamples: node.type === 'array' && !isTuple(node.items) ? (asNode(node.items).examples ?? []) : [],
  };
}

/**
 * Every row below `node` (not `node` itself), depth-first in schema order. A structure that
 * was already spelled out (the same hours for every weekday and every channel, the same person)
 * is not repeated: its row points to the first place instead (`sameAs`).
 */
function children(node: SchemaNode, path: string, section: string, depth: number, seen: Map<string, string>): ReferenceRow[] {
  const rows: ReferenceRow[] = [];
  const expand = (child: SchemaNode, childPath: string, childDepth: number, head: ReferenceRow | undefined) => {
    const below = hasChildren(child);
    const key = below ? JSON.stringify(child) : '';
    const first = below ? seen.get(key) : undefined;
    if (head) rows.push(first === undefined ? head : { ...head, sameAs: first });
    if (first !== undefined) return;
    if (below) seen.set(key, childPath);
    rows.push(...children(child, childPath, section, childDepth, seen));
  };
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const childPath = join(path, key);
    expand(child, childPath, depth + 1, row(child, childPath, section, depth + 1, node.required?.includes(key) ?? false));
  }
  if (typeof node.additionalProperties === 'object') {
    const childPath = join(path, `<${node.propertyNames?.format ?? 'key'}>`);
    expand(node.additionalProperties, childPath, depth + 1, row(node.additionalProperties, childPath, section, depth + 1, false));
  }
  if (isTuple(node.items)) {
    node.items.forEach((item, index) => {
      const childPath = `${path}[${index}]`;
      expand(item, childPath, depth + 1, row(item, childPath, section, depth + 1, index < (node.minItems ?? 0)));
    });
  } else if (node.items) {
    // A list's items are described in the list's own row; their keys follow as `list[].key`.
    rows.push(...children(node.items, `${path}[]`, section, depth, seen));
  }
  const discriminator = node.discriminator?.propertyName;
  for (const variant of keyedVariants(node)) {
    if (discriminator) {
      const label = variantLabel(variant, discriminator);
      const variantPath = `${path.endsWith('[]') ? path.slice(0, -2) : path}[${label}]`;
      rows.push({ ...row(variant, variantPath, section, depth, false), type: 'object' });
      rows.push(...children(variant, variantPath, section, depth, seen));
    } else {
      rows.push(...children(variant, path, section, depth, seen));
    }
  }
  return rows;
}

/** Whether a node has rows below it. */
function hasChildren(node: SchemaNode): boolean {
  if (node.properties || typeof node.additionalProperties === 'object' || isTuple(node.items)) return true;
  if (node.items && hasChildren(asNode(node.items))) return true;
  return keyedVariants(node).length > 0;
}

/** The reference of a whole config schema: one section per top-level property. */
export function configReference(schema: SchemaNode): ReferenceSection[] {
  const seen = new Map<string, string>();
  return Object.entries(schema.properties ?? {}).map(([name, node]) => ({
    name,
    ...(node.description !== undefined && { description: node.description }),
    rows: [row(node, name, name, 0, schema.required?.includes(name) ?? false), ...children(node, name, name, 0, seen)],
  }));
}

/** Every named format the schema uses, in order of first use. */
export function formatsUsed(schema: SchemaNode): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'format' && typeof child === 'string') found.add(child);
        else walk(child);
      }
    }
  };
  walk(schema);
  return [...found];
}
