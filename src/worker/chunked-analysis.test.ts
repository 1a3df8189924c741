import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeArticle, type Engine } from '../core/pipeline.ts';
import type { ArticleInput } from '../core/types.ts';
import { ChunkedAnalysis, chunkBoundaries } from './chunked-analysis.ts';
import { loadSampleInputs, loadTestEngine } from './node-test-engine.ts';

let engine: Engine;
let inputs: ArticleInput[];

beforeAll(async () => {
  engine = await loadTestEngine();
  inputs = await loadSampleInputs();
});

describe('chunkBoundaries', () => {
  it('cuts after paragraphs, lines, sentences or spaces, near the size', () => {
    expect(chunkBoundaries('aaa. bbb. ccc.', 6)).toEqual([5, 10, 14]);
    expect(chunkBoundaries('short', 100)).toEqual([5]);
    const paras = 'x'.repeat(70) + '\n\n' + 'y'.repeat(70) + '\n\n' + 'z'.repeat(70);
    expect(chunkBoundaries(paras, 100)).toEqual([72, 144, 214]);
  });

  it('never splits a surrogate pair, and always ends at the text length (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.integer({ min: 4, max: 60 }),
        (text, size) => {
          const cuts = chunkBoundaries(text, size);
          expect(cuts[cuts.length - 1]).toBe(text.length);
          let prev = 0;
          for (const c of cuts) {
            expect(c).toBeGreaterThan(prev === 0 && text.length === 0 ? -1 : prev - 1);
            const code = text.charCodeAt(c - 1);
            if (c < text.length) expect(code >= 0xd800 && code <= 0xdbff).toBe(false);
            prev = c;
          }
        },
      ),
      { seed: 7, numRuns: 100 },
    );
  });
});

describe('ChunkedAnalysis', () => {
  it('a long article in pieces: valid offsets, ids in order, claims pointing at mentions', () => {
    const text = inputs
      .map((i) => i.text)
      .join('\n\n')
      .repeat(3);
    const job = new ChunkedAnalysis({ id: 'big', text }, engine, 5000);
    const steps: number[] = [];
    while (!job.finished) steps.push(job.step());
    expect(steps.length).toBeGreaterThan(5);
    expect(steps[steps.length - 1]).toBe(text.length);
    const a = job.result();
    expect(a.id).toBe('big');
    a.mentions.forEach((m, i) => {
      expect(m.id).toBe(`big:m${i}`);
      expect(text.slice(m.start, m.end)).toBe(m.text);
      const s = a.sentences[m.sentence];
      expect(m.start).toBeGreaterThanOrEqual(s.start);
      expect(m.end).toBeLessThanOrEqual(s.end);
    });
    a.sentences.forEach((s, i) => expect(s.index).toBe(i));
    const ids = new Set(a.mentions.map((m) => m.id));
    a.claims.forEach((c, i) => {
      expect(c.id).toBe(`big:c${i}`);
      expect(ids.has(c.mention)).toBe(true);
    });
    // Cutting between paragraphs loses little: the pieces find nearly what the whole finds.
    const whole = analyzeArticle({ id: 'big', text }, engine);
    expect(a.mentions.length).toBeGreaterThan(whole.mentions.length * 0.95);
  });

  it('applies corrections that fall in each piece', () => {
    const text = inputs[3].text + '\n\n' + inputs[3].text;
    const first = analyzeArticle({ id: 'x', text: inputs[3].text }, engine).mentions.find(
      (m) => m.place,
    )!;
    const offset = inputs[3].text.length + 2;
    const job = new ChunkedAnalysis(
      {
        id: 'x',
        text,
        corrections: [{ start: first.start + offset, end: first.end + offset, placeId: null }],
      },
      engine,
      inputs[3].text.length + 10,
    );
    while (!job.finished) job.step();
    const a = job.result();
    expect(a.mentions.some((m) => m.start === first.start)).toBe(true);
    expect(a.mentions.some((m) => m.start === first.start + offset)).toBe(false);
  });

  it('keeps what was analysed when stopped part-way', () => {
    const text = inputs.map((i) => i.text).join('\n\n');
    const job = new ChunkedAnalysis({ id: 'p', text }, engine, 3000);
    job.step();
    job.step();
    const a = job.result();
    expect(job.finished).toBe(false);
    expect(a.sentences[a.sentences.length - 1].end).toBeLessThanOrEqual(job.doneChars);
  });
});
