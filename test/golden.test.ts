/**
 * Golden tests: test/fixtures/golden/<case>/input.txt -> expected.json, compared exactly.
 * REGEN=1 rewrites the expected files (review the diff).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../scripts/load-engine.ts';
import { analyzeCorpus } from '../src/core/pipeline.ts';
import { sampleInputs } from './helpers/corpus.ts';

const DIR = join(import.meta.dirname, 'fixtures', 'golden');
const engine = loadEngine();

/**
 * The expected output depends on the data: `expected.json` with the GeoNames Ukraine dump merged
 * (as CI builds it), `expected.base.json` without it (a fresh clone without ../shared).
 */
const EXPECTED = engine.gazetteer.meta.countryDumps.includes('UA')
  ? 'expected.json'
  : 'expected.base.json';

function check(name: string, actual: unknown): void {
  const file = join(DIR, name, EXPECTED);
  const text = JSON.stringify(actual, null, 2) + '\n';
  if (process.env.REGEN === '1' || !existsSync(file)) writeFileSync(file, text);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

describe('golden cases', () => {
  for (const name of readdirSync(DIR).filter((d) => existsSync(join(DIR, d, 'input.txt')))) {
    it(name, () => {
      const text = readFileSync(join(DIR, name, 'input.txt'), 'utf8');
      const [a] = analyzeCorpus([{ id: name, text }], engine);
      for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      check(name, a);
    });
  }
  it('sample-corpus', () => {
    check('sample-corpus', analyzeCorpus(sampleInputs(), engine));
  });
});
