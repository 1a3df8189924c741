/**
 * Named scenarios for world places (issue #18): counties read as their seats, the article's own
 * state, "New York" the state, regions Natural Earth has no outline of, and country names
 * GeoNames writes differently. Sentences are written for these tests; ids are GeoNames ids.
 * Scenarios that need the GeoNames code lists of the drop folder (ADM1/PCLI ids) are skipped
 * without them.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../scripts/load-engine.ts';
import { analyzeArticle } from '../src/core/pipeline.ts';

const LONDON_KENTUCKY = 4298960; // seat of Laurel County, KY
const LONDON_UK = 2643743;
const MCDONOUGH_GEORGIA = 4208442; // seat of Henry County, GA
const HUNTSVILLE_TEXAS = 4699540; // seat of Walker County, TX
const NEW_YORK_STATE = 5128638;
const ENGLAND = 6269131;
const SCOTLAND = 2638360;
const SURREY = 2636512;
const SOUTH_SUDAN = 7909807;
const DR_CONGO = 203312;
const AFRICA = 6255146;
const ASIA = 6255147;
const EUROPE = 6255148;
const NORTH_AMERICA = 6255149;

const engine = loadEngine();
const codeLists = engine.gazetteer.meta.admin1.some((a) => a.code === 'US.NY' && a.geonameId);

function mentionOf(text: string, name: string) {
  const a = analyzeArticle({ id: 't', text }, engine);
  const m = a.mentions.find((x) => x.text === name);
  if (!m) throw new Error(`"${name}" was not recognised in: ${text}`);
  return m;
}

describe('counties', () => {
  it("London in another state's news is London, England", () => {
    const m = mentionOf(
      'The Massachusetts health board met in Boston on Monday. Experts from London joined by video.',
      'London',
    );
    expect(m.place?.id).toBe(LONDON_UK);
  });
  it('a county stands for its seat', () => {
    const m = mentionOf('Deputies in Laurel County arrested two men on Tuesday.', 'Laurel County');
    expect(m.place?.id).toBe(LONDON_KENTUCKY);
    expect(m.place?.idSource).toBe('geonames');
  });
  it('the towns around it choose among counties of one name', () => {
    const text =
      'The Henry County school board met in McDonough, and parents from Stockbridge and Locust Grove attended.';
    expect(mentionOf(text, 'Henry County').place?.id).toBe(MCDONOUGH_GEORGIA);
  });
  it('a county and its seat named together agree on the seat', () => {
    const text =
      'The burn ban for Walker County was lifted after a meeting between the Huntsville fire chief and the county judge.';
    expect(mentionOf(text, 'Huntsville').place?.id).toBe(HUNTSVILLE_TEXAS);
  });
});

describe('regions', () => {
  it('"Georgia" beside towns and counties of the state is the state', () => {
    const text =
      'School boards in Clarke County, Oconee County and Barrow County reviewed their layoff rules, as most districts in northeast Georgia did.';
    expect(mentionOf(text, 'Georgia').regionId).toBe('US.GA');
  });
  it('"New York" with towns of the state is the state', () => {
    const m = mentionOf(
      'Snow fell across upstate New York on Monday, closing schools in Buffalo and Rochester.',
      'New York',
    );
    expect(m.regionId).toBe('US.NY');
    if (codeLists) expect(m.place?.id).toBe(NEW_YORK_STATE);
  });
  it.skipIf(!codeLists)('England and Scotland are the nations, at their capitals', () => {
    const text = 'Schools in England and Scotland will reopen next week.';
    const england = mentionOf(text, 'England').place!;
    expect([england.id, england.featureCode, england.countryCode]).toEqual([ENGLAND, 'ADM1', 'GB']);
    expect(mentionOf(text, 'Scotland').place?.id).toBe(SCOTLAND);
  });
  it.skipIf(!codeLists)('a county Natural Earth files as a region has its GeoNames id', () => {
    const m = mentionOf('The outbreak spread from Surrey to Kent.', 'Surrey');
    expect(m.place?.id).toBe(SURREY);
  });
});

describe('country names', () => {
  it.skipIf(!codeLists)("GeoNames' name of a country (South Sudan)", () => {
    expect(mentionOf('Fighting continued in South Sudan.', 'South Sudan').place?.id).toBe(
      SOUTH_SUDAN,
    );
  });
  it('a country name without its article', () => {
    const m = mentionOf(
      'Aid reached the Democratic Republic of Congo.',
      'Democratic Republic of Congo',
    );
    expect(m.regionId).toBe('CD');
    if (codeLists) expect(m.place?.id).toBe(DR_CONGO);
  });
  it('a hyphenated French name', () => {
    expect(
      mentionOf('Aid reached Port-au-Prince on Monday.', 'Port-au-Prince').place?.countryCode,
    ).toBe('HT');
  });
});

describe('continents', () => {
  it('a continent is the GeoNames continent, not a namesake town', () => {
    const text = 'The virus spread through birds in Asia, Europe and Africa.';
    const asia = mentionOf(text, 'Asia');
    // Not Mahdia, Tunisia (formerly "Africa"), nor Asia, a village in the Philippines.
    expect([asia.place?.id, asia.kind, asia.precision]).toEqual([ASIA, 'continent', 'continent']);
    expect(mentionOf(text, 'Europe').place?.id).toBe(EUROPE);
    const africa = mentionOf(text, 'Africa').place!;
    expect([africa.id, africa.featureCode, africa.countryCode]).toEqual([AFRICA, 'CONT', '']);
    expect(africa.lat).toBeCloseTo(7.1881, 4);
    expect(africa.lon).toBeCloseTo(21.09375, 4);
  });
  it('two-word continents, and a country named after one stays the country', () => {
    const text = 'Flights from North America to South Africa resumed.';
    expect(mentionOf(text, 'North America').place?.id).toBe(NORTH_AMERICA);
    const za = mentionOf(text, 'South Africa');
    expect([za.kind, za.regionId]).toEqual(['country', 'ZA']);
  });
  it('a continent is no anchor: the places of the article decide alone', () => {
    // "Paris" beside Europe's point (in Baden-Wuerttemberg) or without it: the same answer.
    const a = analyzeArticle({ id: 't', text: 'Paris sent doctors.' }, engine);
    const b = analyzeArticle({ id: 't', text: 'Paris sent doctors to Europe.' }, engine);
    expect(b.mentions[0].place?.id).toBe(a.mentions[0].place?.id);
    expect(b.mentions[0].confidence).toBe(a.mentions[0].confidence);
  });
  it('a continent is never the subject of a location claim', () => {
    const a = analyzeArticle(
      {
        id: 't',
        text: "Europe's largest nuclear plant lies in the Zaporizhzhia region, officials said.",
      },
      engine,
    );
    expect(a.mentions.find((m) => m.text === 'Europe')?.kind).toBe('continent');
    expect(
      a.claims.filter((c) => a.mentions.find((m) => m.id === c.mention)?.kind === 'continent'),
    ).toEqual([]);
  });
});

describe('points of world news keep GeoNames ids', () => {
  it('a name known only as a postal place or a generated-id village is no reading in American news', () => {
    const text =
      'The Houston Police Department said the suspect in the Harris County, Texas shooting carried a Kalashnikov rifle.';
    const a = analyzeArticle({ id: 'us', text }, engine);
    for (const m of a.mentions)
      if (m.place) expect(m.place.idSource, `${m.text} -> ${m.place.name}`).toBe('geonames');
    expect(a.mentions.some((m) => m.text === 'Houston' && m.place)).toBe(true);
  });
});
