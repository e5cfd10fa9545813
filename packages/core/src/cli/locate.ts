import type { JsonPosition } from '../json/index.js';
import { formatPointer, parsePointer } from '../json/pointer.js';

/** Where `pointer` starts in the file, or where its nearest existing parent starts. */
export function locateNearest(locate: (pointer: string) => JsonPosition | undefined, pointer: string): JsonPosition {
  const segments = parsePointer(pointer) ?? [];
  for (let length = segments.length; length >= 0; length--) {
    const found = locate(formatPointer(segments.slice(0, length)));
    if (found) return found;
  }
  return { line: 1, column: 1, offset: 0 };
}

/** A JSON pointer as a CLI line shows it: the root as `""`. */
export const pointerText = (pointer: string): string => (pointer === '' ? '""' : pointer);
