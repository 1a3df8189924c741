import { selectClaimRows, selectFilteredRows, selectSelectedRow } from '../store/selectors.ts';
import type { AnalysisClient } from '../worker/analysis-client.ts';
import type { MapController } from '../map/map-controller.ts';
import { claimFeatures, pointBounds } from '../map/claim-features.ts';
import { ClaimDrawing } from './claim-drawing.ts';
import { overlayBounds, type SelectionOverlay } from '../map/selection-features.ts';
import { watchStore } from './watch-store.ts';
import type { AppState, AppStore } from '../store/app-store.ts';
import type { ClaimRow } from '../store/claim-rows.ts';
import { formatKm } from './format.ts';

/** Separates the parts of a selection key (a NUL: never in an id). */
const SEP = '\u0000';

/** Whether two selection keys (id, claim serial, explain) name the same claim and mode. */
function sameSelection(a: string, b: string): boolean {
  const [idA, , explainA] = a.split(SEP);
  const [idB, , explainB] = b.split(SEP);
  return a !== '' && idA === idB && explainA === explainB;
}

const serials = new WeakMap<object, number>();
let lastSerial = 0;

/** A number per object, the same for the same object: its identity in a string key. */
function serialOf(o: object): number {
  let n = serials.get(o);
  if (n === undefined) serials.set(o, (n = ++lastSerial));
  return n;
}

/**
 * Pushes store changes into the map without going through React: the filtered claims into
 * the clustered source, the selection into the overlay sources, explain mode into the camera.
 *
 * @returns unsubscribe
 */
export function bindMapToStore(
  map: MapController,
  store: AppStore,
  client: AnalysisClient,
  /** Told when a draw starts (null) and how many claims the map has when it ends. */
  onDrawing?: (drawn: number | null) => void,
): () => void {
  const stops: (() => void)[] = [];
  let fitted = store.getState().ui.mapView !== null; // a shared link brings its own view

  // The map follows in tasks of its own, sending maplibre only what changed, a slice at a
  // time: the list and the counts never wait for it. Changes in between coalesce into one
  // draw, and a newer draw abandons an older one between slices.
  const drawing = new ClaimDrawing<ClaimRow>(map);
  let drawTimer: ReturnType<typeof setTimeout> | null = null;
  const draw = async () => {
    drawTimer = null;
    const s = store.getState();
    const { reviews } = s;
    const reviewed = Object.keys(reviews).length > 0;
    const marks = (c: ClaimRow) => {
      const status = reviewed ? reviews[c.key]?.status : undefined;
      return status === 'open' ? undefined : status;
    };
    onDrawing?.(null);
    if (await drawing.draw(selectFilteredRows(s), marks)) onDrawing?.(drawing.size);
  };
  const drawnKey = (s: AppState) => [selectFilteredRows(s), s.reviews] as const;
  let lastDrawn = drawnKey(store.getState());
  void draw();
  stops.push(
    store.subscribe((s) => {
      const next = drawnKey(s);
      if (next[0] === lastDrawn[0] && next[1] === lastDrawn[1]) return;
      lastDrawn = next;
      onDrawing?.(null);
      drawTimer ??= setTimeout(() => void draw(), 0);
    }),
    () => {
      drawing.cancel();
      if (drawTimer !== null) clearTimeout(drawTimer);
    },
  );

  // On the first analysis, frame every claim (unless the URL said where to look), at once:
  // the page is still starting then (the basemap is being built), and an eased move would be
  // a dozen frames drawn meanwhile.
  stops.push(
    watchStore(store, selectClaimRows, (rows) => {
      if (fitted || rows.length === 0 || store.getState().selection.claimId) return;
      const b = pointBounds(claimFeatures(rows));
      if (b) {
        fitted = true;
        map.fitBounds(b, { maxZoom: 7, padding: 50, animate: false });
      }
    }),
  );

  // The claim under the pointer, in the list or on the map.
  stops.push(
    watchStore(
      store,
      (s) => s.ui.hoveredClaimId,
      (id) => map.setHovered(id),
    ),
  );

  // The selected claim: fetch its geometry from the worker, draw it, and bring it into view.
  let token = 0;
  let firstSelection = true;
  const startedWithView = fitted;
  const startedWithSelection = store.getState().selection.claimId !== null;
  // The claim object, not only its id: a correction re-analyses the article, and the claim
  // (same id, new verdict, distance and suggestions) must be drawn again at once.
  const selectionKey = (s: ReturnType<AppStore['getState']>) => {
    const row = selectSelectedRow(s);
    return row ? [row.id, serialOf(row.claim), s.ui.explain ? 1 : 0].join(SEP) : '';
  };
  stops.push(
    watchStore(store, selectionKey, (key, previous) => {
      const mine = ++token;
      const row = selectSelectedRow(store.getState());
      if (!row) {
        map.setSelection(null);
        return;
      }
      const explain = store.getState().ui.explain;
      // The same claim, analysed again (a correction in its article): drawn again where the
      // camera is, which the user may have moved since.
      const redraw = previous !== undefined && sameSelection(key, previous);
      // A selection straight from a shared link keeps the link's map view, if it has one.
      const first = firstSelection && startedWithSelection;
      const keepView = redraw || (first && startedWithView && !explain);
      firstSelection = false;
      void client
        .claimGeometry(row.id)
        .then((g) => {
          if (mine !== token) return;
          const claim = row.claim;
          const km = claim.distanceKm ?? g?.lineKm ?? null;
          const overlay: SelectionOverlay = {
            point: g?.point ?? row.point,
            outline: g?.outline ?? null,
            line: g?.line ?? null,
            lineLabel: km !== null && km > 0 ? formatKm(km) : '',
            suggestions: claim.suggestions,
          };
          map.setSelection(overlay);
          fitted = true;
          if (keepView) return;
          const b = overlayBounds(overlay, g?.outlineBounds ?? null);
          if (explain) {
            // The explain panel covers up to ~40% of the map's height at the bottom.
            if (b) map.fitBounds(b, { maxZoom: 9, padding: 50, reserveBottom: 0.4 });
          } else if (first && b) {
            // Opened on a claim (a link without a map view): frame it with its region.
            map.fitBounds(b, { maxZoom: 8, padding: 50, animate: false });
          } else if (overlay.point && !map.isInView(overlay.point)) {
            map.flyTo(overlay.point, 5);
          }
        })
        .catch(() => {
          if (mine === token) map.setSelection(null);
        });
    }),
  );

  return () => stops.forEach((stop) => stop());
}
