/**
 * What the app should show, computed in Node by the same core on the same articles: the
 * browser tests compare against this, not against hard-coded numbers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngine } from '../../scripts/load-engine.ts';
import { analyzeCorpus } from '../../src/core/pipeline.ts';
import type { ArticleAnalysis, Claim, Mention } from '../../src/core/types.ts';

const ARTICLES = join(import.meta.dirname, '..', '..', 'data', 'articles');

export interface Expected {
  analyses: ArticleAnalysis[];
  texts: Map<string, string>;
  totalClaims: number;
  mismatchClaims: number;
}

export function expectedAnalysis(): Expected {
  const inputs = readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(ARTICLES, f), 'utf8') }));
  const analyses = analyzeCorpus(inputs, loadEngine());
  const claims = analyses.flatMap((a) => a.claims);
  return {
    analyses,
    texts: new Map(inputs.map((i) => [i.id, i.text])),
    totalClaims: claims.length,
    mismatchClaims: claims.filter((c) => c.verdict === 'mismatch').length,
  };
}

/**
 * The seed's flagship claim: article 003 places "SevSk" (Sevsk, Bryansk Oblast, Russia) in the
 * DPR (Donetsk Oblast, region id UA.05).
 */
export function sevskClaim(e: Expected): {
  article: ArticleAnalysis;
  claim: Claim;
  mention: Mention;
  sentence: string;
} {
  for (const article of e.analyses) {
    if (!article.id.startsWith('003')) continue;
    const matches = article.claims
      .map((claim) => ({ claim, mention: article.mentions.find((m) => m.id === claim.mention) }))
      .filter(
        ({ claim, mention }) => mention?.text === 'SevSk' && claim.asserted.regionId === 'UA.05',
      )
      // "in the DPR" is the in-region claim; prefer it when the core finds several.
      .sort(
        (a, b) =>
          Number(b.claim.relation === 'in-region') - Number(a.claim.relation === 'in-region'),
      );
    if (matches.length > 0) {
      const { claim, mention } = matches[0];
      const s = article.sentences[claim.sentence];
      return {
        article,
        claim,
        mention: mention!,
        sentence: e.texts.get(article.id)!.slice(s.start, s.end),
      };
    }
  }
  throw new Error('The Sevsk-in-the-DPR claim of article 003 was not found by the core.');
}
