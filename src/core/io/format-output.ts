import { gazetteerSummary } from '../gazetteer/gazetteer-summary.ts';
import type { ArticleAnalysis, Claim, Mention } from '../types.ts';
import type { Engine } from '../engine.ts';

export const TOOL_NAME = 'claim-map';
export const TOOL_VERSION = '0.2.0';

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
 * properties carrying the article (id, title, URL, date), the sentence text and offsets. The
 * properties hold the same fields as the CSV columns of the same record (see CSV_FIELDS), under
 * camelCase names, so either file can be read back into the other (format-output.test.ts).
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
          ...articleProperties(a),
          sentenceIndex: m.sentence,
          text: m.text,
          kind: m.kind,
          placeId: m.place?.id ?? null,
          placeName: m.place?.name ?? null,
          country: m.place?.countryCode ?? null,
          admin1: m.place?.admin1Name ?? null,
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

function articleProperties(a: ArticleAnalysis): Record<string, unknown> {
  return { articleId: a.id, articleTitle: a.title, articleUrl: a.url, articleDate: a.date };
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
    ...articleProperties(a),
    sentenceIndex: c.sentence,
    relation: c.relation,
    verdict: c.verdict,
    severity: c.severity,
    distanceKm: c.distanceKm,
    placeText: m.text,
    placeId: m.place?.id ?? null,
    placeName: m.place?.name ?? null,
    country: m.place?.countryCode ?? null,
    admin1: m.place?.admin1Name ?? null,
    asserted: c.asserted.text,
    assertedRegionId: c.asserted.regionId,
    assertedName: c.asserted.name,
    explanation: c.explanation,
    suggestions: suggestionsText(c),
    related: c.related.join(' '),
    sentence: sentenceOf(text, a, c.sentence),
    start: m.start,
    end: m.end,
  };
}

function suggestionsText(c: Claim): string {
  return c.suggestions.map((s) => `${s.name} (${s.admin1Name})`).join('; ');
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

/** Whether the user corrected this mention (see applyCorrections in pipeline.ts). */
export function isCorrected(m: Mention | undefined): boolean {
  return m?.cues?.includes('corrected') ?? false;
}

/** What a CSV column holds: text is guarded against formulas, numbers and booleans never are. */
export type CsvCellType = 'text' | 'number' | 'boolean';

/** One CSV column: its header, its type and the GeoJSON property that holds the same value. */
export interface CsvField {
  name: string;
  type: CsvCellType;
  /** The property of the same record in toGeoJson's output (`null`: the geometry holds it). */
  property: string | null;
}

const field = (name: string, type: CsvCellType, property: string | null): CsvField => ({
  name,
  type,
  property,
});

/**
 * The CSV columns, one meaning each. Mention rows leave the claim columns empty and claim rows
 * the mention columns (`kind`, `region_id`, `precision`, `confidence`, `matched_by`).
 * `lat`/`lon` are the place's coordinates (empty when the mention has no place).
 */
export const CSV_FIELDS: readonly CsvField[] = [
  field('record', 'text', 'record'),
  field('id', 'text', 'id'),
  field('article_id', 'text', 'articleId'),
  field('article_title', 'text', 'articleTitle'),
  field('article_url', 'text', 'articleUrl'),
  field('article_date', 'text', 'articleDate'),
  field('sentence_index', 'number', 'sentenceIndex'),
  field('start', 'number', 'start'),
  field('end', 'number', 'end'),
  field('text', 'text', null),
  field('kind', 'text', 'kind'),
  field('relation', 'text', 'relation'),
  field('place_id', 'number', 'placeId'),
  field('place_name', 'text', 'placeName'),
  field('lat', 'number', null),
  field('lon', 'number', null),
  field('country', 'text', 'country'),
  field('admin1', 'text', 'admin1'),
  field('region_id', 'text', 'regionId'),
  field('precision', 'text', 'precision'),
  field('confidence', 'number', 'confidence'),
  field('matched_by', 'text', 'matchedBy'),
  field('verdict', 'text', 'verdict'),
  field('severity', 'text', 'severity'),
  field('distance_km', 'number', 'distanceKm'),
  field('claimed_region_id', 'text', 'assertedRegionId'),
  field('claimed_region', 'text', 'assertedName'),
  field('asserted', 'text', 'asserted'),
  field('explanation', 'text', 'explanation'),
  field('suggestions', 'text', 'suggestions'),
  field('related', 'text', 'related'),
  field('sentence', 'text', 'sentence'),
];

/** Fields appended to CSV_FIELDS when an export has annotations. */
export const CSV_ANNOTATION_FIELDS: readonly CsvField[] = [
  field('corrected', 'boolean', 'corrected'),
  field('review', 'text', 'review'),
  field('review_note', 'text', 'reviewNote'),
];

export const CSV_COLUMNS = CSV_FIELDS.map((f) => f.name);

/** Columns appended to CSV_COLUMNS when an export has annotations. */
export const CSV_ANNOTATION_COLUMNS = CSV_ANNOTATION_FIELDS.map((f) => f.name);

/** The UTF-8 byte-order mark that starts every CSV export: spreadsheets then read Cyrillic right. */
export const CSV_BOM = '\uFEFF';

/**
 * One CSV cell. Text that starts with = + - @ (or a tab or carriage return) gets a leading
 * apostrophe, against spreadsheet formula injection (OWASP "CSV Injection"); so does text that
 * starts with an apostrophe, so that readCsvCell can take exactly one off again. Numbers and
 * booleans are written as they are: `-87.65` stays a number.
 */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return String(v);
  let s = String(v);
  if (/^[=+\-@\t\r']/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Reads one parsed CSV cell back as toCsv wrote it: empty is null, numbers and booleans are
 * typed, and text loses the apostrophe csvCell put before it.
 * @example readCsvCell("'-5 km", 'text') // '-5 km'
 */
export function readCsvCell(raw: string, type: CsvCellType): string | number | boolean | null {
  if (raw === '') return null;
  if (type === 'number') return Number(raw);
  if (type === 'boolean') return raw === 'true';
  return raw.startsWith("'") ? raw.slice(1) : raw;
}

/**
 * One row per mention and per claim, starting with a UTF-8 byte-order mark. Text cells go
 * through csvCell, so text from an article never becomes a spreadsheet formula. With
 * `annotations`, three columns are appended (CSV_ANNOTATION_COLUMNS).
 */
export function toCsv(
  analyses: ArticleAnalysis[],
  texts: Map<string, string>,
  annotations?: ExportAnnotations,
): string {
  const fields = annotations ? [...CSV_FIELDS, ...CSV_ANNOTATION_FIELDS] : CSV_FIELDS;
  const rows: string[] = [fields.map((f) => f.name).join(',')];
  const row = (values: Record<string, unknown>) =>
    fields
      .map((f) => csvCell(f.type === 'text' ? textOf(values[f.name]) : values[f.name]))
      .join(',');
  for (const a of analyses) {
    const text = texts.get(a.id) ?? '';
    const byId = new Map(a.mentions.map((m) => [m.id, m]));
    const article = {
      article_id: a.id,
      article_title: a.title,
      article_url: a.url,
      article_date: a.date,
    };
    for (const m of a.mentions) {
      rows.push(
        row({
          record: 'mention',
          id: m.id,
          ...article,
          sentence_index: m.sentence,
          start: m.start,
          end: m.end,
          text: m.text,
          kind: m.kind,
          ...placeColumns(m),
          region_id: m.regionId,
          precision: m.precision,
          confidence: m.confidence,
          matched_by: m.matchedBy,
          sentence: sentenceOf(text, a, m.sentence),
          corrected: isCorrected(m),
        }),
      );
    }
    for (const c of a.claims) {
      const m = byId.get(c.mention);
      const review = annotations?.review(a.id, c, m);
      rows.push(
        row({
          record: 'claim',
          id: c.id,
          ...article,
          sentence_index: c.sentence,
          start: m?.start,
          end: m?.end,
          text: m?.text,
          relation: c.relation,
          ...placeColumns(m),
          verdict: c.verdict,
          severity: c.severity,
          distance_km: c.distanceKm,
          claimed_region_id: c.asserted.regionId,
          claimed_region: c.asserted.name,
          asserted: c.asserted.text,
          explanation: c.explanation,
          suggestions: suggestionsText(c),
          related: c.related.join(' '),
          sentence: sentenceOf(text, a, c.sentence),
          corrected: isCorrected(m),
          review: review?.status,
          review_note: review?.note,
        }),
      );
    }
  }
  return CSV_BOM + rows.join('\n') + '\n';
}

/** A text column's value as a string: an id that happens to be numeric stays text. */
function textOf(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

function placeColumns(m: Mention | undefined): Record<string, unknown> {
  const p = m?.place;
  return {
    place_id: p?.id,
    place_name: p?.name,
    lat: p?.lat,
    lon: p?.lon,
    country: p?.countryCode,
    admin1: p?.admin1Name,
  };
}
