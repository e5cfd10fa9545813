// react-dom ships no types and @types/react-dom is not installed: the docs tests need only this.
declare module 'react-dom/server' {
  import type { ReactNode } from 'react';
  export function renderToStaticMarkup(node: ReactNode): string;
}
