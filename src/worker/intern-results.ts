import type { Claim, Mention, PlaceRef } from '../core/types.ts';
import type {
  ArticleResult,
  LonLat,
  PageArticle,
  RegionSummary,
  WorkerResponse,
} from './protocol.ts';
import { articlesOf, crossOf, resultsOf } from './message-parts.ts';

/**
 * One shared empty array for the empty lists of every answer (no alternatives, no
 * suggestions, no related claims): most of them are empty. Frozen, so that a push into it
 * fails loudly instead of changing every list at once.
 */
const EMPTY = Object.freeze([]) as unknown as never[];

/**
 * Makes the main thread's copy of the worker's answers small in objects. The answers arrive
 * as structured clones, so every mention and every alternative brings its own copy of the place
 * it names, every article its own copies of the regions it refers to, every claim its own
 * copies of "consistent" and "in-region", and every empty list is an object of its own. A
 * corpus repeats these over and over: for 100,000 claims they were about two million objects.
 * Swapping each copy for the first one seen (all are immutable, and places and regions are
 * determined by their id) leaves the copies to the young-generation collector, and keeps the
 * page's heap, and the work of its full garbage collections, smaller.
 */
export class ResultInterner {
  private readonly byId = new Map<number, PlaceRef>();
  private readonly regions = new Map<string, RegionSummary>();
  /** Strings from small vocabularies: verdicts, relations, cues, region ids, place names. */
  private readonly words = new Map<string, string>();
  /** Drawn points by longitude, then latitude. */
  private readonly points = new Map<number, Map<number, LonLat>>();
  /** Lists of words (a mention's cues), frozen, by their words joined. */
  private readonly lists = new Map<string, readonly string[]>();

  /** How many places are held. */
  get size(): number {
    return this.byId.size;
  }

  /** The one object for this place. */
  intern(p: PlaceRef): PlaceRef {
    const had = this.byId.get(p.id);
    if (had) return had;
    this.byId.set(p.id, p);
    return p;
  }

  /** The one object for this region summary. */
  internRegion(r: RegionSummary): RegionSummary {
    const had = this.regions.get(r.id);
    if (had) return had;
    this.regions.set(r.id, r);
    return r;
  }

  /**
   * The one string for a word of a bounded vocabulary: names of places and regions as
   * written, verdicts, cues. Never for free text (explanations, ids): the table keeps what it
   * holds.
   */
  word<T extends string | null>(s: T): T {
    if (s === null) return s;
    const had = this.words.get(s);
    if (had !== undefined) return had as T;
    this.words.set(s, s);
    return s;
  }

  /** The one array for this point. */
  point(p: LonLat): LonLat {
    let byLat = this.points.get(p[0]);
    if (!byLat) this.points.set(p[0], (byLat = new Map()));
    const had = byLat.get(p[1]);
    if (had) return had;
    byLat.set(p[1], p);
    return p;
  }

  /**
   * The one array for this list of words (of a bounded vocabulary, like a mention's cues).
   * Frozen, as it is shared.
   */
  wordList(list: string[]): string[] {
    if (list.length === 0) return EMPTY;
    const key = list.join('\u0000');
    const had = this.lists.get(key);
    if (had) return had as string[];
    const mine = Object.freeze(list.map((w) => this.word(w)));
    this.lists.set(key, mine);
    return mine as string[];
  }

  /** Interns, in place, the places, regions, points, words and empty lists of `results`. */
  internResults(results: readonly ArticleResult[]): void {
    for (const r of results) {
      r.version = this.word(r.version);
      for (const id in r.regions) r.regions[id] = this.internRegion(r.regions[id]);
      for (const id in r.points) r.points[id] = this.point(r.points[id]);
      for (const m of r.analysis.mentions) this.internMention(m);
      this.internClaims(r.analysis.claims);
    }
  }

  /** Interns, in place, the words and empty lists of claims. */
  internClaims(claims: readonly Claim[]): void {
    for (const c of claims) {
      c.relation = this.word(c.relation);
      c.verdict = this.word(c.verdict);
      c.severity = this.word(c.severity);
      c.asserted.regionId = this.word(c.asserted.regionId);
      c.asserted.text = this.word(c.asserted.text);
      c.asserted.name = this.word(c.asserted.name);
      if (c.suggestions.length === 0) c.suggestions = EMPTY;
      if (c.related.length === 0) c.related = EMPTY;
    }
  }

  /** Interns, in place, the words of articles (their origin). */
  internArticles(articles: readonly PageArticle[]): void {
    for (const a of articles) a.origin = this.word(a.origin);
  }

  /**
   * Interns, in place, everything an answer or a part carries (articles, results, cross
   * claims). An article and its result come side by side; the result's title and source, the
   * same as the article's, become the article's strings.
   */
  internMessage(m: WorkerResponse): void {
    const articles = articlesOf(m);
    const results = resultsOf(m);
    this.internArticles(articles);
    this.internResults(results);
    this.internCross(crossOf(m));
    for (let i = 0; i < results.length && i < articles.length; i++) {
      const a = articles[i];
      const r = results[i].analysis;
      if (r.id !== a.id) continue;
      if (r.title === a.title) r.title = a.title;
      if (r.source === a.source) r.source = a.source;
    }
  }

  /** Interns, in place, cross-article claims by article id. */
  internCross(cross: Readonly<Record<string, Claim[]>>): void {
    for (const id in cross) this.internClaims(cross[id]);
  }

  private internMention(m: Mention): void {
    if (m.place) m.place = this.intern(m.place);
    if (m.alternatives.length === 0) m.alternatives = EMPTY;
    else for (const a of m.alternatives) a.place = this.intern(a.place);
    if (m.inRegionReading) m.inRegionReading.place = this.intern(m.inRegionReading.place);
    m.text = this.word(m.text);
    m.kind = this.word(m.kind);
    m.precision = this.word(m.precision);
    m.matchedBy = this.word(m.matchedBy);
    m.regionId = this.word(m.regionId);
    if (m.cues) m.cues = this.wordList(m.cues);
  }
}
