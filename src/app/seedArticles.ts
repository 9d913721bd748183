import type { Article } from '../data/types';

// Bundled at build time: the app reads the same seeds/*.txt the CLI does, with no network.
const files = import.meta.glob<string>('../../seeds/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The seed articles, named by their file name, in file-name order. */
export const seedArticles: Article[] = Object.entries(files)
  .map(([path, text]) => ({ name: path.slice(path.lastIndexOf('/') + 1), text }))
  .sort((a, b) => a.name.localeCompare(b.name));
