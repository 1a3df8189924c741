/**
 * Exports read back: the CSV and the GeoJSON the app downloads (EngineSession.exportClaims, over
 * src/core/io/format-output.ts) are parsed again and compared with each other and with the
 * analysis they were written from, on the sample corpus and on a generated corpus with western
 * and southern coordinates, Cyrillic text and text that looks like a formula.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type * as GeoJSON from 'geojson';
import type { Engine } from '../core/pipeline.ts';
import type { ArticleInput } from '../core/types.ts';
import {
  CSV_ANNOTATION_FIELDS,
  CSV_BOM,
  CSV_FIELDS,
  readCsvCell,
} from '../core/io/format-output.ts';
import { parseCsv } from '../core/io/parse-csv.ts';
import { claimKey } from '../core/io/workspace-file.ts';
import { EngineSession } from './engine-session.ts';
import type { CorpusResult } from './protocol.ts';
import { loadSampleInputs, loadTestEngine } from './node-test-engine.ts';

type Value = string | number | boolean | null;
type Row = Record<string, Value>;

const FIELDS = [...CSV_FIELDS, ...CSV_ANNOTATION_FIELDS];

/** The CSV as typed rows keyed by column name. */
function readCsv(text: string): Row[] {
  const [header, ...rows] = parseCsv(text);
  expect(header).toEqual(FIELDS.map((f) => f.name));
  return rows.map((cells) => {
    expect(cells).toHaveLength(FIELDS.length);
    return Object.fromEntries(FIELDS.map((f, i) => [f.name, readCsvCell(cells[i], f.type)]));
  });
}

/** Generated: places west of Greenwich and south of the equator, Cyrillic, formula-like text. */
const GENERATED: ArticleInput[] = [
  {
    id: 'americas-1',
    title: 'Шторм у Чикаго: -5 °C, =SUM(A1) "quoted", commas',
    date: '2024-02-03',
    url: 'https://example.org/a?x=1,2',
    text:
      'Fires near Chicago in Illinois closed Lake Shore Drive. ' +
      'Flooding hit Rosario in the Santa Fe province. ' +
      'Shelling hit Mendoza in the Buenos Aires province, officials said. ' +
      'Київ і Харків пережили нічну атаку.',
  },
  {
    id: '-2',
    title: "'quoted title",
    date: '2024-02-05',
    url: 'https://example.org/b',
    text:
      '@Rio de Janeiro is in Brazil. Shelling hit Kharkiv overnight, the head of the Kherson ' +
      'region said. São Paulo and Montevideo reported rain.\nA second line about Sydney.',
  },
];

describe.each([
  ['the sample corpus', () => loadSampleInputs()],
  ['a generated corpus (west, south, Cyrillic, formulas)', () => Promise.resolve(GENERATED)],
])('export round trip: %s', (_name, inputsOf) => {
  let engine: Engine;
  let session: EngineSession;
  let result: CorpusResult;
  let csv: string;
  let rows: Row[];
  let features: GeoJSON.Feature[];
  let claimIds: string[];

  beforeAll(async () => {
    engine = await loadTestEngine();
    session = new EngineSession(engine);
    result = session.analyze(await inputsOf());
    // A review with a note on every other claim, one note starting with a formula sign.
    let i = 0;
    for (const a of result.analyses)
      for (const c of a.claims) {
        const m = a.mentions.find((x) => x.id === c.mention) ?? null;
        if (i++ % 2) continue;
        const key = claimKey(a.id, c, m);
        session.setReview(key, {
          key,
          articleId: a.id,
          status: i % 4 === 1 ? 'reviewed' : 'dismissed',
          note: i % 4 === 1 ? '-checked, "fine"' : 'Примітка: =1+1',
          updatedAt: '2024-01-01T00:00:00.000Z',
          label: c.id,
        });
      }
    claimIds = result.analyses.flatMap((a) => a.claims.map((c) => c.id));
    csv = session.exportClaims('csv', claimIds).text;
    rows = readCsv(csv);
    const geo = JSON.parse(session.exportClaims('geojson', claimIds).text);
    features = (geo as GeoJSON.FeatureCollection).features;
  });

  it('starts the CSV with a UTF-8 byte-order mark', () => {
    expect(csv.startsWith(CSV_BOM + 'record,id,article_id,article_title')).toBe(true);
  });

  it('writes numbers as numbers: no apostrophe before a negative coordinate', () => {
    const [, ...cells] = parseCsv(csv);
    FIELDS.forEach((f, i) => {
      if (f.type !== 'text')
        for (const row of cells) expect(row[i]).toMatch(/^(-?\d[\d.e+-]*|true|false|)$/);
    });
    const located = rows.filter((r) => r.lat !== null);
    expect(located.length).toBeGreaterThan(0);
    for (const r of located) {
      expect(typeof r.lat).toBe('number');
      expect(typeof r.lon).toBe('number');
    }
  });

  it('reads back every claim with its article, place, verdict and review', () => {
    const byId = new Map(rows.filter((r) => r.record === 'claim').map((r) => [r.id, r]));
    expect([...byId.keys()].sort()).toEqual([...claimIds].sort());
    for (const a of result.analyses) {
      const text = session.article(a.id)!.text;
      for (const c of a.claims) {
        const m = a.mentions.find((x) => x.id === c.mention)!;
        const r = byId.get(c.id)!;
        const review = session.workspace().reviews.find((x) => x.key === claimKey(a.id, c, m));
        expect(r).toMatchObject({
          article_id: a.id,
          article_title: a.title || null,
          article_url: a.url,
          article_date: a.date,
          sentence_index: c.sentence,
          relation: c.relation,
          verdict: c.verdict,
          severity: c.severity,
          distance_km: c.distanceKm,
          claimed_region_id: c.asserted.regionId,
          claimed_region: c.asserted.name || null,
          place_id: m.place?.id ?? null,
          lat: m.place?.lat ?? null,
          lon: m.place?.lon ?? null,
          text: m.text,
          review: review?.status ?? null,
          review_note: review?.note || null,
          kind: null,
          precision: null,
        });
        const s = a.sentences[c.sentence];
        expect(r.sentence).toBe(text.slice(s.start, s.end) || null);
        expect(text.slice(r.start as number, r.end as number)).toBe(m.text);
      }
    }
  });

  it('holds the same values in the CSV and in the GeoJSON, record by record', () => {
    const csvByKey = new Map(rows.map((r) => [`${r.record}:${r.id}`, r]));
    expect(features.length).toBeGreaterThan(0);
    let compared = 0;
    for (const f of features) {
      const p = f.properties!;
      const r = csvByKey.get(`${p.record}:${p.id}`);
      expect(r, `${p.record} ${p.id} is in the CSV`).toBeDefined();
      for (const fd of FIELDS) {
        const property = fd.name === 'text' && p.record === 'claim' ? 'placeText' : fd.property;
        if (property === null || !(property in p)) continue;
        const value = p[property] as Value;
        expect(r![fd.name], `${p.record} ${p.id} ${fd.name}`).toEqual(value === '' ? null : value);
        compared++;
      }
      const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates;
      if (r!.place_id !== null) expect([r!.lon, r!.lat]).toEqual([lon, lat]);
    }
    expect(compared).toBeGreaterThan(features.length * 10);
  });
});

describe('generated corpus coverage', () => {
  it('has western and southern coordinates and Cyrillic in its export', async () => {
    const session = new EngineSession(await loadTestEngine());
    const result = session.analyze(GENERATED);
    const ids = result.analyses.flatMap((a) => a.claims.map((c) => c.id));
    const rows = readCsv(session.exportClaims('csv', ids).text);
    expect(rows.some((r) => (r.lon as number) < 0)).toBe(true);
    expect(rows.some((r) => (r.lat as number) < 0)).toBe(true);
    expect(rows.some((r) => /[А-я]/.test(String(r.article_title)))).toBe(true);
    expect(rows.some((r) => r.article_id === '-2')).toBe(true);
  });
});
