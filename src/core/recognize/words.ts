import { foldKey } from '../text/fold-key.ts';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { PlaceHit } from '../engine.ts';
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

/**
 * Word classes of a single folded token key, as bits of WordInfo.flags. Recognition asks
 * several of these questions of every capitalised word and its neighbours; answering them
 * once per distinct word turns a dozen string-set lookups per token into bit tests.
 */
export const W = {
  /** lexicon.regionPrefixes has the key. */
  regionPrefix: 1 << 0,
  /** lexicon.regionKeys has the key. */
  regionKey: 1 << 1,
  /** A frequent English word (lexicon.common). */
  common: 1 << 2,
  /** The gazetteer's multi-word prefixes have the key. */
  multiWordPrefix: 1 << 3,
  /** The key is a seat of power ("kremlin"). */
  seat: 1 << 4,
  personTitle: 1 << 5,
  regionWord: 1 << 6,
  directionWord: 1 << 7,
  compassAdjective: 1 << 8,
  nameConnector: 1 << 9,
  naturalFeature: 1 << 10,
  bankWord: 1 << 11,
  orgSuffix: 1 << 12,
  eventSuffix: 1 << 13,
  orgOfHead: 1 << 14,
  actorVerb: 1 << 15,
  actorNoun: 1 << 16,
  actorPreposition: 1 << 17,
  powerInHead: 1 << 18,
  locativePreposition: 1 << 19,
  settlementNoun: 1 << 20,
  /** ENGLISH_ENDING matches ("shelling", "clashes"). */
  englishEnding: 1 << 21,
  /** SURNAME_ENDINGS matches. */
  surnameEnding: 1 << 22,
  /** A demonym ending (ian, ish, ese, ean): never a surname. */
  demonymEnding: 1 << 23,
  /** Looks like an East Slavic settlement name: 6+ letters a-z, not common, typical ending. */
  settlementLike: 1 << 24,
  /** May be a later word of a region alias (the key, or it with a possessive s). */
  regionTail: 1 << 25,
  /** May be a later word of a multi-word gazetteer name (likewise). */
  nameTail: 1 << 26,
  /** An English first name (lexicon.firstNames). */
  firstName: 1 << 27,
  /** A month or weekday name or abbreviation: never a place on its own. */
  calendarWord: 1 << 28,
  /** A noun that makes "X County", "X Street", "X High" a name of its own, never a surname. */
  placeNoun: 1 << 29,
} as const;

const NATURAL_FEATURES = new Set([
  'river',
  'rivers',
  'sea',
  'lake',
  'reservoir',
  'mountains',
  'mountain',
  'valley',
  'bay',
  'strait',
  'canal',
  'gulf',
  'delta',
  'estuary',
  'lagoon',
  'peninsula',
  'island',
  'islands',
  'basin',
  'forest',
  'hills',
  'ridge',
]);
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
/** Months and weekdays, in full and abbreviated ("March", "Dec", "Sept"). */
const CALENDAR_WORDS = new Set([
  ...['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september'],
  ...['october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug'],
  ...['sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday'],
  ...['friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri'],
]);

/**
 * Nouns that, after a capitalised word, make a name of a place or an institution ("Jackson
 * County", "Lincoln Street", "Franklin High"): the word before them is no first name.
 */
const PLACE_NOUNS = new Set([
  ...['county', 'parish', 'township', 'borough', 'city', 'town', 'village', 'street', 'st'],
  ...['road', 'rd', 'avenue', 'ave', 'boulevard', 'blvd', 'lane', 'drive', 'way', 'highway'],
  ...['park', 'square', 'bridge', 'hall', 'high', 'school', 'college', 'university', 'center'],
  ...['centre', 'hospital', 'church', 'airport', 'station', 'mall', 'beach', 'heights'],
  ...['springs', 'falls', 'creek', 'hill', 'hills', 'point', 'harbor', 'harbour', 'county-based'],
  ...['memorial', 'stadium', 'arena', 'library', 'museum', 'academy', 'institute', 'island'],
  ...['islands', 'lake', 'river', 'valley', 'mountain', 'mountains', 'bay', 'state', 'district'],
]);

const ENGLISH_ENDING = /(ing|ings|ed|es|tion|tions|ment|ments|ness|ly|ity|ies|ers)$/;
const DEMONYM_ENDING = /(ian|ish|ese|ean)$/;

const SURNAME_ENDINGS =
  /(ov|ova|ev|eva|in|ina|ko|enko|sky|skiy|skyi|skyy|ski|ska|yy|iy|uk|chuk|ych|ich|vich|yan|ian|adze|idze|shvili)$/;

/** What wordFlags looks a key up in (the Lexicon). */
export interface WordSources {
  readonly gazetteer: Gazetteer;
  readonly regionPrefixes: ReadonlySet<string>;
  /** Every word but the first of the region aliases. */
  readonly regionTails: ReadonlySet<string>;
  readonly regionKeys: ReadonlyMap<string, unknown>;
  readonly common: ReadonlySet<string>;
  readonly seats: ReadonlyMap<string, string>;
  readonly firstNames: ReadonlySet<string>;
}

/** The W flags of a folded single-token key. */
export function wordFlags(key: string, lex: WordSources): number {
  let f = 0;
  const set = (flag: number, yes: boolean) => {
    if (yes) f |= flag;
  };
  set(W.regionPrefix, lex.regionPrefixes.has(key));
  set(W.regionKey, lex.regionKeys.has(key));
  set(W.common, lex.common.has(key));
  set(W.multiWordPrefix, lex.gazetteer.multiWordPrefixes().has(key));
  // A key with a space (a rare folding) could stand for two words of a name: never ruled out.
  const spaced = key.includes(' ');
  const nameTails = lex.gazetteer.multiWordTails();
  set(W.regionTail, spaced || lex.regionTails.has(key) || lex.regionTails.has(key + 's'));
  set(W.nameTail, spaced || nameTails.has(key) || nameTails.has(key + 's'));
  set(W.seat, lex.seats.has(key));
  set(W.firstName, lex.firstNames.has(key));
  set(W.calendarWord, CALENDAR_WORDS.has(key));
  set(W.placeNoun, PLACE_NOUNS.has(key));
  set(W.personTitle, PERSON_TITLES.has(key));
  set(W.regionWord, REGION_WORDS.has(key));
  set(W.directionWord, DIRECTION_WORDS.has(key));
  set(W.compassAdjective, COMPASS_ADJECTIVES.has(key));
  set(W.nameConnector, NAME_CONNECTORS.has(key));
  set(W.naturalFeature, NATURAL_FEATURES.has(key));
  set(W.bankWord, BANK_WORDS.has(key));
  set(W.orgSuffix, ORG_SUFFIXES.has(key));
  set(W.eventSuffix, EVENT_SUFFIXES.has(key));
  set(W.orgOfHead, ORG_OF_HEADS.has(key));
  set(W.actorVerb, ACTOR_VERBS.has(key));
  set(W.actorNoun, ACTOR_NOUNS.has(key));
  set(W.actorPreposition, ACTOR_PREPOSITIONS.has(key));
  set(W.powerInHead, POWER_IN_HEADS.has(key));
  set(W.locativePreposition, LOCATIVE_PREPOSITIONS.has(key));
  set(W.settlementNoun, SETTLEMENT_NOUNS.has(key));
  set(W.englishEnding, ENGLISH_ENDING.test(key));
  set(W.surnameEnding, SURNAME_ENDINGS.test(key));
  set(W.demonymEnding, DEMONYM_ENDING.test(key));
  set(
    W.settlementLike,
    key.length >= 6 &&
      !lex.common.has(key) &&
      /^[a-z]+$/.test(key) &&
      SETTLEMENT_ENDINGS.some((e) => key.endsWith(e)),
  );
  return f;
}

/** What recognition knows about one folded token key. Made once per distinct key. */
export class WordInfo {
  /** Gazetteer key index of the key; -1 when none; NOT_LOOKED_UP until asked. */
  keyIndex = NOT_LOOKED_UP;
  /** The gazetteer places of keyIndex as hits; undefined until asked. */
  hits: PlaceHit[] | undefined = undefined;
  /** Romanisation-variant / fuzzy hits of the key as a single word; undefined until asked. */
  fallback: PlaceHit[] | null | undefined = undefined;

  constructor(
    readonly key: string,
    readonly flags: number,
  ) {}

  has(flag: number): boolean {
    return (this.flags & flag) !== 0;
  }
}

export const NOT_LOOKED_UP = -2;

/** The absent word (before the first or after the last token). */
export const NO_WORD = new WordInfo('', 0);

/**
 * Interned WordInfos by folded key: an open-addressing table of FNV-1a hashes. A plain ASCII
 * token (letters and digits only, whose key is the token lower-cased) is looked up straight
 * from the text, so a word seen before costs no string.
 * The table is cleared when it grows past `limit` entries (a long-running app reads many
 * corpora); WordInfos already handed out stay valid.
 */
export class WordTable {
  private infos: WordInfo[] = [];
  /** Open addressing: 1 + index into infos, 0 for an empty slot. */
  private table = new Int32Array(1 << 12);
  /** The full hash of each slot's key, compared before the key itself. */
  private hashes = new Int32Array(1 << 12);
  private mask = (1 << 12) - 1;

  constructor(
    private readonly flagsOf: (key: string) => number,
    private readonly limit = 200_000,
  ) {}

  /** The word of a plain ASCII token text[s, e) (letters and digits): its key is it lower-cased. */
  ofPlain(text: string, s: number, e: number): WordInfo {
    let hash = FNV_OFFSET;
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      hash = Math.imul(hash ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
    }
    let slot = hash & this.mask;
    for (;;) {
      const id = this.table[slot];
      if (id === 0) break;
      if (this.hashes[slot] === hash) {
        const info = this.infos[id - 1];
        if (sameLower(info.key, text, s, e)) return info;
      }
      slot = (slot + 1) & this.mask;
    }
    return this.add(text.slice(s, e).toLowerCase(), hash);
  }

  /** The word of a token text[s, e) that is not plain ASCII: its key is foldKey of it. */
  ofRaw(text: string, s: number, e: number): WordInfo {
    return this.ofKey(foldKey(text.slice(s, e)));
  }

  /** The word of a folded key. */
  ofKey(key: string): WordInfo {
    const hash = hashKey(key);
    let slot = hash & this.mask;
    for (;;) {
      const id = this.table[slot];
      if (id === 0) break;
      if (this.hashes[slot] === hash) {
        const info = this.infos[id - 1];
        if (info.key === key) return info;
      }
      slot = (slot + 1) & this.mask;
    }
    return this.add(key, hash);
  }

  private add(key: string, hash: number): WordInfo {
    if (this.infos.length >= this.limit) this.clear();
    const info = new WordInfo(key, this.flagsOf(key));
    this.infos.push(info);
    this.place(this.infos.length, hash);
    if (this.infos.length * 2 > this.table.length) this.grow();
    return info;
  }

  private place(id: number, hash: number): void {
    let slot = hash & this.mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
    this.table[slot] = id;
    this.hashes[slot] = hash;
  }

  private clear(): void {
    this.infos = [];
    this.table.fill(0);
  }

  private grow(): void {
    const size = this.table.length * 2;
    this.table = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
    for (let id = 1; id <= this.infos.length; id++) this.place(id, hashKey(this.infos[id - 1].key));
  }
}

/** FNV-1a (http://www.isthe.com/chongo/tech/comp/fnv/index.html). */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units (ofPlain hashes plain tokens the same way), as an int32. */
function hashKey(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Whether `key` equals text[s, e) lower-cased (ASCII). */
function sameLower(key: string, text: string, s: number, e: number): boolean {
  if (key.length !== e - s) return false;
  for (let i = 0; i < key.length; i++) {
    const c = text.charCodeAt(s + i);
    if (key.charCodeAt(i) !== (c >= 65 && c <= 90 ? c + 32 : c)) return false;
  }
  return true;
}
