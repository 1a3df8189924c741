/**
 * The worker's session over the real engine (public/data, built by `npm run ensure-data`,
 * which `npm test` runs first) and the sample corpus in data/articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type * as GeoJSON from 'geojson';
import { analyzeCorpus, type Engine } from '../core/pipeline.ts';
import type { ArticleInput } from '../core/types.ts';
import { CSV_ANNOTATION_COLUMNS, CSV_COLUMNS } from '../core/io/format-output.ts';
import { claimKey, parseWorkspace, serializeWorkspace } from '../core/io/workspace-file.ts';
import { EngineSession } from './engine-session.ts';
import { restrictToClaims } from './restrict-to-claims.ts';
import type { CorpusResult } from './protocol.ts';
import { buildBasemap } from './build-basemap.ts';
import { loadSampleInputs, loadTestEngine } from './node-test-engine.ts';
import { parseCsv } from '../core/io/parse-csv.ts';

let engine: Engine;
let inputs: ArticleInput[];

beforeAll(async () => {
  engine = await loadTestEngine();
  inputs = await loadSampleInputs();
});

describe('EngineSession', () => {
  let session: EngineSession;
  let result: CorpusResult;
  const progress: number[] = [];

  beforeAll(() => {
    session = new EngineSession(engine);
    result = session.analyze(inputs, (done) => progress.push(done));
  });

  it('reports progress per article and matches analyzeCorpus', () => {
    expect(progress).toEqual(inputs.map((_, i) => i + 1));
    const reference = analyzeCorpus(inputs, engine);
    expect(result.analyses).toEqual(reference);
  });

  it('gives every located mention a point and names every claimed region', () => {
    for (const a of result.analyses) {
      for (const m of a.mentions)
        if (m.place) expect(result.points[m.id]).toEqual([m.place.lon, m.place.lat]);
      for (const c of a.claims)
        if (c.asserted.regionId) expect(result.regions[c.asserted.regionId]).toBeDefined();
    }
  });

  it('draws the gap from a misplaced claim to the claimed region', () => {
    const mismatch = result.analyses
      .flatMap((a) => a.claims)
      .find((c) => c.verdict === 'mismatch' && c.asserted.regionId && (c.distanceKm ?? 0) > 50);
    expect(mismatch).toBeDefined();
    const g = session.claimGeometry(mismatch!.id)!;
    expect(g.outline?.type).toBe('MultiPolygon');
    expect(g.line).not.toBeNull();
    // The line ends on the region's boundary, so its length is the claim's distance.
    expect(g.lineKm!).toBeGreaterThan(mismatch!.distanceKm! * 0.97);
    expect(g.lineKm!).toBeLessThan(mismatch!.distanceKm! * 1.03);
    expect(session.claimGeometry('no-such-claim')).toBeNull();
  });

  it('exports only the filtered claims as GeoJSON', () => {
    const mismatches = result.analyses
      .flatMap((a) => a.claims)
      .filter((c) => c.verdict === 'mismatch');
    const ids = mismatches.map((c) => c.id);
    const { text, mime } = session.exportClaims('geojson', ids);
    expect(mime).toBe('application/geo+json');
    const fc = JSON.parse(text) as GeoJSON.FeatureCollection;
    expect(fc.type).toBe('FeatureCollection');
    const claims = fc.features.filter((f) => f.properties?.record === 'claim');
    expect(claims.map((f) => f.properties!.id).sort()).toEqual([...ids].sort());
    expect(claims.every((f) => f.properties!.verdict === 'mismatch')).toBe(true);
    // Mentions come along only when a kept claim is about them.
    const mentionIds = new Set(
      result.analyses
        .flatMap((a) => a.claims)
        .filter((c) => ids.includes(c.id))
        .map((c) => c.mention),
    );
    for (const f of fc.features.filter((f) => f.properties?.record === 'mention'))
      expect(mentionIds.has(f.properties!.id)).toBe(true);
    for (const f of fc.features) expect(f.geometry.type).toBe('Point');
  });

  it('exports only the filtered claims as CSV', () => {
    const id = result.analyses.flatMap((a) => a.claims)[0].id;
    const { text, mime } = session.exportClaims('csv', [id]);
    expect(mime).toMatch(/^text\/csv/);
    const rows = parseCsv(text);
    const header = [...CSV_COLUMNS, ...CSV_ANNOTATION_COLUMNS];
    expect(rows[0]).toEqual(header);
    const claimRows = rows.filter((r) => r[0] === 'claim');
    expect(claimRows.map((r) => r[1])).toEqual([id]);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });
});

/** Sevsk (Bryansk Oblast, Russia), written "SevSk" in article 003 and claimed for the DPR. */
const SIVERSK_DONETSK = 694403;

describe('EngineSession: corrections, reviews and the workspace', () => {
  it('a correction re-runs the checks: SevSk set to Siversk is consistent with the DPR', () => {
    const session = new EngineSession(engine);
    const result = session.analyze(inputs);
    const article = result.analyses.find((a) => a.id.startsWith('003'))!;
    const before = article.claims.find(
      (c) =>
        c.asserted.regionId === 'UA.05' &&
        article.mentions.find((m) => m.id === c.mention)?.text === 'SevSk',
    )!;
    const mention = article.mentions.find((m) => m.id === before.mention)!;
    expect(before.verdict).toBe('mismatch');
    const input = session.article(article.id)!;
    const corrected = {
      ...input,
      corrections: [
        {
          start: mention.start,
          end: mention.end,
          placeId: SIVERSK_DONETSK,
          text: 'SevSk',
          placeName: 'Siversk',
        },
      ],
    };
    session.upsert([{ article: corrected, result: session.analyzeOne(corrected) }]);
    session.crossArticle();
    const delta = session.delta([article.id], []);
    const after = delta.upserted[0].result.analysis;
    const m2 = after.mentions.find((m) => m.start === mention.start)!;
    expect(m2.place?.id).toBe(SIVERSK_DONETSK);
    expect(m2.cues).toContain('corrected');
    const claim = after.claims.find(
      (c) => claimKey(article.id, c, m2) === claimKey(article.id, before, mention),
    )!;
    expect(claim.verdict).toBe('consistent');
    // The point moves with the correction.
    expect(delta.upserted[0].result.points[m2.id]).toEqual([m2.place!.lon, m2.place!.lat]);
    // Exports carry the correction.
    const csv = parseCsv(session.exportClaims('csv', [claim.id]).text);
    const header = csv[0];
    const row = csv.find((r) => r[1] === claim.id)!;
    expect(row[header.indexOf('place_name')]).toBe('Siversk');
    expect(row[header.indexOf('corrected')]).toBe('true');
  });

  it('a tagged place: a new mention with claims; a bad span is refused and nothing changes', () => {
    const session = new EngineSession(engine);
    const text = 'Shelling hit Storm Hill in the Kharkiv region overnight.';
    session.analyze([{ id: 'tag', text }]);
    const stored = session.article('tag')!;
    const good = {
      start: 13,
      end: 23,
      placeId: null,
      text: 'Storm Hill',
      placeName: null,
      point: { lat: 49.9, lon: 36.3 },
      tagged: true as const,
    };
    const bad = { ...good, start: 12, end: 22 };
    expect(session.correctionsProblem({ ...stored, corrections: [bad] })).toMatch(
      /^Characters 12–22 read “ Storm Hil”, not “Storm Hill”/,
    );
    const next = { ...stored, corrections: [good] };
    expect(session.correctionsProblem(next)).toBeNull();
    session.upsert([{ article: next, result: session.analyzeOne(next) }]);
    session.crossArticle();
    const after = session.delta(['tag'], []).upserted[0].result;
    const m = after.analysis.mentions.find((x) => x.text === 'Storm Hill')!;
    expect(m.place?.idSource).toBe('manual');
    expect(after.points[m.id]).toEqual([36.3, 49.9]);
    expect(after.analysis.claims.find((c) => c.mention === m.id)?.verdict).toBe('consistent');
    // A stored correction is not checked again (only new ones are).
    expect(session.correctionsProblem(next)).toBeNull();
    // The workspace file keeps it.
    const ws = parseWorkspace(serializeWorkspace(session.workspace()), 'x.json');
    expect(ws.articles[0].corrections).toEqual([good]);
  });

  it('"not a place" drops the mention and its claims', () => {
    const session = new EngineSession(engine);
    const result = session.analyze(inputs);
    const article = result.analyses.find((a) => a.claims.length > 0)!;
    const claim = article.claims[0];
    const mention = article.mentions.find((m) => m.id === claim.mention)!;
    const input = session.article(article.id)!;
    const corrected = {
      ...input,
      corrections: [
        {
          start: mention.start,
          end: mention.end,
          placeId: null,
          text: mention.text,
          placeName: null,
        },
      ],
    };
    const after = session.analyzeOne(corrected).analysis;
    expect(after.mentions.some((m) => m.start === mention.start && m.end === mention.end)).toBe(
      false,
    );
    const sameSpan = (c: { mention: string }) => {
      const m = after.mentions.find((x) => x.id === c.mention);
      return m?.start === mention.start && m?.end === mention.end;
    };
    expect(after.claims.some(sameSpan)).toBe(false);
  });

  it('reruns cross-article checks over everything loaded when an article is added', () => {
    const session = new EngineSession(engine);
    session.analyze(inputs);
    // A copy of a sample sentence with another place in its slot is a cross-article substitution.
    const source = inputs.find((i) => /withdraw/.test(i.text)) ?? inputs[0];
    const sentence = source.text
      .split(/(?<=[.!?])\s+/)
      .find((s) => /Pokrovsk|Покровськ|Kyiv/.test(s));
    expect(sentence).toBeDefined();
    const swapped = sentence!.replace(/Pokrovsk|Покровськ|Kyiv/, 'Lviv');
    const added = { id: 'user-1', text: swapped, origin: 'user' as const, corrections: [] };
    session.upsert([{ article: added, result: session.analyzeOne(added) }]);
    const cross = session.crossArticle();
    expect(cross['user-1']?.length ?? 0).toBeGreaterThan(0);
    expect(cross['user-1'][0].relation).toBe('cross-article');
  });

  it('sends along an article whose cross-article claims are about other mentions now', () => {
    // A copy of a sentence with a far place in the slot of a mention that no claim is about
    // gives that mention a cross-article claim: the app, which holds only the mentions claims
    // are about, must get its article again.
    const base = new EngineSession(engine);
    const { analyses } = base.analyze(inputs);
    const cross0 = base.snapshot().cross;
    const candidates = analyses.flatMap((a) => {
      const about = new Set([...a.claims, ...(cross0[a.id] ?? [])].map((c) => c.mention));
      return a.mentions
        .filter((m) => m.kind === 'place' && m.place && !about.has(m.id))
        .map((m) => ({ a, m }));
    });
    let checked = 0;
    for (const { a, m } of candidates.slice(0, 5)) {
      const session = new EngineSession(engine);
      session.analyze(inputs);
      session.snapshot();
      const text = session.article(a.id)!.text;
      const s = a.sentences[m.sentence];
      const added = {
        id: 'user-1',
        text: text.slice(s.start, m.start) + 'Vladivostok' + text.slice(m.end, s.end),
        origin: 'user' as const,
        corrections: [],
      };
      session.upsert([{ article: added, result: session.analyzeOne(added) }]);
      const cross = session.crossArticle();
      if (!(cross[a.id] ?? []).some((c) => c.mention === m.id)) continue;
      const sent = session.delta(['user-1'], []).upserted.map((u) => u.article.id);
      expect(sent).toEqual(expect.arrayContaining(['user-1', a.id]));
      // Sent once: the next delta has only what it is asked for.
      expect(session.delta([], []).upserted).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('exports reviews with claims, and the workspace as a file that reads back', () => {
    const session = new EngineSession(engine);
    const result = session.analyze(inputs);
    const article = result.analyses.find((a) => a.claims.length > 0)!;
    const claim = article.claims[0];
    const mention = article.mentions.find((m) => m.id === claim.mention)!;
    const key = claimKey(article.id, claim, mention);
    session.setReview(key, {
      key,
      articleId: article.id,
      status: 'dismissed',
      note: '=cmd|calc',
      updatedAt: '2024-01-01T00:00:00.000Z',
      label: 'x',
    });
    const csv = parseCsv(session.exportClaims('csv', [claim.id]).text);
    const row = csv.find((r) => r[1] === claim.id)!;
    expect(row[csv[0].indexOf('review')]).toBe('dismissed');
    expect(row[csv[0].indexOf('review_note')]).toBe("'=cmd|calc");
    const fc = JSON.parse(
      session.exportClaims('geojson', [claim.id]).text,
    ) as GeoJSON.FeatureCollection;
    const f = fc.features.find((x) => x.properties?.id === claim.id)!;
    expect(f.properties).toMatchObject({ review: 'dismissed', reviewNote: '=cmd|calc' });
    const ws = session.workspace();
    expect(ws.reviews).toHaveLength(1);
    expect(ws.articles.map((a) => a.id)).toEqual(inputs.map((i) => i.id));
  });

  it('finds places by name for corrections', () => {
    const session = new EngineSession(engine);
    const found = session.findPlaces('Siversk', 5);
    expect(found.map((f) => f.place.id)).toContain(SIVERSK_DONETSK);
    expect(session.findPlaces('', 5)).toEqual([]);
  });

  it('gives new articles ids unlike the ones in the workspace', () => {
    const session = new EngineSession(engine);
    session.analyze(inputs);
    expect(session.freeId(inputs[0].id)).toBe(`${inputs[0].id}#2`);
    expect(session.freeId('new', new Set(['new']))).toBe('new#2');
    expect(session.freeId('  ')).toBe('article');
  });
});

describe('restrictToClaims', () => {
  it('keeps the listed claims, their mentions, and only articles with claims', () => {
    const analyses = analyzeCorpus(inputs, engine);
    const first = analyses.find((a) => a.claims.length > 0)!;
    const keep = first.claims[0];
    const out = restrictToClaims(analyses, new Set([keep.id]));
    expect(out).toHaveLength(1);
    expect(out[0].claims).toEqual([keep]);
    expect(out[0].mentions.map((m) => m.id)).toEqual([keep.mention]);
    expect(out[0].sentences).toBe(first.sentences);
    expect(first.claims.length).toBeGreaterThan(0); // input untouched
  });
});

describe('buildBasemap', () => {
  it('has country and admin-1 outlines and ranked place labels', () => {
    const b = buildBasemap(engine);
    expect(b.countries.features.length).toBeGreaterThan(150);
    expect(b.countryLines.features.length).toBeGreaterThan(150);
    expect(b.admin1Lines.features.length).toBeGreaterThan(1000);
    const names = new Set(b.places.features.map((f) => f.properties!.name));
    expect(names.has('Kyiv')).toBe(true);
    const kyiv = b.places.features.find((f) => f.properties!.name === 'Kyiv')!;
    expect(kyiv.properties!.rank).toBe(0);
    expect(b.regionLabels.features.some((f) => f.properties!.name === 'Donetsk Oblast')).toBe(true);
  });

  it('draws each border once: admin-1 lines hold only the borders inside countries', () => {
    const b = buildBasemap(engine);
    const count = (fc: GeoJSON.FeatureCollection) => {
      let vertices = 0;
      const edges = new Set<string>();
      let repeated = 0;
      for (const f of fc.features) {
        const g = f.geometry as GeoJSON.MultiLineString;
        for (const run of g.coordinates) {
          vertices += run.length;
          for (let i = 1; i < run.length; i++) {
            const k = [run[i - 1].join(), run[i].join()].sort().join(' ');
            if (edges.has(k)) repeated++;
            edges.add(k);
          }
        }
      }
      return { vertices, repeated, edges };
    };
    const admin1 = count(b.admin1Lines);
    const countries = count(b.countryLines);
    expect(admin1.repeated).toBe(0);
    expect(countries.repeated).toBe(0);
    for (const e of admin1.edges) expect(countries.edges.has(e)).toBe(false);
    // The admin-1 polygons' rings have about 190,000 vertices; their inner borders are a
    // third of that.
    expect(admin1.vertices).toBeLessThan(80_000);
    expect(admin1.vertices).toBeGreaterThan(30_000);
  });
});
