/**
 * The building blocks of the generated validator. `scripts/build-validator.mjs` compiles
 * `candorSchema` into calls of these functions (one `Check` per subschema): about 3 KB of
 * checks plus a compact description of the schema, instead of a schema library or ajv's
 * standalone code (ten times the size). compiled.test.ts proves both accept the same configs.
 *
 * Each check reports what is wrong as an `Issue`, never a message: messages.ts words them
 * for merchants. The checks never throw, whatever the input.
 *
 * This module must stay self-contained (no imports): the build inlines it into
 * `generated/validators.js`.
 */

/** The JSON Schema type names the checks tell apart. */
export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/** One problem, at a JSON pointer (RFC 6901) into the validated value. */
export type Issue =
  | { kind: 'type'; path: string; value: unknown; expected: readonly JsonType[] }
  | { kind: 'required'; path: string; key: string; allowed?: readonly string[] }
  | { kind: 'required-one-of'; path: string; keys: readonly string[] }
  | { kind: 'unknown-key'; path: string; key: string; known: readonly string[] }
  | { kind: 'enum'; path: string; value: unknown; allowed: readonly unknown[] }
  | { kind: 'format'; path: string; value: string; format: string }
  | { kind: 'min-length'; path: string; value: string; limit: number }
  | { kind: 'minimum' | 'maximum' | 'exclusive-minimum'; path: string; value: number; limit: number }
  | { kind: 'min-items' | 'max-items'; path: string; count: number; limit: number }
  | { kind: 'min-properties'; path: string; limit: number }
  | { kind: 'duplicate'; path: string; value: unknown };

/** Checks `value` found at `path`, adding what is wrong to `issues`. */
export type Check = (value: unknown, path: string, issues: Issue[]) => void;

/** The JSON type of a value; non-finite numbers are not JSON and count as no type at all. */
export function jsonType(value: unknown): JsonType | undefined {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'object':
      return typeof value as JsonType;
    case 'number':
      return Number.isFinite(value) ? (Number.isInteger(value) ? 'integer' : 'number') : undefined;
    default:
      return undefined;
  }
}

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** Escapes a key for a JSON pointer (RFC 6901 §3: "~" as "~0", "/" as "~1"). */
export function pointerSegment(key: string): string {
  return /[~/]/.test(key) ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;
}

/** Accepts anything (a section the top-level check leaves to its own validator). */
export const anything: Check = () => {};

export const string = (minLength = 0): Check => (value, path, issues) => {
  if (typeof value !== 'string') issues.push({ kind: 'type', path, value, expected: ['string'] });
  else if (value.length < minLength) issues.push({ kind: 'min-length', path, value, limit: minLength });
};

/** A string in a named format, tested by `test` (see formats.ts). */
export const format = (test: (value: string) => boolean, name: string): Check => (value, path, issues) => {
  if (typeof value !== 'string') issues.push({ kind: 'type', path, value, expected: ['string'] });
  else if (!test(value)) issues.push({ kind: 'format', path, value, format: name });
};

export const number = (
  integer: boolean,
  limits: { minimum?: number; maximum?: number; exclusiveMinimum?: number } = {},
): Check => (value, path, issues) => {
  const type = jsonType(value);
  if (type !== 'integer' && (integer || type !== 'number')) {
    issues.push({ kind: 'type', path, value, expected: [integer ? 'integer' : 'number'] });
    return;
  }
  const n = value as number;
  if (limits.minimum !== undefined && n < limits.minimum) issues.push({ kind: 'minimum', path, value: n, limit: limits.minimum });
  if (limits.maximum !== undefined && n > limits.maximum) issues.push({ kind: 'maximum', path, value: n, limit: limits.maximum });
  if (limits.exclusiveMinimum !== undefined && n <= limits.exclusiveMinimum) {
    issues.push({ kind: 'exclusive-minimum', path, value: n, limit: limits.exclusiveMinimum });
  }
};

export const boolean: Check = (value, path, issues) => {
  if (typeof value !== 'boolean') issues.push({ kind: 'type', path, value, expected: ['boolean'] });
};

/** One of fixed values (`enum`, or `const` with one value), compared with `===`: all are strings. */
export const oneOf = (allowed: readonly unknown[]): Check => (value, path, issues) => {
  if (!allowed.includes(value)) issues.push({ kind: 'enum', path, value, allowed });
};

export interface ObjectOptions {
  /** Keys other than `properties` are errors (`additionalProperties: false`). */
  closed?: boolean;
  /** Checks every key (`propertyNames`); the key is reported at its value's pointer. */
  keys?: Check;
  /** Checks the values of keys other than `properties` (`additionalProperties: {…}`). */
  values?: Check;
  minProperties?: number;
  /** At least one of these keys must be present (`anyOf` of single `required`s). */
  requireOneOf?: readonly string[];
}

export const object = (
  properties: Readonly<Record<string, Check>>,
  required: readonly string[] = [],
  options: ObjectOptions = {},
): Check => (value, path, issues) => {
  if (jsonType(value) !== 'object') {
    issues.push({ kind: 'type', path, value, expected: ['object'] });
    return;
  }
  const record = value as Record<string, unknown>;
  const present = (key: string) => hasOwn(record, key) && record[key] !== undefined;
  for (const key of required) if (!present(key)) issues.push({ kind: 'required', path, key });
  const { requireOneOf, minProperties, keys, closed, values } = options;
  if (requireOneOf && !requireOneOf.some(present)) issues.push({ kind: 'required-one-of', path, keys: requireOneOf });
  const own = Object.keys(record);
  if (minProperties !== undefined && own.length < minProperties) issues.push({ kind: 'min-properties', path, limit: minProperties });
  for (const key of own) {
    if (record[key] === undefined) continue;
    const at = `${path}/${pointerSegment(key)}`;
    keys?.(key, at, issues);
    if (hasOwn(properties, key)) properties[key]!(record[key], at, issues);
    else if (closed) issues.push({ kind: 'unknown-key', path: at, key, known: Object.keys(properties) });
    else values?.(record[key], at, issues);
  }
};

export const array = (item: Check, options: { minItems?: number; unique?: boolean } = {}): Check => (value, path, issues) => {
  if (!Array.isArray(value)) {
    issues.push({ kind: 'type', path, value, expected: ['array'] });
    return;
  }
  const { minItems = 0, unique = false } = options;
  if (value.length < minItems) issues.push({ kind: 'min-items', path, count: value.length, limit: minItems });
  const seen = new Set<unknown>();
  value.forEach((entry: unknown, index) => {
    const at = `${path}/${index}`;
    item(entry, at, issues);
    // Unique lists hold strings only (the build checks), so Set identity is JSON equality.
    if (unique && typeof entry !== 'object') {
      if (seen.has(entry)) issues.push({ kind: 'duplicate', path: at, value: entry });
      seen.add(entry);
    }
  });
};

/** A fixed-length list such as `[min, max]` (`items: [...]`, `minItems`, `additionalItems: false`). */
export const tuple = (items: readonly Check[], minItems: number): Check => (value, path, issues) => {
  if (!Array.isArray(value)) {
    issues.push({ kind: 'type', path, value, expected: ['array'] });
    return;
  }
  if (value.length < minItems) issues.push({ kind: 'min-items', path, count: value.length, limit: minItems });
  if (value.length > items.length) issues.push({ kind: 'max-items', path, count: value.length, limit: items.length });
  items.forEach((check, index) => {
    if (index < value.length) check(value[index], `${path}/${index}`, issues);
  });
};

/** A `oneOf` told apart by a tag property (`discriminator`): only the matching branch is checked. */
export const byTag = (tag: string, branches: Readonly<Record<string, Check>>): Check => (value, path, issues) => {
  if (jsonType(value) !== 'object') {
    issues.push({ kind: 'type', path, value, expected: ['object'] });
    return;
  }
  const tagValue = (value as Record<string, unknown>)[tag];
  const allowed = Object.keys(branches);
  if (tagValue === undefined || !hasOwn(value as object, tag)) issues.push({ kind: 'required', path, key: tag, allowed });
  else if (typeof tagValue !== 'string' || !hasOwn(branches, tagValue)) {
    issues.push({ kind: 'enum', path: `${path}/${pointerSegment(tag)}`, value: tagValue, allowed });
  } else branches[tagValue]!(value, path, issues);
};

/** A `oneOf` whose branches have different types: the value's type picks the branch. */
export const byType = (branches: Readonly<Partial<Record<JsonType, Check>>>): Check => (value, path, issues) => {
  const type = jsonType(value);
  const branch = type && (branches[type] ?? (type === 'integer' ? branches.number : undefined));
  if (branch) branch(value, path, issues);
  else issues.push({ kind: 'type', path, value, expected: Object.keys(branches) as JsonType[] });
};
