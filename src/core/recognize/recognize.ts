import type { PlaceHit, RawMention } from '../engine.ts';
import type { MatchedBy, Sentence } from '../types.ts';
import { ArticleTokens, SEP_HYPHEN, SEP_OTHER, SEP_SPACE, Tokens } from '../text/tokenize.ts';
import { romanizationVariants } from '../text/romanization-variants.ts';
import { foreignSpellings } from '../text/foreign-spellings.ts';
import { foldKey } from '../text/fold-key.ts';
import { NameKind } from '../gazetteer/format.ts';
import { Lexicon, SEATS_OF_POWER } from './lexicon.ts';
import { NO_WORD, W, type WordInfo, type WordTable } from './words.ts';
import { CYRILLIC_COUNTRIES } from '../gazetteer/cyrillic-countries.ts';
import { ABBREVIATIONS, abbreviationAt } from './abbreviations.ts';

/** A gazetteer place a surface form may denote, with how it was reached. */
const MAX_PLACE_TOKENS = 5;
/** Adjectives of nationality or region ("Pomeranian", "Lebanese") are never misspelt names. */
const ADJECTIVE_ENDING = /(ian|ean|ese|ish)$/;
/** Below this length a fuzzy match is too likely to be an accident. */
const MIN_FUZZY_LENGTH = 6;
/** Fuzzy hits on tiny places are accidents more often than typos. */
const MIN_FUZZY_POPULATION = 2000;
const FUZZY_FOCUS = new Set(['UA', 'RU', 'BY', 'MD']);
/** Common English words stand for a place only when it is this big and in a locative slot. */
const MIN_COMMON_WORD_POPULATION = 20_000;
/** ... or when it names a city this big, capitalised mid-sentence. */
const MIN_COMMON_WORD_CITY = 100_000;

/**
 * Finds place, region and country names in the sentences of a text.
 *
 * Candidates start at capitalised tokens; the longest n-gram that names a region (with a
 * region word where the bare name is a city) or a gazetteer place wins. Names not found
 * exactly are retried through romanisation variants, then through verified fuzzy matching.
 * People (after titles, or first name + surname), organisations ("The New York Times",
 * "Armed Forces of Ukraine") and events ("the Maidan protests") are skipped.
 */
export function recognize(
  text: string,
  sentences: Sentence[],
  lex: Lexicon,
  articleTokens: ArticleTokens = ArticleTokens.of(text, sentences),
): RawMention[] {
  const out: RawMention[] = [];
  const persons = new Set<string>();
  // One word cache for every article (recognition is synchronous, never re-entered).
  if (!tokens || tokens.table !== lex.words) tokens = new WordTokens(lex.words);
  const t = tokens;
  t.attach(articleTokens);
  for (let s = 0; s < sentences.length; s++) {
    t.sentence(articleTokens.sentenceFirst[s], articleTokens.sentenceEnd[s]);
    recognizeSentence(text, sentences[s].index, t, lex, persons, out);
  }
  t.detach(); // let go of the text
  // A surname learned later in the article ("Boyko's analysis" after "journalist Vladimir
  // Boyko") also removes its earlier uses.
  if (persons.size === 0) return out;
  return out.filter(
    (m) =>
      !(m.kind === 'place' && !m.key.includes(' ') && persons.has(m.key) && isPersonOnly(m, lex)),
  );
}

/**
 * One sentence of an article's tokens, with the WordInfo of each token, looked up on first
 * use: most lower-case words are never asked about. Token indexes are the article's: the
 * sentence is [first, count), and out of it `word` is NO_WORD (no key, no class).
 */
class WordTokens extends Tokens {
  private words: (WordInfo | undefined)[] = [];
  /** The sentence's first token (its last is count - 1). */
  first = 0;

  constructor(readonly table: WordTable) {
    super(0);
  }

  /** Reads the tokens of `a` (sharing its arrays), with no word looked up yet. */
  attach(a: ArticleTokens): void {
    this.text = a.text;
    this.start = a.start;
    this.end = a.end;
    this.sepBefore = a.sepBefore;
    this.flags = a.flagArray();
    const words = this.words;
    const n = Math.min(words.length, a.count);
    for (let i = 0; i < n; i++) words[i] = undefined;
    this.first = 0;
    this.count = 0;
  }

  detach(): void {
    this.text = '';
    this.start = EMPTY_I32;
    this.end = EMPTY_I32;
    this.sepBefore = EMPTY_U8;
    this.flags = EMPTY_U8;
    this.first = 0;
    this.count = 0;
  }

  /** Makes tokens [first, end) the current sentence. */
  sentence(first: number, end: number): void {
    this.first = first;
    this.count = end;
  }

  word(i: number): WordInfo {
    if (i < this.first || i >= this.count) return NO_WORD;
    let w = this.words[i];
    if (w === undefined) {
      const text = this.text;
      w = this.plain(i)
        ? this.table.ofPlain(text, this.start[i], this.end[i])
        : this.table.ofRaw(text, this.start[i], this.end[i]);
      this.words[i] = w;
    }
    return w;
  }

  /** The folded key of token i ('' out of range). */
  override key(i: number): string {
    return this.word(i).key;
  }

  /** Whether token i is in a word class (W flag). */
  is(i: number, flag: number): boolean {
    return (this.word(i).flags & flag) !== 0;
  }
}

const EMPTY_I32 = new Int32Array(0);
const EMPTY_U8 = new Uint8Array(0);

let tokens: WordTokens | null = null;

function isPersonOnly(m: RawMention, lex: Lexicon): boolean {
  // A surname that is also a big city's name stays a place: people are not named Moscow.
  const gz = lex.gazetteer;
  return !m.hits.some((h) => h.matchedBy !== 'fuzzy' && gz.population[h.place] >= 100_000);
}

function joinable(t: Tokens, i: number): boolean {
  return t.sepBefore[i] === SEP_SPACE || t.sepBefore[i] === SEP_HYPHEN;
}

/**
 * The folded key of tokens [i, x + 1) from `key`, that of tokens [i, x): words joined by
 * single spaces, a possessive s kept inside ("People's Republic" -> "peoples republic").
 */
function extendKey(t: WordTokens, key: string, x: number): string {
  return (t.possessive(x - 1) ? key + 's ' : key + ' ') + t.key(x);
}

/** Folded keys of the spans [i, i + L) of the current candidate, by L (1-based). */
const ngramKeys: string[] = [];

function recognizeSentence(
  text: string,
  sentence: number,
  t: WordTokens,
  lex: Lexicon,
  persons: Set<string>,
  out: RawMention[],
): void {
  const n = t.count;
  let i = t.first;
  while (i < n) {
    if (!t.capitalized(i)) {
      // Lower-case starts only for "eastern Ukraine"-style region names. The cheap test on
      // the next token comes first: most lower-case words are never looked up.
      if (!(i + 1 < n && t.capitalized(i + 1) && t.is(i, W.compassAdjective))) {
        i++;
        continue;
      }
      const region = matchRegion(t, i, lex);
      if (region && region.end - i >= 2 && region.key.includes(' ')) {
        out.push(
          rawMention(
            t.start[i],
            t.end[region.end - 1],
            sentence,
            text.slice(t.start[i], t.end[region.end - 1]),
            'region',
            region.key,
            NO_HITS,
            region.ids,
            false,
            cuesFor(t, i, region.end, null, null),
          ),
        );
        i = region.end;
      } else {
        i++;
      }
      continue;
    }
    const w = t.word(i);
    // "U.S.", "UAE", "Peoria, Ill.": abbreviations, read as written (see abbreviations.ts).
    const abbreviation = matchAbbreviation(text, sentence, t, i, lex);
    if (abbreviation) {
      out.push(abbreviation.mention);
      i = abbreviation.next;
      continue;
    }
    // People after a title: "President Vladimir Putin", "journalist Vladimir Boyko",
    // "Sen. Judd Gregg", "Sheriff Steve Sheldon".
    if (
      t.is(i - 1, W.personTitle) &&
      !t.possessive(i - 1) &&
      (t.sepBefore[i] !== SEP_OTHER || abbreviationDot(t, i)) &&
      !w.has(W.regionWord)
    ) {
      const region = matchRegion(t, i, lex);
      if (!region) {
        const j = personEnd(t, i);
        persons.add(t.key(j - 1));
        i = j;
        continue;
      }
    }
    if (persons.size > 0 && persons.has(w.key) && !w.has(W.regionKey)) {
      i++;
      continue;
    }
    // "Joe Ripley", "Mary E. Smith": a first name and a capitalised word make a person, and
    // the last word is remembered as a surname ("Ripley said").
    if (w.has(W.firstName) && startsPerson(t, i, lex)) {
      const j = personEnd(t, i);
      persons.add(t.key(j - 1));
      i = j;
      continue;
    }

    const region = matchRegion(t, i, lex);
    const place = matchPlace(t, i, lex);
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
        out.push(
          rawMention(
            t.start[i],
            t.end[region.end - 1],
            sentence,
            text.slice(t.start[i], t.end[region.end - 1]),
            kind,
            region.key,
            region.cityHits,
            region.ids,
            false,
            cuesFor(t, i, region.end, region.direction ? 'direction' : null, null),
          ),
        );
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
      if (
        isRejectedCommonWord(t, i, j, place.hits, lex) ||
        isAcronym(t, i, j) ||
        isNeverAlone(t, i, j) ||
        isLoneFirstName(t, i, j, place.hits, lex, out)
      ) {
        i = j;
        continue;
      }
      const mentionText = text.slice(t.start[i], t.end[j - 1]);
      const hits = scriptConsistentHits(mentionText, place.hits, lex);
      if (hits.length === 0) {
        i = j;
        continue;
      }
      let direction: string | null = null;
      let regionIds: string[] = NO_IDS;
      if (j < n && t.is(j, W.directionWord) && joinable(t, j)) {
        direction = 'direction';
        regionIds = (lex.regionKeys.get(place.key) ?? []).map((e) => e.regionId);
      }
      out.push(
        rawMention(
          t.start[i],
          t.end[j - 1],
          sentence,
          mentionText,
          'place',
          place.key,
          hits,
          regionIds,
          false,
          cuesFor(t, i, j, direction, place.seat ? 'seat-of-power' : null),
        ),
      );
      i = j;
      continue;
    }
    // An unknown settlement-like word in a place context (Kucherivka, Kondratovka).
    if (isUnknownSettlement(t, i, out)) {
      out.push(
        rawMention(
          t.start[i],
          t.end[i],
          sentence,
          text.slice(t.start[i], t.end[i]),
          'place',
          w.key,
          NO_HITS,
          NO_IDS,
          true,
          cuesFor(t, i, i + 1, null, null),
        ),
      );
    } else if (
      i + 1 < n &&
      t.capitalized(i + 1) &&
      t.sepBefore[i + 1] === SEP_SPACE &&
      t.is(i + 1, W.surnameEnding) &&
      !w.has(W.common) &&
      !isCyrillicPlaceForm(t, i + 1, lex)
    ) {
      // "Igor Kimakovskiy": remember the surname for later sentences.
      persons.add(t.key(i + 1));
      i += 2;
      continue;
    }
    i++;
  }
}

/**
 * The abbreviation mention at capitalised token i and the index of the token after it, or
 * null. Only a token followed by a full stop, or a short all-capitals token, is looked at.
 */
function matchAbbreviation(
  text: string,
  sentence: number,
  t: WordTokens,
  i: number,
  lex: Lexicon,
): { mention: RawMention; next: number } | null {
  const s = t.start[i];
  if (text.charCodeAt(t.end[i]) !== 46 && !(t.end[i] - s <= 4 && t.allCaps(i))) return null;
  const found = abbreviationAt(text, s);
  if (!found) return null;
  const [form, end] = found;
  const entry = ABBREVIATIONS.get(form)!;
  // "Peoria, Ill.": a comma, and a capitalised name before it.
  if (
    entry.afterCommaOnly &&
    !(i > t.first && t.sepBefore[i] === SEP_OTHER && t.capitalized(i - 1))
  )
    return null;
  if (entry.afterCommaOnly && !/,\s*$/.test(text.slice(t.end[i - 1], s))) return null;
  let j = i + 1;
  while (j < t.count && t.start[j] < end) j++;
  const key = foldKey(form);
  if (!('place' in entry.target)) {
    const target = entry.target;
    const info =
      'region' in target
        ? lex.regions.get(target.region)
        : (lex.regionKeys.get(foldKey(target.regionName)) ?? [])
            .map((e) => lex.regions.get(e.regionId))
            .find((r) => r?.countryCode === target.country);
    if (!info) return null;
    return {
      mention: rawMention(
        s,
        end,
        sentence,
        text.slice(s, end),
        info.kind === 'country' ? 'country' : 'region',
        key,
        NO_HITS,
        [info.id],
        false,
        cuesFor(t, i, j, null, null),
      ),
      next: j,
    };
  }
  const k = lex.gazetteer.findKey(entry.target.place);
  if (k < 0) return null;
  return {
    mention: rawMention(
      s,
      end,
      sentence,
      text.slice(s, end),
      'place',
      entry.target.place,
      lex.placeHits(k),
      NO_IDS,
      false,
      cuesFor(t, i, j, null, null),
    ),
    next: j,
  };
}

/**
 * A recognised mention. Every RawMention is made by this one literal, with every field the
 * later stages may set (qualifiers.ts sets the qualifier fields), so that all share one
 * hidden class and resolution reads them at monomorphic speed.
 */
function rawMention(
  start: number,
  end: number,
  sentence: number,
  text: string,
  kind: RawMention['kind'],
  key: string,
  hits: PlaceHit[],
  regionIds: string[],
  unknown: boolean,
  cues: string[],
): RawMention {
  return {
    start,
    end,
    sentence,
    text,
    kind,
    key,
    hits,
    regionIds,
    unknown,
    qualifiers: NO_IDS,
    qualifierIsCity: false,
    qualifierCity: undefined,
    cues,
  };
}

interface RegionMatch {
  end: number;
  ids: string[];
  key: string;
  direction: boolean;
  cityHits: PlaceHit[];
}

function matchRegion(t: WordTokens, i: number, lex: Lexicon): RegionMatch | null {
  if (!t.is(i, W.regionPrefix)) return null;
  const n = t.count;
  // Grow the span while it is the beginning of some region alias. Every span grown over is
  // joinable, so each candidate span below is too.
  const keys = ngramKeys;
  keys[1] = t.key(i);
  let reach = i + 1;
  while (
    reach < n &&
    reach - i < lex.maxRegionTokens &&
    joinable(t, reach) &&
    t.is(reach, W.regionTail)
  ) {
    const key = extendKey(t, keys[reach - i], reach);
    if (!lex.regionPrefixes.has(key) && !(t.possessive(reach) && lex.regionPrefixes.has(key + 's')))
      break;
    reach++;
    keys[reach - i] = key;
  }
  for (let L = reach - i; L >= 1; L--) {
    const j = i + L;
    const key = keys[L];
    const ids = lex.regionIds.get(key);
    if (!ids) continue;
    const { bare, suffixed } = ids;
    const next = j < n && joinable(t, j) ? t.word(j) : NO_WORD;
    if (suffixed.length && next.has(W.regionWord)) {
      return { end: j + 1, ids: suffixed, key, direction: false, cityHits: NO_HITS };
    }
    if (bare.length) {
      // Very short aliases are acronyms ("DPR", "LNR"): they must be written in capitals.
      if (L === 1 && key.length <= 3 && !t.allCaps(i)) continue;
      // "Volyn region", "Donbas region": the region word belongs to the mention.
      const end = next.has(W.regionWord) ? j + 1 : j;
      return {
        end,
        ids: bare,
        key,
        direction: next.has(W.directionWord),
        cityHits: NO_HITS,
      };
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

/** Shared empty lists for mentions without hits or region ids (never mutated). */
const NO_HITS: PlaceHit[] = [];
const NO_IDS: string[] = [];

const KIND_TO_MATCH: MatchedBy[] = ['exact', 'alternate', 'variant'];

function matchPlace(t: WordTokens, i: number, lex: Lexicon): PlaceMatch | null {
  const n = t.count;
  const maxL = Math.min(MAX_PLACE_TOKENS, n - i);
  // "St. Louis", "Mt. Pleasant", "Ft. Worth": read as Saint, Mount, Fort, across the full stop.
  const saint =
    i + 1 < n && t.capitalized(i + 1) && (joinable(t, i + 1) || abbreviationDot(t, i + 1))
      ? SAINT_ABBREVIATIONS.get(t.key(i))
      : undefined;
  let maxJoin = i + 1;
  while (
    maxJoin < i + maxL &&
    (joinable(t, maxJoin) || (saint !== undefined && maxJoin === i + 1)) &&
    !t.possessive(maxJoin - 1)
  ) {
    const x = maxJoin;
    // Lower-case words join as hyphenated connectors ("Rostov-on-Don") and as the later words
    // of a multi-word name that coders write in lower case ("Chasiv yar", "Kievsky district"):
    // the span must then be a whole gazetteer name (below).
    const connector = t.sepBefore[x] === SEP_HYPHEN && t.is(x, W.nameConnector);
    const lowerTail = t.is(x, W.nameTail) && !t.is(i, W.common);
    if (!t.capitalized(x) && !connector && !lowerTail) break;
    maxJoin++;
  }
  // The span can only grow while it is the beginning of some multi-word name (a word-prefix
  // set of the gazetteer's keys), so most capitalised words cost one hash lookup. The first
  // step (one token, never possessive here) is a word class.
  const keys = ngramKeys;
  keys[1] = saint ?? t.key(i);
  let reach = i + 1;
  if (reach < maxJoin && (saint !== undefined || t.is(i, W.multiWordPrefix))) {
    const prefixes = lex.gazetteer.multiWordPrefixes();
    keys[2] = extendKey(t, keys[1], i + 1);
    reach++;
    while (reach < maxJoin && t.is(reach - 1, W.nameTail)) {
      const key = keys[reach - i];
      if (!prefixes.has(key) && !(t.possessive(reach - 1) && prefixes.has(key + 's'))) break;
      keys[reach + 1 - i] = extendKey(t, key, reach);
      reach++;
    }
  }
  // Longest span first: an exact name (name, alternate, stored variant); for two-word spans
  // also romanisation variants and verified fuzzy matches ("Krasny Armeysk" written in two
  // words), so a two-word name is not split into two guesses.
  for (let j = reach; j > i + 1; j--) {
    if (!t.capitalized(j - 1) && !(t.is(j - 1, W.nameTail) && !t.is(i, W.common))) continue;
    const found = exactAt(keys[j - i], j, lex);
    if (found) return found;
  }
  if (maxJoin >= i + 2 && t.capitalized(i + 1) && !t.is(i, W.common) && !t.is(i + 1, W.common)) {
    const key = reach >= i + 2 ? keys[2] : extendKey(t, keys[1], i + 1);
    const found = pairFallbackHits(key, lex);
    if (found) return { end: i + 2, key, hits: found, seat: false };
  }
  const single = exactWord(t.word(i), i + 1, lex);
  if (single) return single;
  // One word not found exactly: romanisation variants (Kurilovka -> Kurylivka), then verified
  // fuzzy matches (Severodonnetsk). A sentence-initial word with an English ending is neither.
  if (looksEnglish(t, i)) return null;
  const w = t.word(i);
  if (w.fallback === undefined) w.fallback = fallbackHits(w.key, true, lex);
  if (w.fallback) return { end: i + 1, key: w.key, hits: w.fallback, seat: false };
  // A Cyrillic name in another grammatical case ("Харькова", "Покровську"): its stem.
  const code = t.text.charCodeAt(t.start[i]);
  if (code >= 0x400 && code < 0x530) {
    const stem = inflectedStemHits(w.key, lex);
    if (stem) return { end: i + 1, key: stem.key, hits: stem.hits, seat: false };
  }
  return null;
}

/** "Обстрел Харькова": a Cyrillic word whose case form names a place is no surname. */
function isCyrillicPlaceForm(t: WordTokens, i: number, lex: Lexicon): boolean {
  const code = t.text.charCodeAt(t.start[i]);
  if (code < 0x400 || code >= 0x530) return false;
  return lex.keyIndexOf(t.word(i)) >= 0 || inflectedStemHits(t.key(i), lex) !== null;
}

/**
 * Case endings of Russian and Ukrainian nouns, as foldKey writes them (Latin), longest first:
 * genitive/dative/locative/instrumental forms of place names (Харькова, Харкові, Покровськом,
 * Бахмуту). Stripping one and finding the stem as a place name in a Cyrillic-writing country
 * recognises the inflected form.
 */
const CASE_ENDINGS = ['ovi', 'oyu', 'iu', 'om', 'oi', 'ei', 'em', 'ym', 'a', 'u', 'e', 'i', 'y'];
const STEM_MEMO = new Map<string, { key: string; hits: PlaceHit[] } | null>();

function inflectedStemHits(key: string, lex: Lexicon): { key: string; hits: PlaceHit[] } | null {
  const memo = STEM_MEMO.get(key);
  if (memo !== undefined) return memo;
  if (STEM_MEMO.size >= 20_000) STEM_MEMO.clear();
  let found: { key: string; hits: PlaceHit[] } | null = null;
  const gz = lex.gazetteer;
  for (const ending of CASE_ENDINGS) {
    if (key.length - ending.length < 4 || !key.endsWith(ending)) continue;
    const stem = key.slice(0, -ending.length);
    // The stem itself, or with the nominative -a/-y/-e the case ending replaced (Суми/Сумах).
    for (const candidate of [stem, stem + 'a', stem + 'y', stem + 'e']) {
      const k = gz.findKey(candidate);
      if (k < 0) continue;
      const hits = lex
        .placeHits(k)
        .filter((h) => CYRILLIC_COUNTRIES.has(gz.countryCode(h.place)))
        .map((h) => ({ ...h, matchedBy: 'variant' as const }));
      if (hits.length) {
        found = { key: candidate, hits };
        break;
      }
    }
    if (found) break;
  }
  STEM_MEMO.set(key, found);
  return found;
}

/** An exact name (name, alternate, stored variant, or a seat of power) for a span ending at j. */
function exactAt(key: string, j: number, lex: Lexicon): PlaceMatch | null {
  const gz = lex.gazetteer;
  const seat = SEATS_OF_POWER.get(key);
  if (seat) {
    const k = gz.findKey(seat);
    if (k >= 0) return { end: j, key: seat, hits: lex.placeHits(k), seat: true };
  }
  const k = gz.findKey(key);
  return k >= 0 ? { end: j, key, hits: lex.placeHits(k), seat: false } : null;
}

/** exactAt for one token ending at `end`, with the lookups memoised on its word. */
function exactWord(w: WordInfo, end: number, lex: Lexicon): PlaceMatch | null {
  if (w.has(W.seat)) {
    const seat = SEATS_OF_POWER.get(w.key)!;
    const k = lex.gazetteer.findKey(seat);
    if (k >= 0) return { end, key: seat, hits: lex.placeHits(k), seat: true };
  }
  const k = lex.keyIndexOf(w);
  if (k < 0) return null;
  w.hits ??= lex.placeHits(k);
  return { end, key: w.key, hits: w.hits, seat: false };
}

/**
 * Romanisation variants, else verified fuzzy matches, of a name not found exactly: one token
 * (`single`) or two. Given the key (and, for one token, that it is not an English-looking
 * sentence start, which the caller checks) the answer depends on nothing else, so callers
 * memoise it: the same unknown words recur across a corpus.
 */
function fallbackHits(key: string, single: boolean, lex: Lexicon): PlaceHit[] | null {
  // A very long "word" (1 MB of one letter) is no misspelt name; variants and fuzzy lookup
  // cost grows with its length.
  if (key.length > MAX_FALLBACK_LENGTH) return null;
  return (
    variantHits(key, single, lex) ?? foreignHits(key, single, lex) ?? fuzzyHits(key, single, lex)
  );
}

/**
 * A name written the German, Dutch or Polish way ("Mykolajiw", "Lysytsjansk"): its
 * English-style spellings, looked up exactly (text/foreign-spellings.ts), then through
 * romanisation variants. Only places in the war's countries.
 */
function foreignHits(key: string, single: boolean, lex: Lexicon): PlaceHit[] | null {
  const gz = lex.gazetteer;
  for (const form of foreignSpellings(key)) {
    const k = gz.findKey(form);
    const hits =
      k >= 0
        ? lex
            .placeHits(k)
            .filter((h) => FUZZY_FOCUS.has(gz.countryCode(h.place)))
            .map((h) => ({ ...h, matchedBy: 'variant' as const }))
        : (variantHits(form, single, lex) ?? []);
    if (hits.length) return hits;
  }
  return null;
}

/** The longest name tried through variants and fuzzy matching (the longest GeoNames names
 * of populated places are around 60 letters). */
const MAX_FALLBACK_LENGTH = 64;

const SHORT_CYRILLIC = /^[\p{Script=Cyrillic}]{1,4}$/u;

/**
 * A short Cyrillic word ("Бої", "Суми") names a place in a Cyrillic-writing country or none:
 * folded to Latin it would otherwise match far-away places ("boi" -> Voi, Kenya).
 */
function scriptConsistentHits(surface: string, hits: PlaceHit[], lex: Lexicon): PlaceHit[] {
  if (!SHORT_CYRILLIC.test(surface)) return hits;
  const gz = lex.gazetteer;
  return hits.filter((h) => CYRILLIC_COUNTRIES.has(gz.countryCode(h.place)));
}

function pairFallbackHits(key: string, lex: Lexicon): PlaceHit[] | null {
  const memo = lex.memo.pairFallback;
  let hits = memo.get(key);
  if (hits === undefined) {
    if (memo.size >= FALLBACK_MEMO_SIZE) memo.clear();
    hits = fallbackHits(key, false, lex);
    memo.set(key, hits);
  }
  return hits;
}

const FALLBACK_MEMO_SIZE = 50_000;

function variantHits(key: string, single: boolean, lex: Lexicon): PlaceHit[] | null {
  const gz = lex.gazetteer;
  if (single && (lex.common.has(key) || ADJECTIVE_ENDING.test(key))) return null;
  const hits: PlaceHit[] = [];
  for (const v of romanizationVariants(key, 24)) {
    const k = gz.findKey(v);
    if (k < 0) continue;
    // The variant rules are Ukrainian/Russian romanisation: they only reach places there.
    for (const h of lex.placeHits(k)) {
      if (FUZZY_FOCUS.has(gz.countryCode(h.place))) hits.push({ ...h, matchedBy: 'variant' });
    }
  }
  return hits.length ? dedupe(hits) : null;
}

/** A sentence-initial word with an English ending ("Shelling", "Clashes") is no misspelt name. */
function looksEnglish(t: WordTokens, i: number): boolean {
  return (i === t.first || t.sepBefore[i] === SEP_OTHER) && t.is(i, W.englishEnding);
}

function fuzzyHits(spaced: string, single: boolean, lex: Lexicon): PlaceHit[] | null {
  const gz = lex.gazetteer;
  if (single && ADJECTIVE_ENDING.test(spaced)) return null;
  const queries = single ? [spaced] : [spaced, spaced.replace(/ /g, '')];
  const hits: PlaceHit[] = [];
  for (const q of queries) {
    if (q.length < MIN_FUZZY_LENGTH || lex.common.has(q)) continue;
    const maxD = q.length >= 11 ? 2 : 1;
    for (const f of gz.fuzzy(q, maxD)) {
      if (lex.common.has(f.key)) continue;
      for (const h of gz.postingsOf(f.keyIndex)) {
        const p = h.place;
        const focus = FUZZY_FOCUS.has(gz.countryCode(p));
        if (gz.population[p] < MIN_FUZZY_POPULATION && !focus) continue;
        // Elsewhere only a place's own name is close enough to trust a typo: its alternates
        // include old and foreign forms ("Zelensk" for Asaka) that collide with surnames.
        if (!focus && h.kind !== NameKind.Name) continue;
        // A consonant missing from the text is trusted only for the war's places of some size:
        // elsewhere it reaches look-alikes of English words ("Southridge" -> Southbridge), and
        // among hamlets a look-alike of any typo ("Kurakove" -> Kubrakove, not Kurakhove).
        if (f.consonantMissing && (!focus || gz.population[p] < MIN_FUZZY_POPULATION)) continue;
        if (!lex.hasId(p)) continue;
        hits.push({ place: p, matchedBy: 'fuzzy', distance: f.distance });
      }
    }
  }
  return hits.length ? dedupe(hits) : null;
}

function hitRank(h: PlaceHit): number {
  return KIND_TO_MATCH.indexOf(h.matchedBy) + (h.matchedBy === 'fuzzy' ? 3 + h.distance : 0);
}

function dedupe(hits: PlaceHit[]): PlaceHit[] {
  const best = new Map<number, PlaceHit>();
  for (const h of hits) {
    const b = best.get(h.place);
    if (!b || hitRank(h) < hitRank(b)) best.set(h.place, h);
  }
  return [...best.values()].sort((a, b) => a.place - b.place);
}

function isOrgOrEvent(t: WordTokens, i: number, j: number): boolean {
  const next = j < t.count && joinable(t, j) ? t.word(j) : NO_WORD;
  // Rivers, seas and other natural features: "the Dnipro river", "the left bank of the Dnipro".
  if (next.has(W.naturalFeature)) return true;
  if (
    i >= t.first + 2 &&
    t.key(i - 1) === 'the' &&
    (t.key(i - 2) === 'of' ? t.is(i - 3, W.bankWord) : false)
  )
    return true;
  if (next.has(W.orgSuffix) && t.capitalized(j)) return true;
  if (next.has(W.eventSuffix) && !t.possessive(j - 1)) return true;
  // "Armed Forces of Ukraine", "Ministry of Defence of Russia"
  if (
    i >= t.first + 2 &&
    t.key(i - 1) === 'of' &&
    t.capitalized(i - 2) &&
    t.is(i - 2, W.orgOfHead)
  ) {
    return true;
  }
  return false;
}

/** "Vladimir Putin": a first name that happens to be a town, followed by a surname. */
function isPersonPair(
  t: WordTokens,
  i: number,
  j: number,
  place: PlaceMatch,
  lex: Lexicon,
  persons: Set<string>,
): boolean {
  if (j - i !== 1 || j >= t.count || !t.capitalized(j) || t.sepBefore[j] !== SEP_SPACE)
    return false;
  // "Kherson's Russian-installed governor": no first name takes a possessive.
  if (t.possessive(i)) return false;
  const next = t.word(j);
  if (next.has(W.demonymEnding)) return false; // a demonym, not a surname
  if (next.has(W.regionWord) || next.has(W.directionWord) || next.has(W.regionKey)) return false;
  const surname = next.has(W.surnameEnding);
  if (lex.keyIndexOf(next) >= 0 && !surname) return false;
  if (!surname && !persons.has(next.key)) return false;
  if (place.seat) return false;
  persons.add(next.key);
  return true;
}

/**
 * A frequent English word ("Victory", "General", "March") is a place only when it is
 * capitalised mid-sentence and names a big city ("Moscow", "Paris" are frequent words too),
 * or stands in a locative slot ("in Reading") and names a town of some size.
 */
function isRejectedCommonWord(
  t: WordTokens,
  i: number,
  j: number,
  hits: PlaceHit[],
  lex: Lexicon,
): boolean {
  if (j - i > 1) return false;
  if (!t.is(i, W.common)) return false;
  const gz = lex.gazetteer;
  let maxPop = 0;
  for (const h of hits)
    if (h.matchedBy !== 'fuzzy') maxPop = Math.max(maxPop, gz.population[h.place]);
  if (i > t.first && maxPop >= MIN_COMMON_WORD_CITY) return false;
  // Capitals and very big cities are names wherever they stand ("Moscow said ...").
  if (
    maxPop >= 500_000 ||
    hits.some((h) => h.matchedBy !== 'fuzzy' && gz.featureCodeOf(h.place) === 'PPLC')
  )
    return false;
  return !(maxPop >= MIN_COMMON_WORD_POPULATION && t.is(i - 1, W.locativePreposition));
}

/** Whether only a full stop and spaces stand between token i - 1 and i ("Sen. Gregg"). */
function abbreviationDot(t: WordTokens, i: number): boolean {
  if (i <= t.first) return false;
  const text = t.text;
  let k = t.end[i - 1];
  if (text.charCodeAt(k) !== 46) return false;
  for (k++; k < t.start[i]; k++) if (text.charCodeAt(k) !== 32) return false;
  return true;
}

/** Whether token i - 1 is an initial ("W." in "George W. Bush") right before token i. */
function initialBefore(t: WordTokens, i: number): boolean {
  if (i <= t.first) return false;
  return t.end[i - 1] - t.start[i - 1] === 1 && t.capitalized(i - 1) && abbreviationDot(t, i);
}

/** The end of the capitalised run of a person's name starting at token i. */
function personEnd(t: WordTokens, i: number): number {
  let j = i + 1;
  while (
    j < t.count &&
    t.capitalized(j) &&
    (t.sepBefore[j] === SEP_SPACE || initialBefore(t, j)) &&
    !t.is(j, W.placeNoun) &&
    !t.is(j, W.regionWord) &&
    !t.possessive(j - 1)
  )
    j++;
  return j;
}

/** Above this population a place whose name is also a first name stays a place. */
const FIRST_NAME_CITY = 200_000;

/**
 * Whether first name i starts a person's name: a capitalised word follows that is no place
 * noun, region word or calendar word ("Austin Street", "Jackson County", "Florence Monday"),
 * the first name is no big city, and the two words are no place name of their own ("Mary
 * Esther"). Lists of big names ("Lincoln, Omaha") never reach here: a comma separates them.
 */
function startsPerson(t: WordTokens, i: number, lex: Lexicon): boolean {
  const j = i + 1;
  if (j >= t.count || !t.capitalized(j) || t.possessive(i)) return false;
  if (t.sepBefore[j] !== SEP_SPACE && !initialBefore(t, j)) return false;
  const next = t.word(j);
  const notSurname =
    W.placeNoun |
    W.regionWord |
    W.directionWord |
    W.naturalFeature |
    W.orgSuffix |
    W.eventSuffix |
    W.calendarWord |
    W.regionKey;
  if ((next.flags & notSurname) !== 0) return false;
  const place = matchPlace(t, i, lex);
  if (place && (place.end > j || place.seat || hasBigHit(place.hits, lex))) return false;
  const region = matchRegion(t, i, lex);
  return !region;
}

function hasBigHit(hits: PlaceHit[], lex: Lexicon): boolean {
  const gz = lex.gazetteer;
  return hits.some(
    (h) =>
      h.matchedBy !== 'fuzzy' &&
      (gz.population[h.place] >= FIRST_NAME_CITY || gz.featureCodeOf(h.place) === 'PPLC'),
  );
}

/**
 * A first name standing alone ("Mary", "Paul") is a person unless it names a place in the
 * war's countries or stands in a place slot:
 * after a locative preposition ("in Florence"), before a direction or region word ("the Lyman
 * direction"), in a list with the place before it ("Siversk and Lyman"), or it names a big
 * city.
 */
function isLoneFirstName(
  t: WordTokens,
  i: number,
  j: number,
  hits: PlaceHit[],
  lex: Lexicon,
  out: RawMention[],
): boolean {
  if (j - i !== 1 || !t.is(i, W.firstName) || hasBigHit(hits, lex)) return false;
  // The war's countries name towns that are English first names ("Lyman", Donetsk Oblast).
  const gz = lex.gazetteer;
  if (hits.some((h) => h.matchedBy !== 'fuzzy' && FUZZY_FOCUS.has(gz.countryCode(h.place))))
    return false;
  if (t.is(i - 1, W.locativePreposition) || t.is(i - 1, W.settlementNoun)) return false;
  if (t.is(j, W.directionWord) || t.is(j, W.regionWord)) return false;
  const last = out[out.length - 1];
  if (
    last &&
    last.kind === 'place' &&
    /^(?:,|,? and|,? or) $/.test(t.text.slice(last.end, t.start[i]))
  )
    return false;
  // "Lyman, Donetsk region": a qualifier follows.
  if (j < t.count && t.sepBefore[j] === SEP_OTHER && t.is(j, W.regionKey)) return false;
  // "Winona police", "the Hayward area": a lower-case noun after it, other than a verb of
  // saying, reads as a place.
  if (
    j < t.count &&
    t.sepBefore[j] === SEP_SPACE &&
    !t.capitalized(j) &&
    !t.is(j, W.actorVerb) &&
    !t.possessive(i)
  )
    return false;
  return true;
}

/** Months, weekdays, titles and compass words are never a place on their own. */
function isNeverAlone(t: WordTokens, i: number, j: number): boolean {
  if (j - i !== 1) return false;
  const w = t.word(i);
  return (
    (w.flags & (W.calendarWord | W.personTitle | W.compassAdjective)) !== 0 ||
    SAINT_ABBREVIATIONS.has(w.key)
  );
}

/** "St. Louis", "Mt. Pleasant", "Ft. Worth": the abbreviated first word of a place name. */
const SAINT_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['st', 'saint'],
  ['mt', 'mount'],
  ['ft', 'fort'],
]);

/**
 * A short word in capitals ("FDA", "HIV", "SOS", "II") is an acronym, not a place, unless the
 * text around it is in capitals too (a headline or a dateline: "ROME (AP)"). Known
 * abbreviations of places ("US", "UAE") were read before (matchAbbreviation).
 */
function isAcronym(t: WordTokens, i: number, j: number): boolean {
  if (j - i !== 1 || t.end[i] - t.start[i] > MAX_ACRONYM_LENGTH || !t.allCaps(i)) return false;
  const capsRun =
    (i > t.first && t.capitalized(i - 1) && t.allCaps(i - 1)) ||
    (j < t.count && t.capitalized(j) && t.allCaps(j));
  return (
    !capsRun &&
    !(i === t.first && j < t.count && t.sepBefore[j] === SEP_OTHER && t.end[i] - t.start[i] > 3)
  );
}

/** The longest all-capitals word read as an acronym (NATO, AMEL). */
const MAX_ACRONYM_LENGTH = 4;

function isUnknownSettlement(t: WordTokens, i: number, out: RawMention[]): boolean {
  if (!t.is(i, W.settlementLike) || t.allCaps(i)) return false;
  const prev = t.word(i - 1);
  if (prev.has(W.locativePreposition) || prev.has(W.settlementNoun)) return true;
  // In an enumeration with another place: "Kucherivka, Kurilovka, and Kupyansk-Uzlovoy".
  const inList =
    t.sepBefore[i] === SEP_OTHER ||
    prev.key === 'and' ||
    prev.key === 'or' ||
    (i + 1 < t.count && (t.sepBefore[i + 1] === SEP_OTHER || t.key(i + 1) === 'and'));
  if (!inList) return false;
  const last = out[out.length - 1];
  const near = last && last.kind === 'place' && t.start[i] - last.end < 40;
  return near || (i + 1 < t.count && t.capitalized(i + 1));
}

/** Context cues of tokens [i, j): `first` and `second` (when given) lead the list. */
function cuesFor(
  t: WordTokens,
  i: number,
  j: number,
  first: string | null,
  second: string | null,
): string[] {
  const prev = t.word(i - 1);
  const prev2 = t.word(i - 2);
  const next = t.word(j);
  const next2 = t.word(j + 1);
  const possessive = t.possessive(j - 1);
  const locative = prev.key === 'of' && prev2.has(W.settlementNoun);
  let actor = false;
  if (!locative) {
    if (next.has(W.actorVerb) && t.sepBefore[j] === SEP_SPACE && !possessive) actor = true;
    if (possessive && (next.has(W.actorNoun) || next2.has(W.actorNoun))) actor = true;
    if (!possessive && t.sepBefore[j] === SEP_SPACE && next.has(W.actorNoun)) actor = true;
    if (prev.has(W.actorPreposition) && t.sepBefore[i] === SEP_SPACE) actor = true;
    if (prev.key === 'from' && i === t.first + 1 && j < t.count && t.sepBefore[j] === SEP_OTHER)
      actor = true;
    if (prev.key === 'in' && prev2.has(W.powerInHead)) actor = true;
    if (i === t.first && j < t.count && t.sepBefore[j] === SEP_OTHER && next.has(W.actorVerb))
      actor = true;
  }
  // Most mentions have no cue: they share one empty list (never mutated).
  if (!first && !second && !possessive && !locative && !actor) return NO_CUES;
  const cues: string[] = [];
  if (first) cues.push(first);
  if (second) cues.push(second);
  if (possessive) cues.push('possessive');
  if (locative) cues.push('city-of');
  if (actor) cues.push('actor-context');
  return cues;
}

const NO_CUES: string[] = [];
