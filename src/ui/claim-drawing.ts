import {
  claimFeature,
  stackCounts,
  type ClaimDiff,
  type ClaimFeature,
  type ClaimMark,
  type DrawableClaim,
} from '../map/claim-features.ts';
import { nextTask } from './next-task.ts';

/** Where the claims are drawn (the map controller). */
export interface ClaimTarget {
  /**
   * Applies a change; resolves once the map has taken it.
   *
   * @param total - how many claims are drawn once the whole change is applied
   */
  updateClaims(diff: ClaimDiff, total: number): Promise<void>;
  /**
   * Holds the claims off the map (true) while a change of several messages is sent, and
   * shows them again (false) once the map has all of it. Each message makes maplibre's worker
   * regroup every claim into clusters, and the map draw a frame: with the claims held, a
   * change of 100,000 claims is one regrouping per message and no frames (the map keeps its
   * last frame), then the frames of the claims at the end.
   */
  hold?(held: boolean): void;
}

export interface ClaimDrawingOptions {
  /** Claims compared (and their features built) per task. */
  slice?: number;
  /**
   * Features sent per message (default 5,000). maplibre copies each message to its worker
   * on the page, property by property (about 7 µs a feature, then the postMessage), so a
   * message of 12,000 features was a task of about 190 ms; each message also costs the map a
   * redraw, so they are not made smaller than that.
   */
  sendSlice?: number;
  /** Waits for a new task (tests pass an immediate one). */
  nextTask?: () => Promise<void>;
}

/**
 * Keeps the map's claims equal to a list of claims, sending only what changed, a slice at a
 * time: every feature handed to maplibre is copied, property by property, to its worker on
 * the main thread, which for 100,000 claims in one message takes over half a second. Here each
 * task compares at most `slice` claims or sends at most `sendSlice` features, and turning a filter off and on again sends
 * only the claims that come back. A newer draw abandons an older one between slices; what is
 * drawn is tracked message by message, so the newer one starts from what the map really has.
 */
export class ClaimDrawing<T extends DrawableClaim = DrawableClaim> {
  /**
   * What the map has, by claim id: the claim object drawn, the count on its label and
   * whether it was drawn faint. Claims are immutable (a re-analysis makes new ones), so the
   * same object with the same count and mark draws the same feature: nothing to compare.
   */
  private readonly drawn = new Map<string, Drawn<T>>();
  /**
   * The entry last made for each claim, with its feature. Turning a filter off brings back
   * tens of thousands of claims: their entries and features are the same objects as before
   * instead of new ones, which the page's garbage collector would have to promote, while the
   * old ones it had dropped wait in the old generation for a full collection.
   */
  private readonly made = new WeakMap<T, Drawn<T>>();
  private job = 0;
  private readonly slice: number;
  private readonly sendSlice: number;
  private readonly wait: () => Promise<void>;

  constructor(
    private readonly target: ClaimTarget,
    options: ClaimDrawingOptions = {},
  ) {
    this.slice = options.slice ?? 5_000;
    this.sendSlice = options.sendSlice ?? options.slice ?? 5_000;
    this.wait = options.nextTask ?? nextTask;
  }

  /** How many claims the map has now. */
  get size(): number {
    return this.drawn.size;
  }

  /**
   * Draws `claims` in place of what is drawn.
   *
   * @returns true once the map has all of them; false when a newer draw took over
   */
  async draw(
    claims: readonly T[],
    marks: (c: T) => ClaimMark | undefined = () => undefined,
  ): Promise<boolean> {
    const job = ++this.job;
    const stale = () => job !== this.job;
    const { slice, sendSlice } = this;
    // The claims per point first (each feature's label says how many share its point), in
    // slices too: for 100,000 claims the count alone is a task of about 60 ms.
    const stacks = stackCounts(claims, undefined, 0, Math.min(claims.length, slice * 4));
    for (let at = slice * 4; at < claims.length; at += slice * 4) {
      await this.wait();
      if (stale()) return false;
      stackCounts(claims, stacks, at, Math.min(claims.length, at + slice * 4));
    }
    // Compared against what is drawn without a map of the wanted claims: each claim drawn
    // and still wanted is marked with this job, and what is left unmarked goes. A draw spans
    // several tasks, so whatever it allocates per claim outlives young-generation collections
    // and ends up as old-generation garbage, at every filter change.
    let total = 0;
    const add: ClaimFeature[] = [];
    const added: Drawn<T>[] = [];
    for (let at = 0; at < claims.length; at += slice) {
      if (at > 0) {
        await this.wait();
        if (stale()) return false;
      }
      const end = Math.min(claims.length, at + slice);
      for (let i = at; i < end; i++) {
        const claim = claims[i];
        if (!claim.point) continue;
        total++;
        const count = stacks.atPoint.get(stacks.keys[i]) ?? 1;
        const dismissed = marks(claim) === 'dismissed';
        const had = this.drawn.get(claim.id);
        if (had) had.job = job;
        if (had && had.claim === claim && had.count === count && had.dismissed === dismissed)
          continue;
        let entry = this.made.get(claim);
        if (entry && entry.count === count && entry.dismissed === dismissed) entry.job = job;
        else {
          const mark = dismissed ? 'dismissed' : undefined;
          const feature = claimFeature(claims, i, stacks, mark)!;
          entry = { claim, count, dismissed, job, feature };
          this.made.set(claim, entry);
        }
        add.push(entry.feature);
        added.push(entry);
      }
    }
    const remove: string[] = [];
    for (const [id, d] of this.drawn) if (d.job !== job) remove.push(id);
    const removeAll = remove.length > 0 && remove.length === this.drawn.size;
    if (remove.length === 0 && add.length === 0) {
      this.target.hold?.(false);
      return true;
    }
    if (add.length > sendSlice) this.target.hold?.(true);

    // Removals ride with the first slice of additions; ids are cheap to copy.
    for (let at = 0; at === 0 || at < add.length; at += sendSlice) {
      if (at > 0) {
        await this.wait();
        if (stale()) return false;
      }
      const part = add.slice(at, at + sendSlice);
      const entries = added.slice(at, at + sendSlice);
      const diff: ClaimDiff = { add: part };
      if (at === 0 && removeAll) diff.removeAll = true;
      else if (at === 0 && remove.length > 0) diff.remove = remove;
      if (diff.removeAll) this.drawn.clear();
      else for (const id of diff.remove ?? []) this.drawn.delete(id);
      for (const e of entries) this.drawn.set(e.claim.id, e);
      await this.target.updateClaims(diff, total);
      if (stale()) return false;
    }
    this.target.hold?.(false);
    return true;
  }

  /** Abandons a draw under way (the map is going away). */
  cancel(): void {
    this.job++;
  }
}

interface Drawn<T> {
  claim: T;
  count: number;
  dismissed: boolean;
  /** The last draw that wanted it (see draw). */
  job: number;
  feature: ClaimFeature;
}
