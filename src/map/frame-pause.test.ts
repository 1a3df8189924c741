import { describe, expect, it } from 'vitest';
import { FramePause } from './frame-pause.ts';

/** Like maplibre's Map: triggerRepaint is a method on the prototype. */
class FakeMap {
  frames = 0;
  triggerRepaint(): void {
    this.frames++;
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

  it("restores a map's own triggerRepaint", () => {
    let frames = 0;
    const map = { triggerRepaint: () => void frames++ };
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
