/**
 * Test-only: loads the engine from public/data and the sample corpus from data/articles under
 * Node. `node:fs` is imported dynamically and typed by hand because the app's tsconfig (which
 * covers src/) has no Node types; nothing in the app imports this file.
 */
import { createEngine, type Engine } from '../core/pipeline.ts';
import type { ArticleInput } from '../core/types.ts';

interface NodeFs {
  readFileSync(path: URL, encoding?: 'utf8'): Uint8Array & string;
  readdirSync(path: URL): string[];
}

async function nodeFs(): Promise<NodeFs> {
  const specifier = 'node:fs';
  return (await import(/* @vite-ignore */ specifier)) as NodeFs;
}

function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

let cached: Promise<Engine> | null = null;

/** The engine over public/data (built by `npm run ensure-data`, which `npm test` runs first). */
export function loadTestEngine(): Promise<Engine> {
  cached ??= nodeFs().then((fs) => {
    const dir = new URL('../../public/data/', import.meta.url);
    return createEngine(
      arrayBufferOf(fs.readFileSync(new URL('gazetteer.bin', dir))),
      arrayBufferOf(fs.readFileSync(new URL('regions.bin', dir))),
    );
  });
  return cached;
}

/** The sample corpus, as the app bundles it (id = file name without extension). */
export async function loadSampleInputs(): Promise<ArticleInput[]> {
  const fs = await nodeFs();
  const dir = new URL('../../data/articles/', import.meta.url);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: fs.readFileSync(new URL(f, dir), 'utf8') }));
}
