import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One story of a built Storybook, as `index.json` lists it. */
export interface StoryEntry {
  id: string;
  title: string;
  name: string;
  tags: string[];
}

interface IndexEntry extends StoryEntry {
  type: 'story' | 'docs';
}

/**
 * The stories of the Storybook built into `dir`, read synchronously so that the spec can make
 * one test per story. Throws, saying how to build it, when there is none.
 */
export function readStories(dir: string): StoryEntry[] {
  const indexFile = join(dir, 'index.json');
  if (!existsSync(indexFile)) {
    throw new Error(`${indexFile} is missing: run \`npm run build-storybook\` before the story tests.`);
  }
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as { entries?: Record<string, IndexEntry> };
  const stories = Object.values(index.entries ?? {})
    .filter((entry) => entry.type === 'story')
    .map(({ id, title, name, tags }) => ({ id, title, name, tags: tags ?? [] }));
  if (stories.length === 0) throw new Error(`${indexFile} lists no stories: is the Storybook build broken?`);
  return stories;
}

/**
 * The docs pages of a built Storybook: the MDX guides and every element's generated page.
 * Throws, saying how to build it, when there is none.
 */
export function readDocs(dir: string): StoryEntry[] {
  const indexFile = join(dir, 'index.json');
  if (!existsSync(indexFile)) {
    throw new Error(`${indexFile} is missing: run \`npm run build-storybook\` before the docs tests.`);
  }
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as { entries?: Record<string, IndexEntry> };
  const docs = Object.values(index.entries ?? {})
    .filter((entry) => entry.type === 'docs')
    .map(({ id, title, name, tags }) => ({ id, title, name, tags: tags ?? [] }));
  if (docs.length === 0) throw new Error(`${indexFile} lists no docs pages: is the Storybook build broken?`);
  return docs;
}
