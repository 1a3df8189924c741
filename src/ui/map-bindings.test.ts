import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/app-store.ts';
import { SNAPSHOT } from '../store/test-analyses.ts';
import type { SelectionOverlay } from '../map/selection-features.ts';
import type { MapController } from '../map/map-controller.ts';
import type { AnalysisClient } from '../worker/analysis-client.ts';
import type { ClaimGeometry } from '../worker/protocol.ts';
import { bindMapToStore } from './map-bindings.ts';

/** The parts of the map controller the bindings call, recording the selection drawn. */
function fakeMap() {
  const selections: (SelectionOverlay | null)[] = [];
  const moves: string[] = [];
  const map = {
    updateClaims: async () => {},
    hold: () => {},
    fitBounds: () => void moves.push('fit'),
    flyTo: () => void moves.push('fly'),
    // Nothing is in view: a new selection always moves the camera.
    isInView: () => false,
    setHovered: () => {},
    setSelection: (o: SelectionOverlay | null) => void selections.push(o),
  };
  return { map: map as unknown as MapController, selections, moves };
}

const settle = () => new Promise((r) => setTimeout(r, 10));

describe('map bindings', () => {
  it('redraws the selected claim at once when a correction changes it (same id)', async () => {
    const store = createAppStore();
    store.getState().workspaceLoaded(SNAPSHOT);
    const geometry: Record<string, ClaimGeometry> = {};
    const client = {
      claimGeometry: async (id: string) => geometry[id] ?? null,
    } as unknown as AnalysisClient;
    const { map, selections, moves } = fakeMap();
    geometry['a:c0'] = {
      claimId: 'a:c0',
      point: [34.494, 52.149],
      outline: null,
      outlineBounds: null,
      line: [
        [34.494, 52.149],
        [37.5, 48.5],
      ],
      lineKm: 390,
    };
    const stop = bindMapToStore(map, store, client);
    store.getState().selectClaim('a:c0');
    await settle();
    expect(selections.at(-1)?.line).not.toBeNull();
    expect(selections.at(-1)?.suggestions.map((s) => s.name)).toEqual(['Siversk']);
    const movesBefore = moves.length;
    expect(movesBefore).toBeGreaterThan(0);

    // The user corrects SevSk to Siversk: the worker re-analyses article a, and claim a:c0
    // comes back consistent, inside the region, with no suggestion.
    geometry['a:c0'] = { ...geometry['a:c0'], point: [38.098, 48.865], line: null, lineKm: null };
    const s = store.getState();
    const old = s.analysis.results.a;
    const claims = old.analysis.claims.map((c) =>
      c.id === 'a:c0'
        ? { ...c, verdict: 'consistent' as const, distanceKm: 0, suggestions: [] }
        : c,
    );
    store.setState({
      analysis: {
        ...s.analysis,
        results: { ...s.analysis.results, a: { ...old, analysis: { ...old.analysis, claims } } },
      },
    });
    await settle();
    const last = selections.at(-1)!;
    expect(last.line).toBeNull();
    expect(last.lineLabel).toBe('');
    expect(last.suggestions).toEqual([]);
    expect(last.point).toEqual([38.098, 48.865]);
    // Drawn again where the camera is: the camera does not move for a re-analysis.
    expect(moves.length).toBe(movesBefore);
    stop();
  });
});
