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
