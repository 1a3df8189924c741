import { foldKey, isWordCode } from './fold-key.ts';

/**
 * Word tokens of a text range as parallel arrays (no object per token), for recognition.
 *
 * A token is a run of letters/digits; an apostrophe between letters stays inside the word
 * (`Kramators'k`, `Kyivs’ka`) except the English possessive `'s`, which ends the word and sets
 * `possessive`. `sepBefore` tells what separates a token from the one before: ' ' (spaces
 * only), '-' (a hyphen, possibly with spaces), or 'x' (any other punctuation: a comma, a
 * bracket, a full stop...). Multi-word names may only span ' ' and '-' separators.
 */
export interface Tokens {
  count: number;
  start: number[];
  end: number[];
  /** foldKey of the token text. */
  key: string[];
  /** First letter is upper case (Latin or Cyrillic). */
  capitalized: boolean[];
  /** Two or more letters, all upper case ("DPR", "AFU"). */
  allCaps: boolean[];
  possessive: boolean[];
  sepBefore: string[];
}

const APOS = /['’ʼ]/;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Tokenizes `text.slice(from, to)`.
 * @example tokenize("Kharkiv's mayor", 0, 15).key // ['kharkiv', 'mayor'], possessive[0] true
 */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  const t: Tokens = {
    count: 0,
    start: [],
    end: [],
    key: [],
    capitalized: [],
    allCaps: [],
    possessive: [],
    sepBefore: [],
  };
  let i = from;
  let lastEnd = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (!isWordCode(code)) {
      i++;
      continue;
    }
    const s = i;
    let possessive = false;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (isWordCode(c)) {
        i++;
        continue;
      }
      // Low surrogate pairs of astral letters are rare in news; they end the word.
      if (APOS.test(text[i]) && i + 1 < to && isWordCode(text.charCodeAt(i + 1))) {
        const next = text[i + 1];
        const after = i + 2 < to ? text.charCodeAt(i + 2) : 32;
        if ((next === 's' || next === 'S') && !isWordCode(after)) {
          possessive = true;
          break;
        }
        i++;
        continue;
      }
      break;
    }
    const e = i;
    if (possessive) i += 2;
    const raw = text.slice(s, e);
    // Case from char codes: ASCII fast path, String case mapping for the rest.
    let letters = 0;
    let uppers = 0;
    let plainLower = true;
    for (let k = s; k < e; k++) {
      const c = text.charCodeAt(k);
      if (c >= 97 && c <= 122) {
        letters++;
      } else if (c >= 65 && c <= 90) {
        letters++;
        uppers++;
        plainLower = false;
      } else {
        plainLower = false;
        if (c >= 128) {
          const ch = text[k];
          if (ch.toLowerCase() !== ch.toUpperCase()) {
            letters++;
            if (isUpper(ch)) uppers++;
          }
        }
      }
    }
    const first = text.charCodeAt(s);
    const capitalized = first >= 65 && first <= 90 ? true : first < 128 ? false : isUpper(text[s]);
    // Separator: only spaces, a hyphen (with optional spaces), or anything else.
    let sep = ' ';
    if (t.count > 0) {
      let hyphens = 0;
      let other = false;
      for (let k = lastEnd; k < s; k++) {
        const c = text.charCodeAt(k);
        if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) continue;
        if (c === 45 || c === 0x2010 || c === 0x2011) hyphens++;
        else other = true;
      }
      sep = other || hyphens > 1 ? 'x' : hyphens === 1 ? '-' : ' ';
    }
    t.start.push(s);
    t.end.push(e);
    t.key.push(plainLower ? raw : foldKey(raw));
    t.capitalized.push(capitalized);
    t.allCaps.push(letters >= 2 && uppers === letters);
    t.possessive.push(possessive);
    t.sepBefore.push(sep);
    t.count++;
    lastEnd = possessive ? e + 2 : e;
  }
  return t;
}
