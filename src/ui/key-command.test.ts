import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/app-store.ts';
import { SNAPSHOT } from '../store/test-analyses.ts';
import { keyCommand, runKeyCommand, type KeyPress } from './key-command.ts';
import { selectFilteredRows } from '../store/selectors.ts';

const press = (key: string, patch: Partial<KeyPress> = {}): KeyPress => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  inTextField: false,
  onMap: false,
  dialogOpen: false,
  ...patch,
});

function loadedStore() {
  const store = createAppStore();
  store.getState().workspaceLoaded(SNAPSHOT);
  return store;
}

function run(store: ReturnType<typeof createAppStore>, k: KeyPress): boolean {
  const command = keyCommand(store.getState(), k);
  return command !== null && runKeyCommand(store.getState(), command);
}

describe('page keyboard', () => {
  it('Escape leaves explain mode first, then the article view', () => {
    const store = loadedStore();
    store.getState().selectClaim('b:c1');
    store.getState().setArticleOpen(true);
    store.getState().setExplain(true);
    expect(run(store, press('Escape'))).toBe(true);
    expect(store.getState().ui.explain).toBe(false);
    expect(store.getState().selection.articleOpen).toBe(true);
    expect(run(store, press('Escape'))).toBe(true);
    expect(store.getState().selection.articleOpen).toBe(false);
    expect(store.getState().selection.claimId).toBe('b:c1');
    expect(run(store, press('Escape'))).toBe(false);
  });

  it('arrow keys step through the mismatches in explain mode, not while typing or on the map', () => {
    const store = loadedStore();
    store.getState().selectClaim('a:c0');
    expect(keyCommand(store.getState(), press('ArrowRight'))).toBeNull();
    store.getState().setExplain(true);
    // Article a has one mismatch: stepping wraps round to it.
    expect(run(store, press('ArrowRight'))).toBe(true);
    expect(store.getState().selection.claimId).toBe('a:c0');
    store.getState().selectClaim('b:c0');
    store.getState().setExplain(true);
    expect(run(store, press('ArrowLeft'))).toBe(true);
    expect(store.getState().selection.claimId).toBe('b:c1');
    expect(keyCommand(store.getState(), press('ArrowLeft', { inTextField: true }))).toBeNull();
    expect(keyCommand(store.getState(), press('ArrowLeft', { onMap: true }))).toBeNull();
  });

  it('n selects the next unreviewed claim; nothing while a dialog is open or with a modifier', () => {
    const store = loadedStore();
    const rows = selectFilteredRows(store.getState());
    expect(run(store, press('n'))).toBe(true);
    expect(store.getState().selection.claimId).toBe(rows[0].id);
    expect(run(store, press('n'))).toBe(true);
    expect(store.getState().selection.claimId).toBe(rows[1].id);
    expect(keyCommand(store.getState(), press('n', { inTextField: true }))).toBeNull();
    expect(keyCommand(store.getState(), press('n', { ctrlKey: true }))).toBeNull();
    expect(keyCommand(store.getState(), press('n', { dialogOpen: true }))).toBeNull();
    store.getState().openDialog('add');
    expect(keyCommand(store.getState(), press('Escape'))).toBeNull();
  });
});
