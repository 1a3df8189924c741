/**
 * A tiny hand-made corpus for unit tests of the store (no engine needed): two articles, four
 * claims covering every verdict, three relations and two claimed regions. Written by hand to
 * the contract in src/core/types.ts; offsets are checked by the tests that use them.
 */
import type { ArticleAnalysis, Claim, Mention, PlaceRef } from '../core/types.ts';
import type { WorkspaceArticle } from '../core/io/workspace-file.ts';
import type { CorpusResult, WorkspaceSnapshot } from '../worker/protocol.ts';
import { pageArticle } from '../worker/message-parts.ts';

const place = (
  id: number,
  name: string,
  lat: number,
  lon: number,
  admin1Name: string,
): PlaceRef => ({
  id,
  name,
  lat,
  lon,
  countryCode: id === 1 ? 'RU' : 'UA',
  admin1Code: '00',
  admin1Name,
  featureCode: 'PPL',
  population: 1000,
  idSource: 'geonames',
});

const mention = (
  id: string,
  sentence: number,
  start: number,
  text: string,
  p: PlaceRef,
): Mention => ({
  id,
  sentence,
  start,
  end: start + text.length,
  text,
  kind: 'place',
  place: p,
  regionId: null,
  precision: 'place',
  confidence: 0.9,
  matchedBy: 'exact',
  alternatives: [],
});

const claim = (id: string, m: Mention, patch: Partial<Claim>): Claim => ({
  id,
  sentence: m.sentence,
  mention: m.id,
  relation: 'in-region',
  asserted: { text: 'the DPR', regionId: 'UA.05', name: 'Donetsk Oblast' },
  verdict: 'consistent',
  severity: 'low',
  distanceKm: 0,
  explanation: '',
  suggestions: [],
  related: [],
  ...patch,
});

export const TEXT_A = 'Troops left SevSk in the DPR. Pokrovsk in the DPR held.';
export const TEXT_B = 'Officials near Kyiv spoke. Kharkiv is in the Kharkiv region.';

const sevsk = mention('a:m0', 0, 12, 'SevSk', place(1, 'Sevsk', 52.149, 34.494, 'Bryansk Oblast'));
const pokrovsk = mention(
  'a:m1',
  1,
  30,
  'Pokrovsk',
  place(2, 'Pokrovsk', 48.282, 37.176, 'Donetsk Oblast'),
);
const kyiv = mention('b:m0', 0, 15, 'Kyiv', place(3, 'Kyiv', 50.45, 30.52, 'Kyiv City'));
const kharkiv = mention(
  'b:m1',
  1,
  27,
  'Kharkiv',
  place(4, 'Kharkiv', 49.98, 36.25, 'Kharkiv Oblast'),
);

export const ANALYSES: ArticleAnalysis[] = [
  {
    id: 'a',
    title: 'Article A',
    source: '',
    date: null,
    url: null,
    sentences: [
      { index: 0, start: 0, end: 29 },
      { index: 1, start: 30, end: 55 },
    ],
    mentions: [sevsk, pokrovsk],
    claims: [
      claim('a:c0', sevsk, {
        verdict: 'mismatch',
        severity: 'high',
        distanceKm: 390,
        explanation: 'Sevsk is in Russia.',
        suggestions: [
          {
            name: 'Siversk',
            lat: 48.865,
            lon: 38.098,
            admin1Name: 'Donetsk Oblast',
            reason: 'similar name',
          },
        ],
      }),
      claim('a:c1', pokrovsk, {}),
    ],
  },
  {
    id: 'b',
    title: 'Article B',
    source: '',
    date: '2024-01-01',
    url: null,
    sentences: [
      { index: 0, start: 0, end: 26 },
      { index: 1, start: 27, end: 60 },
    ],
    mentions: [kyiv, kharkiv],
    claims: [
      claim('b:c0', kyiv, {
        relation: 'near',
        asserted: { text: 'near Kyiv', regionId: null, name: 'Kyiv', lat: 50.45, lon: 30.52 },
        verdict: 'unverifiable',
        severity: 'medium',
        distanceKm: null,
      }),
      claim('b:c1', kharkiv, {
        relation: 'direction',
        asserted: { text: 'the Kharkiv region', regionId: 'UA.07', name: 'Kharkiv Oblast' },
        verdict: 'mismatch',
        severity: 'medium',
        distanceKm: 12,
      }),
    ],
  },
];

export const RESULT: CorpusResult = {
  analyses: ANALYSES,
  points: {
    'a:m0': [34.494, 52.149],
    'a:m1': [37.176, 48.282],
    'b:m0': [30.52, 50.45],
    'b:m1': [36.25, 49.98],
  },
  regions: {
    'UA.05': {
      id: 'UA.05',
      name: 'Donetsk Oblast',
      kind: 'admin1',
      countryName: 'Ukraine',
      bbox: [36, 47, 39, 49],
    },
    'UA.07': {
      id: 'UA.07',
      name: 'Kharkiv Oblast',
      kind: 'admin1',
      countryName: 'Ukraine',
      bbox: [35, 48.5, 38.5, 50.5],
    },
  },
  elapsedMs: 1,
};

/** The two articles, as the worker holds them (with their texts). */
export const ARTICLES: WorkspaceArticle[] = [
  { id: 'a', text: TEXT_A, title: 'Article A', origin: 'user', corrections: [] },
  {
    id: 'b',
    text: TEXT_B,
    title: 'Article B',
    date: '2024-01-01',
    origin: 'user',
    corrections: [],
  },
];

/** The same corpus as the page gets it: articles, per-article results, no cross claims. */
export const SNAPSHOT: WorkspaceSnapshot = {
  articles: ARTICLES.map(pageArticle),
  results: ANALYSES.map((analysis) => ({
    analysis,
    points: Object.fromEntries(analysis.mentions.map((m) => [m.id, RESULT.points[m.id]] as const)),
    regions: RESULT.regions,
    version: 'test',
  })),
  cross: {},
  reviews: [],
  elapsedMs: 1,
};
