import { selectClaimRows, selectFilteredRows, selectSelectedRow } from '../store/selectors.ts';
import type { AnalysisClient } from '../worker/analysis-client.ts';
import type { MapController } from '../map/map-controller.ts';
import { claimFeatures, pointBounds } from '../map/claim-features.ts';
import { overlayBounds, type SelectionOverlay } from '../map/selection-features.ts';
import { watchStore } from './watch-store.ts';
import { memoizeLast } from '../store/memo.ts';
import type { AppState, AppStore } from '../store/app-store.ts';
import type { ClaimRow } from '../store/claim-rows.ts';
import type { ClaimReview } from '../core/io/workspace-file.ts';

const drawnOf = memoizeLast((rows: ClaimRow[], reviews: Record<string, ClaimReview>) =>
  claimFeatures(rows, (c) => {
    const status = reviews[c.key]?.status;
    return status === 'open' ? undefined : status;
  }),
);

/** The filtered claims as map features, dismissed ones marked (memoised). */
function selectDrawnClaims(s: AppState) {
  return drawnOf(selectFilteredRows(s), s.reviews);
}
import { formatKm } from './format.ts';

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
): () => void {
  const stops: (() => void)[] = [];
  let fitted = store.getState().ui.mapView !== null; // a shared link brings its own view

  stops.push(
    watchStore(store, selectDrawnClaims, (fc) => {
      map.setClaims(fc);
    }),
  );

  // On the first analysis, frame every claim (unless the URL said where to look).
  stops.push(
    watchStore(store, selectClaimRows, (rows) => {
      if (fitted || rows.length === 0 || store.getState().selection.claimId) return;
      const b = pointBounds(claimFeatures(rows));
      if (b) {
        fitted = true;
        map.fitBounds(b, { maxZoom: 7, padding: 50 });
      }
    }),
  );

  // The selected claim: fetch its geometry from the worker, draw it, and bring it into view.
  let token = 0;
  let firstSelection = true;
  const startedWithView = fitted;
  const startedWithSelection = store.getState().selection.claimId !== null;
  const selectionKey = (s: ReturnType<AppStore['getState']>) => {
    const row = selectSelectedRow(s);
    return row ? `${row.id}|${s.ui.explain ? 1 : 0}` : '';
  };
  stops.push(
    watchStore(store, selectionKey, () => {
      const mine = ++token;
      const row = selectSelectedRow(store.getState());
      if (!row) {
        map.setSelection(null);
        return;
      }
      const explain = store.getState().ui.explain;
      // A selection straight from a shared link keeps the link's map view, if it has one.
      const first = firstSelection && startedWithSelection;
      const keepView = first && startedWithView && !explain;
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
            map.fitBounds(b, { maxZoom: 8, padding: 50 });
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
