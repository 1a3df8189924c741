import { describe, expect, it } from 'vitest';
import {
  decodeRegions,
  encodeRegions,
  FORMAT_VERSION,
  HEADER_BYTES,
  RegionFormatError,
  type EncodableRegion,
} from './format.ts';
import type { RegionMeta } from './types.ts';

const square = (x: number, y: number, size: number): number[][] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

function meta(id: string, extra: Partial<RegionMeta> = {}): RegionMeta {
  const cc = id.slice(0, 2);
  return {
    id,
    kind: 'admin1',
    name: `Region ${id}`,
    shortName: `Region ${id}`,
    countryCode: cc,
    countryName: 'Testland',
    admin1Code: id.slice(3),
    names: { en: `Region ${id}` },
    control: { deJure: cc, deFacto: cc },
    ...extra,
  };
}

const SAMPLE: EncodableRegion[] = [
  {
    meta: meta('@both', {
      kind: 'composite',
      countryCode: 'TL',
      admin1Code: null,
      members: ['TL.01', 'TL.02'],
      shortName: 'Both',
      names: { en: 'Region @both', uk: 'Обидва', ru: 'Оба' },
    }),
    polygons: [[square(0, 0, 20)]],
    labelPoint: [10, 10],
  },
  {
    meta: {
      ...meta('TL'),
      kind: 'country',
      id: 'TL',
      name: 'Testland',
      shortName: 'Testland',
      admin1Code: null,
      names: { en: 'Testland' },
    },
    polygons: [[square(0, 0, 20)]],
    labelPoint: [1.1, 2.2],
  },
  {
    // A part with a hole, and a second part (an exclave); coordinates that Float32 rounds.
    meta: meta('TL.01', {
      control: { deJure: 'TL', deFacto: 'XX' },
      altNames: ['Uno'],
      typeName: 'Region',
    }),
    polygons: [[square(0, 0, 10), square(2.123456789, 2.987654321, 1)], [square(30, 30, 1)]],
    labelPoint: [5.5, 0.5],
  },
  {
    // Open ring (no closing point) with a consecutive duplicate, plus a degenerate part that
    // must be dropped.
    meta: meta('TL.02', { admin1Code: null, countryName: 'Elsewhere' }),
    polygons: [
      [
        [
          [10, 0],
          [20, 0],
          [20, 0],
          [20, 10],
          [10, 10],
        ],
      ],
      [
        [
          [50, 50],
          [51, 51],
          [50, 50],
        ],
      ],
    ],
    labelPoint: [15, 5],
  },
];

/** The rings of region `r` as decoded, `[lon, lat][]` per ring per part. */
function decodedPolygons(d: ReturnType<typeof decodeRegions>, r: number): number[][][][] {
  const out: number[][][][] = [];
  for (let p = d.regionPartStart[r]; p < d.regionPartStart[r + 1]; p++) {
    const rings: number[][][] = [];
    for (let ring = d.partRingStart[p]; ring < d.partRingStart[p + 1]; ring++) {
      const pts: number[][] = [];
      for (let i = d.ringStart[ring]; i < d.ringStart[ring + 1]; i++)
        pts.push([d.coords[2 * i], d.coords[2 * i + 1]]);
      rings.push(pts);
    }
    out.push(rings);
  }
  return out;
}

const f = Math.fround;

describe('regions.bin format', () => {
  it('round-trips metadata and coordinates', () => {
    const bytes = encodeRegions(SAMPLE);
    expect(bytes.byteLength % 8).toBe(0);
    const d = decodeRegions(bytes);
    expect(d.version).toBe(FORMAT_VERSION);
    expect(d.byteLength).toBe(bytes.byteLength);
    expect(d.meta).toEqual(SAMPLE.map((s) => s.meta));

    // Rings come back open and Float32-rounded.
    const open = (ring: number[][]): number[][] => ring.slice(0, -1).map(([x, y]) => [f(x), f(y)]);
    expect(decodedPolygons(d, 2)).toEqual([
      [open(square(0, 0, 10)), open(square(2.123456789, 2.987654321, 1))],
      [open(square(30, 30, 1))],
    ]);
    // Duplicate point removed, degenerate second part dropped.
    expect(decodedPolygons(d, 3)).toEqual([
      [
        [
          [10, 0],
          [20, 0],
          [20, 10],
          [10, 10],
        ],
      ],
    ]);
    expect(Array.from(d.regionBBox.subarray(8, 12))).toEqual([0, 0, 31, 31]);
    expect(Array.from(d.partBBox.subarray(12, 16))).toEqual([30, 30, 31, 31]); // part 3 = TL.01 exclave
    expect(Array.from(d.labelPoints.subarray(2, 4))).toEqual([f(1.1), f(2.2)]);
  });

  it('creates views into the buffer instead of copying', () => {
    const bytes = encodeRegions(SAMPLE);
    const d = decodeRegions(bytes.buffer);
    expect(d.coords.buffer).toBe(bytes.buffer);
    expect(d.ringStart.buffer).toBe(bytes.buffer);
    expect(d.regionBBox.buffer).toBe(bytes.buffer);
  });

  it('accepts a misaligned view (copies once)', () => {
    const bytes = encodeRegions(SAMPLE);
    const padded = new Uint8Array(bytes.byteLength + 3);
    padded.set(bytes, 3);
    const d = decodeRegions(padded.subarray(3));
    expect(d.meta.map((m) => m.id)).toEqual(['@both', 'TL', 'TL.01', 'TL.02']);
  });

  it('is deterministic', () => {
    expect(encodeRegions(SAMPLE)).toEqual(encodeRegions(SAMPLE));
  });

  it('rejects duplicate ids', () => {
    expect(() => encodeRegions([SAMPLE[2], SAMPLE[2]])).toThrow(/duplicate region id TL\.01/);
  });

  it('fails clearly on a truncated file', () => {
    const bytes = encodeRegions(SAMPLE);
    const cut = bytes.slice(0, bytes.byteLength - 100);
    expect(() => decodeRegions(cut)).toThrow(RegionFormatError);
    expect(() => decodeRegions(cut)).toThrow(
      `regions.bin is truncated (expected ${bytes.byteLength} bytes, got ${bytes.byteLength - 100})`,
    );
    expect(() => decodeRegions(bytes.slice(0, 6))).toThrow(
      `regions.bin is truncated (expected at least ${HEADER_BYTES} bytes, got 6)`,
    );
    try {
      decodeRegions(cut);
    } catch (error) {
      expect((error as RegionFormatError).code).toBe('truncated');
    }
  });

  it('fails clearly on a file from a future format version', () => {
    const bytes = encodeRegions(SAMPLE);
    new DataView(bytes.buffer).setUint32(4, 3, true);
    expect(() => decodeRegions(bytes)).toThrow(
      'regions.bin was built by format version 3 but this app reads version 1; rebuild with npm run build-data',
    );
  });

  it('fails clearly on something that is not a regions file', () => {
    const json = new TextEncoder().encode('{"type":"FeatureCollection"}');
    expect(() => decodeRegions(json)).toThrow('regions.bin: not a regions file (bad magic)');
    expect(() => decodeRegions(new Uint8Array(0), 'data/regions.bin')).toThrow(
      'data/regions.bin is truncated',
    );
  });

  it('detects inconsistent offsets', () => {
    const bytes = encodeRegions(SAMPLE);
    const view = new DataView(bytes.buffer);
    const ringStartOffset = view.getUint32(40 + 1 * 8, true);
    view.setUint32(ringStartOffset + 4, 0xffffff, true); // ring 0 ends past the last point
    expect(() => decodeRegions(bytes)).toThrow(/regions\.bin is corrupt \(ring offsets\)/);
  });
});
