/**
 * Point-in-region lookups, distances and geometry over a decoded regions.bin.
 *
 * Lookups go through a static Flatbush index over the bounding boxes of the admin-1 polygon
 * parts, then an exact even-odd point-in-polygon test over the part's rings (holes included:
 * Kyiv city is a hole in Kyiv Oblast). Countries and composites are answered through the
 * admin-1 hit (a country is the union of its admin-1 regions, a composite the union of its
 * members), which is both fastest and consistent with `containing`. Their own dissolved
 * outlines are used for `distanceKm` and `geometry`.
 *
 * The point-in-polygon inner loop reads the Float32 typed arrays directly and allocates
 * nothing.
 */
import Flatbush from 'flatbush';
import type * as GeoJSON from 'geojson';
import { decodeRegions, type DecodedRegions } from './format.ts';
import type { BBox, RegionControl, RegionInfo } from './types.ts';

export type { RegionInfo } from './types.ts';

/** Mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/**
 * Largest side, in degrees, of a city that is a first-level region of its own (Kyiv's box is
 * about 0.4 by 0.3 degrees, Moscow's with its 2012 annexes about 1.3 by 0.9; no Ukrainian or
 * Russian oblast is under 1.5 degrees on both sides).
 */
const SPECIAL_CITY_MAX_DEGREES = 1.5;

/** All admin-1, country and composite regions of one regions.bin, with spatial lookups. */
export class RegionSet {
  /** All regions, sorted by id (composites `@...` first, then countries and admin-1 codes). */
  readonly regions: readonly RegionInfo[];
  /** Format version of the file this set was decoded from. */
  readonly version: number;
  /** Size of the file in bytes. */
  readonly byteLength: number;

  private readonly data: DecodedRegions;
  private readonly byId: ReadonlyMap<string, number>;
  /** Region index of every part. */
  private readonly partRegion: Uint32Array;
  /** Flatbush item -> part index (only admin-1 parts are indexed). */
  private readonly indexedParts: Uint32Array;
  private readonly index: Flatbush;
  /** Region index -> index of its de jure country region, or -1. */
  private readonly countryOf: Int32Array;
  /** Admin-1 region index -> ids of the composites that contain it (sorted). */
  private readonly compositesOf: ReadonlyMap<number, readonly string[]>;
  /** Composite region index -> set of member region indices. */
  private readonly memberSets: ReadonlyMap<number, ReadonlySet<number>>;
  /** `CC.code` -> admin-1 region index. */
  private readonly byGeoNames: ReadonlyMap<string, number>;
  /** Country code -> admin-1 region indices, in id order. */
  private readonly admin1ByCountry: ReadonlyMap<string, readonly number[]>;

  // Query state for the Flatbush filter callback (kept on the instance so lookups allocate no
  // closure per query).
  private surrounding: Map<string, string | null> | undefined;
  private qx = 0;
  private qy = 0;
  private hit = -1;
  private readonly testPart: (item: number) => boolean;

  private constructor(data: DecodedRegions) {
    this.data = data;
    this.version = data.version;
    this.byteLength = data.byteLength;
    const { meta, regionBBox, labelPoints, regionPartStart, partBBox } = data;

    const regions: RegionInfo[] = [];
    const byId = new Map<string, number>();
    for (let i = 0; i < meta.length; i++) {
      const bbox: BBox = [
        regionBBox[4 * i],
        regionBBox[4 * i + 1],
        regionBBox[4 * i + 2],
        regionBBox[4 * i + 3],
      ];
      const info: RegionInfo = {
        ...meta[i],
        bbox,
        labelPoint: [labelPoints[2 * i], labelPoints[2 * i + 1]],
      };
      regions.push(Object.freeze(info));
      byId.set(info.id, i);
    }
    this.regions = Object.freeze(regions);
    this.byId = byId;

    const partCount = partBBox.length / 4;
    const partRegion = new Uint32Array(partCount);
    let admin1Parts = 0;
    for (let i = 0; i < regions.length; i++) {
      for (let p = regionPartStart[i]; p < regionPartStart[i + 1]; p++) partRegion[p] = i;
      if (regions[i].kind === 'admin1') admin1Parts += regionPartStart[i + 1] - regionPartStart[i];
    }
    this.partRegion = partRegion;

    // Flatbush over admin-1 parts only: countries and composites are derived from the hit.
    const indexedParts = new Uint32Array(admin1Parts);
    const index = new Flatbush(Math.max(1, admin1Parts));
    let n = 0;
    for (let i = 0; i < regions.length; i++) {
      if (regions[i].kind !== 'admin1') continue;
      for (let p = regionPartStart[i]; p < regionPartStart[i + 1]; p++) {
        indexedParts[n++] = p;
        index.add(partBBox[4 * p], partBBox[4 * p + 1], partBBox[4 * p + 2], partBBox[4 * p + 3]);
      }
    }
    if (admin1Parts === 0) index.add(0, 0, 0, 0); // Flatbush needs at least one item
    index.finish();
    this.index = index;
    this.indexedParts = indexedParts;

    const countryOf = new Int32Array(regions.length).fill(-1);
    const admin1ByCountry = new Map<string, number[]>();
    const byGeoNames = new Map<string, number>();
    for (let i = 0; i < regions.length; i++) {
      const r = regions[i];
      countryOf[i] = byId.get(r.countryCode) ?? -1;
      if (r.kind !== 'admin1') continue;
      const list = admin1ByCountry.get(r.countryCode) ?? [];
      list.push(i);
      admin1ByCountry.set(r.countryCode, list);
      if (r.admin1Code !== null) {
        // Natural Earth sometimes splits one GeoNames admin-1 into several features (a city and
        // its county); the join then goes to the biggest one, ties by id order.
        const key = `${r.countryCode}.${r.admin1Code}`;
        const previous = byGeoNames.get(key);
        if (previous === undefined || bboxArea(r.bbox) > bboxArea(regions[previous].bbox))
          byGeoNames.set(key, i);
      }
    }
    this.countryOf = countryOf;
    this.admin1ByCountry = admin1ByCountry;
    this.byGeoNames = byGeoNames;

    const compositesOf = new Map<number, string[]>();
    const memberSets = new Map<number, Set<number>>();
    for (let i = 0; i < regions.length; i++) {
      const r = regions[i];
      if (r.kind !== 'composite' || !r.members) continue;
      const set = new Set<number>();
      for (const memberId of r.members) {
        const m = byId.get(memberId);
        if (m === undefined) continue;
        set.add(m);
        const list = compositesOf.get(m) ?? [];
        list.push(r.id);
        compositesOf.set(m, list);
      }
      memberSets.set(i, set);
    }
    for (const list of compositesOf.values()) list.sort();
    this.compositesOf = compositesOf;
    this.memberSets = memberSets;

    this.testPart = (item: number): boolean => {
      const part = this.indexedParts[item];
      if (this.insidePart(part, this.qx, this.qy)) {
        this.hit = part;
        return true;
      }
      return false;
    };
  }

  /**
   * Decodes a regions.bin file. The geometry stays in `buffer` (typed-array views, no copy).
   *
   * @throws RegionFormatError when the buffer is not a readable regions file.
   */
  static from(buffer: ArrayBufferLike | ArrayBufferView, source = 'regions.bin'): RegionSet {
    return new RegionSet(decodeRegions(buffer, source));
  }

  /** The region with this id, or undefined. */
  get(id: string): RegionInfo | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.regions[i];
  }

  /** The admin-1 region joined to a GeoNames place (`'UA'`, `'05'` -> Donetsk Oblast). */
  admin1ByGeoNamesCode(countryCode: string, admin1Code: string): RegionInfo | undefined {
    const key = admin1Code.includes('.') ? admin1Code : `${countryCode}.${admin1Code}`;
    const i = this.byGeoNames.get(key);
    return i === undefined ? undefined : this.regions[i];
  }

  /** The admin-1 regions of a (de jure) country, in id order. */
  admin1Of(countryCode: string): RegionInfo[] {
    return (this.admin1ByCountry.get(countryCode) ?? []).map((i) => this.regions[i]);
  }

  /** Id of the admin-1 region containing the point, or null (sea, or off the map). */
  admin1At(lat: number, lon: number): string | null {
    const i = this.admin1IndexAt(lat, lon);
    return i < 0 ? null : this.regions[i].id;
  }

  /** Id (ISO alpha-2) of the de jure country containing the point, or null. */
  countryAt(lat: number, lon: number): string | null {
    const i = this.admin1IndexAt(lat, lon);
    if (i < 0) return null;
    const c = this.countryOf[i];
    return c < 0 ? null : this.regions[c].id;
  }

  /**
   * Who holds the point: the `control` of the admin-1 region containing it (Sevastopol ->
   * `{ deJure: 'UA', deFacto: 'RU' }`), or null when the point is in no region.
   */
  controlAt(lat: number, lon: number): RegionControl | null {
    const i = this.admin1IndexAt(lat, lon);
    return i < 0 ? null : this.regions[i].control;
  }

  /**
   * Every region containing the point: the admin-1 region, its de jure country, then the
   * composites containing it (by id). Empty when the point is in no region.
   */
  containing(lat: number, lon: number): string[] {
    const i = this.admin1IndexAt(lat, lon);
    if (i < 0) return [];
    const out = [this.regions[i].id];
    const c = this.countryOf[i];
    if (c >= 0) out.push(this.regions[c].id);
    const composites = this.compositesOf.get(i);
    if (composites) out.push(...composites);
    return out;
  }

  /**
   * Whether the point is inside the region. Countries contain their admin-1 regions (de jure:
   * Crimea is in UA), composites the union of their members.
   *
   * @throws Error for an unknown region id.
   */
  contains(regionId: string, lat: number, lon: number): boolean {
    const r = this.indexOf(regionId);
    lon = normalizeLon(lon);
    if (!(lat === lat && lon === lon)) return false; // NaN
    const b = this.regions[r].bbox;
    if (lon < b[0] || lon > b[2] || lat < b[1] || lat > b[3]) return false;
    const region = this.regions[r];
    if (region.kind === 'admin1') return this.insideRegion(r, lon, lat);
    const a = this.admin1IndexAt(lat, lon);
    if (a < 0) return false;
    if (region.kind === 'country') return this.countryOf[a] === r;
    return this.memberSets.get(r)?.has(a) ?? false;
  }

  /**
   * Great-circle distance in km from the point to the region: 0 inside, else the distance to
   * the nearest point of the region's boundary. The nearest boundary point is searched on a
   * local equirectangular projection (scale taken at each segment's mean latitude), then its
   * distance is measured exactly with the haversine formula; error well under 1% below
   * ~1,000 km.
   *
   * @throws Error for an unknown region id.
   */
  distanceKm(regionId: string, lat: number, lon: number): number {
    if (this.contains(regionId, lat, lon)) return 0;
    const r = this.indexOf(regionId);
    lon = normalizeLon(lon);
    const { coords, ringStart, partRingStart, regionPartStart, partBBox } = this.data;
    let best2 = Infinity; // squared distance in degrees of latitude
    let bestLon = lon,
      bestLat = lat;
    for (let p = regionPartStart[r]; p < regionPartStart[r + 1]; p++) {
      // Cheap lower bound from the part's bbox lets us skip far-away islands and exclaves.
      const w = partBBox[4 * p],
        s = partBBox[4 * p + 1],
        e = partBBox[4 * p + 2],
        n = partBBox[4 * p + 3];
      const dLat = lat < s ? s - lat : lat > n ? lat - n : 0;
      let dLon = 0;
      if (lon < w || lon > e) dLon = Math.min(lonGap(lon, w), lonGap(lon, e));
      const maxAbsLat = Math.min(89.9, Math.max(Math.abs(lat), Math.abs(s), Math.abs(n)));
      const lx = dLon * Math.cos(maxAbsLat * RAD);
      if (0.9 * (dLat * dLat + lx * lx) > best2) continue;
      for (let ring = partRingStart[p]; ring < partRingStart[p + 1]; ring++) {
        const start = ringStart[ring],
          end = ringStart[ring + 1];
        let ax = coords[2 * (end - 1)],
          ay = coords[2 * (end - 1) + 1];
        for (let i = start; i < end; i++) {
          const bx = coords[2 * i],
            by = coords[2 * i + 1];
          const k = Math.cos(((ay + by) * 0.5 + lat) * 0.5 * RAD);
          const x0 = wrapLon(ax - lon) * k,
            y0 = ay - lat;
          const sx = wrapLon(bx - ax) * k,
            sy = by - ay;
          const len2 = sx * sx + sy * sy;
          let t = len2 > 0 ? -(x0 * sx + y0 * sy) / len2 : 0;
          if (t < 0) t = 0;
          else if (t > 1) t = 1;
          const px = x0 + t * sx,
            py = y0 + t * sy;
          const d2 = px * px + py * py;
          if (d2 < best2) {
            best2 = d2;
            bestLon = lon + px / k;
            bestLat = lat + py;
          }
          ax = bx;
          ay = by;
        }
      }
    }
    if (best2 === Infinity) return Infinity;
    return haversineKm(lat, lon, bestLat, bestLon);
  }

  /**
   * The region's outline as a GeoJSON MultiPolygon (closed rings, exterior first), built on
   * demand from the typed arrays. Composites and countries are dissolved outlines.
   *
   * @throws Error for an unknown region id.
   */
  geometry(regionId: string): GeoJSON.MultiPolygon {
    const r = this.indexOf(regionId);
    const { coords, ringStart, partRingStart, regionPartStart } = this.data;
    const polygons: GeoJSON.Position[][][] = [];
    for (let p = regionPartStart[r]; p < regionPartStart[r + 1]; p++) {
      const rings: GeoJSON.Position[][] = [];
      for (let ring = partRingStart[p]; ring < partRingStart[p + 1]; ring++) {
        const positions: GeoJSON.Position[] = [];
        for (let i = ringStart[ring]; i < ringStart[ring + 1]; i++)
          positions.push([coords[2 * i], coords[2 * i + 1]]);
        positions.push([coords[2 * ringStart[ring]], coords[2 * ringStart[ring] + 1]]);
        rings.push(positions);
      }
      polygons.push(rings);
    }
    return { type: 'MultiPolygon', coordinates: polygons };
  }

  /** Regions of a composite (its members) or of a country (its admin-1 regions); else []. */
  /**
   * The admin-1 region around a city that is a first-level region of its own (Kyiv in Kyiv
   * Oblast, Sevastopol in Crimea, Moscow in Moscow Oblast, Berlin in Brandenburg): the smallest
   * other admin-1 region of the same country whose bounding box holds the city's, when the
   * city's box is under SPECIAL_CITY_MAX_DEGREES a side. Null for other regions. Such a city
   * is commonly said to be in the region that surrounds it.
   *
   * @example regions.surroundingRegion('UA.12') // 'UA.13' (Kyiv Oblast)
   */
  surroundingRegion(regionId: string): string | null {
    const memo = (this.surrounding ??= new Map());
    let out = memo.get(regionId);
    if (out !== undefined) return out;
    out = null;
    const r = this.get(regionId);
    if (r && r.kind === 'admin1') {
      const [w, s, e, n] = r.bbox;
      if (e - w < SPECIAL_CITY_MAX_DEGREES && n - s < SPECIAL_CITY_MAX_DEGREES) {
        let best = Infinity;
        for (const o of this.admin1Of(r.countryCode)) {
          if (o.id === r.id) continue;
          const [ow, os, oe, on] = o.bbox;
          if (ow > w || os > s || oe < e || on < n) continue;
          const area = (oe - ow) * (on - os);
          if (area < best) {
            best = area;
            out = o.id;
          }
        }
      }
    }
    memo.set(regionId, out);
    return out;
  }

  membersOf(regionId: string): RegionInfo[] {
    const region = this.get(regionId);
    if (!region) return [];
    if (region.kind === 'country') return this.admin1Of(region.id);
    return (region.members ?? [])
      .map((id) => this.get(id))
      .filter((r): r is RegionInfo => r !== undefined);
  }

  private indexOf(regionId: string): number {
    const i = this.byId.get(regionId);
    if (i === undefined) throw new Error(`unknown region id: ${regionId}`);
    return i;
  }

  /** Index of the admin-1 region containing the point, or -1. */
  private admin1IndexAt(lat: number, lon: number): number {
    lon = normalizeLon(lon);
    if (!(lat === lat && lon === lon)) return -1; // NaN
    this.qx = lon;
    this.qy = lat;
    this.hit = -1;
    // `collides` stops at the first part whose exact test passes (admin-1 parts do not overlap).
    this.index.collides(lon, lat, lon, lat, this.testPart);
    return this.hit < 0 ? -1 : this.partRegion[this.hit];
  }

  private insideRegion(r: number, x: number, y: number): boolean {
    const { regionPartStart, partBBox } = this.data;
    for (let p = regionPartStart[r]; p < regionPartStart[r + 1]; p++) {
      if (
        x < partBBox[4 * p] ||
        y < partBBox[4 * p + 1] ||
        x > partBBox[4 * p + 2] ||
        y > partBBox[4 * p + 3]
      )
        continue;
      if (this.insidePart(p, x, y)) return true;
    }
    return false;
  }

  /** Even-odd ray casting over all rings of a part (exterior and holes). */
  private insidePart(part: number, x: number, y: number): boolean {
    const { coords, ringStart, partRingStart } = this.data;
    let inside = false;
    for (let ring = partRingStart[part], last = partRingStart[part + 1]; ring < last; ring++) {
      const start = ringStart[ring],
        end = ringStart[ring + 1];
      let xj = coords[2 * end - 2],
        yj = coords[2 * end - 1];
      for (let i = 2 * start, stop = 2 * end; i < stop; i += 2) {
        const xi = coords[i],
          yi = coords[i + 1];
        if (yi > y !== yj > y && x < xj + ((y - yj) * (xi - xj)) / (yi - yj)) inside = !inside;
        xj = xi;
        yj = yi;
      }
    }
    return inside;
  }
}

/** Longitude into [-180, 180]. */
function normalizeLon(lon: number): number {
  if (lon >= -180 && lon <= 180) return lon;
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/** A longitude difference into [-180, 180]. */
function wrapLon(d: number): number {
  return d > 180 ? d - 360 : d < -180 ? d + 360 : d;
}

/** Absolute longitude gap between two longitudes, going the short way round. */
function lonGap(a: number, b: number): number {
  return Math.abs(wrapLon(a - b));
}

function bboxArea(b: BBox): number {
  return (b[2] - b[0]) * (b[3] - b[1]);
}

/** Great-circle distance, km. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
