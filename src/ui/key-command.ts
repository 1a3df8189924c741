import type { AppState } from '../store/app-store.ts';
import {
  selectArticleMismatches,
  selectFilteredRows,
  selectSelectedRow,
} from '../store/selectors.ts';
import { nextUnreviewed } from '../store/refine-rows.ts';

/** What a key press anywhere on the page asks for (see keyCommand). */
export type KeyCommand =
  'leave-explain' | 'close-article' | 'explain-next' | 'explain-previous' | 'next-unreviewed';

/** The parts of a keyboard event keyCommand looks at. */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** Focus is in a text field (typing must never trigger a command). */
  inTextField: boolean;
  /** Focus is on the map, whose arrow keys pan it. */
  onMap: boolean;
  /** A modal dialog is open (any: "Add articles", a confirmation, ...): its keys are its own. */
  dialogOpen: boolean;
}

/**
 * The page-wide keyboard: Escape leaves explain mode, then the article view; the left and
 * right arrows step through explain mode; `n` selects the next unreviewed claim of the list.
 * Nothing happens while a dialog is open (it has its own keys) or with a modifier held.
 */
export function keyCommand(s: AppState, k: KeyPress): KeyCommand | null {
  if (s.ui.dialog !== null || k.dialogOpen || k.altKey || k.ctrlKey || k.metaKey) return null;
  const explaining = s.ui.explain && s.selection.claimId !== null;
  if (k.key === 'Escape') {
    if (explaining) return 'leave-explain';
    if (s.selection.articleOpen) return 'close-article';
    return null;
  }
  if (k.inTextField) return null;
  if (explaining && !k.onMap) {
    if (k.key === 'ArrowRight') return 'explain-next';
    if (k.key === 'ArrowLeft') return 'explain-previous';
  }
  if (k.key === 'n' || k.key === 'N') return 'next-unreviewed';
  return null;
}

/** Carries out a command on the store; returns whether it did anything. */
export function runKeyCommand(s: AppState, command: KeyCommand): boolean {
  switch (command) {
    case 'leave-explain':
      s.setExplain(false);
      return true;
    case 'close-article':
      s.setArticleOpen(false);
      return true;
    case 'explain-next':
    case 'explain-previous':
      return stepExplain(s, command === 'explain-next' ? 1 : -1);
    case 'next-unreviewed': {
      const next = nextUnreviewed(selectFilteredRows(s), s.reviews, s.selection.claimId);
      if (!next) return false;
      s.selectClaim(next.id);
      return true;
    }
  }
}

/** Selects the next (or previous) mismatch of the selected claim's article, wrapping round. */
export function stepExplain(s: AppState, delta: 1 | -1): boolean {
  const mismatches = selectArticleMismatches(s);
  if (mismatches.length === 0) return false;
  const index = mismatches.findIndex((r) => r.id === selectSelectedRow(s)?.id);
  const next =
    index < 0
      ? delta > 0
        ? 0
        : mismatches.length - 1
      : (index + delta + mismatches.length) % mismatches.length;
  s.selectClaim(mismatches[next].id);
  return true;
}
