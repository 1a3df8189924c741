import type { PlaceRef } from '../core/types.ts';
import type { ArticleResult, RegionSummary } from './protocol.ts';

/**
 * One object per place and per region summary on the main thread. The worker's answers arrive
 * as structured clones, so every mention and every alternative brings its own copy of the
 * place it names, and every article its own copies of the regions it refers to, although a
 * corpus names the same places and regions over and over (places and alternatives were a third
 * of an analysis). Swapping each copy for the first one seen (both are immutable and
 * determined by their id) leaves the copies to the young-generation collector and keeps the
 * page's heap, and its full garbage collections, smaller.
 */
export class PlaceTable {
  private readonly byId = new Map<number, PlaceRef>();
  private readonly regions = new Map<string, RegionSummary>();

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
   * Interns the places of every mention and alternative of `results`, and their region
   * summaries, in place.
   */
  internResults(results: readonly ArticleResult[]): void {
    for (const r of results) {
      for (const id in r.regions) r.regions[id] = this.internRegion(r.regions[id]);
      for (const m of r.analysis.mentions) {
        if (m.place) m.place = this.intern(m.place);
        for (const a of m.alternatives) a.place = this.intern(a.place);
      }
    }
  }
}
