import type { Sentence } from '../types.ts';
import { foldKey, isWordCode } from './fold-key.ts';
import { isJsSpace } from './split-sentences.ts';

/** `sepBefore` codes: what separates a token from the one before it. */
export const SEP_SPACE = 0;
export const SEP_HYPHEN = 1;
export const SEP_OTHER = 2;

/** Bits of `flags`. */
const CAPITALIZED = 1;
const PLAIN = 2;
const POSSESSIVE = 4;

/**
 * Word tokens of a text range as parallel typed arrays (no object per token), for recognition.
 *
 * A token is a run of letters/digits; an apostrophe between letters stays inside the word
 * (`Kramators'k`, `Kyivs’ka`) except the English possessive `'s`, which ends the word and sets
 * `possessive`. `sepBefore` tells what separates a token from the one before: SEP_SPACE
 * (spaces only), SEP_HYPHEN (a hyphen, possibly with spaces), or SEP_OTHER (any other
 * punctuation: a comma, a bracket, a full stop...). Multi-word names may only span SEP_SPACE
 * and SEP_HYPHEN separators.
 *
 * Recognition tokenizes every sentence of every article, so one Tokens object is reused:
 * `reset` refills the same arrays (grown on demand), and the folded key of a token is made
 * only when asked for (`key(i)`), since most tokens are lower-case words that recognition
 * never looks up.
 */
export class Tokens {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  sepBefore: Uint8Array;
  protected flags: Uint8Array;
  /** The text the tokens index into. */
  text = '';
  private keys: (string | undefined)[] = [];

  constructor(capacity = 64, reuse: TokenArrays | null = null) {
    if (reuse && reuse.start.length >= capacity) {
      this.start = reuse.start;
      this.end = reuse.end;
      this.sepBefore = reuse.sepBefore;
      this.flags = reuse.flags;
    } else {
      this.start = new Int32Array(capacity);
      this.end = new Int32Array(capacity);
      this.sepBefore = new Uint8Array(capacity);
      this.flags = new Uint8Array(capacity);
    }
  }

  /** The flag bits of every token (for a view that shares this object's arrays). */
  flagArray(): Uint8Array {
    return this.flags;
  }

  /** foldKey of the token text, made on first use. */
  key(i: number): string {
    let k = this.keys[i];
    if (k === undefined) {
      k = makeKey(this.text, this.start[i], this.end[i]);
      this.keys[i] = k;
    }
    return k;
  }

  /** First letter is upper case (Latin or Cyrillic). */
  capitalized(i: number): boolean {
    return (this.flags[i] & CAPITALIZED) !== 0;
  }

  /**
   * Two or more letters, all upper case ("DPR", "AFU"). Counted when asked: recognition asks
   * it of a few capitalised tokens only.
   */
  allCaps(i: number): boolean {
    const text = this.text;
    let letters = 0;
    let uppers = 0;
    for (let k = this.start[i], e = this.end[i]; k < e; k++) {
      const c = text.charCodeAt(k);
      if (c >= 97 && c <= 122) {
        letters++;
      } else if (c >= 65 && c <= 90) {
        letters++;
        uppers++;
      } else if (c >= 128) {
        const ch = text[k];
        if (ch.toLowerCase() !== ch.toUpperCase()) {
          letters++;
          if (isUpper(ch)) uppers++;
        }
      }
    }
    return letters >= 2 && uppers === letters;
  }

  possessive(i: number): boolean {
    return (this.flags[i] & POSSESSIVE) !== 0;
  }

  /** Only ASCII letters and digits: the folded key is the token lower-cased. */
  plain(i: number): boolean {
    return (this.flags[i] & PLAIN) !== 0;
  }

  /**
   * Tokenizes `text.slice(from, to)` into this object, replacing its previous content.
   * @example new Tokens().reset("Kharkiv's mayor", 0, 15).key(0) // 'kharkiv', possessive(0)
   */
  reset(text: string, from = 0, to = text.length): this {
    this.text = text;
    // Drop keys of the previous content (a shorter array is cheaper than refilling).
    if (this.keys.length > 0) this.keys = [];
    let count = 0;
    let i = from;
    while (i < to) {
      // The gap before the next token, classified on the way: only spaces, one hyphen (with
      // optional spaces), or anything else.
      let hyphens = 0;
      let other = false;
      while (i < to) {
        const c = text.charCodeAt(i);
        if (isWordCode(c)) break;
        if (c === 45 || c === 0x2010 || c === 0x2011) hyphens++;
        else if (!(c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0)) other = true;
        i++;
      }
      if (i >= to) break;
      const s = i;
      let possessive = false;
      let plain = true;
      while (i < to) {
        const c = text.charCodeAt(i);
        // ASCII letters and digits: the bulk of every word.
        if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
          i++;
          continue;
        }
        if (c >= 128 && isWordCode(c)) {
          plain = false;
          i++;
          continue;
        }
        // Low surrogate pairs of astral letters are rare in news; they end the word.
        if (isApostrophe(c) && i + 1 < to && isWordCode(text.charCodeAt(i + 1))) {
          const next = text.charCodeAt(i + 1);
          const after = i + 2 < to ? text.charCodeAt(i + 2) : 32;
          // "Mykil's'ke" (a soft sign written as an apostrophe) is no possessive.
          const inside = isApostrophe(after) && i + 3 < to && isWordCode(text.charCodeAt(i + 3));
          if ((next === 115 || next === 83) && !isWordCode(after) && !inside) {
            possessive = true;
            break;
          }
          // The apostrophe stays inside the word.
          plain = false;
          i++;
          continue;
        }
        break;
      }
      const e = i;
      if (possessive) i += 2;
      const first = text.charCodeAt(s);
      const capitalized =
        first >= 65 && first <= 90 ? true : first < 128 ? false : isUpper(text[s]);
      let sep = SEP_SPACE;
      if (count > 0)
        sep = other || hyphens > 1 ? SEP_OTHER : hyphens === 1 ? SEP_HYPHEN : SEP_SPACE;
      if (count === this.start.length) this.grow();
      this.start[count] = s;
      this.end[count] = e;
      this.sepBefore[count] = sep;
      this.flags[count] =
        (capitalized ? CAPITALIZED : 0) | (possessive ? POSSESSIVE : 0) | (plain ? PLAIN : 0);
      count++;
    }
    this.count = count;
    return this;
  }

  private grow(): void {
    const n = this.start.length * 2;
    const grow32 = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    const grow8 = (a: Uint8Array) => {
      const b = new Uint8Array(n);
      b.set(a);
      return b;
    };
    this.start = grow32(this.start);
    this.end = grow32(this.end);
    this.sepBefore = grow8(this.sepBefore);
    this.flags = grow8(this.flags);
  }
}

/**
 * The word tokens of a whole article, made once (pipeline.ts) and read by every stage that
 * looks at words: recognition (sentence by sentence), resolution ("the town of X") and claim
 * extraction ("near X", "the governor of Y"). Indexes are the article's: sentence s holds
 * tokens [sentenceFirst[s], sentenceEnd[s]).
 *
 * A sentence's first token has SEP_SPACE before it: no name, qualifier or phrase reaches across
 * a sentence boundary, so nothing joins it to the sentence before.
 */
export class ArticleTokens extends Tokens {
  /** First token of each sentence (entries past the last sentence mean nothing). */
  readonly sentenceFirst: Int32Array;
  /** One past the last token of each sentence. */
  readonly sentenceEnd: Int32Array;

  private constructor(text: string, sentences: readonly Sentence[], reuse: TokenArrays | null) {
    // About one token per six characters of news; grown on demand.
    super(Math.max(16, (text.length / 5) | 0), reuse);
    this.reset(text, 0, text.length);
    const n = sentences.length;
    const fits = reuse !== null && reuse.sentenceFirst.length >= n;
    this.sentenceFirst = fits ? reuse.sentenceFirst : new Int32Array(Math.max(16, n));
    this.sentenceEnd = fits ? reuse.sentenceEnd : new Int32Array(Math.max(16, n));
    let i = 0;
    for (let s = 0; s < n; s++) {
      while (i < this.count && this.start[i] < sentences[s].start) i++;
      this.sentenceFirst[s] = i;
      if (i < this.count && this.start[i] < sentences[s].end) this.sepBefore[i] = SEP_SPACE;
      while (i < this.count && this.start[i] < sentences[s].end) i++;
      this.sentenceEnd[s] = i;
    }
  }

  /**
   * Tokenizes an article whose sentences (splitSentences) are given, in order. The arrays of
   * the last released ArticleTokens are reused when they are big enough (six typed arrays per
   * article were a measurable share of the analysis of short news).
   */
  static of(text: string, sentences: readonly Sentence[]): ArticleTokens {
    const reuse = spare;
    spare = null;
    return new ArticleTokens(text, sentences, reuse);
  }

  /**
   * Hands this object's arrays to the next ArticleTokens.of: call it when the article's
   * analysis is done; the object must not be read afterwards.
   */
  release(): void {
    spare = {
      start: this.start,
      end: this.end,
      sepBefore: this.sepBefore,
      flags: this.flags,
      sentenceFirst: this.sentenceFirst,
      sentenceEnd: this.sentenceEnd,
    };
    this.count = 0;
    this.text = '';
  }

  /** The last token ending at or before `offset`, or -1. */
  lastEndingBy(offset: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.end[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /**
   * The token right before `offset` with only white space between them, starting at or after
   * `from`, or -1: the word before a name ("the town of X") or before a phrase's end.
   */
  wordBefore(offset: number, from = 0): number {
    const i = this.lastEndingBy(offset);
    if (i < 0 || this.start[i] < from) return -1;
    const text = this.text;
    for (let k = this.end[i]; k < offset; k++) if (!isJsSpace(text.charCodeAt(k))) return -1;
    return i;
  }

  /**
   * The token right after `offset` with only white space between them, ending at or before
   * `to`, or -1: the word after a name ("the Pavlivka river").
   */
  wordAfter(offset: number, to = this.text.length): number {
    const i = this.lastEndingBy(offset) + 1;
    if (i >= this.count || this.end[i] > to) return -1;
    const text = this.text;
    for (let k = offset; k < this.start[i]; k++) if (!isJsSpace(text.charCodeAt(k))) return -1;
    return i;
  }

  /** Whether token i is the lower-case ASCII `word`, ignoring case ("Of", "of"). */
  isWord(i: number, word: string): boolean {
    const s = this.start[i];
    if (this.end[i] - s !== word.length) return false;
    const text = this.text;
    for (let k = 0; k < word.length; k++)
      if ((text.charCodeAt(s + k) | 32) !== word.charCodeAt(k)) return false;
    return true;
  }

  /** Token i's text, lower-cased. */
  lower(i: number): string {
    return this.text.slice(this.start[i], this.end[i]).toLowerCase();
  }
}

/** The arrays of a released ArticleTokens, for reuse. */
interface TokenArrays {
  start: Int32Array;
  end: Int32Array;
  sepBefore: Uint8Array;
  flags: Uint8Array;
  sentenceFirst: Int32Array;
  sentenceEnd: Int32Array;
}

let spare: TokenArrays | null = null;

/** Tokenizes `text.slice(from, to)` into a new Tokens object. */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  return new Tokens().reset(text, from, to);
}

/** The folded key of text[s, e): plain lower-case ASCII words are their own key. */
function makeKey(text: string, s: number, e: number): string {
  const raw = text.slice(s, e);
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c < 97 || c > 122) return foldKey(raw);
  }
  return raw;
}

/**
 * Marks that stand for an apostrophe or a soft sign inside romanised names: ' ’ ʼ, and the
 * look-alikes coders type (` ´ ‘ ʹ): "Tavrijs´ke", "Kam`yanka".
 */
function isApostrophe(c: number): boolean {
  return (
    c === 39 ||
    c === 0x2019 ||
    c === 0x2bc ||
    c === 0x60 ||
    c === 0xb4 ||
    c === 0x2018 ||
    c === 0x2b9
  );
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
