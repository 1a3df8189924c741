/**
 * Cross-article claims on corpora of copies (issue #17): the JSON of a corpus copied four times
 * must stay within COPIES_JSON_BUDGET times that of one copy (faithful copies make no claims;
 * pair-by-pair linking had made n copies give n(n-1) claims), and a swapped place among many
 * copies of one report must still be found (no cap on a group).
 */
import type { ArticleInput } from '../src/core/types.ts';
import { analyzeCorpus, type Engine } from '../src/core/pipeline.ts';
import { toJsonDocument } from '../src/core/io/format-output.ts';

export const COPIES_JSON_BUDGET = 4.5;
export const REPORT_COPIES = 200;

export interface CopiesFigures {
  oneCopyBytes: number;
  fourCopiesBytes: number;
  ratio: number;
  /** Whether the swapped copy among REPORT_COPIES copies of one report got its claim. */
  swapFound: boolean;
  /** Cross-article claims made for the REPORT_COPIES + 1 copies. */
  reportClaims: number;
}

function jsonBytes(inputs: ArticleInput[], engine: Engine): number {
  return Buffer.byteLength(JSON.stringify(toJsonDocument(analyzeCorpus(inputs, engine), engine)));
}

/** Measures both cases on `corpus` (a generated corpus of distinct articles). */
export function copiesFigures(corpus: ArticleInput[], engine: Engine): CopiesFigures {
  const oneCopyBytes = jsonBytes(corpus, engine);
  const four: ArticleInput[] = [];
  for (let k = 0; k < 4; k++) for (const a of corpus) four.push({ ...a, id: `${a.id}~${k}` });
  const fourCopiesBytes = jsonBytes(four, engine);
  const report =
    'Russian drones hit a power substation in {P} overnight, cutting electricity to forty thousand homes, the regional governor said.';
  const inputs: ArticleInput[] = [];
  for (let i = 0; i < REPORT_COPIES; i++)
    inputs.push({ id: `copy${i}`, text: report.replace('{P}', 'Kharkiv') });
  inputs.push({ id: 'swapped', text: report.replace('{P}', 'Lviv') });
  const analyses = analyzeCorpus(inputs, engine);
  const cross = analyses.flatMap((a) => a.claims.filter((c) => c.relation === 'cross-article'));
  const swapFound = analyses[REPORT_COPIES].claims.some(
    (c) => c.relation === 'cross-article' && c.verdict === 'mismatch',
  );
  return {
    oneCopyBytes,
    fourCopiesBytes,
    ratio: fourCopiesBytes / oneCopyBytes,
    swapFound,
    reportClaims: cross.length,
  };
}
