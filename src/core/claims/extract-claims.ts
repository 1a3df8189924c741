/**
 * Claim extraction: what each sentence claims about where its places are. Each rule is a file
 * of its own in rules/; this file runs them, sentence by sentence in a fixed order (a claim's
 * id is its place in that order, and the first rule to make a (subject, relation, region)
 * claim keeps it), then the article-level rules. Cross-article claims need the corpus and are
 * made by cross-article.ts; verdicts are left to verify/.
 */
import type { Mention, Sentence } from '../types.ts';
import type { Engine } from '../engine.ts';
import type { ClaimDraft } from './claim-draft.ts';
import type { ArticleTokens } from '../text/tokenize.ts';
import { ClaimSink } from './claim-sink.ts';
import { mentionsBySentence } from './by-sentence.ts';
import { isLocated, type ArticleState, type SentenceScope } from './rules/sentence-scope.ts';
import { inRegionGap } from './rules/in-region-gap.ts';
import { possessiveRegion } from './rules/possessive-region.ts';
import { borderNear } from './rules/border-near.ts';
import { possessiveCapital } from './rules/possessive-capital.ts';
import { includingList } from './rules/including-list.ts';
import { frontOfCountry } from './rules/front-of-country.ts';
import { anaphora } from './rules/anaphora.ts';
import { nearPhrase } from './rules/near-phrase.ts';
import { directionScope, directionScopeSkip } from './rules/direction-scope.ts';
import { findActorRegions } from './rules/actor-regions.ts';
import { articleOutliers } from './rules/article-outliers.ts';

/** A rule over one sentence; it may read and update what carries across sentences. */
type SentenceRule = (scope: SentenceScope, state: ArticleState) => void;

/** The sentence rules, in the order they run. */
export const SENTENCE_RULES: readonly SentenceRule[] = [
  inRegionGap, // "X in the Y region", "X, Y Oblast", "X (Y)", "X, a town in Y"
  possessiveRegion, // "Y's X"
  borderNear, // "X, on Y's border"
  possessiveCapital, // "Rostov's Grayvoron"
  includingList, // "Y ... including X, Z and W"
  frontOfCountry, // "Ukraine's eastern front"
  anaphora, // "The city ... in Y"
  nearPhrase, // "near X", "12 km from X", "north of X"
  directionScope, // "the Y direction" and the sentences in its scope
];

/**
 * Extracts the `in-region`, `direction`, `near`, `actor-region` and `article-outlier` claims
 * of one article.
 */
export function extractClaims(
  tokens: ArticleTokens,
  sentences: Sentence[],
  mentions: Mention[],
  engine: Engine,
  articleId: string,
): ClaimDraft[] {
  const text = tokens.text;
  const sink = new ClaimSink(articleId);
  const add = sink.add;
  const bySentence = mentionsBySentence(mentions);
  const state: ArticleState = { lastPlace: null, direction: null };

  for (const sentence of sentences) {
    const ms = bySentence.get(sentence.index);
    if (!ms) {
      // No mention: nothing to claim; only a direction's scope runs out.
      directionScopeSkip(sentence.index, state);
      continue;
    }
    const places = ms.filter(isLocated);
    const regions = ms.filter((m) => (m.kind === 'region' || m.kind === 'country') && m.regionId);
    const scope: SentenceScope = { text, tokens, sentence, ms, places, regions, engine, add };
    for (const rule of SENTENCE_RULES) rule(scope, state);
    if (places.length) state.lastPlace = places[places.length - 1];
  }

  for (const a of findActorRegions(tokens, sentences, mentions, engine, bySentence)) {
    add(a.sentence, a.subject, 'actor-region', a.asserted, a.directness);
  }
  for (const o of articleOutliers(mentions, text, sentences)) {
    add(o.subject.sentence, o.subject, 'article-outlier', o.asserted, 'indirect');
  }
  return sink.claims;
}
