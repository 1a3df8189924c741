import {
  GAZETTEER_MAGIC,
  GAZETTEER_VERSION,
  HEADER_BYTES,
  HEADER_FIELDS,
  SECTIONS,
  MAX_STORED_LENGTH,
  COORD_SCALE,
  align8,
  type GazetteerMeta,
  type NameKind,
  type SectionName,
} from './format.ts';
import { shuffle32 } from './byte-shuffle.ts';

/** One place as the build script hands it to the encoder. */
export interface PlaceRecord {
  id: number;
  name: string;
  lat: number;
  lon: number;
  population: number;
  /** Index into meta.admin1, or -1. */
  admin1: number;
  /** Index into meta.countries. */
  country: number;
  /** Index into meta.featureCodes. */
  featureCode: number;
  flags: number;
  /** Folded keys (text/fold-key.ts) with how each names the place. */
  keys: Map<string, NameKind>;
}

/**
 * Encodes places into the gazetteer file format (see format.ts). Deterministic: the same
 * records in the same order give the same bytes.
 */
export function encodeGazetteer(places: PlaceRecord[], meta: GazetteerMeta): ArrayBuffer {
  const placeCount = places.length;
  const utf8 = new TextEncoder();

  // Keys, sorted so that output does not depend on insertion order.
  const keyPostings = new Map<string, number[]>();
  for (let p = 0; p < placeCount; p++) {
    for (const [key, kind] of places[p].keys) {
      if (key.length === 0 || utf8.encode(key).length > MAX_STORED_LENGTH) continue;
      let list = keyPostings.get(key);
      if (!list) keyPostings.set(key, (list = []));
      list.push((p << 2) | kind);
    }
  }
  const keys = [...keyPostings.keys()].sort();
  const keyCount = keys.length;

  const keyBytes = keys.map((k) => utf8.encode(k));
  // Front coding: each key stores how many bytes it shares with the previous one.
  const shared = new Uint8Array(keyCount);
  let keyByteCount = 0;
  let suffixByteCount = 0;
  let postingCount = 0;
  for (let k = 0; k < keyCount; k++) {
    const cur = keyBytes[k];
    if (k > 0) {
      const prev = keyBytes[k - 1];
      let n = 0;
      while (n < cur.length && n < prev.length && cur[n] === prev[n]) n++;
      shared[k] = n;
    }
    keyByteCount += cur.length;
    suffixByteCount += cur.length - shared[k];
    postingCount += keyPostings.get(keys[k])!.length;
  }
  const names = places.map((p) => p.name.slice(0, MAX_STORED_LENGTH));
  let nameUnits = 0;
  for (const n of names) nameUnits += n.length;

  const metaBytes = new TextEncoder().encode(JSON.stringify(meta));

  const lengths: Record<SectionName, number> = {
    lat: 4 * placeCount,
    lon: 4 * placeCount,
    id: 4 * placeCount,
    population: 4 * placeCount,
    admin1: 2 * placeCount,
    country: 2 * placeCount,
    featureCode: placeCount,
    flags: placeCount,
    nameLengths: placeCount,
    names: 2 * nameUnits,
    keyShared: keyCount,
    keySuffixLengths: keyCount,
    keySuffixes: suffixByteCount,
    postingCounts: 2 * keyCount,
    postings: 4 * postingCount,
    meta: metaBytes.length,
  };
  const offsets = {} as Record<SectionName, number>;
  let cursor = HEADER_BYTES;
  for (const s of SECTIONS) {
    offsets[s] = cursor;
    cursor = align8(cursor + lengths[s]);
  }
  const totalBytes = cursor;
  const buffer = new ArrayBuffer(totalBytes);
  const header = new Uint32Array(buffer, 0, HEADER_FIELDS + 2 * SECTIONS.length);
  header.set([
    GAZETTEER_MAGIC,
    GAZETTEER_VERSION,
    placeCount,
    keyCount,
    keyByteCount,
    postingCount,
    0,
    0,
    0,
    nameUnits,
    suffixByteCount,
    metaBytes.length,
    totalBytes,
  ]);
  SECTIONS.forEach((s, i) => {
    header[HEADER_FIELDS + 2 * i] = offsets[s];
    header[HEADER_FIELDS + 2 * i + 1] = lengths[s];
  });

  const u16 = (s: SectionName, n: number) => new Uint16Array(buffer, offsets[s], n);
  const u8 = (s: SectionName, n: number) => new Uint8Array(buffer, offsets[s], n);

  const lat = new Int32Array(placeCount);
  const lon = new Int32Array(placeCount);
  const id = new Uint32Array(placeCount);
  const population = new Uint32Array(placeCount);
  const admin1 = u16('admin1', placeCount);
  const country = u16('country', placeCount);
  const featureCode = u8('featureCode', placeCount);
  const flags = u8('flags', placeCount);
  const nameLengths = u8('nameLengths', placeCount);
  const nameBlob = u16('names', nameUnits);
  let nameCursor = 0;
  for (let p = 0; p < placeCount; p++) {
    const r = places[p];
    lat[p] = Math.round(r.lat * COORD_SCALE);
    lon[p] = Math.round(r.lon * COORD_SCALE);
    id[p] = r.id;
    population[p] = Math.min(r.population, 0xffffffff);
    admin1[p] = r.admin1 < 0 ? 0xffff : r.admin1;
    country[p] = r.country;
    featureCode[p] = r.featureCode;
    flags[p] = r.flags;
    nameLengths[p] = names[p].length;
    for (let i = 0; i < names[p].length; i++) nameBlob[nameCursor++] = names[p].charCodeAt(i);
  }

  u8('lat', 4 * placeCount).set(shuffle32(lat, true));
  u8('lon', 4 * placeCount).set(shuffle32(lon, true));
  u8('id', 4 * placeCount).set(shuffle32(id, true));
  u8('population', 4 * placeCount).set(shuffle32(population, false));

  u8('keyShared', keyCount).set(shared);
  const suffixLengths = u8('keySuffixLengths', keyCount);
  const suffixes = u8('keySuffixes', suffixByteCount);
  const postingCounts = u16('postingCounts', keyCount);
  const postings = new Uint32Array(postingCount);
  let suffixCursor = 0;
  let postingCursor = 0;
  for (let k = 0; k < keyCount; k++) {
    const tail = keyBytes[k].subarray(shared[k]);
    suffixLengths[k] = tail.length;
    suffixes.set(tail, suffixCursor);
    suffixCursor += tail.length;
    // Postings ordered by place index (deterministic).
    const list = keyPostings.get(keys[k])!.sort((a, b) => a - b);
    if (list.length > 0xffff) throw new Error(`key "${keys[k]}" names more than 65535 places`);
    postingCounts[k] = list.length;
    postings.set(list, postingCursor);
    postingCursor += list.length;
  }

  u8('postings', 4 * postingCount).set(shuffle32(postings, false));
  u8('meta', metaBytes.length).set(metaBytes);
  return buffer;
}

/** Keys made only of ASCII letters, digits and spaces (fuzzy matching is for Latin text). */
export function isLatinKey(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 128) return false;
  }
  return true;
}
