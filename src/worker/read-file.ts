import type { ArticleInput } from '../core/types.ts';
import type { DecodedText } from '../core/io/decode-bytes.ts';
import type { JsonlProblem } from '../core/io/parse-jsonl.ts';
import { readArticleFile } from '../core/io/read-article-file.ts';

export type Encoding = DecodedText['encoding'];

/** A file's bytes to read into articles (see readArticleFile). */
export interface ReadFileRequest {
  id: number;
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** The encoding the user chose, if any (else detected). */
  forced: Encoding | null;
}

/** What a file holds, or why it cannot be used; the bytes are handed back. */
export interface ReadFileResult {
  bytes: Uint8Array<ArrayBuffer>;
  encoding: Encoding | null;
  guessed: boolean;
  articles: ArticleInput[];
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
    return { bytes, error: null, ...readArticleFile(bytes, name, forced ?? undefined) };
  } catch (e) {
    return {
      bytes,
      encoding: null,
      guessed: false,
      articles: [],
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
            articles: [],
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
