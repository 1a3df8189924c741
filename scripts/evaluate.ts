/**
 * Accuracy on the committed fixtures, printed as a table:
 *   test/fixtures/geoparse-eval/cases.json  recognition precision/recall, resolution accuracy
 *   test/fixtures/claims-eval/cases.json    recall on planted errors, false flags on true statements
 *
 * Usage: npm run evaluate            (the tests in test/*-eval.test.ts hold the same numbers)
 *        npm run evaluate -- --real [DIR] [--errors]   data written by others (scripts/evaluate-real.ts)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleInput, Mention } from '../src/core/types.ts';
import { analyzeArticle, analyzeCorpus, type Engine } from '../src/core/pipeline.ts';
import { haversineKm } from '../src/core/geo/haversine-km.ts';
import { loadEngine } from './load-engine.ts';
import { ROOT } from './build-data.ts';
import { evaluateReal, formatRealReport } from './evaluate-real.ts';

export interface GoldMention {
  text: string;
  start: number;
  end: number;
  kind: 'place' | 'actor' | 'region' | 'country';
  lat?: number;
  lon?: number;
  regionId?: string;
  inGazetteer?: boolean;
  expectedRegionId?: string;
  form?: string[];
}

export interface GeoCase {
  id: string;
  text: string;
  mentions: GoldMention[];
}

export interface GeoparseReport {
  cases: number;
  gold: number;
  predicted: number;
  recognitionPrecision: number;
  recognitionRecall: number;
  /** Correct (within 25 km, or the right region) among recognised gold mentions. */
  resolutionAccuracy: number;
  /** Correct among all gold mentions (unrecognised ones count as wrong). */
  endToEndAccuracy: number;
  /** Accuracy of resolved places per confidence band. */
  calibration: { band: string; n: number; accuracy: number }[];
  byForm: Record<string, { n: number; correct: number }>;
  errors: string[];
}

export const RESOLUTION_KM = 25;
const BANDS: [number, number][] = [
  [0, 0.6],
  [0.6, 0.85],
  [0.85, 0.95],
  [0.95, 1.01],
];

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function loadGeoCases(): GeoCase[] {
  return JSON.parse(
    readFileSync(join(ROOT, 'test/fixtures/geoparse-eval/cases.json'), 'utf8'),
  ) as GeoCase[];
}

/** Is a predicted mention the right reading of a gold mention? */
function correct(g: GoldMention, m: Mention, engine: Engine): boolean {
  if (g.kind === 'region' || g.kind === 'country') {
    if (m.regionId === g.regionId) return true;
    // A composite is right if the gold names one of its members and vice versa.
    const r = m.regionId ? engine.regions.get(m.regionId) : undefined;
    return !!r && !!g.regionId && (r.members?.includes(g.regionId) ?? false);
  }
  if (g.inGazetteer === false) {
    return m.place === null && m.regionId === g.expectedRegionId;
  }
  if (!m.place || g.lat === undefined || g.lon === undefined) return false;
  return haversineKm(m.place.lat, m.place.lon, g.lat, g.lon) <= RESOLUTION_KM;
}

export function evaluateGeoparse(engine: Engine, cases = loadGeoCases()): GeoparseReport {
  let gold = 0;
  let predicted = 0;
  let matchedPred = 0;
  let matchedGold = 0;
  let correctCount = 0;
  const bandStats = BANDS.map(() => ({ n: 0, ok: 0 }));
  const byForm: Record<string, { n: number; correct: number }> = {};
  const errors: string[] = [];
  for (const c of cases) {
    const a = analyzeArticle({ id: c.id, text: c.text }, engine);
    predicted += a.mentions.length;
    gold += c.mentions.length;
    for (const m of a.mentions) if (c.mentions.some((g) => overlaps(g, m))) matchedPred++;
    for (const g of c.mentions) {
      const m = a.mentions.find((x) => overlaps(g, x));
      const ok = !!m && correct(g, m, engine);
      if (m) matchedGold++;
      if (ok) correctCount++;
      for (const f of g.form ?? []) {
        byForm[f] ??= { n: 0, correct: 0 };
        byForm[f].n++;
        if (ok) byForm[f].correct++;
      }
      if (m && m.place && (g.kind === 'place' || g.kind === 'actor') && g.inGazetteer !== false) {
        const b = BANDS.findIndex(([lo, hi]) => m.confidence >= lo && m.confidence < hi);
        if (b >= 0) {
          bandStats[b].n++;
          if (ok) bandStats[b].ok++;
        }
      }
      if (!ok) {
        const got = !m
          ? 'not recognised'
          : m.place
            ? `${m.place.name} (${m.place.countryCode}.${m.place.admin1Code})`
            : `${m.regionId ?? 'unresolved'}`;
        errors.push(`${c.id}: "${g.text}" ${g.kind} -> ${got}`);
      }
    }
    for (const m of a.mentions) {
      if (!c.mentions.some((g) => overlaps(g, m)))
        errors.push(`${c.id}: extra "${m.text}" (${m.kind})`);
    }
  }
  return {
    cases: cases.length,
    gold,
    predicted,
    recognitionPrecision: matchedPred / Math.max(1, predicted),
    recognitionRecall: matchedGold / Math.max(1, gold),
    resolutionAccuracy: correctCount / Math.max(1, matchedGold),
    endToEndAccuracy: correctCount / Math.max(1, gold),
    calibration: BANDS.map(([lo, hi], i) => ({
      band: `${lo.toFixed(2)}-${Math.min(1, hi).toFixed(2)}`,
      n: bandStats[i].n,
      accuracy: bandStats[i].ok / Math.max(1, bandStats[i].n),
    })),
    byForm,
    errors,
  };
}

export interface ClaimCase {
  id: string;
  truth: 'true' | 'planted';
  relation: string;
  articles: { id: string; text: string }[];
  target: { article: string; place: string; placeStart: number; placeEnd: number };
  expectFlag: boolean;
}

export interface ClaimsReport {
  cases: number;
  planted: number;
  true: number;
  /** Planted errors flagged (a mismatch claim on the target place). */
  plantedRecall: number;
  /** True statements flagged. */
  falseFlagRate: number;
  /** Cases where a claim of the case's relation was extracted for the target. */
  extractionRate: number;
  byRelation: Record<string, { planted: number; caught: number; true: number; falseFlags: number }>;
  errors: string[];
}

export function loadClaimCases(): ClaimCase[] {
  return JSON.parse(
    readFileSync(join(ROOT, 'test/fixtures/claims-eval/cases.json'), 'utf8'),
  ) as ClaimCase[];
}

export function evaluateClaims(engine: Engine, cases = loadClaimCases()): ClaimsReport {
  let planted = 0;
  let caught = 0;
  let trues = 0;
  let falseFlags = 0;
  let extracted = 0;
  const byRelation: ClaimsReport['byRelation'] = {};
  const errors: string[] = [];
  for (const c of cases) {
    const inputs: ArticleInput[] = c.articles.map((a) => ({ id: `${c.id}/${a.id}`, text: a.text }));
    const analyses = analyzeCorpus(inputs, engine);
    const a = analyses[c.articles.findIndex((x) => x.id === c.target.article)];
    const span = { start: c.target.placeStart, end: c.target.placeEnd };
    const ids = new Set(a.mentions.filter((m) => overlaps(m, span)).map((m) => m.id));
    const claims = a.claims.filter((x) => ids.has(x.mention));
    const sameRelation = claims.filter((x) => x.relation === c.relation);
    if (sameRelation.length) extracted++;
    // A swap between two one-sentence articles cannot be pinned on either side (neither has
    // other places to judge by): it is caught when the two copies are linked, unverifiable.
    const flagged = claims.some(
      (x) =>
        x.verdict === 'mismatch' ||
        (c.relation === 'cross-article' &&
          x.relation === 'cross-article' &&
          x.verdict === 'unverifiable' &&
          c.truth === 'planted'),
    );
    const r = (byRelation[c.relation] ??= { planted: 0, caught: 0, true: 0, falseFlags: 0 });
    if (c.truth === 'planted') {
      planted++;
      r.planted++;
      if (flagged) {
        caught++;
        r.caught++;
      } else {
        errors.push(
          `missed ${c.id}: ${c.target.place} (${claims.map((x) => `${x.relation}:${x.verdict}`).join(', ') || 'no claim'})`,
        );
      }
    } else {
      trues++;
      r.true++;
      if (flagged) {
        falseFlags++;
        r.falseFlags++;
        const why = claims
          .filter((x) => x.verdict === 'mismatch')
          .map((x) => `${x.relation}: ${x.explanation}`);
        errors.push(`false flag ${c.id}: ${why.join(' | ')}`);
      }
    }
  }
  return {
    cases: cases.length,
    planted,
    true: trues,
    plantedRecall: caught / Math.max(1, planted),
    falseFlagRate: falseFlags / Math.max(1, trues),
    extractionRate: extracted / Math.max(1, cases.length),
    byRelation,
    errors,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function main(): void {
  const engine = loadEngine();
  const real = process.argv.indexOf('--real');
  if (real >= 0) {
    const next = process.argv[real + 1];
    const dir =
      next && !next.startsWith('--') ? resolve(next) : resolve(ROOT, '..', 'shared', 'eval');
    if (!existsSync(dir)) {
      console.error(
        `evaluate: no evaluation folder at ${dir}. Give one: npm run evaluate -- --real DIR`,
      );
      process.exit(2);
    }
    const r = evaluateReal(engine, dir);
    console.log(formatRealReport(r, dir, process.argv.includes('--errors')));
    return;
  }
  const g = evaluateGeoparse(engine);
  console.log(`geoparse-eval: ${g.cases} texts, ${g.gold} gold mentions, ${g.predicted} predicted`);
  console.log(
    `  recognition precision ${pct(g.recognitionPrecision)}  recall ${pct(g.recognitionRecall)}`,
  );
  console.log(
    `  resolution accuracy (within ${RESOLUTION_KM} km / right region) on recognised mentions ${pct(g.resolutionAccuracy)}; end to end ${pct(g.endToEndAccuracy)}`,
  );
  console.log('  calibration (confidence band: n, accuracy):');
  for (const b of g.calibration) console.log(`    ${b.band}: ${b.n}, ${pct(b.accuracy)}`);
  console.log('  by form:');
  for (const [f, s] of Object.entries(g.byForm).sort())
    console.log(`    ${f}: ${s.correct}/${s.n} ${pct(s.correct / s.n)}`);
  const c = evaluateClaims(engine);
  console.log(`claims-eval: ${c.cases} cases (${c.planted} planted, ${c.true} true)`);
  console.log(
    `  recall on planted errors ${pct(c.plantedRecall)}; false-flag rate on true statements ${pct(c.falseFlagRate)}; claim extracted ${pct(c.extractionRate)}`,
  );
  for (const [r, s] of Object.entries(c.byRelation)) {
    console.log(`    ${r}: caught ${s.caught}/${s.planted}, false flags ${s.falseFlags}/${s.true}`);
  }
  if (process.argv.includes('--errors')) {
    console.log('\nerrors:');
    for (const e of [...g.errors, ...c.errors]) console.log('  ' + e);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
