/**
 * Accuracy on development sets written and geolocated by other people (`../shared/eval` by
 * default; never copied into the repository):
 *
 *   bellingcat-locations.jsonl  location strings with the events' median point
 *   bellingcat-reports.jsonl    report texts (accurate: every mismatch flag is presumed false)
 *   cir-events.jsonl            Centre for Information Resilience events: title, town, province,
 *                               footage point (Ukraine's "town, province" strings; titles)
 *   lgl.jsonl, geovirus.jsonl   world news with gold toponym spans and coordinates
 *
 * Each set is optional: a missing file is reported and skipped. Usage:
 *   npm run evaluate -- --real [DIR] [--errors]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleAnalysis, ArticleInput, Mention } from '../src/core/types.ts';
import { analyzeArticle, analyzeCorpus, type Engine } from '../src/core/pipeline.ts';
import { haversineKm } from '../src/core/geo/haversine-km.ts';
import { foldKey } from '../src/core/text/fold-key.ts';
import { hashKey } from '../src/core/gazetteer/format.ts';
import { TOLERANCE_KM } from '../src/core/verify/verify-claims.ts';

/** A location string resolves right when its place lies this close to the gold point. */
export const LOCATION_KM = 25;
/** The usual geoparsing tolerance (Leidner; Gritta et al. 2018, "What's missing in geoparsing?"). */
export const ACC_KM = 161;
/** A planted province lies at least this far from the gold point. */
export const PLANT_MIN_KM = 400;

export const CONFIDENCE_BINS: [number, number][] = [
  [0, 0.5],
  [0.5, 0.7],
  [0.7, 0.9],
  [0.9, 1.01],
];

interface LocationCase {
  set: string;
  id: string;
  text: string;
  lat: number;
  lon: number;
  /** Length of the place part at the start of `text` (planted-swap target). */
  townEnd: number;
}

interface ToponymCase {
  id: string;
  text: string;
  toponyms: { start: number; end: number; text: string; lat: number; lon: number; id?: number }[];
}

export interface BinStat {
  bin: string;
  n: number;
  right: number;
}

export interface RealReport {
  locations: { set: string; n: number; within: number }[];
  reports: { set: string; n: number; flags: number; flaggedReports: number }[];
  swaps: { n: number; caught: number; twins: number; twinFlags: number } | null;
  toponyms: {
    set: string;
    gold: number;
    predicted: number;
    matchedGold: number;
    matchedPred: number;
    right: number;
  }[];
  bins: BinStat[];
  missing: string[];
  errors: string[];
}

/** The records of a JSON Lines file (blank lines skipped). */
export function readJsonl<T>(file: string): T[] {
  const out: T[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim()) out.push(JSON.parse(line) as T);
  }
  return out;
}

/** A mention at settlement level: a point the resolver stands behind, not a region. */
function settlement(m: Mention): boolean {
  return (
    m.place !== null &&
    (m.kind === 'place' || m.kind === 'actor') &&
    m.precision !== 'admin1' &&
    m.precision !== 'country' &&
    m.precision !== 'unresolved'
  );
}

function describe(m: Mention | undefined): string {
  if (!m) return 'no settlement';
  if (!m.place) return `${m.kind} ${m.regionId ?? 'unresolved'}`;
  return `${m.place.name} (${m.place.countryCode}.${m.place.admin1Code}, ${m.matchedBy}, conf ${m.confidence.toFixed(2)})`;
}

function binOf(conf: number): number {
  return CONFIDENCE_BINS.findIndex(([lo, hi]) => conf >= lo && conf < hi);
}

/** CIR's Ukrainian "town, province" strings with the footage point. */
function cirLocations(rows: CirRow[]): LocationCase[] {
  const out: LocationCase[] = [];
  for (const r of rows) {
    if (r.country !== 'Ukraine' || !r.town.trim()) continue;
    const town = r.town.trim();
    const text = r.province.trim() ? `${town}, ${r.province.trim()}` : town;
    out.push({ set: 'cir', id: r.id, text, lat: r.lat, lon: r.lon, townEnd: town.length });
  }
  return out;
}

interface CirRow {
  id: string;
  date: string;
  title: string;
  town: string;
  district: string;
  province: string;
  country: string;
  lat: number;
  lon: number;
}

/** A deterministic pseudo-random index (FNV-1a of a string). */
function pick(s: string, n: number): number {
  return hashKey(s) % n;
}

/**
 * Planted swaps: the province of a CIR "town, province" string is replaced by another oblast
 * that lies over PLANT_MIN_KM from the gold point and has no place of the town's name. The
 * oblast names are the ones CIR's coders wrote (their most frequent spelling of each oblast).
 */
function plantSwaps(
  cases: LocationCase[],
  rows: CirRow[],
  engine: Engine,
): { planted: LocationCase; twin: LocationCase }[] {
  // The most frequent written form of each oblast (by GeoNames admin1 of its footage points).
  const forms = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (r.country !== 'Ukraine' || !/oblast/i.test(r.province)) continue;
    const region = engine.regions.admin1At(r.lat, r.lon);
    if (!region || !region.startsWith('UA.')) continue;
    const f = forms.get(region) ?? new Map<string, number>();
    f.set(r.province.trim(), (f.get(r.province.trim()) ?? 0) + 1);
    forms.set(region, f);
  }
  // Each region's most frequent written form; a form two regions share (coders write "Kyiv
  // Oblast" for points in Kyiv city too) goes to the region that uses it most, and a city with
  // the status of a region (Kyiv, Sevastopol) is no planting target of its own.
  const best = [...forms.entries()].map(([region, f]) => {
    const [name, n] = [...f.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    return { region, name, n };
  });
  const oblasts = best
    .filter(
      (o) =>
        !engine.regions.surroundingRegion(o.region) &&
        !best.some((x) => x !== o && x.name === o.name && x.n > o.n),
    )
    .map(({ region, name }) => ({ region, name }))
    .sort((a, b) => (a.region < b.region ? -1 : 1));
  const seen = new Set<string>();
  const out: { planted: LocationCase; twin: LocationCase }[] = [];
  for (const c of cases) {
    if (c.text.length === c.townEnd) continue; // no province to swap
    const key = c.text;
    if (seen.has(key)) continue;
    seen.add(key);
    const town = c.text.slice(0, c.townEnd);
    const namesakes = engine.gazetteer.lookup(foldKey(town));
    const options = oblasts.filter((o) => {
      if (!engine.regions.get(o.region)) return false;
      if (engine.regions.distanceKm(o.region, c.lat, c.lon) <= PLANT_MIN_KM) return false;
      // No place of the name in the oblast or within the in-region tolerance of it.
      return !namesakes.some((h) => {
        const i = h.place;
        return (
          engine.regions.distanceKm(o.region, engine.gazetteer.lat[i], engine.gazetteer.lon[i]) <=
          TOLERANCE_KM.inRegion
        );
      });
    });
    if (options.length === 0) continue;
    const o = options[pick(c.id + town, options.length)];
    out.push({ planted: { ...c, text: `${town}, ${o.name}` }, twin: c });
  }
  return out;
}

/** Runs every set found in `dir`. */
export function evaluateReal(engine: Engine, dir: string): RealReport {
  const report: RealReport = {
    locations: [],
    reports: [],
    swaps: null,
    toponyms: [],
    bins: CONFIDENCE_BINS.map(([lo, hi]) => ({
      bin: `${lo.toFixed(1)}-${Math.min(1, hi).toFixed(1)}`,
      n: 0,
      right: 0,
    })),
    missing: [],
    errors: [],
  };
  const file = (name: string): string | null => {
    const p = join(dir, name);
    if (existsSync(p)) return p;
    report.missing.push(name);
    return null;
  };

  // Location strings.
  const locationSets: { set: string; cases: LocationCase[] }[] = [];
  const bl = file('bellingcat-locations.jsonl');
  if (bl) {
    const rows = readJsonl<{ location: string; lat: number; lon: number }>(bl);
    locationSets.push({
      set: 'bellingcat-locations',
      cases: rows.map((r, i) => ({
        set: 'bellingcat-locations',
        id: `bl${i}`,
        text: r.location,
        lat: r.lat,
        lon: r.lon,
        townEnd: r.location.length,
      })),
    });
  }
  const cir = file('cir-events.jsonl');
  const cirRows = cir ? readJsonl<CirRow>(cir) : [];
  const cirCases = cirLocations(cirRows);
  if (cir) locationSets.push({ set: 'cir-town-province', cases: cirCases });
  for (const { set, cases } of locationSets) {
    let within = 0;
    for (const c of cases) {
      const a = analyzeArticle({ id: c.id, text: c.text }, engine);
      const m = a.mentions.find(settlement);
      const d = m?.place ? haversineKm(m.place.lat, m.place.lon, c.lat, c.lon) : Infinity;
      // A string that names only a region ("Kharkiv region", "Donbas") is right when the gold
      // point lies in the region it resolves to.
      const region = m ? undefined : a.mentions.find((x) => x.regionId && x.kind !== 'place');
      const ok = m
        ? d <= LOCATION_KM
        : !!region?.regionId && engine.regions.contains(region.regionId, c.lat, c.lon);
      if (ok) within++;
      if (m) {
        const b = binOf(m.confidence);
        if (b >= 0) {
          report.bins[b].n++;
          if (ok) report.bins[b].right++;
        }
      }
      if (!ok) {
        report.errors.push(
          `${set}: "${c.text}" -> ${m ? describe(m) : region ? `region ${region.regionId}` : 'nothing'}${Number.isFinite(d) ? `, ${Math.round(d)} km off` : ''}`,
        );
      }
    }
    report.locations.push({ set, n: cases.length, within });
  }

  // Accurate reports: every mismatch is presumed a false flag.
  const reportSets: { set: string; inputs: ArticleInput[] }[] = [];
  const br = file('bellingcat-reports.jsonl');
  if (br) {
    const rows = readJsonl<{ id: string; date: string; text: string }>(br);
    reportSets.push({
      set: 'bellingcat-reports',
      inputs: rows.map((r) => ({ id: r.id, text: r.text, date: usDate(r.date) })),
    });
  }
  if (cir) {
    reportSets.push({
      set: 'cir-titles',
      inputs: cirRows
        .filter((r) => r.title.trim())
        .map((r) => ({ id: r.id, text: r.title, date: r.date || undefined })),
    });
  }
  for (const { set, inputs } of reportSets) {
    const analyses = analyzeCorpus(inputs, engine);
    let flags = 0;
    let flaggedReports = 0;
    for (const a of analyses) {
      const mismatches = a.claims.filter((c) => c.verdict === 'mismatch');
      flags += mismatches.length;
      if (mismatches.length) flaggedReports++;
      for (const c of mismatches) {
        const s = a.sentences[c.sentence];
        const text = inputs.find((x) => x.id === a.id)?.text ?? '';
        report.errors.push(
          `${set}: false flag ${a.id} ${c.relation} (${c.severity}): ${c.explanation} | "${s ? text.slice(s.start, s.end).slice(0, 160) : ''}"`,
        );
      }
    }
    report.reports.push({ set, n: inputs.length, flags, flaggedReports });
  }

  // Planted region swaps and their true twins.
  if (cir) {
    const pairs = plantSwaps(cirCases, cirRows, engine);
    let caught = 0;
    let twinFlags = 0;
    const flagged = (c: LocationCase, a: ArticleAnalysis): boolean => {
      const ids = new Set(a.mentions.filter((m) => m.start < c.townEnd).map((m) => m.id));
      return a.claims.some((x) => ids.has(x.mention) && x.verdict === 'mismatch');
    };
    for (const { planted, twin } of pairs) {
      const pa = analyzeArticle({ id: planted.id, text: planted.text }, engine);
      if (flagged(planted, pa)) caught++;
      else report.errors.push(`planted swap missed: "${planted.text}" (true: "${twin.text}")`);
      const ta = analyzeArticle({ id: twin.id, text: twin.text }, engine);
      if (flagged(twin, ta)) {
        twinFlags++;
        const why = ta.claims.filter((x) => x.verdict === 'mismatch').map((x) => x.explanation);
        report.errors.push(`true twin flagged: "${twin.text}": ${why.join(' | ')}`);
      }
    }
    report.swaps = { n: pairs.length, caught, twins: pairs.length, twinFlags };
  }

  // World news with gold toponyms.
  const lgl = file('lgl.jsonl');
  const gv = file('geovirus.jsonl');
  const topoSets: { set: string; cases: ToponymCase[] }[] = [];
  if (lgl) {
    const rows = readJsonl<{
      id: string;
      text: string;
      toponyms: {
        start: number;
        end: number;
        text: string;
        lat: number;
        lon: number;
        geonameid?: number;
      }[];
    }>(lgl);
    topoSets.push({
      set: 'lgl',
      cases: rows.map((r) => ({
        id: r.id,
        text: r.text,
        toponyms: r.toponyms.map((t) => ({ ...t, id: t.geonameid })),
      })),
    });
  }
  if (gv) topoSets.push({ set: 'geovirus', cases: readJsonl<ToponymCase>(gv) });
  for (const { set, cases } of topoSets) {
    const s = { set, gold: 0, predicted: 0, matchedGold: 0, matchedPred: 0, right: 0 };
    for (const c of cases) {
      const a = analyzeArticle({ id: c.id, text: c.text }, engine);
      const predicted = a.mentions.filter((m) => (m.kind as string) !== 'demonym');
      s.predicted += predicted.length;
      s.gold += c.toponyms.length;
      for (const m of predicted) {
        if (c.toponyms.some((g) => g.start < m.end && m.start < g.end)) s.matchedPred++;
        else report.errors.push(`${set}: extra "${m.text}" (${m.kind}) in ${c.id}`);
      }
      for (const g of c.toponyms) {
        const m = predicted.find((x) => g.start < x.end && x.start < g.end);
        if (!m) {
          report.errors.push(`${set}: missed "${g.text}" in ${c.id}`);
          continue;
        }
        s.matchedGold++;
        const p = m.place;
        const ok =
          !!p &&
          ((g.id !== undefined && p.id === g.id) ||
            haversineKm(p.lat, p.lon, g.lat, g.lon) <= ACC_KM);
        if (ok) s.right++;
        else
          report.errors.push(
            `${set}: "${g.text}" -> ${describe(m)}${p ? `, ${Math.round(haversineKm(p.lat, p.lon, g.lat, g.lon))} km off` : ''} in ${c.id}`,
          );
      }
    }
    report.toponyms.push(s);
  }
  return report;
}

/** Bellingcat writes dates as MM/DD/YYYY; the pipeline takes ISO dates. */
function usDate(d: string): string | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(d);
  return m ? `${m[3]}-${m[1]}-${m[2]}` : undefined;
}

const fmt = (x: number) => x.toFixed(3);

/** The report as the table `npm run evaluate -- --real` prints. */
export function formatRealReport(r: RealReport, dir: string, withErrors: boolean): string {
  const lines: string[] = [`real-data evaluation on ${dir}`];
  if (r.missing.length) lines.push(`  (not found, skipped: ${r.missing.join(', ')})`);
  lines.push(
    `location strings: share whose first settlement lies within ${LOCATION_KM} km (a string naming only a region: the gold point inside it)`,
  );
  for (const l of r.locations)
    lines.push(`  ${l.set.padEnd(24)} ${fmt(l.within / Math.max(1, l.n))}  (${l.within}/${l.n})`);
  lines.push('accurate reports: mismatch flags per 100 reports (all presumed false)');
  for (const x of r.reports)
    lines.push(
      `  ${x.set.padEnd(24)} ${((100 * x.flags) / Math.max(1, x.n)).toFixed(2)}  (${x.flags} flags on ${x.flaggedReports} of ${x.n} reports)`,
    );
  if (r.swaps) {
    lines.push(
      `planted region swaps (CIR town, province -> an oblast over ${PLANT_MIN_KM} km away)`,
    );
    lines.push(
      `  caught ${fmt(r.swaps.caught / Math.max(1, r.swaps.n))} (${r.swaps.caught}/${r.swaps.n}); true twins flagged ${fmt(r.swaps.twinFlags / Math.max(1, r.swaps.twins))} (${r.swaps.twinFlags}/${r.swaps.twins})`,
    );
  }
  lines.push(
    `world news: detection over gold spans; Acc@${ACC_KM} over all gold toponyms (a missed one is wrong)`,
  );
  for (const t of r.toponyms) {
    const p = t.matchedPred / Math.max(1, t.predicted);
    const rc = t.matchedGold / Math.max(1, t.gold);
    const f1 = (2 * p * rc) / Math.max(1e-9, p + rc);
    lines.push(
      `  ${t.set.padEnd(24)} P ${fmt(p)}  R ${fmt(rc)}  F1 ${fmt(f1)}  Acc@${ACC_KM} ${fmt(t.right / Math.max(1, t.gold))}  (${t.gold} gold, ${t.predicted} predicted)`,
    );
  }
  lines.push('confidence bins (location strings): share right');
  for (const b of r.bins)
    lines.push(
      `  ${b.bin.padEnd(8)} n ${String(b.n).padStart(5)}  right ${fmt(b.right / Math.max(1, b.n))}`,
    );
  if (withErrors) {
    lines.push('', 'errors:');
    for (const e of r.errors) lines.push('  ' + e);
  }
  return lines.join('\n');
}
