import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ClaimDrawing } from './claim-drawing.ts';
import {
  claimFeatures,
  type ClaimDiff,
  type ClaimFeature,
  type ClaimMark,
} from '../map/claim-features.ts';
import { buildClaimRows, type ClaimRow } from '../store/claim-rows.ts';
import { RESULT } from '../store/test-analyses.ts';

/** A GeoJSON source that applies diffs the way maplibre's updateData does. */
class FakeSource {
  readonly features = new Map<string, ClaimFeature>();
  readonly diffs: ClaimDiff[] = [];
  /** Resolving an update waits for this (to hold a draw between slices). */
  gate: Promise<void> = Promise.resolve();
  updateClaims = async (diff: ClaimDiff): Promise<void> => {
    this.diffs.push(diff);
    if (diff.removeAll) this.features.clear();
    for (const id of diff.remove ?? []) this.features.delete(id);
    for (const f of diff.add ?? []) this.features.set(f.properties.id, f);
    await this.gate;
  };
  sorted(): ClaimFeature[] {
    return [...this.features.values()].sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1));
  }
}

const base = buildClaimRows(RESULT.analyses, RESULT.points, RESULT.regions);
/** Many claims (copies of the test rows on distinct points), to see slicing at work. */
const many: ClaimRow[] = Array.from({ length: 250 }, (_, i) => {
  const r = base[i % base.length];
  return { ...r, id: `${r.id}#${i}`, point: [30 + (i % 50) * 0.1, 45 + Math.floor(i / 50)] };
});
const immediate = () => Promise.resolve();

function expected(rows: readonly ClaimRow[], marks?: (c: ClaimRow) => ClaimMark | undefined) {
  return claimFeatures(rows, marks).features.sort((a, b) =>
    a.properties.id < b.properties.id ? -1 : 1,
  );
}

describe('ClaimDrawing', () => {
  it('counts the claims sharing a point across the slices it counts them in', async () => {
    // 250 claims on 5 points, counted 4 × 10 at a time: every stack spans several slices.
    const stacked = many.map((r, i): ClaimRow => ({ ...r, point: [30 + (i % 5), 45] }));
    const source = new FakeSource();
    const drawing = new ClaimDrawing<ClaimRow>(source, { slice: 10, nextTask: immediate });
    expect(await drawing.draw(stacked)).toBe(true);
    expect(source.sorted()).toEqual(expected(stacked));
    for (const f of source.features.values()) expect(f.properties.label).toMatch(/\(50\)$/);
  });

  it('sends the claims in slices, then only what changed', async () => {
    const source = new FakeSource();
    const drawing = new ClaimDrawing<ClaimRow>(source, { slice: 100, nextTask: immediate });
    expect(await drawing.draw(many)).toBe(true);
    expect(source.diffs.map((d) => d.add?.length)).toEqual([100, 100, 50]);
    expect(source.sorted()).toEqual(expected(many));
    const sentFirst = new Map(source.features);

    // The same claims again: nothing to send.
    source.diffs.length = 0;
    await drawing.draw(many);
    expect(source.diffs).toEqual([]);

    // A filter: only removals (ids), no features copied.
    const mismatches = many.filter((r) => r.claim.verdict === 'mismatch');
    await drawing.draw(mismatches);
    expect(source.diffs).toHaveLength(1);
    expect(source.diffs[0].add).toEqual([]);
    expect(source.diffs[0].remove).toHaveLength(many.length - mismatches.length);
    expect(source.sorted()).toEqual(expected(mismatches));

    // And back: only the claims that return, as the same feature objects as before.
    source.diffs.length = 0;
    await drawing.draw(many);
    const back = source.diffs.flatMap((d) => d.add ?? []);
    expect(back).toHaveLength(many.length - mismatches.length);
    expect(source.sorted()).toEqual(expected(many));
    for (const f of back) expect(f).toBe(sentFirst.get(f.properties.id));
  });

  it('redraws a claim whose look changed, and clears all at once when nothing stays', async () => {
    const source = new FakeSource();
    const drawing = new ClaimDrawing<ClaimRow>(source, { nextTask: immediate });
    await drawing.draw(base);
    source.diffs.length = 0;
    const dismissed = (c: ClaimRow) => (c.id === base[0].id ? 'dismissed' : undefined);
    await drawing.draw(base, dismissed);
    expect(source.diffs).toHaveLength(1);
    expect(source.diffs[0].add!.map((f) => f.properties.id)).toEqual([base[0].id]);
    expect(source.sorted()).toEqual(expected(base, dismissed));

    // A re-analysis makes new claim objects: the changed one is sent again.
    source.diffs.length = 0;
    const reanalysed = base.map((r, i) => (i === 1 ? { ...r, placeText: 'Renamed' } : r));
    await drawing.draw(reanalysed, dismissed);
    expect(source.diffs.flatMap((d) => d.add!.map((f) => f.properties.label))).toEqual(['Renamed']);
    expect(source.sorted()).toEqual(expected(reanalysed, dismissed));

    await drawing.draw([]);
    expect(source.diffs.at(-1)).toEqual({ add: [], removeAll: true });
    expect(source.features.size).toBe(0);
  });

  it('holds the claims off the map while a change of several messages is sent', async () => {
    const source = new FakeSource();
    const holds: [boolean, number][] = [];
    const target = {
      updateClaims: source.updateClaims,
      hold: (held: boolean) => holds.push([held, source.diffs.length]),
    };
    const drawing = new ClaimDrawing<ClaimRow>(target, { slice: 100, nextTask: immediate });
    // 250 claims in three messages: held before the first, let go after the last.
    expect(await drawing.draw(many)).toBe(true);
    expect(holds).toEqual([
      [true, 0],
      [false, 3],
    ]);
    // One message: not held (let go again, which changes nothing).
    holds.length = 0;
    expect(await drawing.draw(many.slice(0, 50))).toBe(true);
    expect(source.diffs).toHaveLength(4);
    expect(holds).toEqual([[false, 4]]);
    // Nothing to send: let go all the same (a draw it replaced may have held them).
    holds.length = 0;
    expect(await drawing.draw(many.slice(0, 50))).toBe(true);
    expect(holds).toEqual([[false, 4]]);
  });

  it('lets go of the claims when a newer draw takes over a held one', async () => {
    const source = new FakeSource();
    let held = false;
    const target = { updateClaims: source.updateClaims, hold: (h: boolean) => (held = h) };
    let open!: () => void;
    source.gate = new Promise((res) => (open = res));
    const drawing = new ClaimDrawing<ClaimRow>(target, { slice: 100, nextTask: immediate });
    const first = drawing.draw(many);
    // Let it run up to its first message, which waits on the gate.
    await new Promise((res) => setTimeout(res, 0));
    expect(held).toBe(true);
    expect(source.diffs).toHaveLength(1);
    const second = drawing.draw(many.slice(0, 20));
    open();
    expect(await first).toBe(false);
    expect(await second).toBe(true);
    expect(held).toBe(false);
    expect(source.sorted()).toEqual(expected(many.slice(0, 20)));
  });

  it('lets a newer draw take over between slices, from what the map really has', async () => {
    const source = new FakeSource();
    let release!: () => void;
    source.gate = new Promise((r) => (release = r));
    const drawing = new ClaimDrawing<ClaimRow>(source, { slice: 100, nextTask: immediate });
    const first = drawing.draw(many);
    await Promise.resolve();
    const few = many.slice(0, 30);
    source.gate = Promise.resolve();
    const second = drawing.draw(few);
    release();
    expect(await first).toBe(false);
    expect(await second).toBe(true);
    expect(source.sorted()).toEqual(expected(few));
    expect(drawing.size).toBe(30);
  });

  it('ends equal to the last list, whatever lists came before (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.boolean(), { minLength: many.length, maxLength: many.length }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 120 }),
        async (masks, slice, sendSlice) => {
          const source = new FakeSource();
          const drawing = new ClaimDrawing<ClaimRow>(source, {
            slice,
            sendSlice,
            nextTask: immediate,
          });
          let last: ClaimRow[] = [];
          for (const mask of masks) {
            last = many.filter((_, i) => mask[i]);
            await drawing.draw(last);
            for (const d of source.diffs) expect(d.add?.length ?? 0).toBeLessThanOrEqual(sendSlice);
          }
          expect(source.sorted()).toEqual(expected(last));
        },
      ),
      { numRuns: 60 },
    );
  });
});
