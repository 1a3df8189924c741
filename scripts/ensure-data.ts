/**
 * Builds public/data/ when it is missing or stale (its stamp's inputs key differs from the
 * current package versions and build code). Runs before `npm start`, `npm test` and `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildData, DATA_DIR, ROOT } from './build-data.ts';
import { dataInputsKey } from './data-inputs.ts';

function stampKey(): string | null {
  try {
    const stamp = JSON.parse(readFileSync(join(DATA_DIR, 'stamp.json'), 'utf8')) as {
      inputsKey?: string;
    };
    return stamp.inputsKey ?? null;
  } catch {
    return null;
  }
}

const want = dataInputsKey(ROOT);
const have = stampKey();
const complete = ['gazetteer.bin', 'regions.bin'].every((f) => existsSync(join(DATA_DIR, f)));
if (have === want && complete) {
  console.error(`data: up to date (${want})`);
} else {
  console.error(`data: ${have ? 'stale' : 'missing'}; building public/data (about 30 s) ...`);
  await buildData();
}
