/**
 * Messages between the main thread and the analysis worker. Everything is structured-clone
 * data (no classes, no functions), so the same types describe both ends.
 */
import type * as GeoJSON from 'geojson';
import type { ArticleAnalysis, ArticleInput } from '../core/types.ts';

/** `[lon, lat]` in degrees. */
export type LonLat = [number, number];

/** `[west, south, east, north]` in degrees. */
export type Bounds = [number, number, number, number];

/** What the app needs to know about a region that claims or mentions refer to. */
export interface RegionSummary {
  id: string;
  name: string;
  kind: 'admin1' | 'country' | 'composite';
  countryName: string;
  bbox: Bounds;
}

/** The result of analysing a corpus, plus the drawing data that needs the engine. */
export interface CorpusResult {
  analyses: ArticleAnalysis[];
  /** Mention id -> where it is drawn (its place, or its fallback region's label point). */
  points: Record<string, LonLat>;
  /** Every region referenced by a claim or a mention. */
  regions: Record<string, RegionSummary>;
  /** Wall-clock milliseconds of the analysis (without data loading). */
  elapsedMs: number;
}

/** The offline basemap, built once from regions.bin and the gazetteer. */
export interface BasemapData {
  /** Country outlines (Polygon/MultiPolygon features, `id` and `name` properties). */
  countries: GeoJSON.FeatureCollection;
  /** Admin-1 outlines of every country. */
  admin1: GeoJSON.FeatureCollection;
  /** Labelled places: capitals and large cities; property `rank` 0 (capital) .. 3 (smallest). */
  places: GeoJSON.FeatureCollection;
  /** Admin-1 label points (`name` property). */
  regionLabels: GeoJSON.FeatureCollection;
}

/**
 * The basemap as `blob:` URLs of GeoJSON documents, one per {@link BasemapData} key.
 * maplibre's own worker fetches and parses them, so the ~10 MB of outlines never pass
 * through the main thread (a structured clone of them would block it for ~0.4 s).
 */
export type BasemapUrls = Record<keyof BasemapData, string>;

/** Geometry to draw for one selected claim. */
export interface ClaimGeometry {
  claimId: string;
  /** Where the claimed place is drawn. */
  point: LonLat | null;
  /** Outline of the asserted region, when the claim names one. */
  outline: GeoJSON.MultiPolygon | null;
  /** Bounding box of `outline`. */
  outlineBounds: Bounds | null;
  /** From the place to the nearest point of the asserted region (or the asserted point). */
  line: [LonLat, LonLat] | null;
  /** Length of `line`, km (great circle). */
  lineKm: number | null;
}

export type ExportFormat = 'geojson' | 'csv';

export type WorkerRequest =
  | { type: 'init'; requestId: number; dataUrl: string }
  | { type: 'basemap'; requestId: number }
  | { type: 'analyze'; requestId: number; articles: ArticleInput[] }
  | { type: 'claim-geometry'; requestId: number; claimId: string }
  | { type: 'export'; requestId: number; format: ExportFormat; claimIds: string[] };

export type WorkerResponse =
  | { type: 'init-done'; requestId: number; loadMs: number }
  | { type: 'basemap-done'; requestId: number; urls: BasemapUrls }
  | { type: 'progress'; requestId: number; done: number; total: number; articleId: string }
  | { type: 'analyze-done'; requestId: number; result: CorpusResult }
  | { type: 'claim-geometry-done'; requestId: number; geometry: ClaimGeometry | null }
  | { type: 'export-done'; requestId: number; text: string; mime: string }
  | { type: 'error'; requestId: number; message: string };
