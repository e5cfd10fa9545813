/// <reference types="vite/client" />
/**
 * Where each element's docs page is, read from the stories files themselves (their meta's
 * `title` and `component`), so a link never guesses at a page. The files are read as text:
 * nothing of them runs here.
 */
const storySources = import.meta.glob<string>('../../**/*.stories.ts', { eager: true, query: '?raw', import: 'default' });

/** Storybook's id of a title: lower case, every run of other characters a hyphen. */
export const storyId = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The `title` and `component` of each stories file's default export, as written in its meta. */
export function storyMetas(sources: Record<string, string> = storySources): { title: string; component: string | undefined }[] {
  return Object.values(sources).flatMap((source) => {
    const title = /^\s*title:\s*'([^']+)'/m.exec(source)?.[1];
    return title ? [{ title, component: /^\s*component:\s*'([^']+)'/m.exec(source)?.[1] }] : [];
  });
}

/** `?path=/docs/elements-rating--docs` for `candor-rating`, or undefined when it has no stories yet. */
export function docsLink(tag: string): string | undefined {
  const meta = storyMetas().find((each) => each.component === tag);
  return meta ? `?path=/docs/${storyId(meta.title)}--docs` : undefined;
}
