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
  it('links a swapped copy both ways; without other places to judge by, neither side is flagged', () => {
    const [a, b] = crossClaims([fill('Kharkiv'), fill('Lviv')]);
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(a[0].verdict).toBe('unverifiable');
    expect(b[0].verdict).toBe('unverifiable');
    expect(a[0].related).toEqual([b[0].id]);
    expect(b[0].related).toEqual([a[0].id]);
    expect(a[0].distanceKm).toBeGreaterThan(500);
  });

  it("each article's own geography decides which side is the swap; the other side is not flagged", () => {
    const story = 'Shelling was reported in Chuhuiv and Izium on Monday.';
    const [a, b] = crossClaims([`${story} ${fill('Kharkiv')}`, `${story} ${fill('Lviv')}`]);
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(a[0].verdict).toBe('consistent');
    expect(b[0].verdict).toBe('mismatch');
    expect(b[0].asserted.name).toBe('Kharkiv');
    expect(a[0].related).toEqual([b[0].id]);
    expect(b[0].related).toEqual([a[0].id]);
  });

  it('finds the swap among several faithful reprints: one claim, naming the group', () => {
    const claims = crossClaims([
      fill('Kharkiv'),
      fill('Kharkiv'),
      fill('Kharkiv'),
      fill('Kharkiv'),
      fill('Lviv'),
    ]);
    expect(claims[4]).toHaveLength(1);
    expect(claims[4][0].verdict).toBe('mismatch');
    expect(claims[4][0].explanation).toMatch(/in 4 other articles says Kharkiv/);
    // Faithful reprints are not claims.
    expect(claims.slice(0, 4).flat()).toEqual([]);
  });

  it('reads "the city of X" as filling the same slot as "X"', () => {
    const [a, b] = crossClaims([fill('the city of Kharkiv'), fill('Lviv')]);
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(a[0].related).toEqual([b[0].id]);
    expect(a[0].explanation).toMatch(/Lviv/);
  });

  it('makes no claims for exact copies with the same place', () => {
    expect(crossClaims([fill('Kharkiv'), fill('Kharkiv'), fill('Kharkiv')]).flat()).toEqual([]);
  });

  it('still finds the swap among 200 copies (no cap on a group)', () => {
    const texts = Array.from({ length: 200 }, () => fill('Kharkiv'));
    texts.push(fill('Lviv'));
    const claims = crossClaims(texts);
    expect(claims[200]).toHaveLength(1);
    expect(claims[200][0].explanation).toMatch(/in 200 other articles says Kharkiv/);
    expect(claims.slice(0, 200).flat()).toEqual([]);
  });

  it('a template is not a copy: short formulaic reports with different places make no claims', () => {
    const report = (p: string, r: string) =>
      `On 4 June 2024, Russian forces fired artillery near ${p}, ${r} region.`;
    const claims = crossClaims([report('Vovchansk', 'Kharkiv'), report('Vuhledar', 'Donetsk')]);
    expect(claims.flat()).toEqual([]);
  });

  it('daily updates of different dates that repeat a sentence about other towns are separate reports', () => {
    const update =
      'Units of the defence forces repelled an enemy assault near {P}, inflicting heavy losses on the attacking assault groups of the occupiers.';
    const inputs: ArticleInput[] = [
      { id: 'd1', date: '2024-06-01', text: update.replace('{P}', 'Vovchansk') },
      { id: 'd2', date: '2024-06-02', text: update.replace('{P}', 'Chasiv Yar') },
    ];
    const claims = analyzeCorpus(inputs, engine).flatMap((a) =>
      a.claims.filter((c) => c.relation === 'cross-article'),
    );
    expect(claims).toEqual([]);
    // The same day, the same sentence with another town is a candidate substitution.
    const sameDay = inputs.map((x) => ({ ...x, date: '2024-06-01' }));
    const linked = analyzeCorpus(sameDay, engine).flatMap((a) =>
      a.claims.filter((c) => c.relation === 'cross-article'),
    );
    expect(linked).toHaveLength(2);
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
