import type { Sentence } from '../types.ts';

/**
 * Splits article text into sentences with exact character offsets.
 *
 * Every line is its own sentence (news text puts one paragraph per line, and titles carry no
 * final period). Inside a line a sentence ends after a run of `.` `!` `?` `…` (optionally
 * followed by closing quotes or brackets) when whitespace and then an upper-case letter, a
 * digit or an opening quote follow. It does not split after known abbreviations (`Mr.`,
 * `Gen.`, `U.S.`), initials (`J. R. Smith`), decimals (`3.5`) or before a lower-case word
 * (`"Stop." he said`, `wait... and`).
 *
 * `start`/`end` exclude surrounding whitespace (JavaScript `\s`); together the sentences
 * cover every non-whitespace character in order. One left-to-right pass (a regular expression
 * with a single character class finds each line break or terminator), so it stays linear on
 * megabytes of unpunctuated input.
 *
 * @example
 * splitSentences('Gen. Smith arrived. Kyiv said no.\nTitle')
 * // [{index: 0, start: 0, end: 19}, {index: 1, start: 20, end: 33}, {index: 2, start: 34, end: 39}]
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let start = -1; // first non-whitespace character of the open sentence, -1 when none
  let lastNonSpace = -1;

  let i = 0;
  while (i < n) {
    // Jump to the next line break or terminator: everything before it is a space or part of
    // the open sentence, and only the ends of that stretch matter (its first non-space opens a
    // sentence, its last non-space may end one). A regular expression finds that character
    // faster than a loop over every character (it allocates nothing with test()).
    SPECIAL.lastIndex = i;
    const k = SPECIAL.test(text) ? SPECIAL.lastIndex - 1 : n;
    if (k > i) {
      if (start < 0) {
        let q = i;
        while (q < k && isJsSpace(text.charCodeAt(q))) q++;
        if (q < k) start = q;
      }
      let r = k - 1;
      while (r >= i && isJsSpace(text.charCodeAt(r))) r--;
      if (r >= i) lastNonSpace = r;
    }
    if (k >= n) break;
    const code = text.charCodeAt(k);
    if (isLineBreak(code)) {
      if (start >= 0) {
        out.push(new SentenceSpan(out.length, start, lastNonSpace + 1));
        start = -1;
      }
      i = k + 1;
      continue;
    }
    // A terminator.
    if (start < 0) start = k;
    lastNonSpace = k;
    // The whole run of terminators ("?!", "...", "…’") is consumed here and the scan jumps
    // past it, so a megabyte of dots is still one pass.
    const dot = code === DOT ? k : -1;
    let j = k + 1;
    while (j < n && isTerminator(text.charCodeAt(j))) j++;
    const singleDot = dot >= 0 && j === k + 1;
    while (j < n && isCloser(text.charCodeAt(j))) j++;
    lastNonSpace = j - 1;
    i = j;
    // Only spaces can separate two sentences on one line; a line break closes the sentence
    // anyway, and end of text closes it after the loop.
    let m = j;
    while (m < n && isJsSpace(text.charCodeAt(m)) && !isLineBreak(text.charCodeAt(m))) m++;
    if (m === j || m === n || isLineBreak(text.charCodeAt(m))) continue;
    // A lower-case continuation ("wait... and", '"Stop." he said', "3.5") never splits.
    if (!startsSentence(text, m)) continue;
    if (singleDot && !dotEndsSentence(text, start, dot, m)) continue;
    out.push(new SentenceSpan(out.length, start, j));
    start = -1;
  }
  if (start >= 0) out.push(new SentenceSpan(out.length, start, lastNonSpace + 1));
  return out;
}

/**
 * A sentence of the output. Made by `new`, not as an object literal: V8 allocates the objects
 * of a literal that outlive a few young-generation collections (as an analysis's sentences,
 * mentions and alternatives do while a corpus is analysed) straight in the old generation
 * ("pretenuring"), where they are freed only by full collections, whose marking steps were
 * charged to these allocations in CPU profiles of the bench corpus; objects made by `new` are
 * not pretenured.
 */
class SentenceSpan implements Sentence {
  constructor(
    public index: number,
    public start: number,
    public end: number,
  ) {}
}

/** Line breaks (see isLineBreak) and terminators (see isTerminator). */
const SPECIAL =
  /[\n\r\u2028\u2029.!?\u2026\u203c\u2047\u2048\u2049\u203d\u3002\uff01\uff1f\uff0e]/g;

const DOT = 0x2e;

/**
 * Decides whether a single full stop at `dot` ends the sentence that began at `start`, given
 * that the next sentence would begin at `next` (already known to look like a sentence start).
 */
function dotEndsSentence(text: string, start: number, dot: number, next: number): boolean {
  // The token before the dot: back to whitespace or an opening bracket/quote. Abbreviations
  // are short, so the scan is capped; a longer token is an ordinary word.
  let p = dot;
  while (p > start && dot - p <= MAX_ABBREVIATION && !isTokenBoundary(text.charCodeAt(p - 1))) p--;
  if (dot - p > MAX_ABBREVIATION || p === dot) return true;
  const token = text.slice(p, dot);
  if (NEVER_FINAL.has(token)) return false;
  if (BEFORE_NUMBER.has(token)) return !isDigit(text.charCodeAt(next));
  // "1. The first point": a short number opening the sentence is a list marker.
  if (p === start && token.length <= 2 && isDigit(token.charCodeAt(0))) {
    if (token.length === 1 || isDigit(token.charCodeAt(1))) return false;
  }
  if (MAYBE_FINAL.has(token) || isInitials(token)) {
    // "the U.S. The ..." does end a sentence, "the U.S. Army" and "J. R. Smith" do not; a
    // following function word is the cheap tell (the trick used by Punkt's orthographic
    // heuristic: Kiss & Strunk 2006, https://aclanthology.org/J06-4003/).
    return isSentenceStarter(text, next);
  }
  return true;
}

const MAX_ABBREVIATION = 8;

/** Abbreviations that practically never end a sentence: titles and months before dates. */
const NEVER_FINAL = new Set(
  (
    'Mr Mrs Ms Dr Gen Lt Col Maj Capt Sgt Adm Gov Sen Rep Pres Prof St Mt Ft Jr Sr vs Vs ' +
    'e.g E.g i.e I.e approx Approx Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec ' +
    'MR MRS MS DR GEN LT COL MAJ CAPT SGT ADM GOV SEN REP PRES PROF ST MT FT JR SR VS ' +
    'Brig Cpl Pvt Rev Hon Messrs Mme Mlle cf Cf Fig Figs'
  ).split(' '),
);

/** "No. 5": only an abbreviation before a number ("She said No. Then ..." still splits). */
const BEFORE_NUMBER = new Set(['No', 'Nos', 'no', 'NO', 'Nr', 'nr']);

/** Abbreviations that often end a sentence too ("... in the U.S. The ..."). */
const MAYBE_FINAL = new Set(
  'etc Etc U.S U.K U.N E.U a.m p.m A.M P.M Inc Ltd Co Corp Bros'.split(' '),
);

/** Common sentence-initial words; after an ambiguous abbreviation they signal a boundary. */
const STARTERS = new Set(
  (
    'The A An He She It They We I You This That These Those There Their His Her Its Our ' +
    'But And Or So Yet In On At As By For From If When While After Before Since Although ' +
    'However Meanwhile Still Then Now Some Many Most All No Not One Two Russian Ukrainian'
  ).split(' '),
);

/** "J", "V", "U.S", "D.C", "e.g": single letters, optionally joined by dots. */
function isInitials(token: string): boolean {
  for (let q = 0; q < token.length; q++) {
    const letter = isLetterCode(token.charCodeAt(q));
    if (q % 2 === 0 ? !letter : token.charCodeAt(q) !== DOT) return false;
  }
  return token.length % 2 === 1;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSentenceStarter(text: string, at: number): boolean {
  let e = at;
  while (e < text.length && e - at < 12 && isLetterCode(text.charCodeAt(e))) e++;
  if (e === at || e - at >= 12) return false;
  return STARTERS.has(text.slice(at, e));
}

/** Could a sentence begin at `at`: an upper-case or caseless letter, a digit or an opener. */
function startsSentence(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) {
    return (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || OPENERS_ASCII.has(code);
  }
  if (OPENERS.has(code)) return true;
  return isUpperOrCaseless(text.codePointAt(at) ?? code);
}

const OPENERS_ASCII = new Set([0x22, 0x27, 0x28, 0x5b, 0x7b]); // " ' ( [ {
const OPENERS = new Set([0x201c, 0x2018, 0x201e, 0x201a, 0xab, 0x2039, 0xbf, 0xa1, 0x2014]);

const UPPER_CACHE = new Map<number, boolean>();
const UPPER_OR_CASELESS = /^[\p{Lu}\p{Lt}\p{Lo}\p{Nd}]$/u;

/** Cached per code point, so a boundary check allocates at most once per distinct letter. */
function isUpperOrCaseless(cp: number): boolean {
  let hit = UPPER_CACHE.get(cp);
  if (hit === undefined) {
    // Lone surrogates are valid input to fromCodePoint and simply fail the test.
    hit = UPPER_OR_CASELESS.test(String.fromCodePoint(cp));
    UPPER_CACHE.set(cp, hit);
  }
  return hit;
}

function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // Latin-1 letters, Latin Extended, Greek and Cyrillic: enough for initials and tokens.
  return (
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x370 && code <= 0x52f)
  );
}

function isTokenBoundary(code: number): boolean {
  return isJsSpace(code) || code === 0x28 || code === 0x5b || code === 0x22 || OPENERS.has(code);
}

/** `.` `!` `?` `…` `‼` `⁇` `⁈` `⁉` `‽` and the full-width/ideographic stops. */
function isTerminator(code: number): boolean {
  return (
    code === 0x2e ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x2026 ||
    code === 0x203c ||
    code === 0x2047 ||
    code === 0x2048 ||
    code === 0x2049 ||
    code === 0x203d ||
    code === 0x3002 ||
    code === 0xff01 ||
    code === 0xff1f ||
    code === 0xff0e
  );
}

/** Closing quotes and brackets that may follow the terminator: ’ ” " ' ) ] } » ›. */
function isCloser(code: number): boolean {
  return (
    code === 0x2019 ||
    code === 0x201d ||
    code === 0x22 ||
    code === 0x27 ||
    code === 0x29 ||
    code === 0x5d ||
    code === 0x7d ||
    code === 0xbb ||
    code === 0x203a
  );
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/** Exactly JavaScript's `\s`, so callers can check coverage with `/\S/`. */
export function isJsSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
