import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ArticleAnalysis, ArticleInput, Claim, Mention } from '../../src/core/types.ts';
import { analyzeCorpus } from '../../src/core/pipeline.ts';
import { loadEngine } from '../../scripts/load-engine.ts';
import { haversineKm } from '../../src/core/geo/haversine-km.ts';

export const ARTICLES_DIR = join(import.meta.dirname, '..', '..', 'data', 'articles');

/** The sample corpus as the CLI reads it (id = file name without extension). */
export function sampleInputs(): ArticleInput[] {
  return readdirSync(ARTICLES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      id: basename(f, '.txt'),
      text: readFileSync(join(ARTICLES_DIR, f), 'utf8'),
      source: f,
    }));
}

let cache: { inputs: ArticleInput[]; analyses: ArticleAnalysis[] } | null = null;

export function analyzedSamples(): { inputs: ArticleInput[]; analyses: ArticleAnalysis[] } {
  if (!cache) {
    const inputs = sampleInputs();
    cache = { inputs, analyses: analyzeCorpus(inputs, loadEngine()) };
  }
  return cache;
}

export function article(prefix: string): ArticleAnalysis {
  const a = analyzedSamples().analyses.find((x) => x.id.startsWith(prefix));
  if (!a) throw new Error(`no article ${prefix}`);
  return a;
}

export function mentionsOf(a: ArticleAnalysis, text: string): Mention[] {
  return a.mentions.filter((m) => m.text === text);
}

export function claimsAbout(a: ArticleAnalysis, text: string): Claim[] {
  const ids = new Set(mentionsOf(a, text).map((m) => m.id));
  return a.claims.filter((c) => ids.has(c.mention));
}

export function kmTo(m: Mention, lat: number, lon: number): number {
  if (!m.place) return Infinity;
  return haversineKm(m.place.lat, m.place.lon, lat, lon);
}
