import {
  GAZETTEER_MAGIC,
  GAZETTEER_VERSION,
  GazetteerFormatError,
  HEADER_BYTES,
  HEADER_FIELDS,
  NAME_KIND_LABELS,
  PLACE_FLAG_CITIES_JSON_ONLY,
  PLACE_FLAG_POSTAL,
  PLACE_FLAG_FUZZY,
  COORD_SCALE,
  SECTIONS,
  hashKey,
  MAX_STORED_LENGTH,
  type GazetteerMeta,
  type NameKind,
  type SectionName,
} from './format.ts';
import type { PlaceRef } from '../types.ts';
import { unshuffle32 } from './byte-shuffle.ts';
import { skeletonKey } from '../text/skeleton-key.ts';
import { damerauLevenshtein } from '../text/edit-distance.ts';
import { HashPostings, sortedByHash } from './hash-postings.ts';

/** A place index with how the looked-up key names it. */
export interface NameHit {
  place: number;
  kind: NameKind;
}

/** A key found by fuzzy retrieval, with its edit distance from the query. */
export interface FuzzyHit {
  key: string;
  keyIndex: number;
  distance: number;
  /** Found only by the insertion probes: the query lacks one of the key's consonants. */
  consonantMissing?: true;
}

/**
 * The embedded gazetteer, decoded without copying from one ArrayBuffer (format.ts).
 *
 * Places are addressed by index (0..placeCount-1); column accessors read the typed arrays
 * directly, so hot loops can avoid building objects. `place(i)` builds a PlaceRef for output.
 *
 * @example
 * const gz = Gazetteer.from(buffer);
 * for (const hit of gz.lookup(foldKey('Kupiansk'))) console.log(gz.place(hit.place));
 */
export class Gazetteer {
  readonly placeCount: number;
  readonly keyCount: number;
  readonly meta: GazetteerMeta;
  readonly byteLength: number;

  readonly lat: Float32Array;
  readonly lon: Float32Array;
  readonly ids: Uint32Array;
  readonly population: Uint32Array;
  readonly admin1: Uint16Array;
  readonly country: Uint16Array;
  readonly featureCode: Uint8Array;
  readonly flags: Uint8Array;
  private readonly nameOffsets: Uint32Array;
  private readonly names: Uint16Array;
  private readonly keyOffsets: Uint32Array;
  private readonly keys: Uint8Array;
  private readonly postingOffsets: Uint32Array;
  private readonly postings: Uint32Array;
  private readonly slots: Uint32Array;
  private skeletons: HashPostings | null = null;
  private prefixes: KeyPartSet | null = null;
  private tails: KeyPartSet | null = null;
  /** Fuzzy answers, memoised: the same unknown words recur across a corpus. */
  private readonly fuzzyCache = new Map<string, FuzzyHit[]>();
  private idIndex: Map<number, number> | null = null;
  /**
   * PlaceRefs are immutable: one object per place, made on first use, kept in a dense array
   * (output asks for one per mention).
   */
  private refs: (PlaceRef | undefined)[] | null = null;

  private constructor(buffer: ArrayBuffer, label: string) {
    if (buffer.byteLength < HEADER_BYTES) {
      throw new GazetteerFormatError(
        `${label} is truncated: ${buffer.byteLength} bytes is smaller than its header.`,
      );
    }
    const header = new Uint32Array(buffer, 0, HEADER_FIELDS + 2 * SECTIONS.length);
    if (header[0] !== GAZETTEER_MAGIC) {
      throw new GazetteerFormatError(`${label} is not a gazetteer file (bad magic number).`);
    }
    if (header[1] !== GAZETTEER_VERSION) {
      throw new GazetteerFormatError(
        `${label} has format version ${header[1]}, but this app reads version ${GAZETTEER_VERSION}. ` +
          'Rebuild it with `npm run build-data`.',
      );
    }
    const totalBytes = header[12];
    if (buffer.byteLength < totalBytes) {
      throw new GazetteerFormatError(
        `${label} is truncated: expected ${totalBytes} bytes, got ${buffer.byteLength}.`,
      );
    }
    this.byteLength = totalBytes;
    this.placeCount = header[2];
    this.keyCount = header[3];
    const section = (s: SectionName): [number, number] => {
      const i = SECTIONS.indexOf(s);
      return [header[HEADER_FIELDS + 2 * i], header[HEADER_FIELDS + 2 * i + 1]];
    };
    const u16 = (s: SectionName) => {
      const [o, l] = section(s);
      return new Uint16Array(buffer, o, l / 2);
    };
    const u8 = (s: SectionName) => {
      const [o, l] = section(s);
      return new Uint8Array(buffer, o, l);
    };
    this.lat = coordinates(u8('lat'), this.placeCount);
    this.lon = coordinates(u8('lon'), this.placeCount);
    this.ids = new Uint32Array(this.placeCount);
    unshuffle32(u8('id'), this.ids, true);
    this.population = new Uint32Array(this.placeCount);
    unshuffle32(u8('population'), this.population, false);
    this.admin1 = u16('admin1');
    this.country = u16('country');
    this.featureCode = u8('featureCode');
    this.flags = u8('flags');
    this.names = u16('names');
    this.nameOffsets = prefixSums(u8('nameLengths'));
    const expanded = expandKeys(
      u8('keyShared'),
      u8('keySuffixLengths'),
      u8('keySuffixes'),
      header[4],
    );
    this.keys = expanded.bytes;
    this.keyOffsets = expanded.offsets;
    this.slots = expanded.slots;
    this.postings = new Uint32Array(header[5]);
    unshuffle32(u8('postings'), this.postings, false);
    this.postingOffsets = prefixSums(u16('postingCounts'));
    try {
      this.meta = JSON.parse(new TextDecoder().decode(u8('meta'))) as GazetteerMeta;
    } catch {
      throw new GazetteerFormatError(`${label} is corrupted: its metadata is not valid JSON.`);
    }
  }

  /**
   * Decodes a gazetteer file. Throws GazetteerFormatError with a clear message on a file that
   * is not a gazetteer, of another format version, or truncated.
   */
  static from(buffer: ArrayBuffer, label = 'gazetteer.bin'): Gazetteer {
    return new Gazetteer(buffer, label);
  }

  /** Finds a folded key; returns its index or -1. */
  findKey(key: string): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    let i = hashKey(key) & mask;
    for (;;) {
      const v = slots[i];
      if (v === 0) return -1;
      if (this.keyEquals(v - 1, key)) return v - 1;
      i = (i + 1) & mask;
    }
  }

  /**
   * Proper word-level prefixes of multi-word keys ("rostov" and "rostov na" for "rostov na
   * donu"), so recognition extends a span only while a longer name can still match. Built on
   * first use from the keys that contain a space.
   */
  multiWordPrefixes(): KeyPartSet {
    if (this.prefixes) return this.prefixes;
    const count = this.keyOffsets.length - 1;
    const bytes = this.keys;
    const offsets = this.keyOffsets;
    // Two passes over the keys' bytes: count the runs, then list them (key, offset, length,
    // hash) in typed arrays. Spaces are ASCII: the words of a key's bytes are its string's.
    let n = 0;
    for (let j = 0; j < bytes.length; j++) if (bytes[j] === 32) n++;
    const prefixes = new KeyPartList(n);
    const tails = new KeyPartList(n);
    for (let k = 0; k < count; k++) {
      const start = offsets[k];
      const end = offsets[k + 1];
      let at = start;
      while (at < end && bytes[at] !== 32) at++;
      while (at < end) {
        prefixes.push(this, k, 0, at - start);
        let next = at + 1;
        while (next < end && bytes[next] !== 32) next++;
        tails.push(this, k, at + 1 - start, next - at - 1);
        at = next;
      }
    }
    this.prefixes = new KeyPartSet(this, prefixes);
    this.tails = new KeyPartSet(this, tails);
    return this.prefixes;
  }

  /**
   * Every word but the first of the multi-word keys: a span can only be the beginning of a
   * multi-word name if its later words are among these.
   */
  multiWordTails(): KeyPartSet {
    if (!this.tails) this.multiWordPrefixes();
    return this.tails!;
  }

  /** The places named by a folded key (see text/fold-key.ts). */
  lookup(key: string): NameHit[] {
    const k = this.findKey(key);
    return k < 0 ? [] : this.postingsOf(k);
  }

  /** The places of a key index. */
  postingsOf(keyIndex: number): NameHit[] {
    const out: NameHit[] = [];
    const end = this.postingOffsets[keyIndex + 1];
    for (let j = this.postingOffsets[keyIndex]; j < end; j++) {
      const v = this.postings[j];
      out.push({ place: v >>> 2, kind: (v & 3) as NameKind });
    }
    return out;
  }

  /** The folded key string of a key index. */
  keyAt(keyIndex: number): string {
    const start = this.keyOffsets[keyIndex];
    const end = this.keyOffsets[keyIndex + 1];
    let ascii = true;
    for (let j = start; j < end; j++) if (this.keys[j] >= 128) ascii = false;
    if (ascii) return unitsToString(this.keys, start, end);
    return UTF8.decode(this.keys.subarray(start, end));
  }

  /**
   * Fuzzy retrieval: keys within `maxDistance` edits (optimal string alignment) of `key`,
   * found through the consonant skeleton of the key and of each skeleton with one letter
   * deleted, then verified by edit distance. Only Latin keys of at least 5 letters are indexed.
   */
  fuzzy(key: string, maxDistance: number): FuzzyHit[] {
    const cacheKey = `${maxDistance}|${key}`;
    const cached = this.fuzzyCache.get(cacheKey);
    if (cached) return cached;
    if (this.fuzzyCache.size >= 20_000) this.fuzzyCache.clear();
    const result = this.fuzzyUncached(key, maxDistance);
    this.fuzzyCache.set(cacheKey, result);
    return result;
  }

  private fuzzyUncached(key: string, maxDistance: number): FuzzyHit[] {
    const skel = skeletonKey(key);
    const index = this.skeletonIndex();
    const seenKeys = new Set<number>();
    const out: FuzzyHit[] = [];
    let inserting = false;
    const visit = (s: string) => {
      const h = hashKey(s);
      for (let i = index.start(h); index.hashAt(i) === h; i++) {
        const k = index.valueAt(i);
        if (seenKeys.has(k)) continue;
        const candidate = this.keyAt(k);
        // A hash collision is no member of this skeleton.
        if (skeletonKey(candidate) !== s) continue;
        seenKeys.add(k);
        const d = damerauLevenshtein(key, candidate, maxDistance);
        if (d > maxDistance) continue;
        out.push(
          inserting
            ? { key: candidate, keyIndex: k, distance: d, consonantMissing: true }
            : { key: candidate, keyIndex: k, distance: d },
        );
      }
    };
    visit(skel);
    // One consonant too many in the query, or two swapped ("Kramatorks").
    for (let i = 0; i < skel.length; i++) visit(skel.slice(0, i) + skel.slice(i + 1));
    for (let i = 0; i + 1 < skel.length; i++) {
      if (skel[i] !== skel[i + 1])
        visit(skel.slice(0, i) + skel[i + 1] + skel[i] + skel.slice(i + 2));
    }
    // One consonant too few in the query ("Toshivka" for Toshkivka): a lookup per symbol and
    // position, for long queries only (the answer is memoised per query).
    if (key.length >= MIN_INSERTION_QUERY_LENGTH) {
      inserting = true;
      for (let i = skel[0] === 'a' ? 1 : 0; i <= skel.length; i++) {
        for (const c of SKELETON_CONSONANTS) {
          if (c === skel[i - 1] || c === skel[i]) continue; // would collapse into its neighbour
          visit(skel.slice(0, i) + c + skel.slice(i));
        }
      }
    }
    out.sort((a, b) => a.distance - b.distance || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return out;
  }

  /**
   * The fuzzy index: consonant skeleton -> keys, over the Latin keys of at least
   * MIN_FUZZY_KEY_LENGTH letters of places flagged PLACE_FLAG_FUZZY. Derived on first use
   * (not stored: it would add about 1 MB to the download).
   */
  skeletonIndex(): HashPostings {
    if (this.skeletons) return this.skeletons;
    const hashes: number[] = [];
    const keys: number[] = [];
    const count = this.keyOffsets.length - 1;
    for (let k = 0; k < count; k++) {
      const start = this.keyOffsets[k];
      const end = this.keyOffsets[k + 1];
      if (end - start < MIN_FUZZY_KEY_LENGTH) continue;
      let ascii = true;
      for (let j = start; j < end; j++) if (this.keys[j] >= 128) ascii = false;
      if (!ascii) continue;
      let fuzzy = false;
      const pEnd = this.postingOffsets[k + 1];
      for (let j = this.postingOffsets[k]; j < pEnd; j++) {
        if ((this.flags[this.postings[j] >>> 2] & PLACE_FLAG_FUZZY) !== 0) {
          fuzzy = true;
          break;
        }
      }
      if (!fuzzy) continue;
      const skel = skeletonKey(unitsToString(this.keys, start, end));
      if (skel.length < 3) continue;
      hashes.push(hashKey(skel));
      keys.push(k);
    }
    this.skeletons = HashPostings.build(hashes, keys);
    return this.skeletons;
  }

  /** Whether bytes [from, from + length) of key `keyIndex` spell `s`. */
  keyPartEquals(keyIndex: number, from: number, length: number, s: string): boolean {
    const start = this.keyOffsets[keyIndex] + from;
    const bytes = this.keys;
    if (length === s.length) {
      let i = 0;
      for (; i < length; i++) {
        const b = bytes[start + i];
        if (b >= 128) break;
        if (b !== s.charCodeAt(i)) return false;
      }
      if (i === length) return true;
    } else {
      let ascii = true;
      for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) ascii = false;
      if (ascii) return false;
    }
    return UTF8.decode(bytes.subarray(start, start + length)) === s;
  }

  /** hashKey of bytes [from, from + length) of key `keyIndex` read as a string. */
  keyPartHash(keyIndex: number, from: number, length: number): number {
    const start = this.keyOffsets[keyIndex] + from;
    const bytes = this.keys;
    let h = 0x811c9dc5;
    for (let j = start; j < start + length; j++) {
      const b = bytes[j];
      if (b >= 128) return hashKey(this.keyPart(keyIndex, from, length));
      h = Math.imul(h ^ b, 0x01000193);
    }
    return h >>> 0;
  }

  /** Whether two runs of keys' bytes are the same bytes. */
  keyPartsEqual(
    k1: number,
    from1: number,
    len1: number,
    k2: number,
    from2: number,
    len2: number,
  ): boolean {
    if (len1 !== len2) return false;
    const a = this.keyOffsets[k1] + from1;
    const b = this.keyOffsets[k2] + from2;
    for (let j = 0; j < len1; j++) if (this.keys[a + j] !== this.keys[b + j]) return false;
    return true;
  }

  /** Bytes [from, from + length) of key `keyIndex`, as a string. */
  keyPart(keyIndex: number, from: number, length: number): string {
    const start = this.keyOffsets[keyIndex] + from;
    let ascii = true;
    for (let j = start; j < start + length; j++) if (this.keys[j] >= 128) ascii = false;
    if (ascii) return unitsToString(this.keys, start, start + length);
    return UTF8.decode(this.keys.subarray(start, start + length));
  }

  private keyEquals(keyIndex: number, key: string): boolean {
    const start = this.keyOffsets[keyIndex];
    const end = this.keyOffsets[keyIndex + 1];
    const bytes = this.keys;
    // Keys are ASCII but for a few scripts foldKey keeps (CJK, Arabic ...): compare bytes to
    // code units directly, and fall back to decoding only for non-ASCII keys.
    if (end - start === key.length) {
      let i = 0;
      for (; i < key.length; i++) {
        const b = bytes[start + i];
        if (b >= 128) break;
        if (b !== key.charCodeAt(i)) return false;
      }
      if (i === key.length) return true;
    } else {
      let ascii = true;
      for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) >= 128) ascii = false;
      if (ascii) return false;
    }
    return this.keyAt(keyIndex) === key;
  }

  name(place: number): string {
    return unitsToString(this.names, this.nameOffsets[place], this.nameOffsets[place + 1]);
  }

  countryCode(place: number): string {
    return this.meta.countries[this.country[place]].code;
  }

  /** `CC.code` of the place's admin1, or '' when unknown. */
  admin1Key(place: number): string {
    const a = this.admin1[place];
    return a === 0xffff ? '' : this.meta.admin1[a].code;
  }

  admin1Name(place: number): string {
    const a = this.admin1[place];
    return a === 0xffff ? '' : this.meta.admin1[a].name;
  }

  featureCodeOf(place: number): string {
    return this.meta.featureCodes[this.featureCode[place]];
  }

  isCitiesJsonOnly(place: number): boolean {
    return (this.flags[place] & PLACE_FLAG_CITIES_JSON_ONLY) !== 0;
  }

  /** Whether the place's id is a GeoNames feature id (not a postal place's or a generated one). */
  hasGeoNamesId(place: number): boolean {
    return (this.flags[place] & (PLACE_FLAG_POSTAL | PLACE_FLAG_CITIES_JSON_ONLY)) === 0;
  }

  /** The place index of a GeoNames (or generated) id, or -1. */
  indexOfId(id: number): number {
    if (!this.idIndex) {
      this.idIndex = new Map();
      for (let i = 0; i < this.placeCount; i++) this.idIndex.set(this.ids[i], i);
    }
    return this.idIndex.get(id) ?? -1;
  }

  /** The output form of a place. Coordinates rounded to 5 decimals (about 1 m). */
  place(i: number): PlaceRef {
    const refs = (this.refs ??= emptySlots(this.placeCount));
    let ref = refs[i];
    if (!ref) {
      ref = this.makePlace(i);
      refs[i] = ref;
    }
    return ref;
  }

  private makePlace(i: number): PlaceRef {
    const admin1 = this.admin1Key(i);
    return {
      id: this.ids[i],
      name: this.name(i),
      lat: round5(this.lat[i]),
      lon: round5(this.lon[i]),
      countryCode: this.countryCode(i),
      admin1Code: admin1 ? admin1.slice(admin1.indexOf('.') + 1) : '',
      admin1Name: this.admin1Name(i),
      featureCode: this.featureCodeOf(i),
      population: this.population[i],
      idSource:
        this.flags[i] & PLACE_FLAG_POSTAL
          ? 'postal'
          : this.flags[i] & PLACE_FLAG_CITIES_JSON_ONLY
            ? 'generated'
            : 'geonames',
    };
  }

  static kindLabel(kind: NameKind): (typeof NAME_KIND_LABELS)[number] {
    return NAME_KIND_LABELS[kind];
  }
}

const UTF8 = new TextDecoder();

/** Word runs of the gazetteer's keys as (key, byte offset, byte length, hash), being listed. */
class KeyPartList {
  count = 0;
  readonly key: Int32Array;
  readonly offset: Uint8Array;
  readonly length: Uint8Array;
  readonly hash: Uint32Array;

  constructor(capacity: number) {
    this.key = new Int32Array(capacity);
    this.offset = new Uint8Array(capacity);
    this.length = new Uint8Array(capacity);
    this.hash = new Uint32Array(capacity);
  }

  push(gz: Gazetteer, key: number, from: number, length: number): void {
    const i = this.count++;
    this.key[i] = key;
    this.offset[i] = from;
    this.length[i] = length;
    this.hash[i] = gz.keyPartHash(key, from, length);
  }
}

/**
 * A set of word runs of the gazetteer's keys ("rostov na" of "rostov na donu"), each stored as
 * (key, byte offset, byte length) under its hash: no string per member (see hash-postings.ts).
 * has() answers like a Set of the runs' strings.
 */
export class KeyPartSet {
  private readonly index: HashPostings;
  private readonly keyIndex: Int32Array;
  private readonly offsets: Uint8Array;
  private readonly lengths: Uint8Array;

  /** The distinct runs of `list` (the first of each), ordered by hash. */
  constructor(
    private readonly gz: Gazetteer,
    list: KeyPartList,
  ) {
    const n = list.count;
    const order = sortedByHash(list.hash.subarray(0, n));
    const keep = new Int32Array(n);
    let m = 0;
    for (let s = 0; s < n;) {
      const h = list.hash[order[s]];
      const runStart = m;
      for (; s < n && list.hash[order[s]] === h; s++) {
        const e = order[s];
        let dup = false;
        for (let j = runStart; j < m && !dup; j++) {
          const o = keep[j];
          dup = gz.keyPartsEqual(
            list.key[o],
            list.offset[o],
            list.length[o],
            list.key[e],
            list.offset[e],
            list.length[e],
          );
        }
        if (!dup) keep[m++] = e;
      }
    }
    const hashes = new Uint32Array(m);
    this.keyIndex = new Int32Array(m);
    this.offsets = new Uint8Array(m);
    this.lengths = new Uint8Array(m);
    const ids = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      const e = keep[i];
      hashes[i] = list.hash[e];
      this.keyIndex[i] = list.key[e];
      this.offsets[i] = list.offset[e];
      this.lengths[i] = list.length[e];
      ids[i] = i;
    }
    this.index = HashPostings.fromSorted(hashes, ids);
  }

  get size(): number {
    return this.keyIndex.length;
  }

  has(s: string): boolean {
    const index = this.index!;
    const h = hashKey(s);
    for (let i = index.start(h); index.hashAt(i) === h; i++) {
      const e = index.valueAt(i);
      if (this.gz.keyPartEquals(this.keyIndex[e], this.offsets[e], this.lengths[e], s)) return true;
    }
    return false;
  }
}

/**
 * An array of `n` undefined slots, filled by push: `new Array(n)` with more than 100,000
 * slots would be a slow dictionary-mode array in V8.
 */
function emptySlots<T>(n: number): (T | undefined)[] {
  const out: (T | undefined)[] = [];
  for (let i = 0; i < n; i++) out.push(undefined);
  return out;
}

/** Restores a shuffled, delta-coded integer coordinate column to degrees. */
function coordinates(bytes: Uint8Array, n: number): Float32Array {
  const ints = new Int32Array(n);
  unshuffle32(bytes, ints, true);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = ints[i] / COORD_SCALE;
  return out;
}

/**
 * Queries shorter than this get no insertion probes: a short word one consonant away from a
 * name is an English word or a surname more often than a typo ("Mayors", "Keetch", "Malaria"
 * reached villages in LGL and GeoVirus; Bellingcat's "Toshivka" has 8 letters).
 */
const MIN_INSERTION_QUERY_LENGTH = 8;

/** The consonant symbols of skeletonKey (text/skeleton-key.ts), for the insertion probes. */
const SKELETON_CONSONANTS = [...'bdfhklmnprstvzCSZ'];

/** Keys shorter than this get no fuzzy entry: fuzzy matching of short words is unsafe. */
export const MIN_FUZZY_KEY_LENGTH = 5;

/**
 * Undoes front coding in one pass, into one new byte array with u32 offsets, and builds the
 * name hash table (open addressing, load <= 0.5) on the way. Keys are sorted, so a key shares
 * its first bytes with the one before: the FNV-1a state after each byte of the current key is
 * kept, and a key's hash costs only its new bytes (hashKey's value for ASCII keys; the rare
 * non-ASCII key is decoded and hashed as a string). Copies are byte loops: keys are short, and
 * a typed-array call per key cost more than the copy.
 */
function expandKeys(
  shared: Uint8Array,
  suffixLengths: Uint8Array,
  suffixes: Uint8Array,
  totalBytes: number,
): { bytes: Uint8Array; offsets: Uint32Array; slots: Uint32Array } {
  const n = shared.length;
  const bytes = new Uint8Array(totalBytes);
  const offsets = new Uint32Array(n + 1);
  const slots = new Uint32Array(tableSize(n));
  const mask = slots.length - 1;
  // state[i]: the hash of the current key's first i bytes; valid up to its first non-ASCII byte.
  const state = new Int32Array(MAX_STORED_LENGTH + 1);
  state[0] = 0x811c9dc5 | 0;
  let nonAscii = MAX_STORED_LENGTH + 1;
  let out = 0;
  let inp = 0;
  let prevStart = 0;
  for (let k = 0; k < n; k++) {
    const start = out;
    const s = shared[k];
    for (let j = 0; j < s; j++) bytes[out + j] = bytes[prevStart + j];
    out += s;
    if (nonAscii > s) nonAscii = MAX_STORED_LENGTH + 1;
    const len = suffixLengths[k];
    let h = state[s];
    for (let j = 0; j < len; j++) {
      const b = suffixes[inp + j];
      bytes[out + j] = b;
      if (b >= 128 && nonAscii > s + j) nonAscii = s + j;
      h = Math.imul(h ^ b, 0x01000193);
      state[s + j + 1] = h;
    }
    out += len;
    inp += len;
    offsets[k] = start;
    prevStart = start;
    const hash = nonAscii <= s + len ? hashKey(UTF8.decode(bytes.subarray(start, out))) : h >>> 0;
    let i = hash & mask;
    while (slots[i] !== 0) i = (i + 1) & mask;
    slots[i] = k + 1;
  }
  offsets[n] = out;
  return { bytes, offsets, slots };
}

/** Offsets from lengths: out[i] = sum of lengths before i; out[n] = total. */
function prefixSums(lengths: Uint8Array | Uint16Array): Uint32Array {
  const out = new Uint32Array(lengths.length + 1);
  let sum = 0;
  for (let i = 0; i < lengths.length; i++) {
    out[i] = sum;
    sum += lengths[i];
  }
  out[lengths.length] = sum;
  return out;
}

/** A power of two at least twice the entry count: open addressing stays short. */
function tableSize(entries: number): number {
  let size = 16;
  while (size < entries * 2) size *= 2;
  return size;
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

function unitsToString(units: Uint16Array | Uint8Array, start: number, end: number): string {
  // String.fromCharCode.apply on a subarray is the fastest copy for short strings.
  return String.fromCharCode.apply(null, units.subarray(start, end) as unknown as number[]);
}
