import { describe, expect, it } from 'vitest';
import { encodeGazetteer, type PlaceRecord } from './encode-gazetteer.ts';
import { Gazetteer } from './gazetteer.ts';
import {
  GAZETTEER_VERSION,
  GazetteerFormatError,
  NameKind,
  PLACE_FLAG_FUZZY,
  type GazetteerMeta,
} from './format.ts';
import { foldKey } from '../text/fold-key.ts';

const META: GazetteerMeta = {
  dataVersion: 'test',
  sources: [],
  countryDumps: [],
  placeCounts: {},
  countries: [
    { code: 'UA', name: 'Ukraine' },
    { code: 'RU', name: 'Russia' },
  ],
  admin1: [
    { code: 'UA.05', name: 'Donetsk' },
    { code: 'RU.10', name: 'Bryansk', nameRu: 'Брянская область' },
  ],
  featureCodes: ['PPL', 'PPLA2'],
  commonWords: ['the'],
};

function place(
  id: number,
  name: string,
  lat: number,
  lon: number,
  country: number,
  admin1: number,
  keys: [string, NameKind][],
  population = 1000,
): PlaceRecord {
  return {
    id,
    name,
    lat,
    lon,
    population,
    admin1,
    country,
    featureCode: 0,
    flags: PLACE_FLAG_FUZZY,
    keys: new Map(keys.map(([k, kind]) => [foldKey(k), kind])),
  };
}

const PLACES: PlaceRecord[] = [
  place(
    694403,
    'Siversk',
    48.86588,
    38.09779,
    0,
    0,
    [
      ['Siversk', 0],
      ['Seversk', 1],
      ['Сіверськ', 1],
    ],
    11068,
  ),
  place(
    496246,
    'Sevsk',
    52.14899,
    34.49352,
    1,
    1,
    [
      ['Sevsk', 0],
      ['Севск', 1],
    ],
    7594,
  ),
  place(0x80000001, 'Kupiansk-Vuzlovyi', 49.67061, 37.64319, 0, -1, [
    ['Kupiansk-Vuzlovyi', 0],
    ['Kupyansk-Uzlovoy', 2],
  ]),
];

describe('gazetteer format', () => {
  const buffer = encodeGazetteer(PLACES, META);
  const gz = Gazetteer.from(buffer);

  it('round-trips every record', () => {
    expect(gz.placeCount).toBe(3);
    expect(gz.meta).toEqual(META);
    PLACES.forEach((p, i) => {
      const r = gz.place(i);
      expect(r.id).toBe(p.id);
      expect(r.name).toBe(p.name);
      expect(r.lat).toBeCloseTo(p.lat, 4);
      expect(r.lon).toBeCloseTo(p.lon, 4);
      expect(r.population).toBe(p.population);
      expect(r.countryCode).toBe(META.countries[p.country].code);
      expect(gz.admin1Key(i)).toBe(p.admin1 < 0 ? '' : META.admin1[p.admin1].code);
      for (const [key, kind] of p.keys) expect(gz.lookup(key)).toContainEqual({ place: i, kind });
    });
  });

  it('encodes deterministically', () => {
    expect(new Uint8Array(encodeGazetteer(PLACES, META))).toEqual(new Uint8Array(buffer));
  });

  it('finds Cyrillic and generated keys, and nothing for unknown ones', () => {
    expect(gz.lookup(foldKey('Сіверськ'))[0].place).toBe(0);
    expect(gz.lookup(foldKey('Kupyansk-Uzlovoy'))[0]).toEqual({ place: 2, kind: NameKind.Variant });
    expect(gz.lookup('kucherivka')).toEqual([]);
    expect(gz.indexOfId(496246)).toBe(1);
  });

  it('finds every key of many that share prefixes, ASCII and not (hashes built from shared prefixes)', () => {
    // foldKey keeps Arabic and CJK (Cyrillic is transliterated): those keys are not ASCII.
    const names = ['Novo', 'Novoselivka', 'Novoselivka Persha', 'Novosilka', 'القاهرة', '北京市'];
    const many = names.flatMap((n, i) =>
      [0, 1, 2].map((k) =>
        place(1000 + 3 * i + k, `${n} ${k}`, 48, 37, 0, 0, [
          [`${n} ${k}`, 0],
          [`${n}${'اب'.slice(0, k)}`, 1],
        ]),
      ),
    );
    const big = Gazetteer.from(encodeGazetteer(many, META));
    for (let k = 0; k < big.keyCount; k++) expect(big.findKey(big.keyAt(k))).toBe(k);
    expect(big.lookup(foldKey('北京市 2'))[0].place).toBe(big.indexOfId(1017));
    expect(big.lookup(foldKey('القاهرةا'))[0].place).toBe(big.indexOfId(1013));
    expect(big.findKey('novoselivk')).toBe(-1);
  });

  it('knows the word runs of multi-word keys, ASCII and not, as a set of their strings would', () => {
    const names = [
      'Rostov na Donu',
      'Nova Kakhovka',
      'Velyka Novosilka',
      'القاهرة الجديدة',
      'Kyiv',
    ];
    const many = names.map((n, i) => place(2000 + i, n, 48, 37, 0, 0, [[n, 0]]));
    const big = Gazetteer.from(encodeGazetteer(many, META));
    // The sets by brute force over the keys' strings.
    const prefixes = new Set<string>();
    const tails = new Set<string>();
    for (let k = 0; k < big.keyCount; k++) {
      const words = big.keyAt(k).split(' ');
      for (let w = 1; w < words.length; w++) {
        prefixes.add(words.slice(0, w).join(' '));
        tails.add(words[w]);
      }
    }
    expect(prefixes.size).toBe(5);
    expect(big.multiWordPrefixes().size).toBe(prefixes.size);
    expect(big.multiWordTails().size).toBe(tails.size);
    for (const p of prefixes) expect(big.multiWordPrefixes().has(p)).toBe(true);
    for (const t of tails) expect(big.multiWordTails().has(t)).toBe(true);
    for (const no of ['rostov na donu', 'kyiv', 'na', 'nova kakh', 'القاهرة الجديدة', ''])
      expect(big.multiWordPrefixes().has(no)).toBe(false);
    expect(big.multiWordTails().has('rostov')).toBe(false);
  });

  it('fuzzy lookup finds a doubled letter and a swapped pair, verified by edit distance', () => {
    expect(gz.fuzzy('sivversk', 1).map((h) => h.key)).toContain('siversk');
    expect(gz.fuzzy('sievrsk', 1).map((h) => h.key)).toContain('siversk');
    expect(gz.fuzzy('moscow', 1)).toEqual([]);
  });

  it('fuzzy lookup finds a consonant missing from a long query, and says so', () => {
    const hits = gz.fuzzy(foldKey('Kupyask-Uzlovoy'), 2);
    expect(hits.map((h) => h.key)).toEqual([foldKey('Kupyansk-Uzlovoy')]);
    expect(hits[0].consonantMissing).toBe(true);
    // A short word one consonant away is more often an English word than a typo.
    expect(gz.fuzzy('sivesk', 1)).toEqual([]);
    // Found by the ordinary probes: not marked.
    expect(gz.fuzzy('sievrsk', 1)[0].consonantMissing).toBeUndefined();
  });

  it('rejects a truncated file with a clear error', () => {
    expect(() => Gazetteer.from(buffer.slice(0, buffer.byteLength - 100))).toThrow(
      /truncated: expected \d+ bytes/,
    );
    expect(() => Gazetteer.from(buffer.slice(0, 10))).toThrow(GazetteerFormatError);
  });

  it('rejects a file of a future format version', () => {
    const copy = buffer.slice(0);
    new Uint32Array(copy, 0, 2)[1] = GAZETTEER_VERSION + 1;
    expect(() => Gazetteer.from(copy)).toThrow(
      /format version 2, but this app reads version 1.*npm run build-data/,
    );
  });

  it('rejects a file that is not a gazetteer', () => {
    const junk = new Uint8Array(buffer.byteLength).fill(7).buffer;
    expect(() => Gazetteer.from(junk)).toThrow(/not a gazetteer file/);
  });
});
