import { afterEach, describe, expect, it, vi } from 'vitest';
import { FramePause, pauseUntilLoaded, type SourceDataEvents } from './frame-pause.ts';

/**
 * Like maplibre's Map: triggerRepaint is a method on the prototype and asks for a frame;
 * redraw draws one now, during which the map asks for the next (as maplibre does when a
 * source's data event marks its style dirty mid-frame).
 */
class FakeMap {
  /** Frames asked for. */
  frames = 0;
  /** Frames drawn by redraw. */
  drawn = 0;
  triggerRepaint(): void {
    this.frames++;
  }
  redraw(): void {
    this.drawn++;
    this.triggerRepaint();
  }
}

describe('FramePause', () => {
  it('holds frames back while paused and asks for one on resume', () => {
    const map = new FakeMap();
    const frames = new FramePause(map);
    frames.pause();
    expect(frames.isPaused).toBe(true);
    map.triggerRepaint();
    map.triggerRepaint();
    expect(map.frames).toBe(0);
    frames.resume();
    expect(map.frames).toBe(1);
    map.triggerRepaint();
    expect(map.frames).toBe(2);
    expect(Object.prototype.hasOwnProperty.call(map, 'triggerRepaint')).toBe(false);
  });

  it('asks for no frame on resume when none was wanted', () => {
    const map = new FakeMap();
    const frames = new FramePause(map);
    frames.pause();
    frames.resume();
    expect(map.frames).toBe(0);
    expect(frames.isPaused).toBe(false);
  });

  it('is idempotent, and a later pause starts afresh', () => {
    const map = new FakeMap();
    const frames = new FramePause(map);
    frames.pause();
    map.triggerRepaint();
    frames.pause();
    frames.resume();
    frames.resume();
    expect(map.frames).toBe(1);
    frames.pause();
    frames.resume();
    expect(map.frames).toBe(1);
  });

  it('drawOnce draws one frame and holds back the next one the map asks for', () => {
    const map = new FakeMap();
    const frames = new FramePause(map);
    frames.drawOnce();
    expect(map.drawn).toBe(1);
    expect(map.frames).toBe(0);
    expect(frames.isPaused).toBe(true);
    // Already paused: a second one draws again and keeps the wanted frame.
    frames.drawOnce();
    expect(map.drawn).toBe(2);
    frames.resume();
    expect(map.frames).toBe(1);
  });

  it("restores a map's own triggerRepaint", () => {
    let frames = 0;
    const map = { triggerRepaint: () => void frames++, redraw: () => {} };
    const own = map.triggerRepaint;
    const pause = new FramePause(map);
    pause.pause();
    map.triggerRepaint();
    expect(frames).toBe(0);
    pause.resume();
    expect(frames).toBe(1);
    expect(map.triggerRepaint).toBe(own);
  });
});

/** A map's sourcedata events, fired by hand. */
class FakeEvents implements SourceDataEvents {
  listeners = new Set<(e: { sourceId?: string }) => void>();
  on(_type: 'sourcedata', l: (e: { sourceId?: string }) => void): void {
    this.listeners.add(l);
  }
  off(_type: 'sourcedata', l: (e: { sourceId?: string }) => void): void {
    this.listeners.delete(l);
  }
  fire(): void {
    for (const l of [...this.listeners]) l({ sourceId: 'claims' });
  }
}

/** A paused wait for data, over fresh frames and events; `loaded` and `current` are asked. */
function waitFor(loaded: () => boolean, current: () => boolean = () => true) {
  const frames = new FramePause(new FakeMap());
  const events = new FakeEvents();
  const cancel = pauseUntilLoaded(frames, events, loaded, 3000, current);
  return { frames, events, cancel };
}

describe('pauseUntilLoaded', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('pauses until the data is loaded, then resumes and stops listening', () => {
    vi.useFakeTimers();
    let loaded = false;
    const { frames, events } = waitFor(() => loaded);
    expect(frames.isPaused).toBe(true);
    events.fire();
    expect(frames.isPaused).toBe(true);
    loaded = true;
    events.fire();
    expect(frames.isPaused).toBe(false);
    expect(events.listeners.size).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(frames.isPaused).toBe(false);
  });

  it('resumes at once when the data is loaded already, unless another pause took over', () => {
    const map = new FakeMap();
    const frames = new FramePause(map);
    const events = new FakeEvents();
    frames.drawOnce();
    pauseUntilLoaded(
      frames,
      events,
      () => true,
      3000,
      () => false,
    );
    expect(frames.isPaused).toBe(true);
    pauseUntilLoaded(
      frames,
      events,
      () => true,
      3000,
      () => true,
    );
    expect(frames.isPaused).toBe(false);
    expect(map.frames).toBe(1);
    expect(events.listeners.size).toBe(0);
  });

  it('resumes after the timeout when the data never loads', () => {
    vi.useFakeTimers();
    const { frames, events } = waitFor(() => false);
    vi.advanceTimersByTime(2999);
    expect(frames.isPaused).toBe(true);
    vi.advanceTimersByTime(1);
    expect(frames.isPaused).toBe(false);
    expect(events.listeners.size).toBe(0);
  });

  it('leaves the pause alone when something else took it over, or when cancelled', () => {
    vi.useFakeTimers();
    let loaded = false;
    const { frames, events } = waitFor(
      () => loaded,
      () => false,
    );
    loaded = true;
    events.fire();
    expect(frames.isPaused).toBe(true);
    frames.resume();
    loaded = false;
    const cancel = pauseUntilLoaded(
      frames,
      events,
      () => loaded,
      3000,
      () => true,
    );
    cancel();
    vi.advanceTimersByTime(5000);
    expect(frames.isPaused).toBe(true);
    expect(events.listeners.size).toBe(0);
  });
});
