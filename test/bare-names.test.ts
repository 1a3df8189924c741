/**
 * How the resolver reads a bare settlement name (src/core/resolve/resolve.ts): the settlement
 * rather than the raion named after it, and one confidence for a place the gazetteer holds
 * twice. Hand-written sentences.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../scripts/load-engine.ts';
import { analyzeArticle } from '../src/core/pipeline.ts';

const engine = loadEngine();
const withDump = engine.gazetteer.meta.countryDumps.includes('UA');

function mention(text: string, name: string) {
  const m = analyzeArticle({ id: 't', text }, engine).mentions.find((x) => x.text === name);
  expect(m, name).toBeDefined();
  return m!;
}

describe('bare names', () => {
  it.skipIf(!withDump)('a bare town name is the town, not its raion, and confidently so', () => {
    const m = mention('Artillery fire continued around Bakhmut on Tuesday.', 'Bakhmut');
    expect(m.place?.featureCode.startsWith('PPL')).toBe(true);
    expect(m.precision).toBe('place');
    expect(m.confidence).toBeGreaterThanOrEqual(0.9);
  });
  it.skipIf(!withDump)('a name with a district word may still be the raion', () => {
    const m = mention('Villages of the Bakhmut district were shelled.', 'Bakhmut district');
    expect(m.place?.featureCode.startsWith('ADM')).toBe(true);
    expect(m.precision).toBe('district');
  });
  it.skipIf(!withDump)('two records of one town do not split its confidence', () => {
    // GeoNames holds Kurakhove twice, about 100 m apart.
    const m = mention('Residents left Kurakhove after the strike.', 'Kurakhove');
    expect(m.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
