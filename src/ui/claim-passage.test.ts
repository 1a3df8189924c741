import { describe, expect, it } from 'vitest';
import { claimPassage } from './claim-passage.ts';
import { ANALYSES } from '../store/test-analyses.ts';

const sentences = [0, 1, 2, 3, 4, 5].map((index) => ({
  index,
  start: index * 10,
  end: index * 10 + 9,
}));
const [a] = ANALYSES;
const claim = { ...a.claims[0], sentence: 3 };
const mentionAt = (sentence: number) => ({ ...a.mentions[0], sentence });

describe('claimPassage', () => {
  it('is the claim sentence when the place is in it', () => {
    expect(claimPassage(sentences, claim, mentionAt(3))).toEqual([{ start: 30, end: 39 }]);
    expect(claimPassage(sentences, claim, null)).toEqual([{ start: 30, end: 39 }]);
  });

  it('runs from the mention to the claim sentence when they are close', () => {
    expect(claimPassage(sentences, claim, mentionAt(2))).toEqual([{ start: 20, end: 39 }]);
    expect(claimPassage(sentences, claim, mentionAt(5))).toEqual([{ start: 30, end: 59 }]);
  });

  it('is two excerpts when they are far apart', () => {
    expect(claimPassage(sentences, claim, mentionAt(0))).toEqual([
      { start: 0, end: 9 },
      { start: 30, end: 39 },
    ]);
  });

  it('is empty for an unknown sentence', () => {
    expect(claimPassage(sentences, { ...claim, sentence: 99 }, null)).toEqual([]);
  });
});
