/**
 * Plain-data types of the region layer (shared by the binary format, `RegionSet` and the
 * alias generator). Everything here is serialisable.
 */

/** What a region is: an admin-1 unit (oblast, state, ...), a whole country, or a named group. */
export type RegionKind = 'admin1' | 'country' | 'composite';

/**
 * Who a region belongs to. `deJure` is the internationally recognised state, `deFacto` the
 * state that actually administers it. They differ only for Crimea and Sevastopol (de jure UA,
 * de facto RU): Natural Earth has no polygons for the occupied parts of the Donetsk, Luhansk,
 * Zaporizhzhia and Kherson oblasts, so those oblasts are recorded as UA/UA.
 */
export interface RegionControl {
  deJure: string;
  deFacto: string;
}

/** Names of a region; `uk`/`ru` are present for the detailed countries (UA, RU, BY, MD, ...). */
export interface RegionNames {
  en: string;
  uk?: string;
  ru?: string;
}

/** `[west, south, east, north]` in degrees. */
export type BBox = [number, number, number, number];

/**
 * The metadata of a region as stored in the JSON section of regions.bin. `RegionInfo` adds the
 * numeric fields (bbox, label point) that live in typed-array sections.
 */
export interface RegionMeta {
  /**
   * Unique, stable id: the GeoNames admin-1 code for admin-1 regions (`UA.05`), falling back to
   * ISO 3166-2 (`MD-BD`) or the Natural Earth `adm1_code` (`KOS-5889`) when the GeoNames code is
   * missing or shared; the ISO 3166-1 alpha-2 code for countries (`UA`); `@name` for composites.
   */
  id: string;
  kind: RegionKind;
  /** English name, e.g. "Donetsk Oblast", "Autonomous Republic of Crimea", "Ukraine". */
  name: string;
  /** Name without the type word, e.g. "Donetsk". */
  shortName: string;
  /** De jure country (ISO 3166-1 alpha-2). For countries, the id itself. */
  countryCode: string;
  /** English name of the de jure country. */
  countryName: string;
  /**
   * GeoNames admin-1 code without the country prefix, as carried by `PlaceRef.admin1Code`
   * (`05` for Donetsk Oblast); null for countries, composites and regions Natural Earth gives no
   * valid GeoNames code.
   */
  admin1Code: string | null;
  names: RegionNames;
  control: RegionControl;
  /** Member region ids (composites only). */
  members?: readonly string[];
  /** Other names from Natural Earth (`name_alt`, `gn_name`); detailed countries only. */
  altNames?: readonly string[];
  /** Natural Earth's English type, e.g. "Region", "Territory", "Federal City" (admin-1 only). */
  typeName?: string;
}

/** Everything known about one region. */
export interface RegionInfo extends RegionMeta {
  /** Bounding box of the stored (simplified) geometry. */
  bbox: BBox;
  /** A point inside the region suitable for a label, `[lon, lat]`. */
  labelPoint: [number, number];
}
