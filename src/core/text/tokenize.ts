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
    const first = raw[0];
    let letters = 0;
    let uppers = 0;
    for (const ch of raw) {
      if (ch.toLowerCase() !== ch.toUpperCase()) {
        letters++;
        if (isUpper(ch)) uppers++;
      }
    }
    const between = text.slice(lastEnd, s);
    let sep = ' ';
    if (t.count > 0) {
      if (/^\s*$/.test(between)) sep = ' ';
      else if (/^\s*[-‐‑]\s*$/.test(between)) sep = '-';
      else sep = 'x';
    }
    t.start.push(s);
    t.end.push(e);
    t.key.push(foldKey(raw));
    t.capitalized.push(isUpper(first));
    t.allCaps.push(letters >= 2 && uppers === letters);
    t.possessive.push(possessive);
    t.sepBefore.push(sep);
    t.count++;
    lastEnd = possessive ? e + 2 : e;
  }
  return t;
}
