/** Loads the engine from public/data in Node (CLI, tests, bench). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, type Engine } from '../src/core/pipeline.ts';
import { DATA_DIR } from './build-data.ts';

export function readArrayBuffer(file: string): ArrayBuffer {
  const buf = readFileSync(file);
  // Large reads get their own ArrayBuffer; small ones may sit in Node's shared pool.
  if (buf.byteOffset === 0 && buf.buffer.byteLength === buf.byteLength)
    return buf.buffer as ArrayBuffer;
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

let cached: Engine | null = null;

/** The engine for public/data (loaded once per process). */
export function loadEngine(dir = DATA_DIR): Engine {
  if (cached && dir === DATA_DIR) return cached;
  const engine = createEngine(
    readArrayBuffer(join(dir, 'gazetteer.bin')),
    readArrayBuffer(join(dir, 'regions.bin')),
  );
  if (dir === DATA_DIR) cached = engine;
  return engine;
}
