import type { RawMention } from '../engine.ts';
import type { Lexicon } from '../recognize/lexicon.ts';
import type { ArticleTokens } from '../text/tokenize.ts';
import { dominantAdmin1, sharedCandidates } from './dominant-admin1.ts';

/** What an article says about where it is, gathered from its region and country mentions. */
export interface ArticleContext {
  /** Admin-1 region ids named by the article (composites expanded), with mention counts. */
  admin1: Map<string, number>;
  /** The keys of `admin1`, in order. */
  admin1Ids: string[];
  /** Country codes named by the article (or implied by its admin-1 regions / demonyms). */
  countries: Map<string, number>;
  /** Admin-1 region ids named in each sentence, for the nearest-region fallback. */
  bySentence: Map<number, string[]>;
  /** Country codes named in each sentence ("In Egypt, the port of Alexandria ..."). */
  countriesBySentence: Map<number, string[]>;
  /**
   * Places that two different names of the article can both mean ("Walker County", read as its
   * seat, and "Huntsville": Huntsville, Texas): see sharedCandidates.
   */
  shared: Set<number>;
  /**
   * The first-level region most of the article's place names have namesakes in (not its region
   * mentions; not a big city's region, which would make "Mexico" beside Mexico City the state):
   * it chooses between regions that share a name ("Georgia" beside Clarke and Oconee counties
   * is the state).
   */
  placeRegions: Set<string>;
}

/**
 * Demonyms are context cues, never places: "Ukrainian forces" makes Ukraine the likely
 * country of the article's places. Only the countries of the war's region and major powers.
 */
const DEMONYMS = new Map<string, string>(
  Object.entries({
    ukrainian: 'UA',
    ukrainians: 'UA',
    russian: 'RU',
    russians: 'RU',
    belarusian: 'BY',
    belarusians: 'BY',
    moldovan: 'MD',
    polish: 'PL',
    georgian: 'GE',
    american: 'US',
    british: 'GB',
    french: 'FR',
    german: 'DE',
    israeli: 'IL',
    palestinian: 'PS',
    syrian: 'SY',
    lebanese: 'LB',
    turkish: 'TR',
    chinese: 'CN',
    iranian: 'IR',
  }),
);

/** The DEMONYMS words by length, for comparing a token in place (no string per word). */
const DEMONYMS_BY_LENGTH: [string, string][][] = [];
for (const [word, cc] of DEMONYMS) (DEMONYMS_BY_LENGTH[word.length] ??= []).push([word, cc]);

/** Collects the regions and countries an article names. */
export function articleContext(
  tokens: ArticleTokens,
  raw: RawMention[],
  lex: Lexicon,
): ArticleContext {
  const admin1 = new Map<string, number>();
  const countries = new Map<string, number>();
  const bySentence = new Map<number, string[]>();
  const countriesBySentence = new Map<number, string[]>();
  for (const m of raw) {
    for (const id of m.regionIds) {
      const r = lex.regions.get(id);
      if (!r) continue;
      if (r.kind === 'composite') {
        for (const a of r.members ?? []) addAdmin1(admin1, bySentence, m.sentence, a);
      } else if (r.kind === 'admin1') {
        addAdmin1(admin1, bySentence, m.sentence, id);
      }
      bump(countries, r.countryCode, 1);
      if (r.kind === 'country') {
        const list = countriesBySentence.get(m.sentence);
        if (!list) countriesBySentence.set(m.sentence, [r.id]);
        else if (!list.includes(r.id)) list.push(r.id);
      }
    }
  }
  // A place whose reading is clear by size ("Fort Worth": one city of 900,000 and a hamlet)
  // implies its first-level region and country, as a named region does: a "Arlington" beside
  // it is then the Texas one (resolve.ts weighs candidates in the article's regions).
  // Only the article-wide set: a sentence's own regions stay those it names (measured on LGL,
  // GeoVirus, Bellingcat and CIR: the article-wide set helps all four; per sentence hurt LGL).
  const placeRegions = new Set<string>();
  for (const [, a1] of impliedRegions(raw, lex)) if (!admin1.has(a1)) admin1.set(a1, 0.5);
  // The region most of the article's ambiguous names have a namesake in (dominant-admin1.ts).
  const own = dominantAdmin1(raw, lex);
  if (own) placeRegions.add(own);
  if (own && !admin1.has(own)) admin1.set(own, 0.5);
  // Demonyms: a weak cue, counted at most three times per country. English writes them with a
  // capital ("Russian forces"), so only capitalised words are looked at.
  const seen = new Map<string, number>();
  for (let i = 0; i < tokens.count; i++) {
    const same = DEMONYMS_BY_LENGTH[tokens.end[i] - tokens.start[i]];
    if (same === undefined || !tokens.capitalized(i)) continue;
    let cc: string | undefined;
    for (const [word, code] of same) if (tokens.isWord(i, word)) cc = code;
    if (cc && (seen.get(cc) ?? 0) < 3) {
      seen.set(cc, (seen.get(cc) ?? 0) + 1);
      bump(countries, cc, 0.5);
    }
  }
  return {
    admin1,
    admin1Ids: [...admin1.keys()],
    countries,
    bySentence,
    countriesBySentence,
    shared: sharedCandidates(raw, lex.gazetteer),
    placeRegions,
  };
}

/**
 * A place implies its region only when its other readings are all hamlets below this size:
 * a dominant reading alone would also lift itself ("Perth, north of Edinburgh" is not the
 * Australian city of 2 million, though it is 40 times the size of the Scottish one).
 */
const MAX_OTHER_POPULATION = 5000;
/** The dominant reading must be at least this big. */
const MIN_IMPLYING_POPULATION = 50_000;

/** [sentence, admin1 key] of the places whose reading is clear by size. */
function impliedRegions(raw: RawMention[], lex: Lexicon): [number, string][] {
  const gz = lex.gazetteer;
  const out: [number, string][] = [];
  for (const m of raw) {
    if (m.kind !== 'place' || m.hits.length === 0) continue;
    let best = -1;
    let first = 0;
    let second = 0;
    for (const h of m.hits) {
      if (h.matchedBy === 'fuzzy') continue;
      const pop = gz.population[h.place];
      if (pop > first) {
        second = first;
        first = pop;
        best = h.place;
      } else if (pop > second) second = pop;
    }
    if (best < 0 || first < MIN_IMPLYING_POPULATION || second >= MAX_OTHER_POPULATION) continue;
    const a1 = gz.admin1Key(best);
    // A name whose qualifier puts it elsewhere ("Kievsky district of Donetsk": the big
    // Kyiv district of that name is not meant) implies nothing: the writer has said where it is.
    if (m.qualifiers.length > 0 && !m.qualifiers.includes(a1)) continue;
    if (a1) out.push([m.sentence, a1]);
  }
  return out;
}

function bump(m: Map<string, number>, k: string, w: number): void {
  m.set(k, (m.get(k) ?? 0) + w);
}

function addAdmin1(
  admin1: Map<string, number>,
  bySentence: Map<number, string[]>,
  sentence: number,
  id: string,
): void {
  bump(admin1, id, 1);
  const list = bySentence.get(sentence);
  if (!list) bySentence.set(sentence, [id]);
  else if (!list.includes(id)) list.push(id);
}
