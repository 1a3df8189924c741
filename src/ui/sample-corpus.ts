import type { ArticleInput } from '../core/types.ts';

// The sample corpus is bundled with the app (no request at run time).
const files = import.meta.glob('../../data/articles/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The five sample articles; the id is the file name without extension. */
export function sampleCorpus(): ArticleInput[] {
  return Object.keys(files)
    .sort()
    .map((path) => {
      const name = path.slice(path.lastIndexOf('/') + 1);
      return {
        id: name.replace(/\.[^.]+$/, ''),
        text: files[path],
        source: `data/articles/${name}`,
      };
    });
}
