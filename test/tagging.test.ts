/**
 * Places the user tags by selecting text (a place name the analyzer missed), with a gazetteer
 * place or a point put on the map by hand: they become mentions that claims and checks use.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis, MentionCorrection } from '../src/core/types.ts';
import { loadEngine } from '../scripts/load-engine.ts';
import { analyzeArticle, analyzeCorpus } from '../src/core/pipeline.ts';
import { correctionProblem } from '../src/core/corrections.ts';
import { foldKey } from '../src/core/text/fold-key.ts';
import { toCsv, toGeoJson } from '../src/core/io/format-output.ts';

const engine = loadEngine();

/** The GeoNames id of the place of this name in this admin-1 region. */
function placeId(name: string, admin1Name: string): number {
  const gz = engine.gazetteer;
  const hit = gz.lookup(foldKey(name)).find((h) => gz.place(h.place).admin1Name === admin1Name);
  if (!hit) throw new Error(`${name} (${admin1Name}) is not in the gazetteer`);
  return gz.place(hit.place).id;
}

function tag(text: string, name: string, place: Partial<MentionCorrection>): MentionCorrection {
  const start = text.indexOf(name);
  if (start < 0) throw new Error(`${name} is not in the text`);
  return { start, end: start + name.length, text: name, tagged: true, placeId: null, ...place };
}

function claimsOf(a: ArticleAnalysis, mentionText: string) {
  const ids = new Set(a.mentions.filter((m) => m.text === mentionText).map((m) => m.id));
  return a.claims.filter((c) => ids.has(c.mention));
}

const TEXT =
  'Shelling hit Storm Hill in the Kharkiv region overnight, officials said.\n' +
  'Later, drones struck Storm Hill again.';

describe('a place the user tags', () => {
  it('is not found by the analyzer without the tag', () => {
    const a = analyzeArticle({ id: 't', text: TEXT }, engine);
    expect(a.mentions.some((m) => m.text === 'Storm Hill')).toBe(false);
    expect(claimsOf(a, 'Storm Hill')).toEqual([]);
  });

  it('with a gazetteer place: becomes a mention with claims that are checked', () => {
    const kupiansk = placeId('Kupiansk', 'Kharkiv');
    const c = tag(TEXT, 'Storm Hill', { placeId: kupiansk });
    expect(correctionProblem(c, TEXT, engine)).toBeNull();
    const a = analyzeArticle({ id: 't', text: TEXT, corrections: [c] }, engine);
    const m = a.mentions.find((x) => x.start === c.start)!;
    expect(m).toMatchObject({
      id: 't:t13',
      text: 'Storm Hill',
      end: c.end,
      sentence: 0,
      kind: 'place',
      precision: 'place',
      confidence: 1,
    });
    expect(m.place?.id).toBe(kupiansk);
    expect(m.cues).toEqual(['tagged', 'corrected']);
    const inRegion = claimsOf(a, 'Storm Hill').find((x) => x.relation === 'in-region');
    expect(inRegion?.asserted.regionId).toBe('UA.07');
    expect(inRegion?.verdict).toBe('consistent');
    // Only the tagged span: the second "Storm Hill" is not tagged.
    expect(a.mentions.filter((x) => x.text === 'Storm Hill')).toHaveLength(1);
  });

  it('with a point put on the map: a manual place there, and the check measures from it', () => {
    // A point near Lviv, about 900 km west of the Kharkiv region.
    const c = tag(TEXT, 'Storm Hill', { point: { lat: 49.84, lon: 24.03 } });
    const a = analyzeArticle({ id: 't', text: TEXT, corrections: [c] }, engine);
    const m = a.mentions.find((x) => x.start === c.start)!;
    expect(m.place).toMatchObject({
      id: 0,
      name: 'Storm Hill',
      lat: 49.84,
      lon: 24.03,
      countryCode: 'UA',
      idSource: 'manual',
    });
    expect(m.place?.admin1Name).toMatch(/Lviv/);
    const inRegion = claimsOf(a, 'Storm Hill').find((x) => x.relation === 'in-region');
    expect(inRegion?.verdict).toBe('mismatch');
    expect(inRegion?.distanceKm).toBeGreaterThan(500);
  });

  it('appears in the CSV and GeoJSON exports, marked as corrected', () => {
    const c = tag(TEXT, 'Storm Hill', { point: { lat: 49.84, lon: 24.03 } });
    const a = analyzeCorpus([{ id: 't', text: TEXT, corrections: [c] }], engine);
    const texts = new Map([['t', TEXT]]);
    const annotations = { review: () => undefined };
    const geo = toGeoJson(a, texts, engine, annotations);
    const f = geo.features.find(
      (x) => x.properties?.record === 'mention' && x.properties.text === 'Storm Hill',
    );
    expect(f?.geometry).toEqual({ type: 'Point', coordinates: [24.03, 49.84] });
    expect(f?.properties?.corrected).toBe(true);
    const csv = toCsv(a, texts, annotations);
    expect(csv.split('\n').some((l) => l.includes('Storm Hill') && l.includes('24.03'))).toBe(true);
  });

  it('takes the place of the mentions it overlaps', () => {
    const text =
      'Shelling hit the farmstead of Zarichne-Druhe Khutir in the Kharkiv region overnight.';
    const before = analyzeArticle({ id: 't', text }, engine);
    const name = 'Zarichne-Druhe Khutir';
    const c = tag(text, name, { placeId: placeId('Kupiansk', 'Kharkiv') });
    // The analyzer reads two names inside the span (at least one).
    expect(before.mentions.some((m) => m.start >= c.start && m.end <= c.end)).toBe(true);
    const a = analyzeArticle({ id: 't', text, corrections: [c] }, engine);
    const inside = a.mentions.filter((m) => m.start < c.end && c.start < m.end);
    expect(inside.map((m) => m.text)).toEqual([name]);
    expect(claimsOf(a, name).some((x) => x.relation === 'in-region')).toBe(true);
  });

  it('of the same span as a mention: corrects that mention, with the cue tagged', () => {
    const text = 'Shelling hit Kupiansk in the Kharkiv region overnight.';
    const c = tag(text, 'Kupiansk', { point: { lat: 49.7, lon: 37.6 } });
    const a = analyzeArticle({ id: 't', text, corrections: [c] }, engine);
    const m = a.mentions.filter((x) => x.text === 'Kupiansk');
    expect(m).toHaveLength(1);
    expect(m[0].place?.idSource).toBe('manual');
    expect(m[0].cues).toContain('tagged');
  });

  it('removed again: the analysis is as before', () => {
    const c = tag(TEXT, 'Storm Hill', { placeId: placeId('Kupiansk', 'Kharkiv') });
    const plain = analyzeArticle({ id: 't', text: TEXT }, engine);
    const tagged = analyzeArticle({ id: 't', text: TEXT, corrections: [c] }, engine);
    expect(tagged).not.toEqual(plain);
    expect(analyzeArticle({ id: 't', text: TEXT, corrections: [] }, engine)).toEqual(plain);
  });
});

describe('a tag that cannot be applied', () => {
  const plain = analyzeArticle({ id: 't', text: TEXT }, engine);
  const kupiansk = placeId('Kupiansk', 'Kharkiv');

  it.each<[string, MentionCorrection, RegExp]>([
    [
      'text that is not the article text',
      { start: 13, end: 23, text: 'Lvivka', tagged: true, placeId: kupiansk },
      /Characters 13–23 read “Storm Hill”, not “Lvivka”: the article has changed/,
    ],
    [
      'a span past the end',
      { start: 100, end: 400, tagged: true, placeId: kupiansk },
      /Characters 100–400 are outside the article, which has 111 characters/,
    ],
    [
      'an empty span',
      { start: 13, end: 13, tagged: true, placeId: kupiansk },
      /not a span of text/,
    ],
    [
      'a span that is not whole numbers',
      { start: 1.5, end: 4, tagged: true, placeId: kupiansk },
      /not a span of text/,
    ],
    ['neither place nor point', tag(TEXT, 'Storm Hill', {}), /needs a place/],
    [
      'a point off the map',
      tag(TEXT, 'Storm Hill', { point: { lat: 91, lon: 0 } }),
      /is not on the map/,
    ],
    [
      'an unknown place id',
      tag(TEXT, 'Storm Hill', { placeId: 1 }),
      /The place 1 is not in the gazetteer/,
    ],
    ['a passage', tag(TEXT, 'said.\nLater', { placeId: kupiansk }), /a passage/],
    ['spaces around the name', tag(TEXT, ' Storm Hill ', { placeId: kupiansk }), /space/],
  ])('%s: a clear message, and the analysis loses nothing', (_, c, message) => {
    expect(correctionProblem(c, TEXT, engine)).toMatch(message);
    expect(analyzeArticle({ id: 't', text: TEXT, corrections: [c] }, engine)).toEqual(plain);
  });

  it('a bad tag beside a good correction: the good one still applies', () => {
    const good = tag(TEXT, 'Storm Hill', { placeId: kupiansk });
    const bad = { ...good, start: 0, end: 8 };
    const a = analyzeArticle({ id: 't', text: TEXT, corrections: [bad, good] }, engine);
    expect(a.mentions.filter((m) => m.cues?.includes('tagged')).map((m) => m.text)).toEqual([
      'Storm Hill',
    ]);
  });
});
