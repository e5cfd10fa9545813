import type { ReactNode } from 'react';

/** A description from the schema or the manifest: `code` in backticks becomes code, everything else stays text. */
export function Prose({ text }: { text: string }): ReactNode {
  return text.split(/(`[^`]+`)/).map((part, index) =>
    part.length > 1 && part.startsWith('`') && part.endsWith('`') ? <code key={index}>{part.slice(1, -1)}</code> : part,
  );
}
