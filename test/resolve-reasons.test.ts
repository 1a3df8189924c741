/**
 * The resolver's alternatives carry the terms of their scores (named after WEIGHTS): the
 * evidence that made each candidate likelier or less likely.
 */
import { describe, expect, it } from 'vitest';
import type { Alternative, Evidence, Mention } from '../src/core/types.ts';
import { loadEngine } from '../scripts/load-engine.ts';
import { analyzeArticle, analyzeCorpus } from '../src/core/pipeline.ts';
import { WEIGHTS } from '../src/core/resolve/resolve.ts';
import { sampleInputs } from './helpers/corpus.ts';

const engine = loadEngine();
/** Villages of population 0 (the Novoselivkas of Kharkiv Oblast) come with the Ukraine dump. */
const withDump = engine.gazetteer.meta.countryDumps.includes('UA');

function mentionOf(text: string, name: string): Mention {
  const m = analyzeArticle({ id: 't', text }, engine).mentions.find((x) => x.text === name);
  if (!m) throw new Error(`no mention ${name}`);
  return m;
}

const has = (a: Alternative, e: Evidence) => a.reasons?.some((r) => r.evidence === e) ?? false;
const weightOf = (a: Alternative, e: Evidence) => a.reasons?.find((r) => r.evidence === e)?.weight;

const EVIDENCE = new Set(
  Object.keys(WEIGHTS).filter((k) => !k.endsWith('Km') && k !== 'temperature'),
);

describe('reasons of the alternatives', () => {
  it.skipIf(!withDump)(
    'name the region of the sentence, the article, the kind of match and the distance to the article',
    () => {
      const m = mentionOf(
        'Shelling hit Novoselivka in the Kharkiv region overnight. Kupiansk was also hit.',
        'Novoselivka',
      );
      expect(m.alternatives.length).toBeGreaterThan(2);
      for (const a of m.alternatives) {
        expect(a.reasons?.length).toBeGreaterThan(0);
        // In the Kharkiv region, named in the same sentence: the sentenceRegion weight.
        expect(a.place.admin1Name).toBe('Kharkiv');
        expect(weightOf(a, 'sentenceRegion')).toBe(WEIGHTS.sentenceRegion);
        expect(has(a, 'articleRegion')).toBe(false);
        const match = a.reasons!.find((r) => r.evidence === 'matchedBy')!;
        expect(['exact', 'alternate', 'variant']).toContain(match.detail);
        expect(match.weight).toBe(WEIGHTS.matchedBy[match.detail as 'exact']);
        // Kupiansk anchors the name: the nearer the candidate, the larger its coherence term.
        const coherence = a.reasons!.find((r) => r.evidence === 'coherence');
        expect(coherence?.detail).toBeTypeOf('number');
      }
      const byDistance = m.alternatives
        .map((a) => a.reasons!.find((r) => r.evidence === 'coherence')!)
        .sort((x, y) => (x.detail as number) - (y.detail as number));
      for (let i = 1; i < byDistance.length; i++)
        expect(byDistance[i].weight).toBeLessThanOrEqual(byDistance[i - 1].weight);
    },
  );

  it.skipIf(!withDump)(
    'name the qualifier written next to the name ("X, Donetsk") and the kind of place',
    () => {
      const m = mentionOf(
        'Russian forces attacked Novoselivka, Donetsk, on Monday.',
        'Novoselivka',
      );
      expect(m.alternatives.length).toBeGreaterThan(0);
      for (const a of m.alternatives) expect(weightOf(a, 'qualifier')).toBe(WEIGHTS.qualifier);
      const district = m.alternatives.find((a) => a.place.featureCode === 'PPLX');
      if (district) {
        expect(district.reasons).toContainEqual({
          evidence: 'featureCode',
          weight: WEIGHTS.featureCode.PPLX,
          detail: 'PPLX',
        });
      }
    },
  );

  it('on the sample corpus: real evidence names, largest first, and they add up to the scores', () => {
    const analyses = analyzeCorpus(sampleInputs(), engine);
    let checked = 0;
    const seen = new Set<string>();
    for (const a of analyses) {
      for (const m of a.mentions) {
        const alts = m.alternatives;
        for (const alt of alts) {
          expect(alt.reasons, `${a.id} ${m.text}`).toBeDefined();
          const sizes = alt.reasons!.map((r) => Math.abs(r.weight));
          expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
          for (const r of alt.reasons!) {
            expect(EVIDENCE.has(r.evidence)).toBe(true);
            expect(r.weight).not.toBe(0);
            seen.add(r.evidence);
          }
        }
        // Scores are softmax shares of the summed terms: the gap between two candidates'
        // sums is the temperature times the log of their shares' ratio.
        for (let i = 0; i + 1 < alts.length; i++) {
          const [x, y] = [alts[i], alts[i + 1]];
          if (x.score < 0.02 || y.score < 0.02) continue;
          const sum = (v: Alternative) => v.reasons!.reduce((s, r) => s + r.weight, 0);
          expect(sum(x) - sum(y)).toBeCloseTo(WEIGHTS.temperature * Math.log(x.score / y.score), 1);
          checked++;
        }
      }
    }
    // Without the dump the sample corpus has fewer ambiguous names (fewer villages).
    expect(checked).toBeGreaterThan(withDump ? 10 : 5);
    for (const e of ['population', 'featureCode', 'matchedBy', 'country', 'coherence'])
      expect(seen).toContain(e);
  });

  it('are kept for at most five alternatives per mention', () => {
    const analyses = analyzeCorpus(sampleInputs(), engine);
    for (const m of analyses.flatMap((a) => a.mentions))
      expect(m.alternatives.length).toBeLessThanOrEqual(5);
  });
});
