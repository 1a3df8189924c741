/**
 * Recognition on hand-written sentences (written for these tests; no corpus text): which
 * spans become mentions, and of what kind.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../../scripts/load-engine.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { recognize } from './recognize.ts';

const engine = loadEngine();

function mentions(text: string): { text: string; kind: string; regionIds: string[] }[] {
  return recognize(text, splitSentences(text), engine.lexicon).map((m) => ({
    text: m.text,
    kind: m.kind,
    regionIds: m.regionIds,
  }));
}

describe('abbreviations', () => {
  it('reads U.S., US and UAE as countries, never "us"', () => {
    const ms = mentions('The U.S. and the UAE told us that US troops would stay.');
    expect(ms).toEqual([
      { text: 'U.S.', kind: 'country', regionIds: ['US'] },
      { text: 'UAE', kind: 'country', regionIds: ['AE'] },
      { text: 'US', kind: 'country', regionIds: ['US'] },
    ]);
  });

  it('reads AP state abbreviations; word-like ones only after "Town,"', () => {
    const ms = mentions('Police in Wheeling, W.Va., and in Peoria, Ill., were ill. Mass. is said.');
    expect(ms.filter((m) => m.kind === 'region').map((m) => m.regionIds[0])).toEqual([
      'US.WV',
      'US.IL',
    ]);
  });
});

describe('acronyms', () => {
  it('never makes a short word in capitals a place', () => {
    const ms = mentions('The FDA said HIV and SOS calls rose, the IRS added.');
    expect(ms).toEqual([]);
  });
});
