import type { Claim, Mention, PlaceRef } from '../core/types.ts';
import type { WorkspaceArticle } from '../core/io/workspace-file.ts';
import type { ArticleResult, LonLat, RegionSummary } from './protocol.ts';

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
   * Interns, in place, the places, regions, points, words and empty lists of `results`, and
   * remakes their mentions and claims (see {@link mention}).
   */
  internResults(results: readonly ArticleResult[]): void {
    for (const r of results) {
      r.version = this.word(r.version);
      for (const id in r.regions) r.regions[id] = this.internRegion(r.regions[id]);
      for (const id in r.points) r.points[id] = this.point(r.points[id]);
      const { mentions, claims } = r.analysis;
      for (let i = 0; i < mentions.length; i++) mentions[i] = this.mention(mentions[i]);
      this.internClaims(claims);
    }
  }

  /** Remakes, in place, the claims of a list (see {@link claim}). */
  internClaims(claims: Claim[]): void {
    for (let i = 0; i < claims.length; i++) claims[i] = this.claim(claims[i]);
  }

  /** Interns, in place, the words of articles (their origin and source). */
  internArticles(articles: readonly WorkspaceArticle[]): void {
    for (const a of articles) {
      a.origin = this.word(a.origin);
      if (a.source !== undefined) a.source = this.word(a.source);
    }
  }

  /** Interns, in place, cross-article claims by article id. */
  internCross(cross: Readonly<Record<string, Claim[]>>): void {
    for (const id in cross) this.internClaims(cross[id]);
  }

  /**
   * The mention made again as one object literal, with its places and words interned. A
   * structured clone builds each object a property at a time, so an object of more than a
   * few properties gets a second, out-of-object property store: half a million of them for
   * 100,000 claims. A literal holds all its properties in the object, in one shape.
   */
  mention(m: Mention): Mention {
    const {
      start,
      end,
      id,
      sentence,
      text,
      kind,
      place,
      regionId,
      precision,
      confidence,
      matchedBy,
      alternatives,
      cues,
      ...rest
    } = m;
    // Every field is copied: a field added to Mention must be added here.
    const none: Record<string, never> = rest;
    void none;
    // `cues` is there (perhaps undefined) in every mention: one shape for all.
    return {
      start,
      end,
      id,
      sentence,
      text: this.word(text),
      kind: this.word(kind),
      place: place ? this.intern(place) : null,
      regionId: this.word(regionId),
      precision: this.word(precision),
      confidence,
      matchedBy: this.word(matchedBy),
      alternatives:
        alternatives.length === 0
          ? EMPTY
          : alternatives.map((a) => ({ place: this.intern(a.place), score: a.score })),
      cues: cues && (cues.length === 0 ? EMPTY : cues.map((c) => this.word(c))),
    };
  }

  /** The claim made again as one object literal, with its words interned (see mention). */
  claim(c: Claim): Claim {
    const {
      id,
      sentence,
      mention,
      relation,
      asserted,
      verdict,
      severity,
      distanceKm,
      explanation,
      suggestions,
      related,
      ...rest
    } = c;
    const none: Record<string, never> = rest;
    void none;
    return {
      id,
      sentence,
      mention,
      relation: this.word(relation),
      asserted: this.asserted(asserted),
      verdict: this.word(verdict),
      severity: this.word(severity),
      distanceKm,
      explanation,
      suggestions: suggestions.length === 0 ? EMPTY : suggestions,
      related: related.length === 0 ? EMPTY : related,
    };
  }

  private asserted(a: Claim['asserted']): Claim['asserted'] {
    const { text, regionId, name, lat, lon, ...rest } = a;
    const none: Record<string, never> = rest;
    void none;
    return {
      text: this.word(text),
      regionId: this.word(regionId),
      name: this.word(name),
      lat,
      lon,
    };
  }
}
