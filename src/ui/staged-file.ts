import type { JsonlProblem } from '../core/io/parse-jsonl.ts';
import type { AddedFile } from '../worker/protocol.ts';
import { FileReaderClient, type ArticlePreview, type Encoding } from '../worker/read-file.ts';

export type { Encoding };

/** A file chosen or dropped, read and waiting to be analysed. */
export interface StagedFile {
  key: number;
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** The encoding the user chose, if any (else detected). */
  forced: Encoding | null;
  encoding: Encoding | null;
  guessed: boolean;
  /** How many articles it holds, and the start of the first (see ReadFileResult). */
  count: number;
  first: ArticlePreview | null;
  problems: JsonlProblem[];
  /** Why the file cannot be used at all (empty, binary, undecodable, ...). */
  error: string | null;
}

/**
 * The file as it is sent to be added: its bytes (transferred: the staged file is spent), the
 * encoding it was read with if the user chose one, and the user's title, date and URL for a
 * file of one article (the non-empty ones).
 */
export function addedFile(s: StagedFile, meta?: ArticleMeta): AddedFile {
  const out: AddedFile = { name: s.name, bytes: s.bytes, forced: s.forced };
  if (meta && s.count === 1) {
    const given = givenMeta(meta);
    if (Object.keys(given).length > 0) out.meta = given;
  }
  return out;
}

/** An article's title, date and URL as typed in the dialog (empty when not given). */
export interface ArticleMeta {
  title: string;
  date: string;
  url: string;
}

/** The fields the user gave: trimmed, the empty ones left out. */
export function givenMeta(meta: ArticleMeta): NonNullable<AddedFile['meta']> {
  const given: NonNullable<AddedFile['meta']> = {};
  for (const key of ['title', 'date', 'url'] as const) {
    const v = meta[key].trim();
    if (v) given[key] = v;
  }
  return given;
}

let nextKey = 1;

/** Files are read in a worker of their own when the platform has workers. */
const defaultReader = new FileReaderClient(
  typeof Worker === 'undefined'
    ? null
    : () =>
        new Worker(new URL('../worker/read-file.worker.ts', import.meta.url), { type: 'module' }),
);

/** Reads the bytes into articles (in the reading worker), keeping errors as messages. */
export async function stageBytes(
  name: string,
  bytes: Uint8Array<ArrayBuffer>,
  forced: Encoding | null = null,
  key = nextKey++,
  reader: FileReaderClient = defaultReader,
): Promise<StagedFile> {
  const result = await reader.read(name, bytes, forced);
  return { key, name, forced, ...result };
}

/** Reads a browser File (its bytes are read once and kept, to re-decode on request). */
export async function stageFile(file: File): Promise<StagedFile> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return {
      key: nextKey++,
      name: file.name,
      bytes: new Uint8Array(),
      forced: null,
      encoding: null,
      guessed: false,
      count: 0,
      first: null,
      problems: [],
      error: `${file.name}: the file could not be read (${e instanceof Error ? e.message : String(e)}).`,
    };
  }
  return stageBytes(file.name, bytes);
}

/**
 * The same file decoded with another encoding (the user's choice). A copy of the bytes goes
 * to the worker: the staged file on screen keeps its own until the new one replaces it.
 */
export function restage(staged: StagedFile, forced: Encoding | null): Promise<StagedFile> {
  return stageBytes(staged.name, staged.bytes.slice(), forced, staged.key);
}
