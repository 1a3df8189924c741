/**
 * The binary layout of `regions.bin` — the ONE place that defines it. The build script encodes
 * with {@link encodeRegions}; `RegionSet.from` decodes with {@link decodeRegions}.
 *
 * Why a custom binary file and not GeoJSON/TopoJSON: the app is offline and loads the file at
 * start-up in a worker. Typed-array sections are used in place (no parsing, no per-point
 * objects), so decoding costs one JSON.parse of the small metadata section.
 *
 * Layout (all numbers little-endian; every section starts on an 8-byte boundary so typed-array
 * views can be created without copying):
 *
 * ```text
 * offset  size  field
 *      0     4  magic, ASCII "CMRG"
 *      4     4  u32 format version (FORMAT_VERSION)
 *      8     4  u32 header size in bytes (HEADER_BYTES)
 *     12     4  u32 total file size in bytes
 *     16     4  u32 regionCount
 *     20     4  u32 partCount      (polygons; a region is a multipolygon of parts)
 *     24     4  u32 ringCount      (a part is an exterior ring followed by its holes)
 *     28     4  u32 pointCount
 *     32     4  u32 section count (SECTION_COUNT)
 *     36     4  u32 reserved, 0
 *     40  8*n   section table: per section u32 byte offset, u32 byte length
 * sections, in this order:
 *   COORDS            Float32 [lon, lat] * pointCount; rings are stored open (no closing point)
 *   RING_START        Uint32  ringCount + 1   first point of each ring (+ end sentinel)
 *   PART_RING_START   Uint32  partCount + 1   first ring of each part (+ end sentinel)
 *   REGION_PART_START Uint32  regionCount + 1 first part of each region (+ end sentinel)
 *   PART_BBOX         Float32 partCount * 4   [w, s, e, n] per part
 *   REGION_BBOX       Float32 regionCount * 4 [w, s, e, n] per region
 *   LABEL_POINTS      Float32 regionCount * 2 [lon, lat] per region
 *   META              UTF-8 JSON {"regions": StoredMeta[]} in region order
 * ```
 *
 * The metadata records omit every field that equals its default (see {@link StoredMeta}); for
 * the ~4,600 regions worldwide that is most of them, which keeps the JSON ~4x smaller.
 *
 * Float32 coordinates: ~1-2 m resolution at 180°, far below the ~100 m error of the simplified
 * Natural Earth outlines, at half the size of Float64. Bboxes are Float32 too, which is exact
 * because they are computed from the Float32 coordinates.
 *
 * Bump FORMAT_VERSION on any change to this layout or to the meaning of a field.
 */
import type { RegionMeta } from './types.ts';

/** ASCII "CMRG" (claim-map regions). */
export const MAGIC = 'CMRG';
/** The format version this code writes and reads. */
export const FORMAT_VERSION = 1;
/** Number of sections in the section table. */
export const SECTION_COUNT = 8;
/** Size of the fixed header including the section table. */
export const HEADER_BYTES = 40 + SECTION_COUNT * 8;

/** Section indices in the section table (the order is part of the format). */
const Section = {
  Coords: 0,
  RingStart: 1,
  PartRingStart: 2,
  RegionPartStart: 3,
  PartBBox: 4,
  RegionBBox: 5,
  LabelPoints: 6,
  Meta: 7,
} as const;
type Section = (typeof Section)[keyof typeof Section];

/** What went wrong when reading a regions file. */
export type RegionFormatErrorCode = 'bad-magic' | 'version' | 'truncated' | 'corrupt';

/** A regions file that cannot be read, with a message meant for the user. */
export class RegionFormatError extends Error {
  readonly code: RegionFormatErrorCode;
  constructor(code: RegionFormatErrorCode, message: string) {
    super(message);
    this.name = 'RegionFormatError';
    this.code = code;
  }
}

/** A `[lon, lat]` position; GeoJSON positions (`number[]`) are accepted too. */
export type LonLat = readonly [number, number] | readonly number[];

/** One region to encode: metadata plus its geometry as polygons of rings. */
export interface EncodableRegion {
  meta: RegionMeta;
  /**
   * Polygons (parts) of the region; each is an exterior ring followed by its holes. Rings may
   * be closed (GeoJSON style) or open. Orientation is irrelevant (lookups use even-odd).
   */
  polygons: ReadonlyArray<ReadonlyArray<ReadonlyArray<LonLat>>>;
  /** Label point `[lon, lat]`. */
  labelPoint: LonLat;
}

/** The decoded file: metadata plus typed-array views into the original buffer. */
export interface DecodedRegions {
  version: number;
  /** Total size of the file in bytes. */
  byteLength: number;
  meta: RegionMeta[];
  /** `[lon, lat]` pairs, rings stored open. */
  coords: Float32Array;
  /** `ringStart[r]..ringStart[r+1]` are the point indices of ring `r`. */
  ringStart: Uint32Array;
  /** `partRingStart[p]..partRingStart[p+1]` are the rings of part `p` (exterior first). */
  partRingStart: Uint32Array;
  /** `regionPartStart[i]..regionPartStart[i+1]` are the parts of region `i`. */
  regionPartStart: Uint32Array;
  /** `[w, s, e, n]` per part. */
  partBBox: Float32Array;
  /** `[w, s, e, n]` per region. */
  regionBBox: Float32Array;
  /** `[lon, lat]` per region. */
  labelPoints: Float32Array;
}

const align8 = (n: number): number => (n + 7) & ~7;

/**
 * Encodes regions into the regions.bin layout. Pure and deterministic: the same input gives
 * the same bytes (no timestamps; region order is the input order, so callers sort).
 *
 * Coordinates are rounded to Float32 first; then closing points, consecutive duplicates and
 * rings with fewer than 3 distinct points are dropped, and parts whose exterior ring was
 * dropped are dropped with their holes.
 *
 * @throws Error on duplicate ids or a region left without any part.
 */
export function encodeRegions(regions: readonly EncodableRegion[]): Uint8Array {
  const seen = new Set<string>();
  const coords: number[] = [];
  const ringStart: number[] = [0];
  const partRingStart: number[] = [0];
  const regionPartStart: number[] = [0];
  const partBBox: number[] = [];
  const regionBBox: number[] = [];
  const labelPoints: number[] = [];
  const meta: RegionMeta[] = [];

  for (const region of regions) {
    if (seen.has(region.meta.id))
      throw new Error(`encodeRegions: duplicate region id ${region.meta.id}`);
    seen.add(region.meta.id);
    let rw = Infinity,
      rs = Infinity,
      re = -Infinity,
      rn = -Infinity;
    for (const polygon of region.polygons) {
      let pw = Infinity,
        ps = Infinity,
        pe = -Infinity,
        pn = -Infinity;
      let rings = 0;
      for (let ri = 0; ri < polygon.length; ri++) {
        const ring = cleanRing(polygon[ri]);
        if (ring.length < 6) {
          if (ri === 0) break; // degenerate exterior: drop the whole part
          continue;
        }
        for (let k = 0; k < ring.length; k += 2) {
          const x = ring[k],
            y = ring[k + 1];
          coords.push(x, y);
          if (x < pw) pw = x;
          if (x > pe) pe = x;
          if (y < ps) ps = y;
          if (y > pn) pn = y;
        }
        ringStart.push(coords.length / 2);
        rings++;
      }
      if (rings === 0) continue;
      partRingStart.push(ringStart.length - 1);
      partBBox.push(pw, ps, pe, pn);
      rw = Math.min(rw, pw);
      rs = Math.min(rs, ps);
      re = Math.max(re, pe);
      rn = Math.max(rn, pn);
    }
    if (partRingStart.length - 1 === regionPartStart[regionPartStart.length - 1]) {
      throw new Error(`encodeRegions: region ${region.meta.id} has no usable polygon`);
    }
    regionPartStart.push(partRingStart.length - 1);
    regionBBox.push(rw, rs, re, rn);
    labelPoints.push(region.labelPoint[0], region.labelPoint[1]);
    meta.push(region.meta);
  }

  const countryNames = new Map<string, string>();
  for (const m of meta) if (m.kind === 'country') countryNames.set(m.id, m.name);
  const stored = meta.map((m) => compactMeta(m, countryNames));
  const metaBytes = new TextEncoder().encode(JSON.stringify({ regions: stored }));
  const sections: Array<{ bytes: Uint8Array }> = [];
  sections[Section.Coords] = { bytes: bytesOf(Float32Array.from(coords)) };
  sections[Section.RingStart] = { bytes: bytesOf(Uint32Array.from(ringStart)) };
  sections[Section.PartRingStart] = { bytes: bytesOf(Uint32Array.from(partRingStart)) };
  sections[Section.RegionPartStart] = { bytes: bytesOf(Uint32Array.from(regionPartStart)) };
  sections[Section.PartBBox] = { bytes: bytesOf(Float32Array.from(partBBox)) };
  sections[Section.RegionBBox] = { bytes: bytesOf(Float32Array.from(regionBBox)) };
  sections[Section.LabelPoints] = { bytes: bytesOf(Float32Array.from(labelPoints)) };
  sections[Section.Meta] = { bytes: metaBytes };

  let offset = HEADER_BYTES;
  const offsets: number[] = [];
  for (const section of sections) {
    offset = align8(offset);
    offsets.push(offset);
    offset += section.bytes.byteLength;
  }
  const total = align8(offset);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = MAGIC.charCodeAt(i);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, HEADER_BYTES, true);
  view.setUint32(12, total, true);
  view.setUint32(16, regions.length, true);
  view.setUint32(20, partRingStart.length - 1, true);
  view.setUint32(24, ringStart.length - 1, true);
  view.setUint32(28, coords.length / 2, true);
  view.setUint32(32, SECTION_COUNT, true);
  view.setUint32(36, 0, true);
  for (let i = 0; i < SECTION_COUNT; i++) {
    view.setUint32(40 + i * 8, offsets[i], true);
    view.setUint32(44 + i * 8, sections[i].bytes.byteLength, true);
    out.set(sections[i].bytes, offsets[i]);
  }
  return out;
}

/** Float32-rounds a ring, drops the closing point and consecutive duplicates; flat [x, y, ...]. */
function cleanRing(ring: ReadonlyArray<LonLat>): number[] {
  const out: number[] = [];
  for (const p of ring) {
    const x = Math.fround(p[0]),
      y = Math.fround(p[1]);
    const n = out.length;
    if (n >= 2 && out[n - 2] === x && out[n - 1] === y) continue;
    out.push(x, y);
  }
  while (out.length >= 4 && out[0] === out[out.length - 2] && out[1] === out[out.length - 1]) {
    out.length -= 2;
  }
  return out;
}

/** The bytes of a typed array in platform (little-endian on every supported platform) order. */
function bytesOf(array: Float32Array | Uint32Array): Uint8Array {
  if (!LITTLE_ENDIAN) throw new Error('regions.bin: big-endian platforms are not supported');
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Decodes a regions file. Typed arrays are views into `data`'s buffer (no copy) unless `data`
 * is a view whose offset is not 8-byte aligned, in which case the bytes are copied once.
 *
 * @param data the file contents.
 * @param source the name used in error messages.
 * @throws RegionFormatError when the file is not a regions file, has another format version,
 *   is truncated or is internally inconsistent.
 */
export function decodeRegions(
  data: ArrayBufferLike | ArrayBufferView,
  source = 'regions.bin',
): DecodedRegions {
  let buffer: ArrayBufferLike;
  let base: number;
  let length: number;
  if (ArrayBuffer.isView(data)) {
    if (data.byteOffset % 8 === 0) {
      buffer = data.buffer;
      base = data.byteOffset;
    } else {
      // Typed-array views need aligned offsets; a misaligned view (e.g. a pooled Node Buffer)
      // is copied once rather than failing.
      const copy = new Uint8Array(data.byteLength);
      copy.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      buffer = copy.buffer;
      base = 0;
    }
    length = data.byteLength;
  } else {
    buffer = data;
    base = 0;
    length = data.byteLength;
  }
  const bytes = new Uint8Array(buffer, base, length);

  // Magic first: a file that is not ours gets "not a regions file", even if it is short.
  const magicLength = Math.min(4, length);
  for (let i = 0; i < magicLength; i++) {
    if (bytes[i] !== MAGIC.charCodeAt(i)) {
      throw new RegionFormatError('bad-magic', `${source}: not a regions file (bad magic)`);
    }
  }
  if (length < 8) {
    throw new RegionFormatError(
      'truncated',
      `${source} is truncated (expected at least ${HEADER_BYTES} bytes, got ${length})`,
    );
  }
  const view = new DataView(buffer, base, length);
  // The version is checked before anything else so a future layout never trips the checks below.
  const version = view.getUint32(4, true);
  if (version !== FORMAT_VERSION) {
    throw new RegionFormatError(
      'version',
      `${source} was built by format version ${version} but this app reads version ${FORMAT_VERSION}; rebuild with npm run build-data`,
    );
  }
  if (length < 16) {
    throw new RegionFormatError(
      'truncated',
      `${source} is truncated (expected at least ${HEADER_BYTES} bytes, got ${length})`,
    );
  }
  const total = view.getUint32(12, true);
  if (length < total || length < HEADER_BYTES) {
    throw new RegionFormatError(
      'truncated',
      `${source} is truncated (expected ${Math.max(total, HEADER_BYTES)} bytes, got ${length})`,
    );
  }
  const corrupt = (what: string): RegionFormatError =>
    new RegionFormatError(
      'corrupt',
      `${source} is corrupt (${what}); rebuild with npm run build-data`,
    );
  if (view.getUint32(8, true) !== HEADER_BYTES || view.getUint32(32, true) !== SECTION_COUNT) {
    throw corrupt('bad header size');
  }
  const regionCount = view.getUint32(16, true);
  const partCount = view.getUint32(20, true);
  const ringCount = view.getUint32(24, true);
  const pointCount = view.getUint32(28, true);

  const section = (index: Section, expectedBytes: number | null): [number, number] => {
    const offset = view.getUint32(40 + index * 8, true);
    const size = view.getUint32(44 + index * 8, true);
    if (offset % 8 !== 0 || offset < HEADER_BYTES || offset + size > total)
      throw corrupt(`section ${index} out of bounds`);
    if (expectedBytes !== null && size !== expectedBytes)
      throw corrupt(`section ${index} has ${size} bytes, expected ${expectedBytes}`);
    return [base + offset, size];
  };
  const f32 = (index: Section, count: number): Float32Array => {
    const [offset] = section(index, count * 4);
    return new Float32Array(buffer, offset, count);
  };
  const u32 = (index: Section, count: number): Uint32Array => {
    const [offset] = section(index, count * 4);
    return new Uint32Array(buffer, offset, count);
  };

  const coords = f32(Section.Coords, pointCount * 2);
  const ringStart = u32(Section.RingStart, ringCount + 1);
  const partRingStart = u32(Section.PartRingStart, partCount + 1);
  const regionPartStart = u32(Section.RegionPartStart, regionCount + 1);
  const partBBox = f32(Section.PartBBox, partCount * 4);
  const regionBBox = f32(Section.RegionBBox, regionCount * 4);
  const labelPoints = f32(Section.LabelPoints, regionCount * 2);
  // Offsets are validated once here so lookups can index without bounds checks.
  if (!isOffsetTable(ringStart, pointCount)) throw corrupt('ring offsets');
  if (!isOffsetTable(partRingStart, ringCount)) throw corrupt('part offsets');
  if (!isOffsetTable(regionPartStart, partCount)) throw corrupt('region offsets');

  const [metaOffset, metaSize] = section(Section.Meta, null);
  let stored: StoredMeta[];
  try {
    const parsed = JSON.parse(
      new TextDecoder().decode(new Uint8Array(buffer, metaOffset, metaSize)),
    ) as {
      regions?: StoredMeta[];
    };
    stored = parsed.regions ?? [];
  } catch {
    throw corrupt('metadata is not valid JSON');
  }
  if (!Array.isArray(stored) || stored.length !== regionCount)
    throw corrupt('metadata does not match the region count');
  const countryNames = new Map<string, string>();
  for (const m of stored) if (m.kind === 'country') countryNames.set(m.id, m.name);
  const meta = stored.map((m) => expandMeta(m, countryNames));

  return {
    version,
    byteLength: total,
    meta,
    coords,
    ringStart,
    partRingStart,
    regionPartStart,
    partBBox,
    regionBBox,
    labelPoints,
  };
}

/** True when `table` starts at 0, never decreases and ends at `end`. */
function isOffsetTable(table: Uint32Array, end: number): boolean {
  if (table[0] !== 0 || table[table.length - 1] !== end) return false;
  for (let i = 1; i < table.length; i++) if (table[i] < table[i - 1]) return false;
  return true;
}

/**
 * A metadata record as stored: a {@link RegionMeta} without the fields that equal their
 * defaults, and with `names`/`control` flattened:
 *
 * - `kind` defaults to `admin1`; `shortName` to `name`;
 * - `countryCode` to the id for countries and to the first two letters of ISO/GeoNames-shaped
 *   admin-1 ids (`UA.05`, `MD-BD`);
 * - `countryName` to the name of the country region `countryCode`;
 * - `admin1Code` to the part after the dot of GeoNames-shaped admin-1 ids, else null;
 * - `en` (names.en) to `name`; `uk`/`ru` are names.uk/names.ru when present;
 * - `deJure`/`deFacto` (control) to `countryCode`.
 */
export interface StoredMeta {
  id: string;
  kind?: RegionMeta['kind'];
  name: string;
  shortName?: string;
  countryCode?: string;
  countryName?: string;
  admin1Code?: string | null;
  en?: string;
  uk?: string;
  ru?: string;
  deJure?: string;
  deFacto?: string;
  members?: readonly string[];
  altNames?: readonly string[];
  typeName?: string;
}

const GN_ID = /^[A-Z]{2}\.[A-Z0-9]+$/;
const CC_PREFIXED_ID = /^[A-Z]{2}[.-]/;

function defaultCountryCode(id: string, kind: RegionMeta['kind']): string | undefined {
  if (kind === 'country') return id;
  if (kind === 'admin1' && CC_PREFIXED_ID.test(id)) return id.slice(0, 2);
  return undefined;
}

function defaultAdmin1Code(id: string, kind: RegionMeta['kind']): string | null {
  return kind === 'admin1' && GN_ID.test(id) ? id.slice(3) : null;
}

function compactMeta(m: RegionMeta, countryNames: ReadonlyMap<string, string>): StoredMeta {
  // Fixed key order, so the JSON (and the file) is byte-for-byte reproducible.
  const out: StoredMeta = { id: m.id, name: m.name };
  if (m.kind !== 'admin1') out.kind = m.kind;
  if (m.shortName !== m.name) out.shortName = m.shortName;
  if (m.countryCode !== defaultCountryCode(m.id, m.kind)) out.countryCode = m.countryCode;
  if (m.countryName !== countryNames.get(m.countryCode)) out.countryName = m.countryName;
  if (m.admin1Code !== defaultAdmin1Code(m.id, m.kind)) out.admin1Code = m.admin1Code;
  if (m.names.en !== m.name) out.en = m.names.en;
  if (m.names.uk !== undefined) out.uk = m.names.uk;
  if (m.names.ru !== undefined) out.ru = m.names.ru;
  if (m.control.deJure !== m.countryCode) out.deJure = m.control.deJure;
  if (m.control.deFacto !== m.countryCode) out.deFacto = m.control.deFacto;
  if (m.members !== undefined) out.members = m.members;
  if (m.altNames !== undefined) out.altNames = m.altNames;
  if (m.typeName !== undefined) out.typeName = m.typeName;
  return out;
}

function expandMeta(s: StoredMeta, countryNames: ReadonlyMap<string, string>): RegionMeta {
  const kind = s.kind ?? 'admin1';
  const countryCode = s.countryCode ?? defaultCountryCode(s.id, kind) ?? '';
  const names: RegionMeta['names'] = { en: s.en ?? s.name };
  if (s.uk !== undefined) names.uk = s.uk;
  if (s.ru !== undefined) names.ru = s.ru;
  const meta: RegionMeta = {
    id: s.id,
    kind,
    name: s.name,
    shortName: s.shortName ?? s.name,
    countryCode,
    countryName: s.countryName ?? countryNames.get(countryCode) ?? countryCode,
    admin1Code: s.admin1Code !== undefined ? s.admin1Code : defaultAdmin1Code(s.id, kind),
    names,
    control: { deJure: s.deJure ?? countryCode, deFacto: s.deFacto ?? countryCode },
  };
  if (s.members !== undefined) meta.members = s.members;
  if (s.altNames !== undefined) meta.altNames = s.altNames;
  if (s.typeName !== undefined) meta.typeName = s.typeName;
  return meta;
}
