import type { Engine } from './engine.ts';
import type { ArticleAnalysis, ArticleInput, Mention, StageTimings } from './types.ts';
import { Gazetteer } from './gazetteer/gazetteer.ts';
import { RegionSet } from './regions/region-set.ts';
import { Lexicon } from './recognize/lexicon.ts';
import { splitSentences } from './text/split-sentences.ts';
import { ArticleTokens } from './text/tokenize.ts';
import { recognize } from './recognize/recognize.ts';
import { articleContext } from './resolve/article-context.ts';
import { applyQualifiers } from './resolve/qualifiers.ts';
import { coordinateMentions } from './resolve/coordinate-mentions.ts';
import { resolveMentions } from './resolve/resolve.ts';
import { extractClaims } from './claims/extract-claims.ts';
import { verifyClaims } from './verify/verify-claims.ts';
import { crossArticleClaims } from './claims/cross-article.ts';
import { crossArticleVerdicts } from './verify/cross-article-verdicts.ts';
import { toClaim } from './claims/claim-draft.ts';
import { applyCorrections } from './corrections.ts';

export type { Engine } from './engine.ts';
export { applyCorrections, correctionProblem } from './corrections.ts';

/** Decodes the two data files (without copying) and builds the lookup tables. */
export function createEngine(gazetteerBuffer: ArrayBuffer, regionsBuffer: ArrayBuffer): Engine {
  const gazetteer = Gazetteer.from(gazetteerBuffer);
  const regions = RegionSet.from(regionsBuffer);
  return { gazetteer, regions, lexicon: new Lexicon(gazetteer, regions) };
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Adds the time since `since` to `stage`; returns the current time. */
function lap(timings: StageTimings, stage: keyof StageTimings, since: number): number {
  const n = now();
  timings[stage] += n - since;
  return n;
}

export function emptyTimings(): StageTimings {
  return { sentences: 0, recognize: 0, resolve: 0, claims: 0, verify: 0 };
}

/**
 * Analyses one article, stage by stage: sentences -> recognize -> resolve -> claims ->
 * verify. Adds each stage's milliseconds to `timings` when given. Cross-article checks need
 * the whole corpus: see analyzeCorpus.
 */
export function analyzeArticle(
  input: ArticleInput,
  engine: Engine,
  timings?: StageTimings,
): ArticleAnalysis {
  const text = input.text;
  // Stage times are taken only when asked for (a clock read per stage and article).
  let t = timings ? now() : 0;
  const sentences = splitSentences(text);
  // The words of the article, made once and read by recognition, resolution and claims.
  const tokens = ArticleTokens.of(text, sentences);
  if (timings) t = lap(timings, 'sentences', t);
  const raw = recognize(text, sentences, engine.lexicon, tokens);
  if (timings) t = lap(timings, 'recognize', t);
  applyQualifiers(text, raw, engine.lexicon);
  const ctx = articleContext(tokens, raw, engine.lexicon);
  const mentions = applyCorrections(
    withCoordinates(
      resolveMentions(tokens, raw, ctx, engine.lexicon, input.id),
      coordinateMentions(text, sentences, engine, input.id),
    ),
    input.corrections,
    engine,
    { id: input.id, text, sentences },
  );
  if (timings) t = lap(timings, 'resolve', t);
  const drafts = extractClaims(tokens, sentences, mentions, engine, input.id);
  if (timings) t = lap(timings, 'claims', t);
  verifyClaims(drafts, mentions, engine);
  const claims = drafts.map(toClaim);
  // Nothing keeps the tokens: their arrays serve the next article.
  tokens.release();
  if (timings) lap(timings, 'verify', t);
  return {
    id: input.id,
    title: input.title ?? firstLine(text),
    source: input.source ?? '',
    date: input.date ?? null,
    url: input.url ?? null,
    sentences,
    mentions,
    claims,
  };
}

/**
 * Analyses a corpus: every article, then the cross-article checks (near-duplicate sentences
 * with a different place in the same slot), which link claims across articles.
 */
export function analyzeCorpus(
  inputs: ArticleInput[],
  engine: Engine,
  timings?: StageTimings,
): ArticleAnalysis[] {
  const analyses = inputs.map((a) => analyzeArticle(a, engine, timings));
  const t = now();
  crossArticleVerdicts(crossArticleClaims(inputs, analyses, engine), inputs, analyses);
  if (timings) timings.claims += now() - t;
  return analyses;
}

/** The resolved names and the written coordinates, in text order. */
function withCoordinates(mentions: Mention[], coordinates: Mention[]): Mention[] {
  if (coordinates.length === 0) return mentions;
  return [...mentions, ...coordinates].sort((a, b) => a.start - b.start);
}

function firstLine(text: string): string {
  const trimmed = text.trim();
  const nl = trimmed.indexOf('\n');
  const line = nl < 0 ? trimmed : trimmed.slice(0, nl);
  return line.length > 120 ? line.slice(0, 117) + '...' : line;
}
