import type { MapView } from '../types.ts';
import type { SliceCreator } from '../app-store.ts';

/** A message for the user: what happened, what was wrong and where. */
export interface Notice {
  id: number;
  kind: 'error' | 'warning' | 'info';
  text: string;
  /** Further lines, e.g. one per broken JSONL line. */
  details: string[];
}

export type Dialog = 'add' | 'workspace';

export interface UiSlice {
  ui: {
    /** Teaching mode: the selected mismatch framed on the map, its explanation in large type. */
    explain: boolean;
    /** The camera, written by the map after each move (for the URL). */
    mapView: MapView | null;
    /** The open dialog, if any. */
    dialog: Dialog | null;
    notices: Notice[];
    /**
     * The claim under the pointer, in the list or on the map: its mark on the map and its row
     * in the list are highlighted. Not part of the URL.
     */
    hoveredClaimId: string | null;
  };
  setExplain: (explain: boolean) => void;
  /** Does nothing when that claim is already the hovered one (the map reports every move). */
  setHoveredClaim: (claimId: string | null) => void;
  setMapView: (view: MapView) => void;
  openDialog: (dialog: Dialog | null) => void;
  notify: (kind: Notice['kind'], text: string, details?: string[]) => void;
  dismissNotice: (id: number) => void;
}

/** At most this many notices are kept; older ones go first. */
const MAX_NOTICES = 6;
/**
 * Information ("3 articles added") closes itself after this long, and a newer one replaces
 * it; warnings and errors stay until dismissed: they say what to act on.
 */
export const INFO_NOTICE_MS = 8000;
let nextNotice = 1;

export const createUiSlice: SliceCreator<UiSlice> = (set, get) => ({
  ui: { explain: false, mapView: null, dialog: null, notices: [], hoveredClaimId: null },
  setExplain: (explain) => set((s) => ({ ui: { ...s.ui, explain } })),
  setHoveredClaim: (hoveredClaimId) => {
    if (get().ui.hoveredClaimId !== hoveredClaimId)
      set((s) => ({ ui: { ...s.ui, hoveredClaimId } }));
  },
  setMapView: (mapView) => set((s) => ({ ui: { ...s.ui, mapView } })),
  openDialog: (dialog) => set((s) => ({ ui: { ...s.ui, dialog } })),
  notify: (kind, text, details = []) => {
    const id = nextNotice++;
    set((s) => {
      const kept = kind === 'info' ? s.ui.notices.filter((n) => n.kind !== 'info') : s.ui.notices;
      return {
        ui: { ...s.ui, notices: [...kept, { id, kind, text, details }].slice(-MAX_NOTICES) },
      };
    });
    if (kind === 'info') setTimeout(() => get().dismissNotice(id), INFO_NOTICE_MS);
  },
  dismissNotice: (id) =>
    set((s) => ({ ui: { ...s.ui, notices: s.ui.notices.filter((n) => n.id !== id) } })),
});
