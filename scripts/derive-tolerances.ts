/**
 * Derives the distance tolerances of "near", "outskirts" and "direction" claims from how real
 * reports use them: in report texts with the event's coordinates (Bellingcat reports, CIR
 * titles with footage points, in ../shared/eval), each such phrase is measured from the
 * event's point to the place or region it names. The tolerance is a high percentile of those
 * distances, so that an accurate report is almost never flagged.
 *
 * Usage: npm run derive-tolerances [-- DIR]   (DIR defaults to ../shared/eval)
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Engine } from '../src/core/pipeline.ts';
import { analyzeArticle } from '../src/core/pipeline.ts';
import { haversineKm } from '../src/core/geo/haversine-km.ts';
import { loadEngine } from './load-engine.ts';
import { ROOT } from './build-data.ts';
import { readJsonl } from './evaluate-real.ts';

/** The percentile a tolerance is set at. */
export const TOLERANCE_PERCENTILE = 0.95;
/**
 * Distances beyond this are resolution errors (a namesake far away), not usage: they are what
 * the check exists to flag, so they are left out of the percentile.
 */
export const RESOLUTION_ERROR_KM = 300;

/** The tolerance the dev sets give for a kind of phrase: TOLERANCE_PERCENTILE of its usages. */
export function derivedTolerance(usages: Usage[], kind: Usage['kind']): number {
  return percentile(
    usages.filter((u) => u.kind === kind && u.km <= RESOLUTION_ERROR_KM).map((u) => u.km),
    TOLERANCE_PERCENTILE,
  );
}

export interface Usage {
  kind: 'near' | 'outskirts' | 'direction';
  km: number;
}

interface Located {
  text: string;
  lat: number;
  lon: number;
}

/** The located report texts of the dev sets in `dir` (missing files are skipped). */
export function locatedTexts(dir: string): Located[] {
  const out: Located[] = [];
  const bc = join(dir, 'bellingcat-reports.jsonl');
  if (existsSync(bc)) out.push(...readJsonl<Located>(bc));
  const cir = join(dir, 'cir-events.jsonl');
  if (existsSync(cir))
    for (const r of readJsonl<{ title: string; lat: number; lon: number }>(cir))
      out.push({ text: r.title, lat: r.lat, lon: r.lon });
  return out;
}

/**
 * Distances from each event's point to what its "near X" / "outskirts of X" / "X direction"
 * phrase names, for confidently resolved places only.
 */
export function measureUsages(texts: Located[], engine: Engine): Usage[] {
  const out: Usage[] = [];
  for (const t of texts) {
    const a = analyzeArticle({ id: 'x', text: t.text }, engine);
    for (const m of a.mentions) {
      if (!m.place || m.confidence < 0.9 || m.kind !== 'place') continue;
      const before = t.text.slice(Math.max(0, m.start - 40), m.start);
      const phrase = NEAR_BEFORE.exec(before);
      if (phrase) {
        const kind = /outskirts|outside/i.test(phrase[0]) ? 'outskirts' : 'near';
        out.push({ kind, km: haversineKm(t.lat, t.lon, m.place.lat, m.place.lon) });
      }
    }
    for (const m of a.mentions) {
      if (!m.cues?.includes('direction') || !m.regionId) continue;
      const r = engine.regions.get(m.regionId);
      if (r) out.push({ kind: 'direction', km: engine.regions.distanceKm(r.id, t.lat, t.lon) });
    }
  }
  return out;
}

/** The phrases of nearness, right before a name. */
const NEAR_BEFORE =
  /\b(?:near|nearby|outside|close to|in the vicinity of|on the outskirts of|outskirts of)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i;

/** The value at percentile p (0..1) of xs (nearest rank). */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
}

function main(): void {
  const arg = process.argv[2];
  const dir = arg ? resolve(arg) : resolve(ROOT, '..', 'shared', 'eval');
  if (!existsSync(dir)) {
    console.error(`derive-tolerances: no evaluation folder at ${dir}`);
    process.exit(2);
  }
  const usages = measureUsages(locatedTexts(dir), loadEngine());
  for (const kind of ['near', 'outskirts', 'direction'] as const) {
    const ks = usages.filter((u) => u.kind === kind).map((u) => u.km);
    const kept = ks.filter((k) => k <= RESOLUTION_ERROR_KM);
    console.log(
      `${kind.padEnd(10)} n ${String(ks.length).padStart(4)} (${kept.length} within ${RESOLUTION_ERROR_KM} km)  tolerance (p${TOLERANCE_PERCENTILE * 100} of those) ${derivedTolerance(usages, kind).toFixed(1)} km |  median ${percentile(ks, 0.5).toFixed(1)} km  p90 ${percentile(ks, 0.9).toFixed(1)} km  p${TOLERANCE_PERCENTILE * 100} ${percentile(ks, TOLERANCE_PERCENTILE).toFixed(1)} km  max ${percentile(ks, 1).toFixed(1)} km`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
