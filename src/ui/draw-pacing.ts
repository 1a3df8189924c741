/**
 * Spaces the map's draws while claims keep coming (an analysis under way sends a part every
 * tenth of a second or so). Each change of a clustered source makes maplibre's worker rebuild
 * the cluster index over every claim, which for 100,000 claims is several hundred
 * milliseconds; drawing after every part kept that worker busy all along, competing with the
 * analysis for the machine's cores. After a draw that took `d` ms, the next one waits until
 * PAUSE_FACTOR × d ms after it ended (at most MAX_PAUSE_MS), so the map works at most a third
 * of the time; a change after a quiet spell (a filter click) is drawn at once.
 */
export class DrawPacing {
  static readonly PAUSE_FACTOR = 2;
  static readonly MAX_PAUSE_MS = 3_000;
  private lastEnd = -Infinity;
  private lastMs = 0;

  /** Records a draw (started and ended on the performance.now() clock). */
  drew(started: number, ended: number): void {
    this.lastEnd = ended;
    this.lastMs = ended - started;
  }

  /** How long a draw asked for at `now` should wait. */
  delay(now: number): number {
    const pause = Math.min(DrawPacing.MAX_PAUSE_MS, this.lastMs * DrawPacing.PAUSE_FACTOR);
    return Math.max(0, this.lastEnd + pause - now);
  }
}
