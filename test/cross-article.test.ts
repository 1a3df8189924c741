import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../src/core/pipeline.ts';
import type { ArticleInput, Claim } from '../src/core/types.ts';
import { loadEngine } from '../scripts/load-engine.ts';

const engine = loadEngine();

function crossClaims(texts: string[]): Claim[][] {
  const inputs: ArticleInput[] = texts.map((text, i) => ({ id: `a${i}`, text }));
  return analyzeCorpus(inputs, engine).map((a) =>
    a.claims.filter((c) => c.relation === 'cross-article'),
  );
}

const COPY =
  'Russian drones hit a power substation in {P} overnight, cutting electricity to forty thousand homes, the regional governor said.';
const fill = (p: string) => COPY.replace('{P}', p);

describe('crossArticleClaims', () => {
  it('links a copied sentence whose place was swapped, both ways, and flags it', () => {
    const [a, b] = crossClaims([fill('Kharkiv'), fill('Lviv')]);
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(a[0].verdict).toBe('mismatch');
    expect(a[0].related).toEqual([b[0].id]);
    expect(b[0].related).toEqual([a[0].id]);
    expect(a[0].distanceKm).toBeGreaterThan(500);
  });

  it('finds the swap among several faithful reprints of a story', () => {
    const claims = crossClaims([
      fill('Kharkiv'),
      fill('Kharkiv'),
      fill('Kharkiv'),
      fill('Kharkiv'),
      fill('Lviv'),
    ]);
    // Every reprint is linked to the swapped copy, and the swapped copy to every reprint.
    expect(claims[4].filter((c) => c.verdict === 'mismatch')).toHaveLength(4);
    for (const c of claims.slice(0, 4)) {
      expect(c.filter((x) => x.verdict === 'mismatch')).toHaveLength(1);
      expect(c.filter((x) => x.verdict === 'consistent')).toHaveLength(3);
    }
  });

  it('makes no claims for a stock phrase used with many different places', () => {
    const places = ['Kharkiv', 'Lviv', 'Odesa', 'Dnipro', 'Sumy', 'Poltava'];
    const claims = crossClaims(places.map(fill));
    expect(claims.flat()).toEqual([]);
  });

  it('keeps the links of a copied sentence next to a stock phrase in the same articles', () => {
    const stock = ['Kharkiv', 'Lviv', 'Odesa', 'Dnipro', 'Sumy'].map(
      (p) => `Air defence shot down two missiles over ${p} on Sunday morning, officials said.`,
    );
    const texts = stock.map((s, i) => (i < 2 ? `${s} ${fill(i === 0 ? 'Kharkiv' : 'Lviv')}` : s));
    const claims = crossClaims(texts);
    expect(claims[0]).toHaveLength(1);
    expect(claims[0][0].asserted.name).toBe('Lviv');
    expect(claims[1]).toHaveLength(1);
    expect(claims.slice(2).flat()).toEqual([]);
  });
});
