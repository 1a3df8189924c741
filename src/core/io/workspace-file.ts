import type { ArticleInput, Claim, MentionCorrection, Span } from '../types.ts';

/**
 * The workspace file: everything a fact-checker added or decided (articles, corrections,
 * claim reviews and notes) as one JSON document with a format name and a version, so that an
 * export opened in another browser reproduces the workspace exactly. Analyses are not stored:
 * they follow from the articles and corrections, and are recomputed on import.
 */
export const WORKSPACE_FORMAT = 'claim-map-workspace';
/**
 * Bump when the file layout changes; readers refuse versions above theirs. Version 2 added
 * tagged place names and points put on the map by hand (`tagged`, `point` in corrections).
 */
export const WORKSPACE_VERSION = 2;

/** Where an article came from: the bundled sample corpus or the user. */
export type ArticleOrigin = 'sample' | 'user';

/** A correction as stored: the core's MentionCorrection plus labels for lists. */
export interface WorkspaceCorrection extends MentionCorrection {
  /** The mention's text, as written in the article. */
  text: string;
  /** The chosen place's name, for display; null for "not a place" and for a point. */
  placeName: string | null;
}

/** What a stored correction sets, in words for lists ("Kupiansk", "a point on the map"). */
export function correctionLabel(c: WorkspaceCorrection): string {
  if (c.point) return `a point on the map (${c.point.lat.toFixed(4)}, ${c.point.lon.toFixed(4)})`;
  if (c.placeId === null) return 'not a place';
  return c.placeName ?? 'another place';
}

/** An article of the workspace: the core's input plus its origin and corrections. */
export interface WorkspaceArticle extends ArticleInput {
  origin: ArticleOrigin;
  corrections: WorkspaceCorrection[];
}

export type ReviewStatus = 'open' | 'reviewed' | 'dismissed';
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['open', 'reviewed', 'dismissed'];

/** A fact-checker's decision on a claim, with a note. */
export interface ClaimReview {
  /** See claimKey: stable across re-analysis, unlike the claim's id. */
  key: string;
  articleId: string;
  status: ReviewStatus;
  note: string;
  /** ISO 8601. */
  updatedAt: string;
  /** What the claim was about, for lists ("SevSk: in region Donetsk Oblast"). */
  label: string;
}

export interface Workspace {
  articles: WorkspaceArticle[];
  reviews: ClaimReview[];
}

/** A workspace file that cannot be read; the message says what is wrong and where. */
export class WorkspaceFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkspaceFileError';
  }
}

/**
 * A key for a claim that survives re-analysis: claim ids are positional (`<article>:c<n>`)
 * and shift when a correction adds or removes claims, but the article, the mention's span,
 * the relation and the asserted words do not.
 */
export function claimKey(articleId: string, claim: Claim, mention: Span | null): string {
  return JSON.stringify([
    articleId,
    mention?.start ?? -1,
    mention?.end ?? -1,
    claim.relation,
    claim.asserted.text,
  ]);
}

/** The workspace as the text of a file (pretty-printed JSON). */
export function serializeWorkspace(ws: Workspace, exportedAt = new Date()): string {
  return JSON.stringify(
    {
      format: WORKSPACE_FORMAT,
      version: WORKSPACE_VERSION,
      exportedAt: exportedAt.toISOString(),
      articles: ws.articles.map(cleanArticle),
      reviews: ws.reviews.map((r) => ({ ...r })),
    },
    null,
    1,
  );
}

/** Only the known fields, in a fixed order (so an export is the same every time). */
function cleanArticle(a: WorkspaceArticle): WorkspaceArticle {
  const out: WorkspaceArticle = { id: a.id, origin: a.origin, text: a.text, corrections: [] };
  if (a.title !== undefined) out.title = a.title;
  if (a.date !== undefined) out.date = a.date;
  if (a.url !== undefined) out.url = a.url;
  if (a.source !== undefined) out.source = a.source;
  out.corrections = a.corrections.map((c) => {
    const clean: WorkspaceCorrection = {
      start: c.start,
      end: c.end,
      placeId: c.placeId,
      text: c.text,
      placeName: c.placeName,
    };
    if (c.point) clean.point = { lat: c.point.lat, lon: c.point.lon };
    if (c.tagged) clean.tagged = true;
    return clean;
  });
  return out;
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads a workspace file, checking every field. Throws WorkspaceFileError naming the file and
 * the first problem (`articles[3].corrections[0].end: ...`); a file from a newer version of the
 * app is refused with a message saying so. Nothing is changed by a failed read: the caller
 * replaces its workspace only with what this returns.
 *
 * @example parseWorkspace(serializeWorkspace(ws), 'x.json') // deep-equals ws
 */
export function parseWorkspace(text: string, name: string): Workspace {
  const fail = (where: string, message: string): never => {
    throw new WorkspaceFileError(`${name}: ${where ? `${where}: ` : ''}${message}`);
  };
  if (text.trim() === '') fail('', 'the file is empty.');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    fail(
      '',
      `not a valid JSON file, so not a workspace export (${e instanceof Error ? e.message : 'parse error'}).`,
    );
  }
  if (!isObj(doc) || doc.format !== WORKSPACE_FORMAT)
    fail('', `not a Claim map workspace export (it has no "format": "${WORKSPACE_FORMAT}").`);
  const d = doc as Obj;
  const version = d.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    fail('version', 'missing or not a whole number.');
  if ((version as number) > WORKSPACE_VERSION)
    fail(
      '',
      `made by a newer version of Claim map (workspace format version ${version}; this app reads version ${WORKSPACE_VERSION}). Update the app to open it.`,
    );
  if (!Array.isArray(d.articles)) fail('articles', 'missing or not a list.');
  if (!Array.isArray(d.reviews)) fail('reviews', 'missing or not a list.');
  const ids = new Set<string>();
  const articles = (d.articles as unknown[]).map((raw, i) => {
    const at = `articles[${i}]`;
    if (!isObj(raw)) fail(at, 'not an object.');
    const a = raw as Obj;
    if (typeof a.id !== 'string' || a.id === '') fail(`${at}.id`, 'missing or not a string.');
    const id = a.id as string;
    if (ids.has(id)) fail(`${at}.id`, `"${id}" appears twice.`);
    ids.add(id);
    if (typeof a.text !== 'string') fail(`${at}.text`, 'missing or not a string.');
    const articleText = a.text as string;
    if (a.origin !== 'sample' && a.origin !== 'user')
      fail(`${at}.origin`, 'must be "sample" or "user".');
    const out: WorkspaceArticle = {
      id,
      origin: a.origin as ArticleOrigin,
      text: articleText,
      corrections: [],
    };
    for (const key of ['title', 'date', 'url', 'source'] as const) {
      if (a[key] === undefined) continue;
      if (typeof a[key] !== 'string') fail(`${at}.${key}`, 'not a string.');
      out[key] = a[key] as string;
    }
    if (!Array.isArray(a.corrections)) fail(`${at}.corrections`, 'missing or not a list.');
    const spans = new Set<string>();
    out.corrections = (a.corrections as unknown[]).map((rc, j) => {
      const cat = `${at}.corrections[${j}]`;
      if (!isObj(rc)) fail(cat, 'not an object.');
      const c = rc as Obj;
      const { start, end, placeId } = c;
      if (typeof start !== 'number' || !Number.isInteger(start) || start < 0)
        fail(`${cat}.start`, 'not a whole number >= 0.');
      if (
        typeof end !== 'number' ||
        !Number.isInteger(end) ||
        end <= (start as number) ||
        end > articleText.length
      )
        fail(
          `${cat}.end`,
          `not a whole number after "start" and within the text (length ${articleText.length}).`,
        );
      if (placeId !== null && (typeof placeId !== 'number' || !Number.isInteger(placeId)))
        fail(`${cat}.placeId`, 'must be a place id (a whole number) or null.');
      if (typeof c.text !== 'string') fail(`${cat}.text`, 'missing or not a string.');
      if (c.placeName !== null && typeof c.placeName !== 'string')
        fail(`${cat}.placeName`, 'must be a string or null.');
      const span = `${start}:${end}`;
      if (spans.has(span)) fail(cat, `a second correction of characters ${start}-${end}.`);
      spans.add(span);
      const out: WorkspaceCorrection = {
        start: start as number,
        end: end as number,
        placeId: placeId as number | null,
        text: c.text as string,
        placeName: c.placeName as string | null,
      };
      if (c.point !== undefined) {
        const p = c.point;
        if (
          !isObj(p) ||
          typeof p.lat !== 'number' ||
          typeof p.lon !== 'number' ||
          !(Math.abs(p.lat) <= 90) ||
          !(Math.abs(p.lon) <= 180)
        )
          fail(`${cat}.point`, 'must be {"lat": -90..90, "lon": -180..180}.');
        if (placeId !== null) fail(`${cat}.point`, 'a point with a place id (one or the other).');
        out.point = { lat: (p as Obj).lat as number, lon: (p as Obj).lon as number };
      }
      if (c.tagged !== undefined) {
        if (c.tagged !== true) fail(`${cat}.tagged`, 'must be true when present.');
        const written = articleText.slice(start as number, end as number);
        if (written !== c.text)
          fail(
            `${cat}.text`,
            `the article reads "${written}" at characters ${start}-${end}, not "${c.text as string}".`,
          );
        if (placeId === null && out.point === undefined)
          fail(cat, 'a tagged place name needs a place id or a point.');
        out.tagged = true;
      }
      return out;
    });
    return out;
  });
  const keys = new Set<string>();
  const reviews = (d.reviews as unknown[]).map((raw, i) => {
    const at = `reviews[${i}]`;
    if (!isObj(raw)) fail(at, 'not an object.');
    const r = raw as Obj;
    for (const key of ['key', 'articleId', 'note', 'updatedAt', 'label'] as const)
      if (typeof r[key] !== 'string') fail(`${at}.${key}`, 'missing or not a string.');
    if (!REVIEW_STATUSES.includes(r.status as ReviewStatus))
      fail(`${at}.status`, `must be one of ${REVIEW_STATUSES.map((s) => `"${s}"`).join(', ')}.`);
    if (!ids.has(r.articleId as string))
      fail(`${at}.articleId`, `no article "${r.articleId as string}" in this file.`);
    if (keys.has(r.key as string)) fail(`${at}.key`, 'a second review of the same claim.');
    keys.add(r.key as string);
    return {
      key: r.key as string,
      articleId: r.articleId as string,
      status: r.status as ReviewStatus,
      note: r.note as string,
      updatedAt: r.updatedAt as string,
      label: r.label as string,
    };
  });
  return { articles, reviews };
}
