import type { MapView } from '../types.ts';
import type { SliceCreator } from '../app-store.ts';

export interface UiSlice {
  ui: {
    /** Teaching mode: the selected mismatch framed on the map, its explanation in large type. */
    explain: boolean;
    /** The camera, written by the map after each move (for the URL). */
    mapView: MapView | null;
  };
  setExplain: (explain: boolean) => void;
  setMapView: (view: MapView) => void;
}

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  ui: { explain: false, mapView: null },
  setExplain: (explain) => set((s) => ({ ui: { ...s.ui, explain } })),
  setMapView: (mapView) => set((s) => ({ ui: { ...s.ui, mapView } })),
});
