import { gazetteerSummary } from '../gazetteer/gazetteer-summary.ts';
import type { ArticleAnalysis, Claim, Mention } from '../types.ts';
import type { Engine } from '../engine.ts';

export const TOOL_NAME = 'claim-map';
export const TOOL_VERSION = '0.1.0';

export type OutputFormat = 'json' | 'geojson' | 'csv' | 'ndjson';

/** The reference JSON document (the contract between core, app and tests). */
export function toJsonDocument(analyses: ArticleAnalysis[], engine: Engine): object {
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    gazetteer: {
      version: engine.gazetteer.meta.dataVersion,
      ...gazetteerSummary(engine.gazetteer),
    },
    articles: analyses,
  };
}

function sentenceOf(text: string, a: ArticleAnalysis, index: number): string {
  const s = a.sentences[index];
  return s ? text.slice(s.start, s.end) : '';
}

/** Where a mention is drawn: its place, or the label point of its fallback region. */
export function mentionPoint(m: Mention, engine: Engine): [number, number] | null {
  if (m.place) return [m.place.lon, m.place.lat];
  if (m.regionId) {
    const r = engine.regions.get(m.regionId);
    if (r) return r.labelPoint;
  }
  return null;
}

/**
 * A FeatureCollection with one Point per located mention and one per claim (at its place),
 * properties carrying the article id, the sentence text and offsets.
 */
export function toGeoJson(
  analyses: ArticleAnalysis[],
  texts: Map<string, string>,
  engine: Engine,
  annotations?: ExportAnnotations,
): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = [];
  for (const a of analyses) {
    const text = texts.get(a.id) ?? '';
    const byId = new Map(a.mentions.map((m) => [m.id, m]));
    for (const m of a.mentions) {
      const pt = mentionPoint(m, engine);
      if (!pt) continue;
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: pt },
        properties: {
          record: 'mention',
          id: m.id,
          articleId: a.id,
          text: m.text,
          kind: m.kind,
          placeId: m.place?.id ?? null,
          placeName: m.place?.name ?? null,
          regionId: m.regionId,
          precision: m.precision,
          confidence: m.confidence,
          matchedBy: m.matchedBy,
          sentence: sentenceOf(text, a, m.sentence),
          start: m.start,
          end: m.end,
          ...(annotations ? { corrected: isCorrected(m) } : {}),
        },
      });
    }
    for (const c of a.claims) {
      const m = byId.get(c.mention);
      const pt = m ? mentionPoint(m, engine) : null;
      if (!pt) continue;
      const properties = claimProperties(a, c, m!, text);
      if (annotations) {
        const review = annotations.review(a.id, c, m);
        properties.corrected = isCorrected(m);
        properties.review = review?.status ?? null;
        properties.reviewNote = review?.note ?? null;
      }
      features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: pt }, properties });
    }
  }
  return { type: 'FeatureCollection', features };
}

function claimProperties(
  a: ArticleAnalysis,
  c: Claim,
  m: Mention,
  text: string,
): Record<string, unknown> {
  return {
    record: 'claim',
    id: c.id,
    articleId: a.id,
    relation: c.relation,
    verdict: c.verdict,
    severity: c.severity,
    distanceKm: c.distanceKm,
    placeText: m.text,
    placeName: m.place?.name ?? null,
    asserted: c.asserted.text,
    assertedRegionId: c.asserted.regionId,
    assertedName: c.asserted.name,
    explanation: c.explanation,
    suggestions: c.suggestions.map((s) => s.name).join('; '),
    related: c.related.join(' '),
    sentence: sentenceOf(text, a, c.sentence),
    start: m.start,
    end: m.end,
  };
}

/**
 * What the app adds to an export: whether a mention was corrected by the user and the review
 * (status and note) of each claim. The `analyze` CLI has neither, so its output is unchanged.
 */
export interface ExportAnnotations {
  review(
    articleId: string,
    claim: Claim,
    mention: Mention | undefined,
  ): { status: string; note: string } | undefined;
}

/** Columns appended to CSV_COLUMNS when an export has annotations. */
export const CSV_ANNOTATION_COLUMNS = ['corrected', 'review', 'review_note'];

/** Whether the user corrected this mention (see applyCorrections in pipeline.ts). */
export function isCorrected(m: Mention | undefined): boolean {
  return m?.cues?.includes('corrected') ?? false;
}

/**
 * Neutralises spreadsheet formula injection: a cell starting with = + - @ (or a tab or
 * carriage return) gets a leading apostrophe (OWASP "CSV Injection").
 */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  'record',
  'id',
  'article_id',
  'sentence_index',
  'start',
  'end',
  'text',
  'kind_or_relation',
  'place_id',
  'place_name',
  'lat',
  'lon',
  'country',
  'admin1',
  'precision_or_verdict',
  'confidence_or_severity',
  'matched_by_or_distance_km',
  'asserted',
  'explanation',
  'suggestions',
  'related',
  'sentence',
];

/**
 * One row per mention and per claim. Every cell goes through csvCell, so text from an article
 * never becomes a spreadsheet formula. With `annotations`, three columns are appended
 * (CSV_ANNOTATION_COLUMNS).
 */
export function toCsv(
  analyses: ArticleAnalysis[],
  texts: Map<string, string>,
  annotations?: ExportAnnotations,
): string {
  const header = annotations ? [...CSV_COLUMNS, ...CSV_ANNOTATION_COLUMNS] : CSV_COLUMNS;
  const rows: string[] = [header.join(',')];
  for (const a of analyses) {
    const text = texts.get(a.id) ?? '';
    const byId = new Map(a.mentions.map((m) => [m.id, m]));
    for (const m of a.mentions) {
      rows.push(
        [
          'mention',
          m.id,
          a.id,
          m.sentence,
          m.start,
          m.end,
          m.text,
          m.kind,
          m.place?.id,
          m.place?.name,
          m.place?.lat,
          m.place?.lon,
          m.place?.countryCode,
          m.place?.admin1Name ?? m.regionId,
          m.precision,
          m.confidence,
          m.matchedBy,
          '',
          '',
          '',
          '',
          sentenceOf(text, a, m.sentence),
          ...(annotations ? [isCorrected(m), '', ''] : []),
        ]
          .map(csvCell)
          .join(','),
      );
    }
    for (const c of a.claims) {
      const m = byId.get(c.mention);
      rows.push(
        [
          'claim',
          c.id,
          a.id,
          c.sentence,
          m?.start,
          m?.end,
          m?.text,
          c.relation,
          m?.place?.id,
          m?.place?.name,
          m?.place?.lat,
          m?.place?.lon,
          m?.place?.countryCode,
          m?.place?.admin1Name,
          c.verdict,
          c.severity,
          c.distanceKm,
          c.asserted.text,
          c.explanation,
          c.suggestions.map((s) => `${s.name} (${s.admin1Name})`).join('; '),
          c.related.join(' '),
          sentenceOf(text, a, c.sentence),
          ...(annotations ? claimAnnotations(annotations, a.id, c, m) : []),
        ]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return rows.join('\n') + '\n';
}

function claimAnnotations(
  annotations: ExportAnnotations,
  articleId: string,
  c: Claim,
  m: Mention | undefined,
): unknown[] {
  const review = annotations.review(articleId, c, m);
  return [isCorrected(m), review?.status ?? '', review?.note ?? ''];
}
