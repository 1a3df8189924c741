/**
 * The build helpers of scripts/geonames/world-areas.ts on hand-written rows (made up for these
 * tests in the GeoNames and Natural Earth formats; ids and coordinates are illustrative).
 */
import { describe, expect, it } from 'vitest';
import type { Admin1Meta } from '../src/core/gazetteer/format.ts';
import {
  countryInfoNames,
  countySeats,
  MAIN_LANDMASS_SHARE,
  neAdmin1Ids,
  representativePoint,
  seatedRegions,
  sharesWord,
} from '../scripts/geonames/world-areas.ts';

/** A cities500 row: id, name, lat, lon, feature code, country, admin1, admin2, population. */
function row(
  id: number,
  name: string,
  lat: number,
  lon: number,
  fc: string,
  cc: string,
  a1: string,
  a2: string,
  pop: number,
): string {
  return [id, name, name, '', lat, lon, 'P', fc, cc, '', a1, a2, '', '', pop, '', '', '', ''].join(
    '\t',
  );
}

describe('neAdmin1Ids', () => {
  const intern = (
    map: Map<string, number>,
    list: Admin1Meta[],
    key: string,
    make: () => Admin1Meta,
  ) => {
    let i = map.get(key);
    if (i === undefined) {
      i = list.length;
      map.set(key, i);
      list.push(make());
    }
    return i;
  };
  it("takes Natural Earth's GeoNames id when the names agree", () => {
    const index = new Map<string, number>();
    const list: Admin1Meta[] = [];
    neAdmin1Ids(
      [
        {
          properties: {
            gn_a1_code: 'XK.N7',
            gn_id: 111,
            name: 'Oakshire',
            gn_name: 'Oakshire County',
          },
        },
        {
          properties: {
            gn_a1_code: 'XK.F5',
            gn_id: 222,
            name: 'Pinevale',
            gn_name: 'San Carlos City',
          },
        },
      ],
      index,
      list,
      intern,
    );
    expect(list).toEqual([{ code: 'XK.N7', name: 'Oakshire', geonameId: 111 }]);
  });
  it('keeps the id the code list gave', () => {
    const index = new Map([['XK.N7', 0]]);
    const list: Admin1Meta[] = [{ code: 'XK.N7', name: 'Oakshire', geonameId: 5 }];
    neAdmin1Ids(
      [{ properties: { gn_a1_code: 'XK.N7', gn_id: 111, name: 'Oakshire', gn_name: 'Oakshire' } }],
      index,
      list,
      intern,
    );
    expect(list[0].geonameId).toBe(5);
  });
  it('compares words of four letters or more', () => {
    expect(sharesWord('North Tipperary', 'Tipperary North Riding')).toBe(true);
    expect(sharesWord('Rift Valley', 'Rift Valley Province')).toBe(true);
    expect(sharesWord('Pangasinan', 'San Carlos City')).toBe(false);
  });
});

describe('countySeats', () => {
  const cities = [
    row(1, 'Elmton', 37.1, -84.1, 'PPLA2', 'US', 'KY', '125', 8000),
    row(2, 'Big Creek', 37.2, -84.0, 'PPL', 'US', 'KY', '125', 20000),
    row(3, 'Ashford', 36.0, -85.0, 'PPL', 'US', 'KY', '007', 900),
    row(4, 'Brook', 36.1, -85.1, 'PPL', 'US', 'KY', '007', 1200),
    row(5, 'Nowhere', 10, 10, 'PPLA2', 'XX', '01', '001', 5000),
  ].join('\n');
  const admin2 = [
    { code: 'US.KY.125', name: 'Laurelwood County' },
    { code: 'US.KY.007', name: 'Ash Parish' },
    { code: 'US.KY.009', name: 'Empty County' },
    { code: 'US.KY.011', name: 'Oak City' },
    { code: 'XX.01.001', name: 'Far County' },
  ];
  it('reads a county as its seat, else its largest place', () => {
    expect(countySeats(cities, admin2)).toEqual([
      { code: 'US.KY.007', name: 'Ash Parish', seatId: 4 },
      { code: 'US.KY.125', name: 'Laurelwood County', seatId: 1 },
    ]);
  });
});

describe('seatedRegions', () => {
  const places = [
    { country: 'XK', admin1: 'ENG', featureCode: 'PPLC', key: 'kingsport', population: 8_000_000 },
    { country: 'XK', admin1: 'ENG', featureCode: 'PPL', key: 'millton', population: 1_000_000 },
    { country: 'XK', admin1: 'SCT', featureCode: 'PPLA', key: 'castleton', population: 500_000 },
    { country: 'XK', admin1: 'SCT', featureCode: 'PPL', key: 'portview', population: 600_000 },
    { country: 'XK', admin1: 'SJ', featureCode: 'PPLA', key: 'san jorge', population: 300_000 },
    { country: 'XK', admin1: 'CE', featureCode: 'PPLA', key: 'yaunde', population: 300_000 },
    { country: 'XK', admin1: 'NO', featureCode: 'PPLA', key: 'lakeside', population: 1000 },
  ];
  const codeList = [
    ['XK.ENG', 'Angland', 'Angland', '101'],
    ['XK.SCT', 'Scotia', 'Scotia', '102'],
    ['XK.SJ', 'San Jorge', 'San Jorge', '103'],
    ['XK.CE', 'Centre', 'Centre', '104'],
    ['XK.NO', 'Northshire', 'Northshire', '105'],
  ];
  const common = new Set(['centre', 'north', 'west']);
  it('places a region without an outline at its capital, else its first-order seat', () => {
    const out = seatedRegions(codeList, new Set(['XK.NO']), places, common);
    expect(out.map((r) => [r.code, r.geonameId, r.seat, r.population])).toEqual([
      ['XK.ENG', 101, 0, 9_000_000],
      ['XK.SCT', 102, 2, 1_100_000],
    ]);
  });
});

describe('representativePoint', () => {
  const square = (x: number, y: number, s: number) => [
    [
      [x, y],
      [x + s, y],
      [x + s, y + s],
      [x, y + s],
      [x, y],
    ],
  ];
  it('is the middle of a single landmass', () => {
    const [lon, lat] = representativePoint([square(10, 0, 2)])!;
    expect(lon).toBeCloseTo(11, 3);
    expect(lat).toBeCloseTo(1, 1);
  });
  it('lies between two main islands of like size', () => {
    const [lon] = representativePoint([square(0, 0, 2), square(10, 0, 2)])!;
    expect(lon).toBeCloseTo(6, 1);
  });
  it('leaves out land under MAIN_LANDMASS_SHARE of the largest (an Alaska)', () => {
    const small = Math.sqrt(MAIN_LANDMASS_SHARE * 0.5) * 4;
    const [lon] = representativePoint([square(0, 0, 4), square(40, 0, small)])!;
    expect(lon).toBeCloseTo(2, 1);
  });
  it('weighs land by its area, not its degrees (equal-area)', () => {
    // Two 10-degree squares at 0 and 60 degrees north: the northern one has half the area.
    const [, lat] = representativePoint([square(0, 0, 10), square(0, 60, 10)])!;
    expect(lat).toBeLessThan(35);
  });
});

describe('countryInfoNames', () => {
  it('reads the English names by ISO code', () => {
    const text = '#ISO\tISO3\tnum\tfips\tCountry\nSS\tSSD\t728\tOD\tSouth Sudan\nXX\n';
    expect([...countryInfoNames(text)]).toEqual([['SS', 'South Sudan']]);
  });
});
