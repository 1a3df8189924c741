/**
 * The canonical lookup key for a name: the one form under which the gazetteer stores every
 * name and under which recognition looks text up.
 *
 * - lower case, Latin diacritics removed (`Mykolaïv` -> `mykolaiv`, `Łódź` -> `lodz`);
 * - Cyrillic transliterated with one fixed scheme (Ukrainian letters і ї є ґ switch the string
 *   to the Ukrainian table, otherwise the Russian one), so Cyrillic, Latin and mixed-script
 *   spellings (`Покровsk`) meet on one key;
 * - apostrophes, soft and hard signs dropped (`Kramators'k` -> `kramatorsk`);
 * - hyphens, dashes, dots and other punctuation become single spaces, trimmed.
 *
 * It is on the hot path of recognition, so it works character by character with cached
 * per-character answers and allocates only the result string.
 *
 * @example foldKey("Kupyansk-Uzlovoy") === "kupyansk uzlovoy"
 * @example foldKey("Покровsk") === "pokrovsk"
 */
export function foldKey(input: string): string {
  const ukrainian = UKRAINIAN_MARK.test(input);
  // A mostly-Latin word with a stray Cyrillic look-alike ("Рokrovsk" with a Cyrillic Р) is
  // read by shape; a mostly-Cyrillic one ("Покровsk") is transliterated.
  const table =
    CYRILLIC_ANY.test(input) && latinMajority(input)
      ? HOMOGLYPH_TABLE
      : ukrainian
        ? UK_TABLE
        : RU_TABLE;
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    let piece: string;
    if (code < 128) {
      piece = ASCII[code];
    } else if (code >= 0x400 && code < 0x530) {
      piece = table[code - 0x400];
    } else {
      piece = foldOther(code);
    }
    if (piece === ' ') {
      if (out.length > 0) pendingSpace = true;
      continue;
    }
    if (piece.length === 0) continue;
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += piece;
  }
  return out;
}

/** True when `code` is a letter or digit that `foldKey` keeps (not punctuation or space). */
export function isWordCode(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  if (code >= 0x400 && code < 0x530) return true;
  // 0 = not yet known, 1 = word, 2 = not a word; cached per BMP code unit.
  const known = WORD_CLASS[code];
  if (known !== 0) return known === 1;
  let word: boolean;
  if (APOSTROPHES.has(code) || (code >= 0xd800 && code <= 0xdfff)) word = false;
  else {
    const piece = foldOther(code);
    word = piece !== ' ' && piece.length > 0;
  }
  WORD_CLASS[code] = word ? 1 : 2;
  return word;
}

const WORD_CLASS = new Uint8Array(65536);

const UKRAINIAN_MARK = /[іїєґІЇЄҐ]/;

const APOSTROPHES = new Set([
  0x2019, 0x2018, 0x02bc, 0x02b9, 0x02ba, 0x00b4, 0x2032, 0x201b, 0x02bb,
]);

const ASCII: string[] = [];
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (c >= 65 && c <= 90) {
    ASCII[c] = ch.toLowerCase();
    ASCII_WORD[c] = 1;
  } else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
    ASCII[c] = ch;
    ASCII_WORD[c] = 1;
  } else if (ch === "'" || ch === '`') {
    ASCII[c] = '';
  } else {
    ASCII[c] = ' ';
  }
}

/** Russian (BGN/PCGN-like, without diacritics) for U+0400..U+052F; lower and upper case. */
const RU_LOWER: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ў: 'u',
  ѣ: 'e',
  ѳ: 'f',
  ѵ: 'i',
};
/** Ukrainian national (2010) romanisation, without the word-initial special cases. */
const UK_LOWER: Record<string, string> = {
  ...RU_LOWER,
  г: 'h',
  ґ: 'g',
  и: 'y',
  і: 'i',
  ї: 'i',
  є: 'ie',
  й: 'i',
  ю: 'iu',
  я: 'ia',
  щ: 'shch',
};

function buildTable(lower: Record<string, string>): string[] {
  const table: string[] = [];
  for (let code = 0x400; code < 0x530; code++) {
    const ch = String.fromCharCode(code);
    const lc = ch.toLowerCase();
    const mapped = lower[lc];
    table.push(mapped !== undefined ? mapped : foldOther(lc.charCodeAt(0)));
  }
  return table;
}

const OTHER_CACHE: (string | undefined)[] = new Array(65536);
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
  ħ: 'h',
  ŀ: 'l',
};

/** Folds one non-ASCII, non-Cyrillic code unit: strips marks, lower-cases, maps specials. */
function foldOther(code: number): string {
  const hit = OTHER_CACHE[code];
  if (hit !== undefined) return hit;
  let out: string;
  if (APOSTROPHES.has(code)) {
    out = '';
  } else if (code >= 0xd800 && code <= 0xdfff) {
    out = ' ';
  } else if (code >= 0x0300 && code <= 0x036f) {
    out = '';
  } else {
    const ch = String.fromCharCode(code).toLowerCase();
    if (SPECIAL[ch] !== undefined) {
      out = SPECIAL[ch];
    } else {
      const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      if (/^[\p{L}\p{N}]+$/u.test(base))
        out = base.length === 1 && base.charCodeAt(0) < 128 ? base : base.toLowerCase();
      else if (/\p{M}/u.test(ch)) out = '';
      else out = ' ';
    }
  }
  OTHER_CACHE[code] = out;
  return out;
}

const RU_TABLE = buildTable(RU_LOWER);
const UK_TABLE = buildTable(UK_LOWER);

/** Cyrillic letters that look like Latin ones, lower-cased Latin equivalents. */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ү: 'y',
};
const HOMOGLYPH_TABLE = RU_TABLE.map((piece, i) => {
  const lc = String.fromCharCode(0x400 + i).toLowerCase();
  return HOMOGLYPHS[lc] ?? piece;
});
const CYRILLIC_ANY = /[\u0400-\u052f]/;

function latinMajority(s: string): boolean {
  let latin = 0;
  let cyr = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (c >= 0x400 && c < 0x530) cyr++;
  }
  return latin > cyr;
}
