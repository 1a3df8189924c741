import type { Alternative, MatchedBy, Mention } from '../types.ts';
import type { PlaceHit, RawMention } from '../recognize/recognize.ts';
import type { Lexicon } from '../recognize/lexicon.ts';
import type { ArticleContext } from './article-context.ts';
import { haversineKm } from '../geo/haversine-km.ts';
import { similarPlaces } from '../gazetteer/similar-places.ts';

/**
 * Scoring weights. Context outweighs size: a village in the region the article is about
 * beats a city of the same name elsewhere, as a careful analyst would decide (CLAVIN and
 * Mordecai use the same order of evidence: explicit container > article regions > country >
 * population).
 */
export const WEIGHTS = {
  /** Per log10 of population (a city of 1M gets 6 * w). */
  population: 0.25,
  featureCode: {
    PPLC: 0.35,
    PPLA: 0.25,
    PPLA2: 0.15,
    PPLA3: 0.08,
    PPLA4: 0.04,
    PPLX: -0.15,
    PPLH: -0.6,
    PPLQ: -0.8,
    PPLW: -0.8,
  } as Record<string, number>,
  matchedBy: {
    exact: 0.4,
    alternate: 0.3,
    variant: 0.1,
    fuzzy: -0.2,
    'context-fallback': 0,
  } as Record<MatchedBy, number>,
  fuzzyPerEdit: 0.25,
  /** The candidate lies in an admin-1 region named in the same sentence. */
  sentenceRegion: 2.5,
  /** The candidate lies in an admin-1 region named elsewhere in the article. */
  articleRegion: 1.4,
  /** The candidate's country is named or implied by the article. */
  country: 0.5,
  /** Near the article's unambiguous places: coherence * exp(-d / coherenceKm). */
  coherence: 1.0,
  coherenceKm: 150,
  farFromArticle: -0.3,
  /** The same place is named elsewhere in the article under another name. */
  namedElsewhere: 1.0,
  /** A big city called a "town" or "village" is probably not the place meant. */
  townSizeMismatch: -1.5,
  /** Softmax temperature turning score gaps into probabilities. */
  temperature: 0.45,
};

const TOWN_NOUNS = new Set([
  'town',
  'village',
  'settlement',
  'hamlet',
  'villages',
  'towns',
  'settlements',
]);

interface Scored {
  place: number;
  score: number;
  matchedBy: MatchedBy;
}

/**
 * Chooses one place per mention (or a region fallback), with calibrated confidence and the
 * top alternatives. One sense per name per article: every mention of a name gets the same
 * answer, decided on the evidence of all of them.
 */
export function resolveMentions(
  text: string,
  raw: RawMention[],
  ctx: ArticleContext,
  lex: Lexicon,
  articleId: string,
): Mention[] {
  const gz = lex.gazetteer;

  // Anchors for spatial coherence: place mentions whose reading is nearly certain.
  const anchors: Anchor[] = [];
  for (const m of raw) {
    if (m.kind !== 'place' || m.hits.length === 0) continue;
    const strong = m.hits.filter((h) => h.matchedBy !== 'fuzzy');
    if (strong.length === 1)
      anchors.push({
        lat: gz.lat[strong[0].place],
        lon: gz.lon[strong[0].place],
        key: m.key,
        place: strong[0].place,
      });
  }
  // Second source of anchors: names whose reading is already clear without coherence (one
  // candidate dominates by size or by context), e.g. Mykolaiv (a city of 470,000 and a few
  // villages) anchors "Odessa" near it.
  const groups = groupByKey(raw);
  const anchorKeys = new Set(anchors.map((a) => a.key));
  for (const [key, ms] of groups) {
    if (anchorKeys.has(key) || !ms.some((m) => m.hits.length > 1)) continue;
    const first = rankGroup(key, ms, text, ctx, lex, [], 1);
    if (first.ranked.length > 1 && first.probs[0] >= 0.6) {
      const p = first.ranked[0].place;
      anchors.push({ lat: gz.lat[p], lon: gz.lon[p], key, place: p });
    }
  }

  // One anchor per (name, place): repeated mentions add no evidence, only work.
  const seenAnchor = new Set<string>();
  for (let i = anchors.length - 1; i >= 0; i--) {
    const k = `${anchors[i].key}|${anchors[i].place}`;
    if (seenAnchor.has(k)) anchors.splice(i, 1);
    else seenAnchor.add(k);
  }
  // Scattered anchors (an article about several countries) say little about any one name.
  const spread = anchorSpreadKm(anchors);
  const coherenceScale = spread > 800 ? 0.4 : spread > 400 ? 0.7 : 1;
  const decided = new Map<string, { ranked: Scored[]; probs: number[] }>();
  for (const [key, ms] of groups) decided.set(key, rankGroup(key, ms, text, ctx, lex, anchors, coherenceScale));

  const out: Mention[] = [];
  let n = 0;
  for (const m of raw) {
    const id = `${articleId}:m${n++}`;
    if (m.kind !== 'place') {
      const regionId = pickRegion(m.regionIds, ctx, lex);
      const info = regionId ? lex.regions.get(regionId) : undefined;
      out.push({
        id,
        sentence: m.sentence,
        start: m.start,
        end: m.end,
        text: m.text,
        kind: info?.kind === 'country' ? 'country' : 'region',
        place: null,
        regionId,
        precision: info?.kind === 'country' ? 'country' : 'admin1',
        confidence: m.regionIds.length > 1 ? 0.7 : 0.95,
        matchedBy: 'exact',
        alternatives: [],
        cues: m.cues.length ? m.cues : undefined,
      });
      continue;
    }
    const d = decided.get(m.key)!;
    const best = d.ranked[0];
    const alternatives: Alternative[] = d.ranked.slice(1, 6).map((r, i) => ({
      place: gz.place(r.place),
      score: round3(d.probs[i + 1]),
    }));
    const fallbackRegion = regionFallback(m, ctx);
    const outsideContext =
      !!best && ctx.admin1.size > 0 && !ctx.admin1.has(gz.admin1Key(best.place));
    const sentenceRegions = ctx.bySentence.get(m.sentence) ?? [];
    const explicit = sentenceRegions.length > 0;
    const bigCalledTown =
      !!best &&
      gz.population[best.place] > 100_000 &&
      /\b(?:village|hamlet|settlement)\s+of\s+$/i.test(
        text.slice(Math.max(0, m.start - 25), m.start),
      );
    // Doubtful: a fuzzy guess, or an ambiguous name, that lands outside the regions the
    // article is about. With an explicit region in the same sentence the best reading is kept
    // (a claim will check it) unless it is a fuzzy guess or a big city called a village.
    const weak =
      !best ||
      (outsideContext &&
        (best.matchedBy === 'fuzzy' ||
          bigCalledTown ||
          (!explicit && d.ranked.length > 1 && d.probs[0] < 0.75)));
    const capitalActor =
      m.cues.includes('seat-of-power') ||
      (!!best &&
        m.cues.includes('actor-context') &&
        ['PPLC', 'PPLG'].includes(gz.featureCodeOf(best.place)));
    if (weak && fallbackRegion && !capitalActor) {
      // Never a silent far-away match: an unknown or doubtful name in an article about a
      // region is placed in that region, approximately.
      out.push({
        id,
        sentence: m.sentence,
        start: m.start,
        end: m.end,
        text: m.text,
        kind: 'place',
        place: null,
        regionId: fallbackRegion,
        precision: 'admin1',
        confidence: round3(best ? 0.35 : 0.5),
        matchedBy: 'context-fallback',
        alternatives: d.ranked
          .slice(0, 5)
          .map((r, i) => ({ place: gz.place(r.place), score: round3(d.probs[i]) })),
        cues: [...m.cues, 'approximate'],
      });
      continue;
    }
    if (!best) {
      out.push({
        id,
        sentence: m.sentence,
        start: m.start,
        end: m.end,
        text: m.text,
        kind: 'place',
        place: null,
        regionId: null,
        precision: 'unresolved',
        confidence: 0,
        matchedBy: 'context-fallback',
        alternatives: [],
        cues: m.cues.length ? m.cues : undefined,
      });
      continue;
    }
    const fc = gz.featureCodeOf(best.place);
    const actor =
      m.cues.includes('seat-of-power') ||
      (m.cues.includes('actor-context') && (fc === 'PPLC' || fc === 'PPLG'));
    out.push({
      id,
      sentence: m.sentence,
      start: m.start,
      end: m.end,
      text: m.text,
      kind: actor ? 'actor' : 'place',
      place: gz.place(best.place),
      regionId: null,
      precision: 'place',
      confidence: round3(calibrate(d.probs[0], best.matchedBy)),
      matchedBy: best.matchedBy,
      alternatives,
      cues: m.cues.length ? m.cues : undefined,
    });
  }
  return out;
}

/** Place mentions grouped by name key (one sense per name per article). */
function groupByKey(raw: RawMention[]): Map<string, RawMention[]> {
  const groups = new Map<string, RawMention[]>();
  for (const m of raw) {
    if (m.kind !== 'place') continue;
    const g = groups.get(m.key) ?? [];
    g.push(m);
    groups.set(m.key, g);
  }
  return groups;
}

interface Anchor {
  lat: number;
  lon: number;
  key: string;
  place: number;
}

/** Scores every candidate of one name from all its mentions' evidence. */
function rankGroup(
  key: string,
  ms: RawMention[],
  text: string,
  ctx: ArticleContext,
  lex: Lexicon,
  anchors: Anchor[],
  coherenceScale: number,
): { ranked: Scored[]; probs: number[] } {
  const gz = lex.gazetteer;
  const ctxAdmin1 = [...ctx.admin1.keys()];
  const hits = new Map<number, PlaceHit>();
  for (const m of ms) for (const h of m.hits) if (!hits.has(h.place)) hits.set(h.place, h);
  // Context expansion: a place in the article's regions with the same consonant skeleton
  // ("Miropol" in a Sumy article -> Myropillia) joins the candidates.
  const bigExact = [...hits.values()].some(
    (h) =>
      (h.matchedBy === 'exact' || h.matchedBy === 'alternate') &&
      gz.population[h.place] >= 50_000,
  );
  if (ctxAdmin1.length > 0 && key.length >= 5 && !bigExact) {
    const inCtx = [...hits.values()].some((h) => ctx.admin1.has(gz.admin1Key(h.place)));
    if (!inCtx) {
      for (const s of similarPlaces(gz, key, ctxAdmin1, 0, 3)) {
        if (!hits.has(s.place))
          hits.set(s.place, { place: s.place, matchedBy: 'fuzzy', distance: 1 });
      }
    }
  }
  const sentenceRegions = new Set<string>();
  const nouns = new Set<string>();
  for (const m of ms) {
    for (const r of ctx.bySentence.get(m.sentence) ?? []) sentenceRegions.add(r);
    // The noun before the name: "the town of X", "the village X".
    const words = text.slice(Math.max(0, m.start - 30), m.start).toLowerCase().split(/\s+/);
    let w = words.length - 1;
    while (w >= 0 && words[w] === '') w--;
    if (w >= 0 && words[w] === 'of') w--;
    if (w >= 0) nouns.add(words[w]);
  }
  const townNoun = [...nouns].some((n) => TOWN_NOUNS.has(n));
  // Front sectors are named after towns of some size: weigh population more.
  const popWeight = ms.some((m) => m.cues.includes('direction'))
    ? 2 * WEIGHTS.population
    : WEIGHTS.population;
  const ranked: Scored[] = [];
  for (const h of hits.values()) {
    const p = h.place;
    let s =
      popWeight * Math.log10(Math.max(gz.population[p], gz.isCitiesJsonOnly(p) ? 1000 : 1) + 1);
    s += WEIGHTS.featureCode[gz.featureCodeOf(p)] ?? 0;
    s +=
      WEIGHTS.matchedBy[h.matchedBy] -
      (h.matchedBy === 'fuzzy' ? WEIGHTS.fuzzyPerEdit * h.distance : 0);
    const a1 = gz.admin1Key(p);
    if (sentenceRegions.has(a1)) s += WEIGHTS.sentenceRegion;
    else if (ctx.admin1.has(a1)) s += WEIGHTS.articleRegion;
    if (ctx.countries.has(gz.countryCode(p)))
      s += WEIGHTS.country * Math.min(2, ctx.countries.get(gz.countryCode(p))!);
    if (anchors.length) {
      let dMin = Infinity;
      let named = false;
      const plat = gz.lat[p];
      const plon = gz.lon[p];
      const kx = 111.32 * Math.cos(plat * DEG);
      for (const a of anchors) {
        if (a.key === key) continue; // not its own evidence
        if (a.place === p) named = true; // the same place is named elsewhere ("Artemovsk ... Bakhmut")
        // Equirectangular distance: ranking only needs it roughly (within 1% under 500 km).
        let dlon = Math.abs(a.lon - plon);
        if (dlon > 180) dlon = 360 - dlon;
        const dx = dlon * kx;
        const dy = (a.lat - plat) * 110.57;
        const d = Math.sqrt(dx * dx + dy * dy);
        if (d < dMin) dMin = d;
      }
      if (named) s += WEIGHTS.namedElsewhere;
      else if (dMin !== Infinity) {
        // Continuous: nearer is better, so the right one of many Novoselivkas wins.
        s +=
          coherenceScale *
          (WEIGHTS.coherence * Math.exp(-dMin / WEIGHTS.coherenceKm) +
            (dMin > 1000 ? WEIGHTS.farFromArticle : 0));
      }
    }
    if (townNoun && gz.population[p] > 200_000) s += WEIGHTS.townSizeMismatch;
    ranked.push({ place: p, score: s, matchedBy: h.matchedBy });
  }
  ranked.sort((a, b) => b.score - a.score || a.place - b.place);
  const probs = softmax(
    ranked.map((r) => r.score),
    WEIGHTS.temperature,
  );
  return { ranked, probs };
}

const DEG = Math.PI / 180;

/** Median distance between anchors: how concentrated the article's geography is. */
function anchorSpreadKm(anchors: { lat: number; lon: number }[]): number {
  if (anchors.length < 2) return 0;
  const ds: number[] = [];
  for (let i = 0; i < anchors.length && i < 30; i++) {
    for (let j = i + 1; j < anchors.length && j < 30; j++) {
      ds.push(haversineKm(anchors[i].lat, anchors[i].lon, anchors[j].lat, anchors[j].lon));
    }
  }
  ds.sort((a, b) => a - b);
  return ds[Math.floor(ds.length / 2)];
}

/** The admin-1 region named closest before the mention (same sentence first). */
function regionFallback(m: RawMention, ctx: ArticleContext): string | null {
  for (let s = m.sentence; s >= 0; s--) {
    const list = ctx.bySentence.get(s);
    if (list && list.length) return list[0];
  }
  for (const [s, list] of [...ctx.bySentence.entries()].sort((a, b) => a[0] - b[0])) {
    if (s > m.sentence && list.length) return list[0];
  }
  return null;
}

function pickRegion(ids: string[], ctx: ArticleContext, lex: Lexicon): string | null {
  if (ids.length <= 1) return ids[0] ?? null;
  // Several regions share the alias ("Georgia"): prefer the article's country, then countries.
  const ranked = [...ids].sort((a, b) => rank(b) - rank(a) || (a < b ? -1 : 1));
  function rank(id: string): number {
    const r = lex.regions.get(id);
    if (!r) return -1;
    return (ctx.countries.get(r.countryCode) ?? 0) + (r.kind === 'country' ? 0.5 : 0);
  }
  return ranked[0];
}

/**
 * Maps the softmax share of the winner to a calibrated confidence. Weak matches cap it:
 * measured on test/fixtures/geoparse-eval, fuzzy answers are right less often than their
 * share suggests.
 */
function calibrate(p: number, matchedBy: MatchedBy): number {
  const cap = matchedBy === 'fuzzy' ? 0.75 : matchedBy === 'variant' ? 0.9 : 0.98;
  return Math.min(cap, 0.15 + 0.85 * p);
}

function softmax(scores: number[], temperature: number): number[] {
  if (scores.length === 0) return [];
  const max = Math.max(...scores);
  const e = scores.map((s) => Math.exp((s - max) / temperature));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
