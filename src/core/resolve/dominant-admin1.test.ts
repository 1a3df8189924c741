/**
 * The article's own first-level region and shared candidates, on a hand-made gazetteer stub:
 * place indices stand for namesakes in the US states written beside them.
 */
import { describe, expect, it } from 'vitest';
import type { PlaceHit, RawMention } from '../engine.ts';
import type { Lexicon } from '../recognize/lexicon.ts';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { dominantAdmin1, sharedCandidates } from './dominant-admin1.ts';

/** Place index -> admin-1 key of the stub gazetteer. */
const ADMIN1 = ['US.TX', 'US.TN', 'US.KY', 'FR.11', 'US.TX', 'US.TX', 'US.IL', 'US.MI', 'US.GA'];
const CODES = [...new Set(ADMIN1)];
const gazetteer = {
  admin1: Uint16Array.from(ADMIN1, (a) => CODES.indexOf(a)),
  meta: { admin1: CODES.map((code) => ({ code, name: code })) },
  placeCount: ADMIN1.length,
} as unknown as Gazetteer;
const lex = { gazetteer } as unknown as Lexicon;

function place(
  key: string,
  places: number[],
  matchedBy: PlaceHit['matchedBy'] = 'exact',
): RawMention {
  return {
    start: 0,
    end: key.length,
    sentence: 0,
    text: key,
    kind: 'place',
    key,
    hits: places.map((p) => ({ place: p, matchedBy, distance: 0 })),
    regionIds: [],
    unknown: false,
    qualifiers: [],
    cues: [],
  };
}

describe('dominantAdmin1', () => {
  it('finds the state most of the names have a namesake in', () => {
    // "Paris" (TX, TN, KY, France), "Sulphur Springs" (TX only), "Mount Pleasant" (TX, MI).
    const raw = [
      place('paris', [0, 1, 2, 3]),
      place('sulphur springs', [4]),
      place('mount pleasant', [5, 7]),
    ];
    expect(dominantAdmin1(raw, lex)).toBe('US.TX');
    // The tally starts afresh for the next article.
    expect(dominantAdmin1([place('sulphur springs', [4])], lex)).toBeNull();
  });

  it('needs more than one name of support', () => {
    expect(dominantAdmin1([place('sulphur springs', [4])], lex)).toBeNull();
  });

  it('needs a clear lead over the runner-up', () => {
    // Two names in Texas, two in Illinois: no state stands out.
    const raw = [place('a', [4]), place('b', [5]), place('c', [6]), place('d', [6])];
    expect(dominantAdmin1(raw, lex)).toBeNull();
  });

  it('counts each name once and ignores fuzzy look-alikes', () => {
    const raw = [
      place('sulphur springs', [4]),
      place('sulphur springs', [4]),
      place('x', [5], 'fuzzy'),
    ];
    expect(dominantAdmin1(raw, lex)).toBeNull();
  });
});

describe('sharedCandidates', () => {
  it('keeps the places two different names can both mean', () => {
    // "Walker County" read as its seats (TX, GA) and "Huntsville" (TX, KY).
    const raw = [place('walker county', [4, 8]), place('huntsville', [4, 2])];
    expect([...sharedCandidates(raw, gazetteer)]).toEqual([4]);
  });

  it('starts afresh for each article', () => {
    expect([...sharedCandidates([place('walker county', [4, 8])], gazetteer)]).toEqual([]);
    expect([...sharedCandidates([place('huntsville', [4, 2])], gazetteer)]).toEqual([]);
  });

  it('does not count the same name twice', () => {
    expect(
      sharedCandidates([place('huntsville', [4, 2]), place('huntsville', [4, 2])], gazetteer).size,
    ).toBe(0);
  });
});
