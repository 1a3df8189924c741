/**
 * The GeoNames files the data build merges, found in the drop folder `data/geonames/` (not
 * committed: users download them from https://download.geonames.org/export/dump/ and
 * https://download.geonames.org/export/zip/) and given with `--geonames FILE`:
 *
 * - country dumps (`UA.zip` or `UA.txt`): 19 tab-separated columns, every feature of a country;
 * - `countryInfo.txt`: countries with their GeoNames ids and capitals;
 * - `admin1CodesASCII.txt`: first-level regions with their GeoNames ids;
 * - postal-code places (`*.csv` with a header, or GeoNames' 12-column postal `.txt`/`.zip`).
 *
 * Each file is recognised by its name and, for `.txt`, by its column count.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readZip } from './read-zip.ts';

export interface GeoNamesInputs {
  /** Country dumps (GeoNames TSV, 19 columns), with the name they came from. */
  dumps: { source: string; text: string }[];
  countryInfo: string | null;
  admin1Codes: string | null;
  /** Postal-code files: CSV with a header, or GeoNames' postal TSV (12 columns). */
  postal: { source: string; text: string }[];
  /** Files skipped, with the reason. */
  skipped: string[];
}

/** The files of the drop folder the build reads, sorted (empty when the folder is missing). */
export function dropFolderFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.') && /\.(zip|txt|csv)$/i.test(n) && !/^readme/i.test(n))
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isFile())
    .sort();
}

/** Columns of the first data line (GeoNames dumps have 19, postal files 12). */
function columnCount(text: string): number {
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    if (line.trim() && !line.startsWith('#')) return line.split('\t').length;
    if (end < 0) break;
    start = end + 1;
  }
  return 0;
}

function classify(name: string, text: string, into: GeoNamesInputs): void {
  const base = basename(name).toLowerCase();
  if (base === 'countryinfo.txt') into.countryInfo = text;
  else if (base.startsWith('admin1codes')) into.admin1Codes = text;
  else if (base.endsWith('.csv')) into.postal.push({ source: name, text });
  else {
    const cols = columnCount(text);
    if (cols === 19) into.dumps.push({ source: name, text });
    else if (cols === 12) into.postal.push({ source: name, text });
    else into.skipped.push(`${name}: not a GeoNames dump or postal file (${cols} columns)`);
  }
}

/** Reads and classifies the given files (zip archives are opened). */
export function readGeoNamesInputs(files: string[]): GeoNamesInputs {
  const out: GeoNamesInputs = {
    dumps: [],
    countryInfo: null,
    admin1Codes: null,
    postal: [],
    skipped: [],
  };
  const utf8 = new TextDecoder('utf-8');
  for (const file of files) {
    if (/\.zip$/i.test(file)) {
      const entries = readZip(readFileSync(file), file);
      for (const [name, bytes] of [...entries].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        if (/^readme/i.test(basename(name)) || !/\.(txt|csv)$/i.test(name)) continue;
        classify(`${basename(file)}:${name}`, utf8.decode(bytes), out);
      }
    } else {
      classify(file, readFileSync(file, 'utf8'), out);
    }
  }
  return out;
}

/** One postal-code place: a name in the local script, its region and a point. */
export interface PostalPlace {
  country: string;
  name: string;
  admin1Name: string;
  lat: number;
  lon: number;
}

/**
 * Parses postal-code places. Numbered delivery offices ("Белгород 1") and rows without a point
 * are left out; each (country, region, name) is kept once, at its first point.
 */
export function parsePostal(text: string, source: string, errors: string[]): PostalPlace[] {
  const lines = text.split(/\r?\n/);
  const csv = lines[0]?.includes(',') && !lines[0].includes('\t');
  let cols = { country: 0, name: 2, admin1: 3, lat: 9, lon: 10 };
  let first = 0;
  if (csv) {
    const header = lines[0].split(',').map((h) => h.trim().toLowerCase());
    const at = (n: string) => header.indexOf(n);
    cols = {
      country: at('country_code'),
      name: at('place'),
      admin1: at('state'),
      lat: at('latitude'),
      lon: at('longitude'),
    };
    if (Object.values(cols).some((i) => i < 0)) {
      errors.push(`${source}: a postal CSV needs country_code, place, state, latitude, longitude`);
      return [];
    }
    first = 1;
  }
  const seen = new Set<string>();
  const out: PostalPlace[] = [];
  for (let i = first; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    const c = csv ? lines[i].split(',') : lines[i].split('\t');
    const name = (c[cols.name] ?? '').trim();
    const lat = Number(c[cols.lat]);
    const lon = Number(c[cols.lon]);
    if (!name || !Number.isFinite(lat) || !Number.isFinite(lon) || (lat === 0 && lon === 0)) {
      errors.push(`${source}:${i + 1}: no place name or point`);
      continue;
    }
    if (/\d/.test(name)) continue; // a numbered delivery office of a town listed on its own
    const country = (c[cols.country] ?? '').trim();
    const admin1Name = (c[cols.admin1] ?? '').trim();
    const key = `${country}|${admin1Name}|${name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ country, name, admin1Name, lat, lon });
  }
  return out;
}
