/**
 * Property-based tests of the analysis core (fast-check, fixed seed): whatever text it is
 * given (any Unicode, lone surrogates, control characters, a megabyte of one letter), the
 * analysis does not throw, every offset is valid and points at the mention's own text, and
 * running it twice gives the same output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadEngine } from '../scripts/load-engine.ts';
import { analyzeArticle, type Engine } from '../src/core/pipeline.ts';
import type { ArticleAnalysis } from '../src/core/types.ts';

const SEED = 20240607;
const RUNS = 100;

let engine: Engine;

beforeAll(() => {
  engine = loadEngine();
});

/** Throws with a precise message when an analysis breaks an offset invariant. */
function checkOffsets(text: string, a: ArticleAnalysis): void {
  for (const s of a.sentences) {
    if (!(s.start >= 0 && s.start <= s.end && s.end <= text.length))
      throw new Error(`sentence ${s.index} has bad offsets ${s.start}-${s.end}`);
  }
  const ids = new Set<string>();
  for (const m of a.mentions) {
    if (!(m.start >= 0 && m.start < m.end && m.end <= text.length))
      throw new Error(
        `mention ${m.id} has bad offsets ${m.start}-${m.end} (length ${text.length})`,
      );
    if (text.slice(m.start, m.end) !== m.text)
      throw new Error(
        `mention ${m.id}: text.slice(${m.start}, ${m.end}) is ${JSON.stringify(text.slice(m.start, m.end))}, not ${JSON.stringify(m.text)}`,
      );
    if (!a.sentences[m.sentence]) throw new Error(`mention ${m.id}: no sentence ${m.sentence}`);
    ids.add(m.id);
  }
  for (const c of a.claims) {
    if (!ids.has(c.mention)) throw new Error(`claim ${c.id}: unknown mention ${c.mention}`);
    if (!a.sentences[c.sentence]) throw new Error(`claim ${c.id}: no sentence ${c.sentence}`);
  }
}

function analyseTwice(text: string): void {
  const first = analyzeArticle({ id: 'p', text }, engine);
  checkOffsets(text, first);
  const second = analyzeArticle({ id: 'p', text }, engine);
  expect(second).toEqual(first);
}

/** Words that reach every stage: place names in several scripts, cue words, region phrases. */
const WORDS = [
  'Kyiv',
  'Київ',
  'Киев',
  'Pokrovsk',
  'Покровськ',
  'Покровsk',
  'SevSk',
  'Donetsk',
  'Kharkiv',
  'region',
  'oblast',
  'області',
  'near',
  'in',
  'the',
  'DPR',
  'direction',
  'governor',
  'of',
  'said',
  '.',
  ',',
  '\n',
  '\n\n',
  ' ',
  '(',
  ')',
  '"',
  '«',
  '»',
  '—',
  'km',
  '20',
  'north',
];

describe('analyzeArticle on arbitrary input', () => {
  it('any string of UTF-16 code units (lone surrogates, controls): no throw, valid offsets, stable', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), analyseTwice), {
      seed: SEED,
      numRuns: RUNS,
    });
  });

  it('any full Unicode string: no throw, valid offsets, stable', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), analyseTwice), {
      seed: SEED,
      numRuns: RUNS,
    });
  });

  it('sentences made of place names, cue words and odd characters', () => {
    const token = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
    );
    const text = fc.array(token, { maxLength: 80 }).map((t) => t.join(' '));
    fc.assert(fc.property(text, analyseTwice), { seed: SEED, numRuns: RUNS });
  });

  it('control characters and lone surrogates around place names', () => {
    const odd = fc.constantFrom(
      '\u0000',
      '\u0007',
      '\u001b',
      '\ud800',
      '\udfff',
      '\ufeff',
      '\u200b',
      '\u0301',
      '\r',
    );
    const text = fc
      .array(fc.oneof(fc.constantFrom(...WORDS), odd), { maxLength: 60 })
      .map((t) => t.join(''));
    fc.assert(fc.property(text, analyseTwice), { seed: SEED, numRuns: RUNS });
  });

  it('a megabyte of one repeated letter', () => {
    for (const ch of ['a', 'к', ' ', '.', '\n']) {
      const text = ch.repeat(1 << 20);
      const a = analyzeArticle({ id: 'big', text }, engine);
      checkOffsets(text, a);
    }
  });

  // One capitalised token of a megabyte once cost super-linear time in the fuzzy lookup.
  it('a long capitalised token is analysed in linear time', () => {
    for (const ch of ['К', 'K']) {
      const text = ch.repeat(1 << 20);
      const t0 = performance.now();
      const a = analyzeArticle({ id: 'big', text }, engine);
      checkOffsets(text, a);
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  });
});
