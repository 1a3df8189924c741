/** The part of a maplibre Map that schedules and draws frames. */
export interface RepaintingMap {
  triggerRepaint(): void;
  /** Draws a frame now, in place of the one asked for (maplibre's `redraw`). */
  redraw(): unknown;
}

/**
 * Stops a map from drawing frames, and lets it again. maplibre asks for every frame through
 * `triggerRepaint` (data arriving, tiles loading, camera moves, the end of a frame that left
 * work), so while paused that method only notes that a frame was wanted; resuming restores it
 * and asks for the frame the map wanted. The canvas meanwhile keeps its last frame.
 *
 * Used while the map takes a big change (see MapController.hold): each message of it would
 * otherwise cost a frame, and where the map is drawn on the CPU a frame blocks the page.
 */
export class FramePause {
  private paused = false;
  private wanted = false;
  /** The map's own `triggerRepaint` property, if it had one (maplibre's is on the prototype). */
  private own: PropertyDescriptor | undefined;

  constructor(private readonly map: RepaintingMap) {}

  get isPaused(): boolean {
    return this.paused;
  }

  pause(): void {
    if (this.paused) return;
    this.paused = true;
    this.wanted = false;
    this.own = Object.getOwnPropertyDescriptor(this.map, 'triggerRepaint');
    // An own property shadows the prototype's method until resume takes it away.
    this.map.triggerRepaint = () => {
      this.wanted = true;
    };
  }

  /**
   * Pauses, and draws one frame now. maplibre asks for the next frame while it draws one
   * (a source's data event during the frame marks the style dirty), so pausing after a frame
   * (on its `render` event) still lets that next frame be drawn: a second, identical frame.
   * Drawing while paused leaves that request waiting for resume instead.
   */
  drawOnce(): void {
    this.pause();
    this.map.redraw();
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    if (this.own) Object.defineProperty(this.map, 'triggerRepaint', this.own);
    else delete (this.map as Partial<RepaintingMap>).triggerRepaint;
    if (this.wanted) this.map.triggerRepaint();
  }
}

/** The part of a maplibre Map that tells when a source's data or tiles change. */
export interface SourceDataEvents {
  on(type: 'sourcedata', listener: (e: { sourceId?: string }) => void): unknown;
  off(type: 'sourcedata', listener: (e: { sourceId?: string }) => void): unknown;
}

/**
 * Pauses `frames` until `loaded()` holds after one of the map's `sourcedata` events (a tile
 * arrived), or until `timeoutMs` have passed; then resumes them, unless `current()` says that
 * something else has taken over the pause since. When `loaded()` holds already, resumes at
 * once (again only if `current()`).
 *
 * @returns cancels the wait (without resuming)
 */
export function pauseUntilLoaded(
  frames: FramePause,
  events: SourceDataEvents,
  loaded: () => boolean,
  timeoutMs: number,
  current: () => boolean,
): () => void {
  if (loaded()) {
    if (current()) frames.resume();
    return () => {};
  }
  frames.pause();
  const stop = () => {
    events.off('sourcedata', onData);
    clearTimeout(timer);
  };
  const done = () => {
    stop();
    if (current()) frames.resume();
  };
  const onData = () => {
    if (loaded()) done();
  };
  const timer = setTimeout(done, timeoutMs);
  events.on('sourcedata', onData);
  return stop;
}
