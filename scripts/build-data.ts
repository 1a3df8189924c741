/**
 * Rebuilds every derived data file into public/data/ (served by Vite, read by the CLI):
 *   gazetteer.bin  places and names (scripts/build-gazetteer.ts)
 *   regions.bin    admin-1, country and composite regions (scripts/build-regions.ts)
 *   stamp.json     what they were built from (scripts/data-inputs.ts)
 *
 * Usage: npm run build-data [-- --geonames UA.txt [--geonames RU.txt]] [--out DIR]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildGazetteer } from './build-gazetteer.ts';
import { dropFolderFiles } from './geonames/geonames-inputs.ts';
import { countryInfoNames } from './geonames/world-areas.ts';
import { buildRegions } from './build-regions.ts';
import { dataInputsKey, packageVersions } from './data-inputs.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA_DIR = join(ROOT, 'public', 'data');
/** The git-ignored folder whose GeoNames files every build merges (see data/README.md). */
export const GEONAMES_DROP_DIR = join(ROOT, 'data', 'geonames');

export interface BuildDataOptions {
  outDir?: string;
  geonamesFiles?: string[];
  log?: (line: string) => void;
}

export async function buildData(options: BuildDataOptions = {}): Promise<void> {
  const outDir = options.outDir ?? DATA_DIR;
  const log = options.log ?? ((l: string) => console.error(l));
  mkdirSync(outDir, { recursive: true });
  const t0 = performance.now();
  const geonamesFiles = [...dropFolderFiles(GEONAMES_DROP_DIR), ...(options.geonamesFiles ?? [])];
  if (geonamesFiles.length)
    log(`GeoNames files merged: ${geonamesFiles.map((f) => relative(ROOT, f)).join(', ')}`);
  else
    log(
      'no GeoNames files in data/geonames/: the gazetteer holds cities500 places only (see data/README.md to add the Ukraine dump)',
    );
  const gz = buildGazetteer({ geonamesFiles });
  for (const e of gz.errors.slice(0, 20)) log(`warning: ${e}`);
  if (gz.errors.length > 20) log(`warning: ... and ${gz.errors.length - 20} more bad rows`);
  const gzBytes = new Uint8Array(gz.buffer);
  writeFileSync(join(outDir, 'gazetteer.bin'), gzBytes);
  const t1 = performance.now();
  log(
    `gazetteer.bin: ${gz.summary.places} places, ${(gzBytes.length / 1e6).toFixed(1)} MB ` +
      `(${(gzipSync(gzBytes, { level: 6 }).length / 1e6).toFixed(1)} MB gzipped) in ${((t1 - t0) / 1000).toFixed(1)} s ` +
      JSON.stringify(gz.summary),
  );
  const regionsFile = join(outDir, 'regions.bin');
  const countryInfo = geonamesFiles.find((f) => basename(f).toLowerCase() === 'countryinfo.txt');
  const { bytes } = await buildRegions(
    regionsFile,
    countryInfoNames(countryInfo ? readFileSync(countryInfo, 'utf8') : ''),
  );
  const t2 = performance.now();
  log(`regions.bin: ${(bytes / 1e6).toFixed(1)} MB in ${((t2 - t1) / 1000).toFixed(1)} s`);
  writeFileSync(
    join(outDir, 'stamp.json'),
    JSON.stringify(
      {
        inputsKey: dataInputsKey(ROOT),
        packages: packageVersions(),
        geonamesFiles: geonamesFiles.map((f) => relative(ROOT, f)),
      },
      null,
      2,
    ) + '\n',
  );
}

function parseArgs(argv: string[]): BuildDataOptions {
  const opts: BuildDataOptions = { geonamesFiles: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--geonames' && argv[i + 1]) opts.geonamesFiles!.push(resolve(argv[++i]));
    else if (a === '--out' && argv[i + 1]) opts.outDir = resolve(argv[++i]);
    else {
      console.error(
        `build-data: unknown argument ${a}\nusage: npm run build-data [-- --geonames FILE] [--out DIR]`,
      );
      process.exit(2);
    }
  }
  return opts;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildData(parseArgs(process.argv.slice(2))).catch((e: unknown) => {
    console.error(`build-data failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
