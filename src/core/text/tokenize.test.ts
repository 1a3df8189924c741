import { describe, expect, it } from 'vitest';
import { ArticleTokens, SEP_HYPHEN, SEP_OTHER, SEP_SPACE, tokenize } from './tokenize.ts';
import { splitSentences } from './split-sentences.ts';

const words = (t: { count: number; start: Int32Array; end: Int32Array; text: string }) =>
  Array.from({ length: t.count }, (_, i) => t.text.slice(t.start[i], t.end[i]));

describe('tokenize', () => {
  it('splits words, keeps apostrophes inside names and marks possessives and separators', () => {
    const t = tokenize("Kharkiv's mayor visited Kramators'k - Sloviansk, then Kyiv.");
    expect(words(t)).toEqual([
      'Kharkiv',
      'mayor',
      'visited',
      "Kramators'k",
      'Sloviansk',
      'then',
      'Kyiv',
    ]);
    expect(t.possessive(0)).toBe(true);
    expect(t.possessive(3)).toBe(false);
    expect(t.sepBefore[4]).toBe(SEP_HYPHEN);
    expect(t.sepBefore[5]).toBe(SEP_OTHER);
    expect(t.sepBefore[2]).toBe(SEP_SPACE);
    expect(t.capitalized(0) && !t.capitalized(1)).toBe(true);
    expect(t.plain(3)).toBe(false);
  });
});

describe('ArticleTokens', () => {
  const text =
    'Shelling hit the village of Pervomaiske. Near Toretsk, officials said.\nThe Siverskyi Donets river rose.';
  const sentences = splitSentences(text);
  const t = ArticleTokens.of(text, sentences);

  it('tokenises the article once and knows each sentence’s tokens', () => {
    expect(sentences).toHaveLength(3);
    const of = (s: number) =>
      Array.from({ length: t.sentenceEnd[s] - t.sentenceFirst[s] }, (_, k) =>
        t.lower(t.sentenceFirst[s] + k),
      );
    expect(of(0)).toEqual(['shelling', 'hit', 'the', 'village', 'of', 'pervomaiske']);
    expect(of(1)).toEqual(['near', 'toretsk', 'officials', 'said']);
    expect(of(2)).toEqual(['the', 'siverskyi', 'donets', 'river', 'rose']);
    // Nothing joins a sentence's first word to the sentence before.
    expect(t.sepBefore[t.sentenceFirst[1]]).toBe(SEP_SPACE);
    expect(t.sepBefore[t.sentenceFirst[1] + 2]).toBe(SEP_OTHER);
  });

  it('finds the word before and after a position across white space only', () => {
    const at = text.indexOf('Pervomaiske');
    const of = t.wordBefore(at);
    expect(t.isWord(of, 'of')).toBe(true);
    expect(t.lower(t.wordBefore(t.start[of]))).toBe('village');
    // Within reach only.
    expect(t.wordBefore(at, at - 2)).toBe(-1);
    // A comma is not white space: no word right before "officials".
    expect(t.wordBefore(text.indexOf('officials'))).toBe(-1);
    const donets = text.indexOf('Donets') + 'Donets'.length;
    expect(t.lower(t.wordAfter(donets))).toBe('river');
    expect(t.wordAfter(donets, donets + 4)).toBe(-1);
    expect(t.wordAfter(text.indexOf('Toretsk') + 7)).toBe(-1);
  });

  it('compares words ignoring case', () => {
    const near = t.sentenceFirst[1];
    expect(t.isWord(near, 'near')).toBe(true);
    expect(t.isWord(near, 'nea')).toBe(false);
    expect(t.isWord(near, 'neat')).toBe(false);
  });
});

describe('ArticleTokens reuse', () => {
  it('gives the same tokens with the arrays of a released article as with fresh ones', () => {
    const long = 'Kharkiv, Sumy - Okhtyrka. '.repeat(40) + 'Last one here.';
    const a = ArticleTokens.of(long, splitSentences(long));
    expect(a.count).toBeGreaterThan(100);
    a.release();
    const text = 'Near Izium. The river rose-high';
    const sentences = splitSentences(text);
    const reused = ArticleTokens.of(text, sentences);
    const fresh = tokenize(text);
    expect(words(reused)).toEqual(words(fresh));
    for (let i = 0; i < fresh.count; i++) {
      expect(reused.capitalized(i)).toBe(fresh.capitalized(i));
      expect(reused.plain(i)).toBe(fresh.plain(i));
      // Only a sentence's first token differs: nothing joins it to the sentence before.
      if (i !== reused.sentenceFirst[1]) expect(reused.sepBefore[i]).toBe(fresh.sepBefore[i]);
    }
    expect([reused.sentenceFirst[0], reused.sentenceEnd[0]]).toEqual([0, 2]);
    expect([reused.sentenceFirst[1], reused.sentenceEnd[1]]).toEqual([2, 6]);
  });
});
