import type { DecodedText } from '../core/io/decode-bytes.ts';
import type { JsonlProblem } from '../core/io/parse-jsonl.ts';
import type { ArticleInput } from '../core/types.ts';
import { readArticleFile } from '../core/io/read-article-file.ts';
import type { AddedFile } from './protocol.ts';

export type Encoding = DecodedText['encoding'];

/** A file's bytes to read into articles (see readArticleFile). */
export interface ReadFileRequest {
  id: number;
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** The encoding the user chose, if any (else detected). */
  forced: Encoding | null;
}

/** The start of a file's first article, to show before it is added. */
export interface ArticlePreview {
  title?: string;
  /** Its first PREVIEW_CHARS characters. */
  text: string;
  /** The whole text's length. */
  chars: number;
}

export const PREVIEW_CHARS = 160;

/**
 * What a file holds, or why it cannot be used; the bytes are handed back. The articles
 * themselves are not: the page shows how many there are and the start of the first, and
 * sends the bytes to the analysis worker, which reads them again (see the `add` request). A
 * 44 MB file of 36,000 articles took the page 120 to 260 ms to take from this worker, and as
 * long again to send on.
 */
export interface ReadFileResult {
  bytes: Uint8Array<ArrayBuffer>;
  encoding: Encoding | null;
  guessed: boolean;
  /** How many articles the file holds. */
  count: number;
  first: ArticlePreview | null;
  problems: JsonlProblem[];
  /** Why the file cannot be used at all (empty, binary, undecodable, ...). */
  error: string | null;
}

export type ReadFileResponse = ReadFileResult & { id: number };

/** Reads the bytes into articles, keeping the error as a message rather than throwing. */
export function readFileBytes({
  name,
  bytes,
  forced,
}: Omit<ReadFileRequest, 'id'>): ReadFileResult {
  try {
    const { articles, problems, encoding, guessed } = readArticleFile(
      bytes,
      name,
      forced ?? undefined,
    );
    const a = articles[0];
    const first: ArticlePreview | null = a
      ? { text: a.text.slice(0, PREVIEW_CHARS), chars: a.text.length }
      : null;
    if (a?.title !== undefined && first) first.title = a.title;
    return { bytes, error: null, encoding, guessed, count: articles.length, first, problems };
  } catch (e) {
    return {
      bytes,
      encoding: null,
      guessed: false,
      count: 0,
      first: null,
      problems: [],
      error: e instanceof Error ? e.message : String(e),
    };
  }
}

/**
 * Main-thread side of the file-reading worker. The worker starts on the first file and
 * stays; where workers are missing (Node tests) the file is read in place.
 */
export class FileReaderClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { name: string; resolve: (r: ReadFileResult) => void }
  >();

  constructor(private readonly start: (() => Worker) | null) {}

  read(
    name: string,
    bytes: Uint8Array<ArrayBuffer>,
    forced: Encoding | null,
  ): Promise<ReadFileResult> {
    if (!this.start) return Promise.resolve(readFileBytes({ name, bytes, forced }));
    if (!this.worker) {
      this.worker = this.start();
      this.worker.onmessage = (e: MessageEvent<ReadFileResponse>) => {
        const { id, ...result } = e.data;
        this.pending.get(id)?.resolve(result);
        this.pending.delete(id);
      };
      this.worker.onerror = (e) => {
        // The files waiting are reported, not lost in silence; the next file starts a new worker.
        const waiting = [...this.pending.values()];
        this.pending.clear();
        this.worker?.terminate();
        this.worker = null;
        for (const p of waiting)
          p.resolve({
            bytes: new Uint8Array(),
            encoding: null,
            guessed: false,
            count: 0,
            first: null,
            problems: [],
            error: `${p.name}: the file could not be read (${e.message || 'the reading worker stopped'}); choose it again.`,
          });
      };
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { name, resolve });
      const request: ReadFileRequest = { id, name, bytes, forced };
      this.worker!.postMessage(request, [bytes.buffer]);
    });
  }
}

/**
 * The articles of a file to add (in the analysis worker), read as the page read it, with the
 * user's title, date and URL when it holds one article.
 */
export function readAddedFile(f: AddedFile): ArticleInput[] {
  const { articles } = readArticleFile(f.bytes, f.name, f.forced ?? undefined);
  if (f.meta && articles.length === 1) Object.assign(articles[0], f.meta);
  return articles;
}
