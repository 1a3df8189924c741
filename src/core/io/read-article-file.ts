import type { ArticleInput } from '../types.ts';
import { decodeBytes, InputError, type DecodedText } from './decode-bytes.ts';
import { htmlToText } from './html-to-text.ts';
import { parseJsonl, type JsonlProblem } from './parse-jsonl.ts';

/** The file types an article can come in, as lower-case extensions. */
export const ARTICLE_FILE_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.jsonl'] as const;

/** Files above this size are refused: one article is never this big (the CLI has the same). */
export const MAX_ARTICLE_FILE_BYTES = 64 * 1024 * 1024;

export interface ArticleFile {
  articles: ArticleInput[];
  /** Lines of a JSONL file that could not be read (the other lines still were). */
  problems: JsonlProblem[];
  encoding: DecodedText['encoding'];
  /** True when the encoding was guessed from statistics: the user may want to choose it. */
  guessed: boolean;
}

/** The lower-case extension of a file name, with its dot, or '' when it has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot > name.lastIndexOf('/') ? name.slice(dot).toLowerCase() : '';
}

/**
 * Reads one dropped or chosen file into articles, the way the `analyze` CLI does: `.txt` and
 * `.md` are one article each (id = file name without extension), `.html` is one article with
 * its text extracted by htmlToText (nothing in it is run or rendered), `.jsonl` is one article
 * per line with broken lines listed in `problems`.
 *
 * Throws InputError (with the file name and what is wrong) for unsupported, oversized, empty,
 * binary or undecodable files, and for files with no text.
 *
 * @param forced an encoding the user chose, instead of detection
 * @example readArticleFile(bytes, 'report.html').articles[0].title // from <title>
 */
export function readArticleFile(
  bytes: Uint8Array,
  name: string,
  forced?: DecodedText['encoding'],
): ArticleFile {
  const ext = extensionOf(name);
  if (!(ARTICLE_FILE_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new InputError(
      `${name}: unsupported file type "${ext || '(none)'}"; use .txt, .md, .html or .jsonl.`,
    );
  }
  if (bytes.length > MAX_ARTICLE_FILE_BYTES) {
    throw new InputError(
      `${name}: the file is ${(bytes.length / 1e6).toFixed(0)} MB; the limit is ${MAX_ARTICLE_FILE_BYTES / 1e6} MB per file (split it, or use JSONL).`,
    );
  }
  const decoded = decodeBytes(bytes, name, forced);
  const base = name.slice(name.lastIndexOf('/') + 1);
  const id = ext ? base.slice(0, base.length - ext.length) : base;
  const meta = { encoding: decoded.encoding, guessed: decoded.guessed };
  if (ext === '.jsonl') {
    const { articles, problems } = parseJsonl(decoded.text, id);
    if (articles.length === 0 && problems.length === 0)
      throw new InputError(`${name}: the file holds no lines with articles.`);
    // parseJsonl names sources `<id>:<line>`; say which file instead: `corpus.jsonl:12`.
    for (const a of articles) a.source = `${base}:${a.source?.slice(id.length + 1) ?? ''}`;
    return { articles, problems, ...meta };
  }
  if (ext === '.html' || ext === '.htm') {
    const { text, title } = htmlToText(decoded.text);
    if (text.trim() === '')
      throw new InputError(`${name}: the page has no article text (only markup or scripts).`);
    const article: ArticleInput = { id, text, source: base };
    if (title) article.title = title;
    return { articles: [article], problems: [], ...meta };
  }
  if (decoded.text.trim() === '') throw new InputError(`${name}: the file holds only white space.`);
  return { articles: [{ id, text: decoded.text, source: base }], problems: [], ...meta };
}
