/**
 * The theatre prior (src/core/resolve/theatre.ts): of namesakes nothing in the text tells
 * apart, the one near the line of contact. Hand-written sentences.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../scripts/load-engine.ts';
import { analyzeArticle } from '../src/core/pipeline.ts';
import { aboutTheatre, theatreDistanceKm } from '../src/core/resolve/theatre.ts';

const engine = loadEngine();
const withDump = engine.gazetteer.meta.countryDumps.includes('UA');

function place(text: string, name: string) {
  const m = analyzeArticle({ id: 't', text }, engine).mentions.find((x) => x.text === name);
  expect(m, name).toBeDefined();
  return m!;
}

describe('theatre distance', () => {
  it('is small on the front and large far from it', () => {
    expect(theatreDistanceKm(48.59, 38.0)).toBeLessThan(10); // Bakhmut
    expect(theatreDistanceKm(46.64, 32.61)).toBeLessThan(10); // Kherson
    expect(theatreDistanceKm(49.84, 24.03)).toBeGreaterThan(600); // Lviv
    expect(theatreDistanceKm(45.0, 34.1)).toBeGreaterThan(150); // central Crimea
  });
  it('counts only for articles about Ukraine and Russia, or about no country', () => {
    expect(aboutTheatre({ countries: new Map() })).toBe(true);
    expect(aboutTheatre({ countries: new Map([['UA', 2]]) })).toBe(true);
    expect(aboutTheatre({ countries: new Map([['US', 1]]) })).toBe(false);
    // A war report that mentions American weapons is still about the war.
    expect(
      aboutTheatre({
        countries: new Map([
          ['UA', 2],
          ['US', 0.5],
        ]),
      }),
    ).toBe(true);
    expect(
      aboutTheatre({
        countries: new Map([
          ['US', 3],
          ['UA', 1],
        ]),
      }),
    ).toBe(false);
  });
});

describe('bare namesakes', () => {
  it.skipIf(!withDump)(
    'a bare name of many villages is the one near the front, with low confidence',
    () => {
      const m = place('Russian artillery shelled Andriivka overnight.', 'Andriivka');
      expect(m.place?.countryCode).toBe('UA');
      expect(theatreDistanceKm(m.place!.lat, m.place!.lon)).toBeLessThan(100);
      expect(m.confidence).toBeLessThan(0.5);
      expect(m.alternatives.length).toBeGreaterThan(2);
    },
  );
  it.skipIf(!withDump)('a qualifier outweighs the theatre', () => {
    const m = place('A drone hit Andriivka, Kyiv Oblast, at dawn.', 'Andriivka');
    expect(m.place?.admin1Code).toBe('13');
  });
});
