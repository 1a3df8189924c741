import type { ArticleAnalysis, ArticleInput, Claim, Mention } from '../core/types.ts';
import { analyzeArticle, correctionProblem, type Engine } from '../core/pipeline.ts';
import { crossArticleClaims } from '../core/claims/cross-article.ts';
import { crossArticleVerdicts } from '../core/verify/cross-article-verdicts.ts';
import {
  mentionPoint,
  toCsv,
  toGeoJson,
  TOOL_VERSION,
  type ExportAnnotations,
} from '../core/io/format-output.ts';
import {
  claimKey,
  type ClaimReview,
  type Workspace,
  type WorkspaceArticle,
} from '../core/io/workspace-file.ts';
import { findPlaces } from '../core/gazetteer/find-places.ts';
import { haversineKm } from '../core/geo/haversine-km.ts';
import { nearestPointOnOutline, outlineBounds } from './nearest-point.ts';
import { rankPlaceMatches } from './rank-place-matches.ts';
import { restrictToClaims } from './restrict-to-claims.ts';
import { ChunkedAnalysis, WHOLE_ARTICLE_CHARS } from './chunked-analysis.ts';
import type {
  ArticleResult,
  ClaimGeometry,
  CorpusResult,
  ExportFormat,
  LonLat,
  PlaceMatch,
  RegionSummary,
  WorkspaceDelta,
  WorkspaceSnapshot,
} from './protocol.ts';

/**
 * The worker's state: the engine plus the workspace (articles with their corrections, their
 * analyses, the cross-article claims and the claim reviews), so that later requests (the
 * geometry of a selected claim, an export, a correction) need only send ids or one article
 * across the worker boundary. Free of worker APIs, so it runs under Node in tests as well.
 *
 * Per-article results are kept apart from the cross-article claims: adding or correcting an
 * article re-analyses that article only, then reruns the (fast, corpus-wide) cross-article pass.
 */
export class EngineSession {
  /** Stored results made with another version are redone. */
  readonly version: string;
  private order: string[] = [];
  private readonly articles = new Map<string, WorkspaceArticle>();
  private readonly results = new Map<string, ArticleResult>();
  private cross: Record<string, Claim[]> = {};
  /** The cross-article claims as the app last got them (with a snapshot or a delta). */
  private sentCross: Record<string, Claim[]> = {};
  private readonly reviews = new Map<string, ClaimReview>();
  private merged: ArticleAnalysis[] = [];
  private lastElapsedMs = 0;
  private readonly claims = new Map<
    string,
    { article: ArticleAnalysis; claim: Claim; mention: Mention | undefined }
  >();

  constructor(readonly engine: Engine) {
    this.version = `${TOOL_VERSION}/${engine.gazetteer.meta.dataVersion}`;
  }

  // --- analysing one article ----------------------------------------------------------

  /** Whether an article is long enough to be analysed piece by piece (see ChunkedAnalysis). */
  static isLong(input: ArticleInput): boolean {
    return input.text.length > WHOLE_ARTICLE_CHARS;
  }

  /** Analyses one article whole (any length; long ones block for as long as they take). */
  analyzeOne(input: ArticleInput): ArticleResult {
    if (EngineSession.isLong(input)) {
      const job = this.chunked(input);
      while (!job.finished) job.step();
      return this.resultOf(job.result());
    }
    return this.resultOf(analyzeArticle(input, this.engine));
  }

  /** A piece-by-piece analysis of a long article, for a caller that pauses between pieces. */
  chunked(input: ArticleInput): ChunkedAnalysis {
    return new ChunkedAnalysis(input, this.engine);
  }

  /** An analysis with its drawing data: mention points and region summaries. */
  resultOf(analysis: ArticleAnalysis): ArticleResult {
    const { engine } = this;
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
    for (const m of analysis.mentions) {
      const p = mentionPoint(m, engine);
      if (p) points[m.id] = [p[0], p[1]];
      addRegion(m.regionId);
    }
    for (const c of analysis.claims) addRegion(c.asserted.regionId);
    return { analysis, points, regions, version: this.version };
  }

  // --- the workspace ------------------------------------------------------------------

  /** Replaces the whole workspace. Results of another version are dropped (see needsAnalysis). */
  setWorkspace(
    articles: readonly WorkspaceArticle[],
    results: readonly ArticleResult[],
    reviews: readonly ClaimReview[],
  ): void {
    this.order = [];
    this.articles.clear();
    this.results.clear();
    this.reviews.clear();
    for (const a of articles) {
      if (this.articles.has(a.id)) continue;
      this.order.push(a.id);
      this.articles.set(a.id, a);
    }
    for (const r of results)
      if (this.articles.has(r.analysis.id) && r.version === this.version)
        this.results.set(r.analysis.id, r);
    for (const r of reviews) this.reviews.set(r.key, r);
    this.cross = {};
    this.merged = [];
    this.claims.clear();
  }

  /** Adds articles (at the end) or replaces them (in place), with their new results. */
  upsert(list: readonly { article: WorkspaceArticle; result: ArticleResult }[]): void {
    for (const { article, result } of list) {
      if (!this.articles.has(article.id)) this.order.push(article.id);
      this.articles.set(article.id, article);
      this.results.set(article.id, result);
    }
  }

  remove(ids: readonly string[]): void {
    const gone = new Set(ids);
    this.order = this.order.filter((id) => !gone.has(id));
    for (const id of ids) {
      this.articles.delete(id);
      this.results.delete(id);
    }
    for (const [key, r] of this.reviews) if (gone.has(r.articleId)) this.reviews.delete(key);
  }

  has(id: string): boolean {
    return this.articles.has(id);
  }

  /**
   * Why the corrections of an update cannot be stored, or null: each correction that is new
   * (not stored before, as it is) must fit the stored text (see correctionProblem). The
   * message names the first problem; nothing is changed by a refused update.
   */
  correctionsProblem(next: WorkspaceArticle): string | null {
    const stored = this.article(next.id);
    if (!stored) return `The article "${next.id}" is no longer in the workspace.`;
    const before = new Set(stored.corrections.map((c) => JSON.stringify(c)));
    for (const c of next.corrections) {
      if (before.has(JSON.stringify(c))) continue;
      const problem = correctionProblem(c, stored.text, this.engine);
      if (problem) return problem;
    }
    return null;
  }

  article(id: string): WorkspaceArticle | undefined {
    return this.articles.get(id);
  }

  /** Every article id, in workspace order. */
  ids(): string[] {
    return [...this.order];
  }

  /** Articles whose analysis is missing (new, or stored by another version). */
  needingAnalysis(): WorkspaceArticle[] {
    return this.order.filter((id) => !this.results.has(id)).map((id) => this.articles.get(id)!);
  }

  /** A new id for an article, unlike every id in the workspace and in `taken`. */
  freeId(wanted: string, taken: ReadonlySet<string> = new Set()): string {
    const base = wanted.trim().slice(0, 200) || 'article';
    if (!this.articles.has(base) && !taken.has(base)) return base;
    let k = 2;
    while (this.articles.has(`${base}#${k}`) || taken.has(`${base}#${k}`)) k++;
    return `${base}#${k}`;
  }

  /**
   * Reruns the cross-article checks over the whole workspace (the samples and the user's
   * articles together) and rebuilds the claim index used by geometry and exports.
   */
  crossArticle(): Record<string, Claim[]> {
    const t0 = performance.now();
    const inputs: WorkspaceArticle[] = [];
    const analyses: ArticleAnalysis[] = [];
    const baseCounts: number[] = [];
    for (const id of this.order) {
      const r = this.results.get(id);
      if (!r) continue;
      inputs.push(this.articles.get(id)!);
      analyses.push({ ...r.analysis, claims: [...r.analysis.claims] });
      baseCounts.push(r.analysis.claims.length);
    }
    crossArticleVerdicts(crossArticleClaims(inputs, analyses, this.engine), inputs, analyses);
    const cross: Record<string, Claim[]> = {};
    analyses.forEach((a, i) => {
      if (a.claims.length > baseCounts[i]) cross[a.id] = a.claims.slice(baseCounts[i]);
    });
    this.cross = cross;
    this.merged = analyses;
    this.claims.clear();
    for (const a of analyses) {
      const byId = new Map(a.mentions.map((m) => [m.id, m]));
      for (const c of a.claims)
        this.claims.set(c.id, { article: a, claim: c, mention: byId.get(c.mention) });
    }
    this.lastElapsedMs += performance.now() - t0;
    return cross;
  }

  /** Adds to the elapsed time reported with the next snapshot or delta. */
  addElapsed(ms: number): void {
    this.lastElapsedMs += ms;
  }

  private takeElapsed(): number {
    const ms = this.lastElapsedMs;
    this.lastElapsedMs = 0;
    return ms;
  }

  /** Everything, for the app to show (after opening, resetting or importing). */
  snapshot(): WorkspaceSnapshot<WorkspaceArticle> {
    this.sentCross = this.cross;
    return {
      articles: this.order.map((id) => this.articles.get(id)!),
      results: this.order.flatMap((id) => this.results.get(id) ?? []),
      cross: this.cross,
      reviews: [...this.reviews.values()],
      elapsedMs: this.takeElapsed(),
    };
  }

  /**
   * What changed, for the app to apply: the given articles, the removals, the new cross
   * claims. Articles whose cross-article claims are now about other mentions come along too:
   * the app holds the mentions that claims are about (see pageResult in message-parts.ts).
   */
  delta(upserted: readonly string[], removed: readonly string[]): WorkspaceDelta<WorkspaceArticle> {
    const ids = new Set(upserted);
    for (const id of this.order) if (!sameMentions(this.sentCross[id], this.cross[id])) ids.add(id);
    this.sentCross = this.cross;
    return {
      upserted: [...ids]
        .filter((id) => this.articles.has(id) && this.results.has(id))
        .map((id) => ({ article: this.articles.get(id)!, result: this.results.get(id)! })),
      removed: [...removed],
      order: this.ids(),
      cross: this.cross,
      elapsedMs: this.takeElapsed(),
    };
  }

  /** The article and result, for storing. */
  entry(id: string): { article: WorkspaceArticle; result: ArticleResult } | null {
    const article = this.articles.get(id);
    const result = this.results.get(id);
    return article && result ? { article, result } : null;
  }

  setReview(key: string, review: ClaimReview | null): void {
    if (review) this.reviews.set(key, review);
    else this.reviews.delete(key);
  }

  /** The workspace as the export file holds it: articles, corrections, reviews. */
  workspace(): Workspace {
    return {
      articles: this.order.map((id) => this.articles.get(id)!),
      reviews: [...this.reviews.values()],
    };
  }

  // --- queries ------------------------------------------------------------------------

  /**
   * Places whose names match `query`: those named exactly that first, then exact and
   * alternate names, spelling variants and close spellings (see rankPlaceMatches).
   */
  findPlaces(query: string, limit = 20): PlaceMatch[] {
    const gz = this.engine.gazetteer;
    const q = query.slice(0, 100);
    const found = findPlaces(gz, q, true).map((f) => ({
      place: gz.place(f.place),
      matchedBy: f.matchedBy,
    }));
    return rankPlaceMatches(q, found).slice(0, limit);
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

  /**
   * The given claims (with their mentions) as GeoJSON or CSV, via src/core/io/format-output.ts,
   * with the user's corrections and reviews in extra columns.
   */
  exportClaims(format: ExportFormat, claimIds: readonly string[]): { text: string; mime: string } {
    const subset = restrictToClaims(this.merged, new Set(claimIds));
    const texts = new Map(this.order.map((id) => [id, this.articles.get(id)!.text]));
    const annotations: ExportAnnotations = {
      review: (articleId, claim, mention) => {
        const r = this.reviews.get(claimKey(articleId, claim, mention ?? null));
        return r ? { status: r.status, note: r.note } : undefined;
      },
    };
    if (format === 'csv')
      return { text: toCsv(subset, texts, annotations), mime: 'text/csv;charset=utf-8' };
    return {
      text: JSON.stringify(toGeoJson(subset, texts, this.engine, annotations), null, 1),
      mime: 'application/geo+json',
    };
  }

  /**
   * Replaces the workspace with `inputs` and analyses it all at once, calling `onProgress`
   * after each article: analyzeCorpus with progress and drawing data (tests and tools).
   */
  analyze(
    inputs: ArticleInput[],
    onProgress?: (done: number, total: number, articleId: string) => void,
  ): CorpusResult {
    const t0 = performance.now();
    const articles: WorkspaceArticle[] = inputs.map((i) => ({
      ...i,
      origin: 'user',
      corrections: (i.corrections ?? []).map((c) => ({
        ...c,
        text: i.text.slice(c.start, c.end),
        placeName: null,
      })),
    }));
    this.setWorkspace(articles, [], []);
    articles.forEach((a, i) => {
      this.results.set(a.id, this.analyzeOne(a));
      onProgress?.(i + 1, inputs.length, a.id);
    });
    this.crossArticle();
    const points: Record<string, LonLat> = {};
    const regions: Record<string, RegionSummary> = {};
    for (const id of this.order) {
      const r = this.results.get(id)!;
      Object.assign(points, r.points);
      Object.assign(regions, r.regions);
    }
    this.lastElapsedMs = 0;
    return { analyses: this.merged, points, regions, elapsedMs: performance.now() - t0 };
  }
}

/** Whether two lists of claims are about the same mentions. */
function sameMentions(a: readonly Claim[] = [], b: readonly Claim[] = []): boolean {
  const inA = new Set(a.map((c) => c.mention));
  const inB = new Set(b.map((c) => c.mention));
  return inA.size === inB.size && [...inA].every((id) => inB.has(id));
}
