import type { CorpusResult } from '../../worker/protocol.ts';
import type { AnalysisStatus } from '../types.ts';
import type { SliceCreator } from '../app-store.ts';

/** The analysis of the corpus and its progress. */
export interface AnalysisSlice {
  analysis: {
    status: AnalysisStatus;
    /** Articles analysed so far, of `total`. */
    done: number;
    total: number;
    /** A message a person can act on, when status is `error`. */
    error: string | null;
    result: CorpusResult | null;
    /** Milliseconds spent loading the data files in the worker. */
    loadMs: number | null;
  };
  analysisLoading: () => void;
  analysisStarted: (total: number, loadMs: number) => void;
  analysisProgress: (done: number, total: number) => void;
  analysisDone: (result: CorpusResult) => void;
  analysisFailed: (message: string) => void;
}

export const createAnalysisSlice: SliceCreator<AnalysisSlice> = (set) => ({
  analysis: { status: 'idle', done: 0, total: 0, error: null, result: null, loadMs: null },
  analysisLoading: () =>
    set((s) => ({ analysis: { ...s.analysis, status: 'loading', error: null } })),
  analysisStarted: (total, loadMs) =>
    set((s) => ({ analysis: { ...s.analysis, status: 'analysing', done: 0, total, loadMs } })),
  analysisProgress: (done, total) => set((s) => ({ analysis: { ...s.analysis, done, total } })),
  analysisDone: (result) =>
    set((s) => ({
      analysis: { ...s.analysis, status: 'done', done: s.analysis.total, result, error: null },
    })),
  analysisFailed: (message) =>
    set((s) => ({ analysis: { ...s.analysis, status: 'error', error: message } })),
});
