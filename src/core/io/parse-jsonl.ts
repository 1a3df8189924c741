import type { ArticleInput } from '../types.ts';

export interface JsonlProblem {
  line: number;
  message: string;
}

/**
 * Parses JSONL with one article per line: `{"id", "text", "title"?, "date"?, "url"?}`.
 * Broken lines do not stop the rest: they are returned with line numbers. Ids are kept;
 * a missing id becomes `<name>-<line>`; a duplicate id gets a `#2` suffix.
 * @param firstLine the line number of the first line of `text` (for streamed input).
 */
export function parseJsonl(
  text: string,
  name: string,
  firstLine = 1,
): { articles: ArticleInput[]; problems: JsonlProblem[] } {
  const articles: ArticleInput[] = [];
  const problems: JsonlProblem[] = [];
  const ids = new Set<string>();
  let line = firstLine - 1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const raw = text.slice(start, end).trim();
    start = end + 1;
    if (raw.length === 0) {
      if (end === text.length) break;
      continue;
    }
    let obj: unknown;
    try {
      obj = JSON.parse(raw);
    } catch (e) {
      problems.push({
        line,
        message: `not valid JSON (${e instanceof Error ? e.message : 'parse error'})`,
      });
      continue;
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
      problems.push({ line, message: 'expected a JSON object with "id" and "text"' });
      continue;
    }
    const o = obj as Record<string, unknown>;
    if (typeof o.text !== 'string') {
      problems.push({ line, message: 'missing "text" (a string)' });
      continue;
    }
    if (o.text.trim() === '') {
      problems.push({ line, message: '"text" is empty' });
      continue;
    }
    let id =
      typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : `${name}-${line}`;
    if (ids.has(id)) {
      let k = 2;
      while (ids.has(`${id}#${k}`)) k++;
      id = `${id}#${k}`;
    }
    ids.add(id);
    const a: ArticleInput = { id, text: o.text, source: `${name}:${line}` };
    if (typeof o.title === 'string') a.title = o.title;
    if (typeof o.date === 'string') a.date = o.date;
    if (typeof o.url === 'string') a.url = o.url;
    articles.push(a);
    if (end === text.length) break;
  }
  return { articles, problems };
}
