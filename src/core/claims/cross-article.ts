import type { ArticleAnalysis, ArticleInput, Mention } from '../types.ts';
import type { Engine } from '../engine.ts';
import { SEP_SPACE, Tokens } from '../text/tokenize.ts';
import { mentionsBySentence } from './by-sentence.ts';

/** Shingles shared by more sentences than this are boilerplate, not evidence of copying. */
const MAX_SHINGLE_POSTINGS = 50;
const MIN_SHARED_SHINGLES = 2;
/**
 * A sentence whose near-copies put this many different places in its slot is a stock phrase
 * (see FormulaSlots): it gets no cross-article claims.
 */
const FORMULA_PLACES = 4;
/** Two sentences this alike, with one place each, fill the same slot even when reordered. */
const SINGLE_SLOT_CONTAINMENT = 0.5;
/** Shared content words, and their share of the shorter sentence, for a near-duplicate. */
const MIN_SHARED_WORDS = 5;
const MIN_WORD_CONTAINMENT = 0.35;
/** Words around the slot (up to 3 each side) that must agree for the slot to align. */
const MIN_ALIGNED_CONTEXT = 3;
/** See distinctive(). */
const LONG_SHARED_WORDS = 10;
const RARE_SHARED_WORDS = 2;

const STOP = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'and',
  'or',
  'is',
  'was',
  'be',
  'that',
  'this',
  'it',
  'its',
  's',
]);
/**
 * Descriptors do not change what slot a place fills: "for the city of Kyiv" ~ "for Kyiv". A
 * descriptor is one of these nouns, then "of", optionally after "the", right before the place.
 */
const DESCRIPTOR_NOUNS = new Set(['city', 'town', 'village', 'settlement']);

/**
 * The sentences that name places, across the corpus, stored flat: sentence (ref) r has the
 * word ids words[wordStart[r] .. wordStart[r + 1]) (SLOT_ID where a place mention stands)
 * and the slots slotAt/slotMention[slotStart[r] .. slotStart[r + 1]) (the slot's word index
 * within the sentence, and the mention that fills it). No object per sentence.
 */
class Refs {
  readonly article: number[] = [];
  readonly wordStart: number[] = [0];
  readonly words: number[] = [];
  readonly slotStart: number[] = [0];
  readonly slotAt: number[] = [];
  readonly slotMention: Mention[] = [];
  /** The article of each slot. */
  readonly slotArticle: number[] = [];
  /** The distinct word ids other than SLOT_ID, ascending; made when a pair needs them. */
  readonly distinct: (number[] | null)[] = [];

  get count(): number {
    return this.article.length;
  }

  /**
   * Adds a sentence of article `article`, text[start, end), with its slot mentions `ms` (in
   * text order): each mention becomes one slot and the rest the ids of its content words.
   */
  add(
    article: number,
    text: string,
    start: number,
    end: number,
    ms: readonly Mention[],
    ids: WordIds,
  ): void {
    const words = this.words;
    const base = words.length;
    // The sentence's words, by the tokenizer every stage uses (one object for the corpus).
    const t = SENTENCE_TOKENS.reset(text, start, end);
    let k = 0;
    for (const m of ms) {
      let e = k;
      while (e < t.count && t.end[e] <= m.start) e++;
      // The descriptor's words go ("the city of X" fills the slot that "X" does).
      pushWords(t, k, withoutDescriptor(t, k, e, m.start), ids, words);
      this.slotAt.push(words.length - base);
      this.slotMention.push(m);
      this.slotArticle.push(article);
      words.push(SLOT_ID);
      k = e;
      while (k < t.count && t.start[k] < m.end) k++;
    }
    pushWords(t, k, t.count, ids, words);
    this.article.push(article);
    this.wordStart.push(words.length);
    this.slotStart.push(this.slotMention.length);
    this.distinct.push(null);
  }

  /** A hash of sentence r's word ids, in order. */
  wordsHash(r: number): number {
    let h = 0x811c9dc5;
    for (let k = this.wordStart[r]; k < this.wordStart[r + 1]; k++)
      h = Math.imul(h ^ this.words[k], 0x01000193);
    return h;
  }

  /** Whether sentences a and b have the same word ids in the same order. */
  sameWords(a: number, b: number): boolean {
    const a0 = this.wordStart[a];
    const b0 = this.wordStart[b];
    const n = this.wordStart[a + 1] - a0;
    if (this.wordStart[b + 1] - b0 !== n) return false;
    for (let k = 0; k < n; k++) if (this.words[a0 + k] !== this.words[b0 + k]) return false;
    return true;
  }

  distinctWords(r: number): number[] {
    let d = this.distinct[r];
    if (!d) {
      d = [];
      for (let k = this.wordStart[r]; k < this.wordStart[r + 1]; k++) {
        if (this.words[k] !== SLOT_ID) d.push(this.words[k]);
      }
      sortNumbers(d);
      let n = 0;
      for (let i = 0; i < d.length; i++) if (i === 0 || d[i] !== d[i - 1]) d[n++] = d[i];
      d.length = n;
      this.distinct[r] = d;
    }
    return d;
  }

  /** How many of the three words before and the three after the slots agree, in order. */
  alignedContext(ra: number, ia: number, rb: number, ib: number): number {
    const w = this.words;
    const a0 = this.wordStart[ra];
    const aLen = this.wordStart[ra + 1] - a0;
    const b0 = this.wordStart[rb];
    const bLen = this.wordStart[rb + 1] - b0;
    let n = 0;
    for (let k = 1; k <= 3; k++) {
      if (ia - k < 0 || ib - k < 0) break;
      const x = w[a0 + ia - k];
      if (x === SLOT_ID || x !== w[b0 + ib - k]) break;
      n++;
    }
    for (let k = 1; k <= 3; k++) {
      if (ia + k >= aLen || ib + k >= bLen) break;
      const x = w[a0 + ia + k];
      if (x === SLOT_ID || x !== w[b0 + ib + k]) break;
      n++;
    }
    return n;
  }
}

const SLOT_ID = 0;

/**
 * Sorts small integers ascending in place: insertion sort, as a sentence has a few dozen
 * words (Array.prototype.sort with a comparator copied the array); a typed array's numeric
 * sort beyond that.
 */
function sortNumbers(d: number[]): void {
  if (d.length > 64) {
    const sorted = Int32Array.from(d).sort();
    for (let i = 0; i < d.length; i++) d[i] = sorted[i];
    return;
  }
  for (let i = 1; i < d.length; i++) {
    const x = d[i];
    let j = i - 1;
    while (j >= 0 && d[j] > x) {
      d[j + 1] = d[j];
      j--;
    }
    d[j + 1] = x;
  }
}

/**
 * Dense ids for pairs of word ids (the bigram shingles): an open-addressing table over two
 * int32 keys, so that no key is a boxed number and no pair allocates.
 */
class PairIds {
  private ka = new Int32Array(1 << 12);
  private kb = new Int32Array(1 << 12);
  /** 1 + id, 0 for an empty slot. */
  private ids = new Int32Array(1 << 12);
  private mask = (1 << 12) - 1;
  private size = 0;

  /** The id of (a, b); a new pair gets the next id (the number of pairs so far). */
  idOf(a: number, b: number): number {
    let slot = pairHash(a, b) & this.mask;
    for (;;) {
      const id = this.ids[slot];
      if (id === 0) break;
      if (this.ka[slot] === a && this.kb[slot] === b) return id - 1;
      slot = (slot + 1) & this.mask;
    }
    const id = this.size++;
    this.ka[slot] = a;
    this.kb[slot] = b;
    this.ids[slot] = id + 1;
    if (this.size * 2 > this.ids.length) this.grow();
    return id;
  }

  private grow(): void {
    const { ka, kb, ids } = this;
    const size = ids.length * 2;
    this.ka = new Int32Array(size);
    this.kb = new Int32Array(size);
    this.ids = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < ids.length; i++) {
      if (ids[i] === 0) continue;
      let slot = pairHash(ka[i], kb[i]) & this.mask;
      while (this.ids[slot] !== 0) slot = (slot + 1) & this.mask;
      this.ka[slot] = ka[i];
      this.kb[slot] = kb[i];
      this.ids[slot] = ids[i];
    }
  }
}

function pairHash(a: number, b: number): number {
  return Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
}

/**
 * Word ids for the corpus being compared: each distinct lower-cased word gets a small
 * integer, STOP words first (ids 1..STOP.size), so shingles and pairs are numbers rather than
 * strings. ASCII words are looked up straight from the text (an open-addressing table keyed
 * by a hash of the lower-cased letters), so known words cost no string.
 */
class WordIds {
  private readonly words: string[] = [''];
  private table = new Int32Array(1024);
  private mask = 1023;
  readonly stopMax: number;

  constructor(stop: Iterable<string>) {
    for (const w of stop) this.idOf(w);
    this.stopMax = this.words.length - 1;
  }

  get size(): number {
    return this.words.length;
  }

  /** The word of an id. */
  wordOf(id: number): string {
    return this.words[id];
  }

  /** The id of a lower-case word, or 0 when it is not known. */
  lookup(word: string): number {
    let slot = hashWord(word) & this.mask;
    for (;;) {
      const id = this.table[slot];
      if (id === 0) return 0;
      if (this.words[id] === word) return id;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The id of a lower-case word, added when new. */
  idOf(word: string): number {
    let slot = hashWord(word) & this.mask;
    for (;;) {
      const id = this.table[slot];
      if (id === 0) return this.add(word, slot);
      if (this.words[id] === word) return id;
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * The id of the ASCII letters/digits text[s, e) lower-cased, added when new; `h` is
   * hashWord of that lower-cased word, computed by the caller while reading it.
   */
  idOfAscii(text: string, s: number, e: number, h: number): number {
    let slot = h & this.mask;
    for (;;) {
      const id = this.table[slot];
      if (id === 0) return this.add(text.slice(s, e).toLowerCase(), slot);
      if (sameLowerAscii(this.words[id], text, s, e)) return id;
      slot = (slot + 1) & this.mask;
    }
  }

  private add(word: string, slot: number): number {
    const id = this.words.length;
    this.words.push(word);
    this.table[slot] = id;
    if (this.words.length * 2 > this.table.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const size = this.table.length * 2;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    for (let id = 1; id < this.words.length; id++) {
      let slot = hashWord(this.words[id]) & this.mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot] = id;
    }
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units. */
function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

function sameLowerAscii(word: string, text: string, s: number, e: number): boolean {
  if (word.length !== e - s) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(s + i);
    if (word.charCodeAt(i) !== (c >= 65 && c <= 90 ? c + 32 : c)) return false;
  }
  return true;
}

/** The tokens of the sentence being added (reused: the corpus stage is synchronous). */
const SENTENCE_TOKENS = new Tokens();

/**
 * Appends the ids of the content words among tokens [from, to) to `out`: each token
 * lower-cased, less STOP words. Plain ASCII tokens are hashed and looked up straight from the
 * text, so known words cost no string.
 */
function pushWords(t: Tokens, from: number, to: number, ids: WordIds, out: number[]): void {
  const text = t.text;
  for (let k = from; k < to; k++) {
    const s = t.start[k];
    const e = t.end[k];
    let id: number;
    if (t.plain(k)) {
      let h = FNV_OFFSET;
      for (let i = s; i < e; i++) {
        const c = text.charCodeAt(i);
        h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
      }
      id = ids.idOfAscii(text, s, e, h);
    } else {
      id = ids.idOf(text.slice(s, e).toLowerCase());
    }
    if (id > ids.stopMax) out.push(id);
  }
}

/**
 * Where the words before a place (tokens [from, to), the place starting at `at`) end without a
 * trailing descriptor ("the city of "): `to`, or the descriptor's first token. The words must
 * be separated by spaces only, and only white space may stand before the place.
 */
function withoutDescriptor(t: Tokens, from: number, to: number, at: number): number {
  const of = to - 1;
  if (of - 1 < from || !isWord(t, of, 'of') || t.end[of] === at) return to;
  for (let i = t.end[of]; i < at; i++) if (!isSpaceCode(t.text.charCodeAt(i))) return to;
  const noun = of - 1;
  if (t.sepBefore[of] !== SEP_SPACE || !DESCRIPTOR_NOUNS.has(lowerToken(t, noun))) return to;
  if (noun - 1 >= from && t.sepBefore[noun] === SEP_SPACE && isWord(t, noun - 1, 'the'))
    return noun - 1;
  return noun;
}

function isWord(t: Tokens, i: number, word: string): boolean {
  const s = t.start[i];
  return t.end[i] - s === word.length && sameLowerAscii(word, t.text, s, t.end[i]);
}

function lowerToken(t: Tokens, i: number): string {
  return t.text.slice(t.start[i], t.end[i]).toLowerCase();
}

/** The white space the tokenizer skips between words of one run (space, tab, line breaks, no-break space). */
function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** Size of the intersection of two ascending id lists. */
function sharedCount(a: number[], b: number[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** One sentence of a group: the mention in its slot, and the article it is in. */
export interface CrossMember {
  mention: Mention;
  article: number;
}

/**
 * Near-copies of one sentence across articles, aligned on one place slot: the members are the
 * mentions that fill that slot, each in its own article (verify/cross-article-verdicts.ts
 * judges them).
 */
export interface CrossGroup {
  members: CrossMember[];
}

/**
 * Finds sentences that reappear, reworded a little, in other articles, and groups them: each
 * group is the set of near-copies of one sentence, aligned on one place slot ("permitted
 * commanders to withdraw troops from Покровsk" / "granted his commanders explicit authority to
 * withdraw troops from Kyiv"). Candidate pairs come from an inverted index of word bigrams
 * (place names masked), so the cost grows with the shared rare bigrams, not with the square of
 * the corpus; sentences identical but for their places are grouped by a hash of their words,
 * with no cap on how many. A pair counts only when what it shares is distinctive (see
 * distinctive()) and between articles of the same date or undated: daily updates that repeat a
 * sentence about a different town are separate reports. Pairs are then
 * joined into groups (union-find over slots). A group whose copies fill the slot with
 * FORMULA_PLACES or more different places is a stock phrase and is dropped.
 */
export function crossArticleClaims(
  inputs: ArticleInput[],
  analyses: ArticleAnalysis[],
  engine: Engine,
): CrossGroup[] {
  const refs = new Refs();
  const ids = new WordIds(STOP);
  for (let ai = 0; ai < analyses.length; ai++)
    addArticle(refs, ai, inputs[ai].text, analyses[ai], ids);
  const kinds = new WordKinds(ids, engine.lexicon.common);
  const dates = inputs.map((x, i) => x.date ?? analyses[i].date ?? null);
  // The inverted index: word bigram -> dense shingle id -> the sentences (refs, ascending)
  // holding it. Each ref's shingles are listed once, in refShingles from shingleStart[r];
  // the posting lists are one flat array (postingStart[sh] to postingStart[sh + 1]), filled
  // in ref order, so each list is ascending.
  const shingleIds = new PairIds();
  const lastRef: number[] = [];
  const postingCount: number[] = [];
  const refShingles: number[] = [];
  const shingleStart = new Int32Array(refs.count + 1);
  const words = refs.words;
  for (let r = 0; r < refs.count; r++) {
    shingleStart[r] = refShingles.length;
    for (let i = refs.wordStart[r]; i + 1 < refs.wordStart[r + 1]; i++) {
      const x = words[i];
      const y = words[i + 1];
      if (x === SLOT_ID || y === SLOT_ID) continue;
      const sh = shingleIds.idOf(x, y);
      if (sh === lastRef.length) {
        lastRef.push(-1);
        postingCount.push(0);
      }
      if (lastRef[sh] === r) continue;
      lastRef[sh] = r;
      postingCount[sh]++;
      refShingles.push(sh);
    }
  }
  shingleStart[refs.count] = refShingles.length;
  const shingles = postingCount.length;
  const postingStart = new Int32Array(shingles + 1);
  for (let sh = 0; sh < shingles; sh++) postingStart[sh + 1] = postingStart[sh] + postingCount[sh];
  const postings = new Int32Array(postingStart[shingles]);
  const fill = postingStart.slice(0, shingles);
  for (let r = 0; r < refs.count; r++) {
    for (let k = shingleStart[r]; k < shingleStart[r + 1]; k++)
      postings[fill[refShingles[k]]++] = r;
  }
  // Candidate pairs share at least MIN_SHARED_SHINGLES rare bigrams; then word overlap and
  // slot alignment are measured. Pairs (x < y) are counted per x in a dense array: x is
  // taken in ascending order, so in every posting list x sits at that list's cursor and the
  // refs after it are the y's.
  const cursor = postingStart.slice(0, shingles);
  const counts = new Int32Array(refs.count);
  const touched: number[] = [];
  const partners: number[] = [];
  const pairs: number[] = [];
  for (let x = 0; x < refs.count; x++) {
    const ax = refs.article[x];
    for (let k = shingleStart[x]; k < shingleStart[x + 1]; k++) {
      const sh = refShingles[k];
      const end = postingStart[sh + 1];
      const at = cursor[sh]++;
      const len = end - postingStart[sh];
      if (len < 2 || len > MAX_SHINGLE_POSTINGS) continue;
      for (let j = at + 1; j < end; j++) {
        const y = postings[j];
        if (refs.article[y] === ax) continue;
        if (counts[y]++ === 0) touched.push(y);
      }
    }
    for (const y of touched) {
      if (counts[y] >= MIN_SHARED_SHINGLES) partners.push(y);
      counts[y] = 0;
    }
    touched.length = 0;
    // In the order first met: the groups made below do not depend on the order of the pairs
    // (union-find joins the same sets; members are listed by slot).
    for (const y of partners) pairs.push(x, y);
    partners.length = 0;
  }
  // Sentences with the same words but for their places: each joins the first of its kind
  // (one pair per sentence, however many copies: the bigram index above skips bigrams in more
  // than MAX_SHINGLE_POSTINGS sentences).
  // Keyed by a hash of the word ids; sentences whose hashes collide are told apart by their
  // words.
  const firstOfKind = new Map<number, number[]>();
  for (let r = 0; r < refs.count; r++) {
    const h = refs.wordsHash(r);
    const firsts = firstOfKind.get(h);
    if (!firsts) {
      firstOfKind.set(h, [r]);
      continue;
    }
    const first = firsts.find((f) => refs.sameWords(f, r));
    if (first === undefined) firsts.push(r);
    else if (refs.article[first] !== refs.article[r]) pairs.push(first, r);
  }
  // Aligned slots, joined into groups; a slot whose near-copies fill it with many different
  // places is a formula, not a copy.
  const slots = refs.slotMention.length;
  const parent = new Int32Array(slots);
  for (let i = 0; i < slots; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const linked = new Uint8Array(slots);
  const formula = new FormulaSlots(slots);
  for (let p = 0; p < pairs.length; p += 2) {
    const ra = pairs[p];
    const rb = pairs[p + 1];
    const wa = refs.distinctWords(ra);
    const wb = refs.distinctWords(rb);
    const shared = sharedCount(wa, wb);
    const containment = shared / Math.max(1, Math.min(wa.length, wb.length));
    if (shared < MIN_SHARED_WORDS || containment < MIN_WORD_CONTAINMENT) continue;
    const text = sharedText(wa, wb, kinds);
    if (!distinctive(text.words, text.rare)) continue;
    const da = dates[refs.article[ra]];
    const db = dates[refs.article[rb]];
    // Articles of different dates that share a sentence about different places are separate
    // reports (a daily update repeats its sentences with today's towns), not substitutions.
    if (da && db && da !== db) continue;
    const sa0 = refs.slotStart[ra];
    const sa1 = refs.slotStart[ra + 1];
    const sb0 = refs.slotStart[rb];
    const sb1 = refs.slotStart[rb + 1];
    const single = sa1 - sa0 === 1 && sb1 - sb0 === 1 && containment >= SINGLE_SLOT_CONTAINMENT;
    for (let sa = sa0; sa < sa1; sa++) {
      for (let sb = sb0; sb < sb1; sb++) {
        if (
          !single &&
          refs.alignedContext(ra, refs.slotAt[sa], rb, refs.slotAt[sb]) < MIN_ALIGNED_CONTEXT
        )
          continue;
        linked[sa] = linked[sb] = 1;
        parent[find(sa)] = find(sb);
        formula.add(sa, refs.slotMention[sb].place!.id);
        formula.add(sb, refs.slotMention[sa].place!.id);
      }
    }
  }
  const byRoot = new Map<number, CrossMember[]>();
  const stock = new Set<number>();
  for (let s = 0; s < slots; s++) {
    if (!linked[s]) continue;
    const root = find(s);
    if (formula.is(s)) stock.add(root);
    let list = byRoot.get(root);
    if (!list) byRoot.set(root, (list = []));
    // One member per article and slot mention (a sentence may join a group through several
    // pairs).
    list.push({ mention: refs.slotMention[s], article: refs.slotArticle[s] });
  }
  const groups: CrossGroup[] = [];
  for (const [root, members] of byRoot) if (!stock.has(root)) groups.push({ members });
  return groups;
}

const WORD_UNKNOWN = 0;
const WORD_RARE = 1;
const WORD_COMMON = 2;
const WORD_BOILERPLATE = 3;

/**
 * What each word id is, worked out on first use (only words of candidate pairs are ever
 * asked about): boilerplate (dates and numbers: in every report, never the mark of a copy),
 * common (a frequent English word: the gazetteer's common-word list, from SUBTLEX-US), or rare
 * (the vocabulary that makes a sentence recognisable as a copy).
 */
class WordKinds {
  private readonly kinds: Uint8Array;

  constructor(
    private readonly ids: WordIds,
    private readonly common: ReadonlySet<string>,
  ) {
    this.kinds = new Uint8Array(ids.size);
  }

  kind(id: number): number {
    const k = this.kinds[id];
    if (k !== WORD_UNKNOWN) return k;
    const w = this.ids.wordOf(id);
    const kind = BOILERPLATE_WORD.test(w)
      ? WORD_BOILERPLATE
      : this.common.has(w)
        ? WORD_COMMON
        : WORD_RARE;
    this.kinds[id] = kind;
    return kind;
  }
}

const BOILERPLATE_WORD =
  /^(?:\d+(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;

/**
 * What two sentences share beyond dates and numbers: how many words, and how many of them are
 * not frequent English words.
 */
function sharedText(a: number[], b: number[], kinds: WordKinds): { words: number; rare: number } {
  let i = 0;
  let j = 0;
  let words = 0;
  let rare = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      const k = kinds.kind(a[i]);
      if (k !== WORD_BOILERPLATE) {
        words++;
        if (k === WORD_RARE) rare++;
      }
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return { words, rare };
}

/**
 * Whether what two sentences share identifies one as a copy of the other rather than a shared
 * template: long (LONG_SHARED_WORDS content words), or with RARE_SHARED_WORDS words beyond the
 * frequent English vocabulary. Derived from the data: the copied pair of the sample corpus
 * that shares least (002/004 "withdraw troops") shares 7 words, 2 of them rare ("reportedly",
 * "commanders"); the formulaic report pairs of the Bellingcat dev set ("come under small arms
 * fire", "residential building damaged by explosion") share 5-8 words with at most 1 rare one.
 */
function distinctive(shared: number, rare: number): boolean {
  return shared >= LONG_SHARED_WORDS || rare >= RARE_SHARED_WORDS;
}

/**
 * Per slot, the distinct places that its near-copies put in it, up to FORMULA_PLACES. A
 * sentence copied by other outlets has its near-copies name the same place (or one swapped
 * place); a stock phrase ("Russian forces shelled X overnight, the head of the Y region said")
 * has them name many different ones, and linking every use to every other would bury the real
 * copies under pairs that say nothing.
 */
class FormulaSlots {
  private readonly places: Int32Array;
  private readonly counts: Uint8Array;

  constructor(slots: number) {
    this.places = new Int32Array(slots * FORMULA_PLACES);
    this.counts = new Uint8Array(slots);
  }

  /** Notes that a near-copy fills `slot` with `place`. */
  add(slot: number, place: number): void {
    const n = this.counts[slot];
    if (n >= FORMULA_PLACES) return;
    const base = slot * FORMULA_PLACES;
    for (let i = 0; i < n; i++) if (this.places[base + i] === place) return;
    this.places[base + n] = place;
    this.counts[slot] = n + 1;
  }

  /** Whether the near-copies of `slot` name FORMULA_PLACES or more different places. */
  is(slot: number): boolean {
    return this.counts[slot] >= FORMULA_PLACES;
  }
}

function isSlotMention(m: Mention): boolean {
  return (m.kind === 'place' || m.kind === 'actor') && !!m.place;
}

/**
 * Adds the sentences of one article that name places (place or actor mentions with a place)
 * to `refs`, in order of their first such mention, each with its mentions in text order.
 * Resolution emits mentions in text order, so they are taken in runs; otherwise they are
 * grouped first.
 */
function addArticle(refs: Refs, ai: number, text: string, a: ArticleAnalysis, ids: WordIds): void {
  const ms = a.mentions;
  let ordered = true;
  let prev: Mention | null = null;
  for (const m of ms) {
    if (!isSlotMention(m)) continue;
    if (
      prev &&
      (m.sentence < prev.sentence || (m.sentence === prev.sentence && m.start < prev.start))
    )
      ordered = false;
    prev = m;
  }
  if (!ordered) {
    for (const [si, list] of mentionsBySentence(ms, isSlotMention)) {
      const s = a.sentences[si];
      refs.add(ai, text, s.start, s.end, list, ids);
    }
    return;
  }
  const run: Mention[] = [];
  for (let k = 0; k <= ms.length; k++) {
    const m = k < ms.length ? ms[k] : null;
    if (m && !isSlotMention(m)) continue;
    if (run.length && (!m || m.sentence !== run[0].sentence)) {
      const si = run[0].sentence;
      const s = a.sentences[si];
      refs.add(ai, text, s.start, s.end, run, ids);
      run.length = 0;
    }
    if (m) run.push(m);
  }
}
