/**
 * The qualifier grammar (src/core/resolve/qualifiers.ts) and what it does to resolution and
 * claims. Hand-written sentences in the style of coders' event notes; GeoNames admin-1 codes
 * as named constants.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../scripts/load-engine.ts';
import { analyzeArticle } from '../src/core/pipeline.ts';
import { splitSentences } from '../src/core/text/split-sentences.ts';
import { recognize } from '../src/core/recognize/recognize.ts';
import { applyQualifiers } from '../src/core/resolve/qualifiers.ts';
import { COMMA_GAP } from '../src/core/text/gaps.ts';

const engine = loadEngine();
/**
 * Raions and city districts come from the GeoNames Ukraine dump (data/geonames/, as CI builds
 * the data); without it those cases have nothing to resolve to.
 */
const withDump = engine.gazetteer.meta.countryDumps.includes('UA');
const DONETSK_OBLAST = 'UA.05';
const KHARKIV_OBLAST = 'UA.07';
const ZAPORIZHZHIA_OBLAST = 'UA.26';

function rules(text: string): Record<string, string> {
  const raw = recognize(text, splitSentences(text), engine.lexicon);
  const fired = applyQualifiers(text, raw, engine.lexicon);
  return Object.fromEntries([...fired].map(([m, rule]) => [m.text, rule]));
}

function mention(text: string, name: string) {
  const a = analyzeArticle({ id: 't', text }, engine);
  const m = a.mentions.find((x) => x.text === name);
  expect(m, name).toBeDefined();
  return { m: m!, claims: a.claims.filter((c) => c.mention === m!.id) };
}

describe('qualifier rules', () => {
  it('comma-region: "X, Y Oblast" and "X, Y region"', () => {
    expect(rules('Shelling damaged houses in Vuhledar, Donetsk Oblast.')).toEqual({
      Vuhledar: 'comma-region',
    });
  });
  it('comma-capital: a bare oblast name after a comma is the oblast, not a second city', () => {
    expect(rules('On 2 May, Russian forces shelled near Hryhorivka, Zaporizhzhia.')).toEqual({
      Hryhorivka: 'comma-capital',
    });
    const { m } = mention(
      'Russian forces shelled Hryhorivka, Zaporizhzhia, with mortars.',
      'Zaporizhzhia',
    );
    expect(m.kind).toBe('region');
    expect(m.regionId).toBe(ZAPORIZHZHIA_OBLAST);
    expect(m.cues).toContain('qualifier');
  });
  it('a list of cities is not a qualifier', () => {
    expect(rules('Missiles hit Kharkiv, Dnipro and Odesa.')).toEqual({});
    expect(rules('Missiles hit Sumy, Kharkiv, Poltava.')).toEqual({});
  });
  it.skipIf(!withDump)('paren-region: "X (Y district, Z region)"', () => {
    expect(
      rules('Shelling of Kurakhove (Pokrovsk district, Donetsk region) was reported.'),
    ).toEqual({
      Kurakhove: 'paren-region',
      // and the district is qualified by the region after its comma
      'Pokrovsk district': 'comma-region',
    });
  });
  it.skipIf(!withDump)('district-of: "Y district of Z" and "Z - Y"', () => {
    expect(rules('A strike hit the Kyivskyi district of Donetsk.')['Kyivskyi district']).toBe(
      'district-of',
    );
  });
  it.skipIf(!withDump)('district-of: "Z, Y district", the city first', () => {
    // (the rule is recorded on the first mention of the pair, as for "Donetsk - Petrovskyi")
    expect(rules('A shell hit a school in Kharkiv, Shevchenkivskyi district.')).toEqual({
      Kharkiv: 'district-of',
    });
    // The gazetteer has no Shevchenkivskyi district of Kharkiv: the city stands for it.
    const { m } = mention(
      'A shell hit a school in Kharkiv, Shevchenkivskyi district.',
      'Shevchenkivskyi district',
    );
    expect(m.place?.name).toBe('Kharkiv');
    expect(m.precision).toBe('district');
    // A list of two districts is no city and its district.
    expect(rules('Shelling hit the Kyivskyi district, Shevchenkivskyi district too.')).toEqual({});
  });
  it('accepts the gaps coders type: a trailing soft sign, a doubled comma', () => {
    expect(COMMA_GAP.test(', ')).toBe(true);
    expect(COMMA_GAP.test("', ")).toBe(true);
    expect(COMMA_GAP.test(',, ')).toBe(true);
    expect(COMMA_GAP.test(' and ')).toBe(false);
  });
});

describe('what a qualifier decides', () => {
  it('a qualified name resolves inside the qualifier, and the claim passes', () => {
    const { m, claims } = mention(
      'Russian forces shelled Hryhorivka, Zaporizhzhia, with mortars.',
      'Hryhorivka',
    );
    expect(m.place?.admin1Code).toBe(ZAPORIZHZHIA_OBLAST.slice(3));
    expect(claims.every((c) => c.verdict === 'consistent')).toBe(true);
  });
  it('the same name with another oblast resolves there', () => {
    const { m } = mention(
      'Russian forces shelled Hryhorivka, Donetsk, with artillery.',
      'Hryhorivka',
    );
    expect(m.place?.admin1Code).toBe(DONETSK_OBLAST.slice(3));
  });
  it('the claimed region never turns a look-alike into the answer: a wrong oblast is flagged', () => {
    // Toretsk lies in Donetsk Oblast; Kharkiv Oblast has no place of that name.
    const { m, claims } = mention('Shelling was reported in Toretsk, Kharkiv Oblast.', 'Toretsk');
    expect(m.place?.admin1Code).toBe(DONETSK_OBLAST.slice(3));
    expect(claims.some((c) => c.relation === 'in-region' && c.verdict === 'mismatch')).toBe(true);
    expect(KHARKIV_OBLAST).toBe('UA.07');
  });
  it.skipIf(!withDump)(
    'both readings are kept: the far town, and the look-alike in the claimed region',
    () => {
      const { m, claims } = mention(
        'Officials said a missile hit Pokrovsk in the Kharkiv region.',
        'Pokrovsk',
      );
      // The reading is the town as written; the claim is checked on it ...
      expect(m.place?.name).toBe('Pokrovsk');
      expect(m.place?.admin1Code).toBe(DONETSK_OBLAST.slice(3));
      const claim = claims.find((c) => c.relation === 'in-region');
      expect(claim?.verdict).toBe('mismatch');
      // ... and the village one letter away inside the claimed oblast is kept beside it.
      expect(m.inRegionReading).toMatchObject({
        regionId: KHARKIV_OBLAST,
        matchedBy: 'fuzzy',
        letters: 1,
      });
      expect(m.inRegionReading?.place.name).toBe('Pokrovske');
      expect(claim?.explanation).toContain(
        'As written, the name is Pokrovsk (Donetsk); Pokrovske, 1 letter apart',
      );
    },
  );
  it('no second reading when the place lies in the claimed region', () => {
    const { m } = mention('A missile hit Kramatorsk in the Donetsk region.', 'Kramatorsk');
    expect(m.inRegionReading).toBeUndefined();
  });
  it('a bare river name is a village; "the X river" is the river', () => {
    const { m } = mention('Shelling was reported in Pavlivka, Donetsk Oblast.', 'Pavlivka');
    expect(m.place?.featureCode.startsWith('PP')).toBe(true);
  });
});

describe('coordinates and districts', () => {
  it('coordinates written in the text are a mention with precision coordinates', () => {
    for (const [text, lat, lon] of [
      ['Footage geolocated to 47.374601, 33.825174 shows a destroyed tank.', 47.3746, 33.82517],
      ['The strike hit 49°37′N 37°52′E at dawn.', 49.61667, 37.86667],
    ] as const) {
      const a = analyzeArticle({ id: 't', text }, engine);
      const m = a.mentions.find((x) => x.precision === 'coordinates');
      expect(m, text).toBeDefined();
      expect(m!.place!.lat).toBeCloseTo(lat, 3);
      expect(m!.place!.lon).toBeCloseTo(lon, 3);
      expect(m!.place!.idSource).toBe('coordinates');
      expect(text.slice(m!.start, m!.end)).toBe(m!.text);
    }
    // Numbers with few decimals are not coordinates.
    const a = analyzeArticle({ id: 't', text: 'Prices rose 3.5, 12.75 and 1.2 percent.' }, engine);
    expect(a.mentions).toEqual([]);
  });
  it.skipIf(!withDump)('a city district resolves with precision district', () => {
    const { m } = mention('A strike hit the Kyivskyi district of Donetsk.', 'Kyivskyi district');
    expect(m.precision).toBe('district');
    expect(m.place?.admin1Code).toBe(DONETSK_OBLAST.slice(3));
  });
  it.skipIf(!withDump)(
    'a big namesake elsewhere does not pull a qualified district out of its city',
    () => {
      // "Kievsky district" is also an old name of a large Kyiv district: the qualifier "of
      // Donetsk" says which one is meant, so the Kyiv one implies no region of the article.
      const { m } = mention('Shells fell on the Kievsky district of Donetsk.', 'Kievsky district');
      expect(m.place?.admin1Code).toBe(DONETSK_OBLAST.slice(3));
      expect(m.precision).toBe('district');
    },
  );
});
