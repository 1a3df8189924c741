import type { MatchedBy, Sentence } from '../types.ts';
import { tokenize, type Tokens } from '../text/tokenize.ts';
import { romanizationVariants } from '../text/romanization-variants.ts';
import { Lexicon, SEATS_OF_POWER } from './lexicon.ts';
import {
  ACTOR_NOUNS,
  ACTOR_PREPOSITIONS,
  ACTOR_VERBS,
  DIRECTION_WORDS,
  EVENT_SUFFIXES,
  LOCATIVE_PREPOSITIONS,
  NAME_CONNECTORS,
  ORG_OF_HEADS,
  ORG_SUFFIXES,
  PERSON_TITLES,
  POWER_IN_HEADS,
  REGION_WORDS,
  SETTLEMENT_ENDINGS,
  SETTLEMENT_NOUNS,
} from './cue-words.ts';

/** A gazetteer place a surface form may denote, with how it was reached. */
export interface PlaceHit {
  place: number;
  matchedBy: MatchedBy;
  /** Edit distance for fuzzy hits, else 0. */
  distance: number;
}

/** A recognised name before resolution. */
export interface RawMention {
  start: number;
  end: number;
  sentence: number;
  text: string;
  kind: 'place' | 'region' | 'country';
  /** Folded key of the name (without region words). */
  key: string;
  hits: PlaceHit[];
  /** Region ids for region/country mentions, and the regions a "Y direction" may mean. */
  regionIds: string[];
  /** A settlement-like name in a place context that the gazetteer does not know. */
  unknown: boolean;
  /** Context cues: `direction`, `actor-context`, `city-of`, `possessive`, `seat-of-power`. */
  cues: string[];
}

const MAX_PLACE_TOKENS = 5;
/** Below this length a fuzzy match is too likely to be an accident. */
const MIN_FUZZY_LENGTH = 6;
/** Fuzzy hits on tiny places are accidents more often than typos. */
const MIN_FUZZY_POPULATION = 2000;
const FUZZY_FOCUS = new Set(['UA', 'RU', 'BY', 'MD']);
/** Common English words stand for a place only when it is this big and in a locative slot. */
const MIN_COMMON_WORD_POPULATION = 20_000;
/** ... or when it names a city this big, capitalised mid-sentence. */
const MIN_COMMON_WORD_CITY = 100_000;

const NATURAL_FEATURES = new Set(['river', 'rivers', 'sea', 'lake', 'reservoir', 'mountains', 'mountain', 'valley', 'bay', 'strait', 'canal', 'gulf', 'delta', 'estuary', 'lagoon', 'peninsula', 'island', 'islands', 'basin', 'forest', 'hills', 'ridge']);
const BANK_WORDS = new Set(['bank', 'banks', 'shore', 'shores', 'mouth', 'source', 'waters']);
const COMPASS_ADJECTIVES = new Set([
  'eastern',
  'western',
  'northern',
  'southern',
  'central',
  'north',
  'south',
  'east',
  'west',
]);
const ENGLISH_ENDING = /(ing|ings|ed|es|tion|tions|ment|ments|ness|ly|ity|ies|ers)$/;
/** Adjectives of nationality or region ("Pomeranian", "Lebanese") are never misspelt names. */
const ADJECTIVE_ENDING = /(ian|ean|ese|ish)$/;

const SURNAME_ENDINGS =
  /(ov|ova|ev|eva|in|ina|ko|enko|sky|skiy|skyi|skyy|ski|ska|yy|iy|uk|chuk|ych|ich|vich|yan|ian|adze|idze|shvili)$/;

/**
 * Finds place, region and country names in the sentences of a text.
 *
 * Candidates start at capitalised tokens; the longest n-gram that names a region (with a
 * region word where the bare name is a city) or a gazetteer place wins. Names not found
 * exactly are retried through romanisation variants, then through verified fuzzy matching.
 * People (after titles, or first name + surname), organisations ("The New York Times",
 * "Armed Forces of Ukraine") and events ("the Maidan protests") are skipped.
 */
export function recognize(text: string, sentences: Sentence[], lex: Lexicon): RawMention[] {
  const out: RawMention[] = [];
  const persons = new Set<string>();
  for (const s of sentences) {
    const t = tokenize(text, s.start, s.end);
    recognizeSentence(text, s.index, t, lex, persons, out);
  }
  // A surname learned later in the article ("Boyko's analysis" after "journalist Vladimir
  // Boyko") also removes its earlier uses.
  return out.filter(
    (m) =>
      !(m.kind === 'place' && !m.key.includes(' ') && persons.has(m.key) && isPersonOnly(m, lex)),
  );
}

function isPersonOnly(m: RawMention, lex: Lexicon): boolean {
  // A surname that is also a big city's name stays a place: people are not named Moscow.
  const gz = lex.gazetteer;
  return !m.hits.some((h) => h.matchedBy !== 'fuzzy' && gz.population[h.place] >= 100_000);
}

function joinable(t: Tokens, i: number): boolean {
  return t.sepBefore[i] === ' ' || t.sepBefore[i] === '-';
}

/** Folded key of tokens [i, j), keeping a possessive s inside ("People's Republic"). */
function ngramKey(t: Tokens, i: number, j: number): string {
  let k = t.key[i];
  for (let x = i + 1; x < j; x++) {
    if (t.possessive[x - 1]) k += 's';
    k += ' ' + t.key[x];
  }
  return k;
}

function recognizeSentence(
  text: string,
  sentence: number,
  t: Tokens,
  lex: Lexicon,
  persons: Set<string>,
  out: RawMention[],
): void {
  const n = t.count;
  let i = 0;
  while (i < n) {
    // Lower-case starts only for "eastern Ukraine"-style region names.
    if (
      !t.capitalized[i] &&
      !(COMPASS_ADJECTIVES.has(t.key[i]) && i + 1 < n && t.capitalized[i + 1])
    ) {
      i++;
      continue;
    }
    if (!t.capitalized[i]) {
      const region = matchRegion(t, i, lex);
      if (region && region.end - i >= 2 && region.key.includes(' ')) {
        out.push({
          start: t.start[i],
          end: t.end[region.end - 1],
          sentence,
          text: text.slice(t.start[i], t.end[region.end - 1]),
          kind: 'region',
          key: region.key,
          hits: [],
          regionIds: region.ids,
          unknown: false,
          cues: cuesFor(t, i, region.end, []),
        });
        i = region.end;
      } else {
        i++;
      }
      continue;
    }
    const prev = i > 0 ? t.key[i - 1] : '';
    // People after a title: "President Vladimir Putin", "journalist Vladimir Boyko".
    if (PERSON_TITLES.has(prev) && t.sepBefore[i] !== 'x' && !REGION_WORDS.has(t.key[i])) {
      const region = matchRegion(t, i, lex);
      if (!region) {
        let j = i;
        while (j < n && t.capitalized[j] && (j === i || t.sepBefore[j] !== 'x')) j++;
        persons.add(t.key[j - 1]);
        i = j;
        continue;
      }
    }
    if (persons.has(t.key[i]) && !lex.regionKeys.has(t.key[i])) {
      i++;
      continue;
    }

    const region = matchRegion(t, i, lex);
    const place = matchPlace(text, t, i, lex);
    // Prefer the longer match. On a tie, a country or composite region wins ("Georgia",
    // "Crimea"), and a city-region such as Sevastopol stays the city.
    if (
      region &&
      (!place ||
        region.end > place.end ||
        (region.end === place.end && preferRegion(region, place, lex)))
    ) {
      const kind = region.ids.every((id) => lex.regions.get(id)?.kind === 'country')
        ? 'country'
        : 'region';
      if (!isOrgOrEvent(t, i, region.end)) {
        out.push({
          start: t.start[i],
          end: t.end[region.end - 1],
          sentence,
          text: text.slice(t.start[i], t.end[region.end - 1]),
          kind,
          key: region.key,
          hits: region.cityHits,
          regionIds: region.ids,
          unknown: false,
          cues: cuesFor(t, i, region.end, region.direction ? ['direction'] : []),
        });
      }
      i = region.end;
      continue;
    }
    if (place) {
      const j = place.end;
      if (isOrgOrEvent(t, i, j) || isPersonPair(t, i, j, place, lex, persons)) {
        i = j;
        continue;
      }
      if (isRejectedCommonWord(t, i, j, place.hits, lex)) {
        i = j;
        continue;
      }
      const extraCues: string[] = [];
      let regionIds: string[] = [];
      if (j < n && DIRECTION_WORDS.has(t.key[j]) && joinable(t, j)) {
        extraCues.push('direction');
        regionIds = (lex.regionKeys.get(place.key) ?? []).map((e) => e.regionId);
      }
      if (place.seat) extraCues.push('seat-of-power');
      out.push({
        start: t.start[i],
        end: t.end[j - 1],
        sentence,
        text: text.slice(t.start[i], t.end[j - 1]),
        kind: 'place',
        key: place.key,
        hits: place.hits,
        regionIds,
        unknown: false,
        cues: cuesFor(t, i, j, extraCues),
      });
      i = j;
      continue;
    }
    // An unknown settlement-like word in a place context (Kucherivka, Kondratovka).
    if (isUnknownSettlement(t, i, lex, out)) {
      out.push({
        start: t.start[i],
        end: t.end[i],
        sentence,
        text: text.slice(t.start[i], t.end[i]),
        kind: 'place',
        key: t.key[i],
        hits: [],
        regionIds: [],
        unknown: true,
        cues: cuesFor(t, i, i + 1, []),
      });
    } else if (
      i + 1 < n &&
      t.capitalized[i + 1] &&
      t.sepBefore[i + 1] === ' ' &&
      SURNAME_ENDINGS.test(t.key[i + 1]) &&
      !lex.common.has(t.key[i])
    ) {
      // "Igor Kimakovskiy": remember the surname for later sentences.
      persons.add(t.key[i + 1]);
      i += 2;
      continue;
    }
    i++;
  }
}

interface RegionMatch {
  end: number;
  ids: string[];
  key: string;
  direction: boolean;
  cityHits: PlaceHit[];
}

/** Whether tokens [i, j) begin a longer name; a possessive last token may keep its s. */
function isPrefix(prefixes: Set<string>, t: Tokens, i: number, j: number): boolean {
  const key = ngramKey(t, i, j);
  return prefixes.has(key) || (t.possessive[j - 1] && prefixes.has(key + 's'));
}

function matchRegion(t: Tokens, i: number, lex: Lexicon): RegionMatch | null {
  if (!lex.regionPrefixes.has(t.key[i])) return null;
  const n = t.count;
  // Grow the span while it is the beginning of some region alias.
  let reach = i + 1;
  while (reach < n && reach - i < lex.maxRegionTokens && joinable(t, reach) && isPrefix(lex.regionPrefixes, t, i, reach + 1)) reach++;
  for (let L = reach - i; L >= 1; L--) {
    const j = i + L;
    let ok = true;
    for (let x = i + 1; x < j; x++) if (!joinable(t, x)) ok = false;
    if (!ok) continue;
    const key = ngramKey(t, i, j);
    const entries = lex.regionKeys.get(key);
    if (!entries) continue;
    const bare = entries.filter((e) => e.bare).map((e) => e.regionId);
    const suffixed = entries.filter((e) => !e.bare).map((e) => e.regionId);
    const nextKey = j < n && joinable(t, j) ? t.key[j] : '';
    if (suffixed.length && REGION_WORDS.has(nextKey)) {
      return { end: j + 1, ids: suffixed, key, direction: false, cityHits: [] };
    }
    if (bare.length) {
      // Very short aliases are acronyms ("DPR", "LNR"): they must be written in capitals.
      if (L === 1 && key.length <= 3 && !t.allCaps[i]) continue;
      // "Volyn region", "Donbas region": the region word belongs to the mention.
      const end = REGION_WORDS.has(nextKey) ? j + 1 : j;
      return { end, ids: bare, key, direction: DIRECTION_WORDS.has(nextKey), cityHits: [] };
    }
  }
  return null;
}

/**
 * On a tie between a region and a place of the same name, the place wins only when it is a
 * sizeable place inside that very region (city-regions: Sevastopol, Kyiv, Moscow); otherwise
 * the region wins ("Virginia", "Ontario", "Crimea").
 */
function preferRegion(region: RegionMatch, place: PlaceMatch, lex: Lexicon): boolean {
  if (region.ids.some((id) => lex.regions.get(id)?.kind !== 'admin1')) return true;
  const gz = lex.gazetteer;
  return !place.hits.some(
    (h) =>
      (h.matchedBy === 'exact' || h.matchedBy === 'alternate') &&
      gz.population[h.place] >= 10_000 &&
      region.ids.some((id) => lex.regions.contains(id, gz.lat[h.place], gz.lon[h.place])),
  );
}

interface PlaceMatch {
  end: number;
  key: string;
  hits: PlaceHit[];
  seat: boolean;
}

const KIND_TO_MATCH: MatchedBy[] = ['exact', 'alternate', 'variant'];

function hitsOf(lex: Lexicon, keyIndex: number): PlaceHit[] {
  return lex.gazetteer
    .postingsOf(keyIndex)
    .map((h) => ({ place: h.place, matchedBy: KIND_TO_MATCH[h.kind] ?? 'variant', distance: 0 }));
}

function matchPlace(text: string, t: Tokens, i: number, lex: Lexicon): PlaceMatch | null {
  const gz = lex.gazetteer;
  const n = t.count;
  const maxL = Math.min(MAX_PLACE_TOKENS, n - i);
  let maxJoin = i + 1;
  while (maxJoin < i + maxL && joinable(t, maxJoin) && !t.possessive[maxJoin - 1]) {
    const x = maxJoin;
    // Lower-case words join only as hyphenated connectors: "Rostov-on-Don".
    const connector = t.sepBefore[x] === '-' && NAME_CONNECTORS.has(t.key[x]);
    if (!t.capitalized[x] && !connector) break;
    maxJoin++;
  }
  // The span can only grow while it is the beginning of some multi-word name (a word-prefix
  // set of the gazetteer's keys), so most capitalised words cost one hash lookup.
  const prefixes = gz.multiWordPrefixes();
  let reach = i + 1;
  while (reach < maxJoin && isPrefix(prefixes, t, i, reach)) reach++;
  // Longest span first: an exact name (name, alternate, stored variant); for two-word spans
  // also romanisation variants and verified fuzzy matches ("Krasny Armeysk" written in two
  // words), so a two-word name is not split into two guesses.
  const exactAt = (j: number): PlaceMatch | null => {
    const key = ngramKey(t, i, j);
    const seat = SEATS_OF_POWER[key];
    if (seat) {
      const k = gz.findKey(seat);
      if (k >= 0) return { end: j, key: seat, hits: hitsOf(lex, k), seat: true };
    }
    const k = gz.findKey(key);
    return k >= 0 ? { end: j, key, hits: hitsOf(lex, k), seat: false } : null;
  };
  for (let j = reach; j > i + 1; j--) {
    if (!t.capitalized[j - 1]) continue;
    const found = exactAt(j);
    if (found) return found;
  }
  if (maxJoin >= i + 2 && t.capitalized[i + 1] && !spanHasCommonWord(t, i, i + 2, lex)) {
    const found = variantHits(t, i, i + 2, lex) ?? fuzzyHits(t, i, i + 2, lex);
    if (found) return { end: i + 2, key: ngramKey(t, i, i + 2), hits: found, seat: false };
  }
  const single = exactAt(i + 1);
  if (single) return single;
  // One word not found exactly: romanisation variants (Kurilovka -> Kurylivka), then verified
  // fuzzy matches (Severodonnetsk).
  const found = variantHits(t, i, i + 1, lex) ?? fuzzyHits(t, i, i + 1, lex);
  if (found) return { end: i + 1, key: t.key[i], hits: found, seat: false };
  void text;
  return null;
}

/** "The General Staff": spans with an everyday word are not misspelt place names. */
function spanHasCommonWord(t: Tokens, i: number, j: number, lex: Lexicon): boolean {
  for (let x = i; x < j; x++) if (lex.common.has(t.key[x])) return true;
  return false;
}

function variantHits(t: Tokens, i: number, j: number, lex: Lexicon): PlaceHit[] | null {
  const gz = lex.gazetteer;
  const key = ngramKey(t, i, j);
  if (j - i === 1 && (lex.common.has(key) || looksEnglish(t, i) || ADJECTIVE_ENDING.test(key)))
    return null;
  const hits: PlaceHit[] = [];
  for (const v of cachedVariants(key)) {
    const k = gz.findKey(v);
    if (k < 0) continue;
    // The variant rules are Ukrainian/Russian romanisation: they only reach places there.
    for (const h of hitsOf(lex, k)) {
      if (FUZZY_FOCUS.has(gz.countryCode(h.place))) hits.push({ ...h, matchedBy: 'variant' });
    }
  }
  return hits.length ? dedupe(hits) : null;
}

const VARIANT_CACHE = new Map<string, string[]>();
const VARIANT_CACHE_SIZE = 20_000;

/** romanizationVariants(key, 24), memoised: the same unknown words recur across a corpus. */
function cachedVariants(key: string): string[] {
  let v = VARIANT_CACHE.get(key);
  if (!v) {
    if (VARIANT_CACHE.size >= VARIANT_CACHE_SIZE) VARIANT_CACHE.clear();
    v = romanizationVariants(key, 24);
    VARIANT_CACHE.set(key, v);
  }
  return v;
}

/** A sentence-initial word with an English ending ("Shelling", "Clashes") is no misspelt name. */
function looksEnglish(t: Tokens, i: number): boolean {
  return (i === 0 || t.sepBefore[i] === 'x') && ENGLISH_ENDING.test(t.key[i]);
}

function fuzzyHits(t: Tokens, i: number, j: number, lex: Lexicon): PlaceHit[] | null {
  const gz = lex.gazetteer;
  if (j - i === 1 && (looksEnglish(t, i) || ADJECTIVE_ENDING.test(t.key[i]))) return null;
  const spaced = ngramKey(t, i, j);
  const queries = j - i > 1 ? [spaced, spaced.replace(/ /g, '')] : [spaced];
  const hits: PlaceHit[] = [];
  for (const q of queries) {
    if (q.length < MIN_FUZZY_LENGTH || lex.common.has(q)) continue;
    const maxD = q.length >= 11 ? 2 : 1;
    for (const f of gz.fuzzy(q, maxD)) {
      if (lex.common.has(f.key)) continue;
      for (const h of gz.postingsOf(f.keyIndex)) {
        const p = h.place;
        if (gz.population[p] < MIN_FUZZY_POPULATION && !FUZZY_FOCUS.has(gz.countryCode(p)))
          continue;
        hits.push({ place: p, matchedBy: 'fuzzy', distance: f.distance });
      }
    }
  }
  return hits.length ? dedupe(hits) : null;
}

function dedupe(hits: PlaceHit[]): PlaceHit[] {
  const best = new Map<number, PlaceHit>();
  const rank = (h: PlaceHit) =>
    KIND_TO_MATCH.indexOf(h.matchedBy) + (h.matchedBy === 'fuzzy' ? 3 + h.distance : 0);
  for (const h of hits) {
    const b = best.get(h.place);
    if (!b || rank(h) < rank(b)) best.set(h.place, h);
  }
  return [...best.values()].sort((a, b) => a.place - b.place);
}

function isOrgOrEvent(t: Tokens, i: number, j: number): boolean {
  const next = j < t.count && joinable(t, j) ? t.key[j] : '';
  // Rivers, seas and other natural features: "the Dnipro river", "the left bank of the Dnipro".
  if (next && NATURAL_FEATURES.has(next)) return true;
  if (i >= 2 && t.key[i - 1] === 'the' && (t.key[i - 2] === 'of' ? BANK_WORDS.has(t.key[i - 3] ?? '') : false)) return true;
  if (next && t.capitalized[j] && ORG_SUFFIXES.has(next)) return true;
  if (next && EVENT_SUFFIXES.has(next) && !t.possessive[j - 1]) return true;
  // "Armed Forces of Ukraine", "Ministry of Defence of Russia"
  if (i >= 2 && t.key[i - 1] === 'of' && t.capitalized[i - 2] && ORG_OF_HEADS.has(t.key[i - 2])) {
    return true;
  }
  return false;
}

/** "Vladimir Putin": a first name that happens to be a town, followed by a surname. */
function isPersonPair(
  t: Tokens,
  i: number,
  j: number,
  place: PlaceMatch,
  lex: Lexicon,
  persons: Set<string>,
): boolean {
  if (j - i !== 1 || j >= t.count || !t.capitalized[j] || t.sepBefore[j] !== ' ') return false;
  // "Kherson's Russian-installed governor": no first name takes a possessive.
  if (t.possessive[i]) return false;
  const next = t.key[j];
  if (/(ian|ish|ese|ean)$/.test(next)) return false; // a demonym, not a surname
  if (REGION_WORDS.has(next) || DIRECTION_WORDS.has(next) || lex.regionKeys.has(next)) return false;
  if (lex.gazetteer.findKey(next) >= 0 && !SURNAME_ENDINGS.test(next)) return false;
  if (!SURNAME_ENDINGS.test(next) && !persons.has(next)) return false;
  if (place.seat) return false;
  persons.add(next);
  return true;
}

/**
 * A frequent English word ("Victory", "General", "March") is a place only when it is
 * capitalised mid-sentence and names a big city ("Moscow", "Paris" are frequent words too),
 * or stands in a locative slot ("in Reading") and names a town of some size.
 */
function isRejectedCommonWord(
  t: Tokens,
  i: number,
  j: number,
  hits: PlaceHit[],
  lex: Lexicon,
): boolean {
  if (j - i > 1) return false;
  const key = t.key[i];
  if (!lex.common.has(key)) return false;
  const prev = i > 0 ? t.key[i - 1] : '';
  const gz = lex.gazetteer;
  let maxPop = 0;
  for (const h of hits)
    if (h.matchedBy !== 'fuzzy') maxPop = Math.max(maxPop, gz.population[h.place]);
  if (i > 0 && maxPop >= MIN_COMMON_WORD_CITY) return false;
  // Capitals and very big cities are names wherever they stand ("Moscow said ...").
  if (
    maxPop >= 500_000 ||
    hits.some((h) => h.matchedBy !== 'fuzzy' && gz.featureCodeOf(h.place) === 'PPLC')
  )
    return false;
  return !(maxPop >= MIN_COMMON_WORD_POPULATION && LOCATIVE_PREPOSITIONS.has(prev));
}

function isUnknownSettlement(t: Tokens, i: number, lex: Lexicon, out: RawMention[]): boolean {
  const key = t.key[i];
  if (key.length < 6 || lex.common.has(key) || t.allCaps[i]) return false;
  if (!/^[a-z]+$/.test(key)) return false;
  if (!SETTLEMENT_ENDINGS.some((e) => key.endsWith(e))) return false;
  const prev = i > 0 ? t.key[i - 1] : '';
  if (LOCATIVE_PREPOSITIONS.has(prev) || SETTLEMENT_NOUNS.has(prev)) return true;
  // In an enumeration with another place: "Kucherivka, Kurilovka, and Kupyansk-Uzlovoy".
  const next = i + 1 < t.count ? t.key[i + 1] : '';
  const inList =
    t.sepBefore[i] === 'x' ||
    prev === 'and' ||
    prev === 'or' ||
    (i + 1 < t.count && (t.sepBefore[i + 1] === 'x' || next === 'and'));
  if (!inList) return false;
  const last = out[out.length - 1];
  const near = last && last.kind === 'place' && t.start[i] - last.end < 40;
  return near || (i + 1 < t.count && t.capitalized[i + 1]);
}

function cuesFor(t: Tokens, i: number, j: number, extra: string[]): string[] {
  const cues = [...extra];
  const prev = i > 0 ? t.key[i - 1] : '';
  const prev2 = i > 1 ? t.key[i - 2] : '';
  const next = j < t.count ? t.key[j] : '';
  const next2 = j + 1 < t.count ? t.key[j + 1] : '';
  if (t.possessive[j - 1]) cues.push('possessive');
  if (prev === 'of' && SETTLEMENT_NOUNS.has(prev2)) cues.push('city-of');
  const locative = prev === 'of' && SETTLEMENT_NOUNS.has(prev2);
  let actor = false;
  if (!locative) {
    if (next && t.sepBefore[j] === ' ' && !t.possessive[j - 1] && ACTOR_VERBS.has(next))
      actor = true;
    if (t.possessive[j - 1] && (ACTOR_NOUNS.has(next) || ACTOR_NOUNS.has(next2))) actor = true;
    if (!t.possessive[j - 1] && t.sepBefore[j] === ' ' && ACTOR_NOUNS.has(next)) actor = true;
    if (ACTOR_PREPOSITIONS.has(prev) && t.sepBefore[i] === ' ') actor = true;
    if (prev === 'from' && i === 1 && j < t.count && t.sepBefore[j] === 'x') actor = true;
    if (prev === 'in' && POWER_IN_HEADS.has(prev2)) actor = true;
    if (i === 0 && j < t.count && t.sepBefore[j] === 'x' && ACTOR_VERBS.has(next)) actor = true;
  }
  if (actor) cues.push('actor-context');
  return cues;
}
