/** JSON pointers (RFC 6901): `""` is the whole document, `/a~1b/0` is key "a/b", then item 0. */

/** Joins keys and indexes into a pointer, escaping "~" as "~0" and "/" as "~1". */
export function formatPointer(segments: readonly (string | number)[]): string {
  return segments.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Splits a pointer into its unescaped segments, or `undefined` when it is not a pointer. */
export function parsePointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/') || /~[^01]|~$/.test(pointer)) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
