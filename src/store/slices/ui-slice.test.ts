import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../app-store.ts';
import { INFO_NOTICE_MS } from './ui-slice.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('notices', () => {
  it('"added" notices do not pile up: a newer one replaces the last, and each closes itself', () => {
    vi.useFakeTimers();
    const store = createAppStore();
    const texts = () => store.getState().ui.notices.map((n) => n.text);
    store.getState().notify('info', '1 article added: 1 claim, 1 mismatch.');
    store.getState().notify('warning', '1 article with no place names.');
    store.getState().notify('info', '2 articles added: 3 claims, 0 mismatches.');
    expect(texts()).toEqual([
      '1 article with no place names.',
      '2 articles added: 3 claims, 0 mismatches.',
    ]);
    vi.advanceTimersByTime(INFO_NOTICE_MS + 1);
    // Warnings stay until dismissed.
    expect(texts()).toEqual(['1 article with no place names.']);
  });
});
