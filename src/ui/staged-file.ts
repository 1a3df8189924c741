import type { ArticleInput } from '../core/types.ts';
import type { DecodedText } from '../core/io/decode-bytes.ts';
import type { JsonlProblem } from '../core/io/parse-jsonl.ts';
import { readArticleFile } from '../core/io/read-article-file.ts';

export type Encoding = DecodedText['encoding'];

/** A file chosen or dropped, read and waiting to be analysed. */
export interface StagedFile {
  key: number;
  name: string;
  bytes: Uint8Array;
  /** The encoding the user chose, if any (else detected). */
  forced: Encoding | null;
  encoding: Encoding | null;
  guessed: boolean;
  articles: ArticleInput[];
  problems: JsonlProblem[];
  /** Why the file cannot be used at all (empty, binary, undecodable, ...). */
  error: string | null;
}

let nextKey = 1;

/** Reads the bytes into articles, keeping the error as a message rather than throwing. */
export function stageBytes(
  name: string,
  bytes: Uint8Array,
  forced: Encoding | null = null,
  key = nextKey++,
): StagedFile {
  const staged: StagedFile = {
    key,
    name,
    bytes,
    forced,
    encoding: null,
    guessed: false,
    articles: [],
    problems: [],
    error: null,
  };
  try {
    const file = readArticleFile(bytes, name, forced ?? undefined);
    return { ...staged, ...file };
  } catch (e) {
    return { ...staged, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Reads a browser File (its bytes are read once and kept, to re-decode on request). */
export async function stageFile(file: File): Promise<StagedFile> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return {
      ...stageBytes(file.name, new Uint8Array()),
      error: `${file.name}: the file could not be read (${e instanceof Error ? e.message : String(e)}).`,
    };
  }
  return stageBytes(file.name, bytes);
}

/** The same file decoded with another encoding (the user's choice). */
export function restage(staged: StagedFile, forced: Encoding | null): StagedFile {
  return stageBytes(staged.name, staged.bytes, forced, staged.key);
}
