import type { ArticleAnalysis, ArticleInput, Claim, Mention } from '../core/types.ts';
import { analyzeArticle, type Engine } from '../core/pipeline.ts';
import { crossArticleClaims } from '../core/claims/cross-article.ts';
import { mentionPoint, toCsv, toGeoJson } from '../core/io/format-output.ts';
import { haversineKm } from '../core/geo/haversine-km.ts';
import { nearestPointOnOutline, outlineBounds } from './nearest-point.ts';
import { restrictToClaims } from './restrict-to-claims.ts';
import type {
  ClaimGeometry,
  CorpusResult,
  ExportFormat,
  LonLat,
  RegionSummary,
} from './protocol.ts';

/**
 * The worker's state: the engine plus the last analysed corpus, so that later requests (the
 * geometry of a selected claim, an export) need only send ids across the worker boundary.
 * Free of worker APIs, so it runs under Node in tests as well.
 */
export class EngineSession {
  private inputs: ArticleInput[] = [];
  private analyses: ArticleAnalysis[] = [];
  private claims = new Map<
    string,
    { article: ArticleAnalysis; claim: Claim; mention: Mention | undefined }
  >();

  constructor(readonly engine: Engine) {}

  /**
   * Analyses a corpus article by article, calling `onProgress` after each one, then runs the
   * cross-article checks. This is `analyzeCorpus` from src/core/pipeline.ts unrolled so that
   * progress can be reported per article; keep the two in step.
   */
  analyze(
    inputs: ArticleInput[],
    onProgress?: (done: number, total: number, articleId: string) => void,
  ): CorpusResult {
    const t0 = performance.now();
    const { engine } = this;
    const analyses: ArticleAnalysis[] = [];
    for (const input of inputs) {
      analyses.push(analyzeArticle(input, engine));
      onProgress?.(analyses.length, inputs.length, input.id);
    }
    crossArticleClaims(inputs, analyses, engine);
    const elapsedMs = performance.now() - t0;

    this.inputs = inputs;
    this.analyses = analyses;
    this.claims.clear();
    const points: Record<string, LonLat> = {};
    const regions: Record<string, RegionSummary> = {};
    const addRegion = (id: string | null) => {
      if (!id || regions[id]) return;
      const r = engine.regions.get(id);
      if (r)
        regions[id] = {
          id,
          name: r.name,
          kind: r.kind,
          countryName: r.countryName,
          bbox: [...r.bbox],
        };
    };
    for (const a of analyses) {
      const byId = new Map(a.mentions.map((m) => [m.id, m]));
      for (const m of a.mentions) {
        const p = mentionPoint(m, engine);
        if (p) points[m.id] = [p[0], p[1]];
        addRegion(m.regionId);
      }
      for (const c of a.claims) {
        this.claims.set(c.id, { article: a, claim: c, mention: byId.get(c.mention) });
        addRegion(c.asserted.regionId);
      }
    }
    return { analyses, points, regions, elapsedMs };
  }

  /** What to draw for a selected claim: its point, the asserted region and the gap between. */
  claimGeometry(claimId: string): ClaimGeometry | null {
    const entry = this.claims.get(claimId);
    if (!entry) return null;
    const { claim, mention } = entry;
    const p = mention ? mentionPoint(mention, this.engine) : null;
    const point: LonLat | null = p ? [p[0], p[1]] : null;
    const regionId = claim.asserted.regionId;
    const region = regionId ? this.engine.regions.get(regionId) : undefined;
    const outline = region ? this.engine.regions.geometry(region.id) : null;
    let line: [LonLat, LonLat] | null = null;
    if (point) {
      let target: LonLat | null = null;
      if (claim.asserted.lat !== undefined && claim.asserted.lon !== undefined) {
        target = [claim.asserted.lon, claim.asserted.lat];
      } else if (
        outline &&
        region &&
        !this.engine.regions.contains(region.id, point[1], point[0])
      ) {
        target = nearestPointOnOutline(outline, point);
      }
      if (target) line = [point, target];
    }
    return {
      claimId,
      point,
      outline,
      outlineBounds: outline ? outlineBounds(outline) : null,
      line,
      lineKm: line ? haversineKm(line[0][1], line[0][0], line[1][1], line[1][0]) : null,
    };
  }

  /** The given claims (with their mentions) as GeoJSON or CSV, via src/core/io/format-output.ts. */
  exportClaims(format: ExportFormat, claimIds: readonly string[]): { text: string; mime: string } {
    const subset = restrictToClaims(this.analyses, new Set(claimIds));
    const texts = new Map(this.inputs.map((i) => [i.id, i.text]));
    if (format === 'csv') return { text: toCsv(subset, texts), mime: 'text/csv;charset=utf-8' };
    return {
      text: JSON.stringify(toGeoJson(subset, texts, this.engine), null, 1),
      mime: 'application/geo+json',
    };
  }
}
