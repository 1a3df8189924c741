/**
 * Romanisation schemes for Cyrillic place names:
 *
 * - `bgn-pcgn-ru`: BGN/PCGN 1947 for Russian without diacritics (`ё` -> `e`/`ye` as `е`),
 *   as used by GeoNames and the US/UK gazetteers
 *   (https://en.wikipedia.org/wiki/BGN/PCGN_romanization_of_Russian);
 * - `bgn-pcgn-uk`: BGN/PCGN 1965 for Ukrainian
 *   (https://en.wikipedia.org/wiki/BGN/PCGN_romanization_of_Ukrainian);
 * - `ua-national`: the Ukrainian national system, Cabinet of Ministers resolution no. 55 of
 *   2010 (https://en.wikipedia.org/wiki/Ukrainian_National_transliteration);
 * - `scholarly`: scientific transliteration close to ISO 9 with `x` for `х`, keeping
 *   `č š ž šč ju ja je ji` (https://en.wikipedia.org/wiki/Scientific_transliteration_of_Cyrillic).
 */
export type TranslitScheme = 'bgn-pcgn-ru' | 'bgn-pcgn-uk' | 'ua-national' | 'scholarly';

/**
 * Romanises the Cyrillic letters of `text` with `scheme`; everything else is copied.
 * Case is preserved per word: `Харків` -> `Kharkiv`, `ХАРКІВ` -> `KHARKIV`.
 *
 * For `scholarly`, Ukrainian and Belarusian text (see {@link detectCyrillicLanguage}) read
 * `г` as `h` and `и` as `y`, as the scholarly tradition does for those languages; text with
 * no distinguishing letter (`Гуляйполе`) is read as Russian (`Guljajpole`).
 *
 * @example transliterate('Харків', 'ua-national') === 'Kharkiv'
 * @example transliterate('Харків', 'scholarly') === 'Xarkiv'
 * @example transliterate('Подъячево', 'bgn-pcgn-ru') === 'Pod"yachevo'
 */
export function transliterate(text: string, scheme: TranslitScheme): string {
  let table: string[];
  if (scheme === 'scholarly') {
    const lang = detectCyrillicLanguage(text);
    table = lang === 'uk' ? SCHOLARLY_UK : lang === 'be' ? SCHOLARLY_BE : SCHOLARLY_RU;
  } else {
    table = scheme === 'bgn-pcgn-ru' ? BGN_RU : scheme === 'bgn-pcgn-uk' ? BGN_UK : NATIONAL;
  }
  let out = '';
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x400 || code >= 0x530) {
      // The national system writes no apostrophe (Слов'янськ -> Sloviansk).
      if (
        scheme === 'ua-national' &&
        isApostrophe(code) &&
        i > 0 &&
        isCyrillic(text.charCodeAt(i - 1))
      ) {
        continue;
      }
      out += text[i];
      continue;
    }
    const lower = toLowerCyrillic(code);
    const initial = !isWordChar(i > 0 ? text.charCodeAt(i - 1) : -1);
    const prev = initial ? -1 : toLowerCyrillic(text.charCodeAt(i - 1));
    let piece = table[lower - 0x400];
    // Context-dependent letters; the tables hold the non-initial, after-consonant form.
    switch (scheme) {
      case 'bgn-pcgn-ru':
        // е (and ё, without its diaeresis) is "ye" initially and after vowels, й, ъ, ь.
        if ((lower === 0x435 || lower === 0x451) && (initial || YE_AFTER.has(prev))) piece = 'ye';
        break;
      case 'ua-national':
        if (initial && NATIONAL_INITIAL[lower] !== undefined) piece = NATIONAL_INITIAL[lower];
        // зг is "zgh", so it is not read as ж (Згурівка -> Zghurivka).
        else if (lower === 0x433 && prev === 0x437) piece = 'gh';
        break;
      default:
        break;
    }
    if (code !== lower && piece.length > 0) piece = applyCase(piece, text, i);
    out += piece;
  }
  return out;
}

/**
 * Guesses the language of a Cyrillic string from letters unique to it:
 * `ў` -> Belarusian; `ї є ґ` (or `і` without Russian letters) -> Ukrainian; `ы э ъ ё` ->
 * Russian; `і` together with `ы`/`э`/`ё` -> Belarusian. Anything else (including `і` with
 * `ъ`, or only letters common to all three) is `unknown`.
 *
 * @example detectCyrillicLanguage('Харків') === 'uk'
 * @example detectCyrillicLanguage('Красный') === 'ru'
 * @example detectCyrillicLanguage('Москва') === 'unknown'
 */
export function detectCyrillicLanguage(s: string): 'uk' | 'ru' | 'be' | 'unknown' {
  let ukOnly = false; // ї є ґ
  let i = false; // і: Ukrainian and Belarusian
  let ru = false; // ы э ё: Russian and Belarusian
  let hard = false; // ъ: Russian only
  for (let p = 0; p < s.length; p++) {
    const c = toLowerCyrillic(s.charCodeAt(p));
    if (c === 0x45e) return 'be'; // ў
    if (c === 0x457 || c === 0x454 || c === 0x491) ukOnly = true;
    else if (c === 0x456) i = true;
    else if (c === 0x44b || c === 0x44d || c === 0x451) ru = true;
    else if (c === 0x44a) hard = true;
  }
  if (ukOnly) return 'uk';
  if (i) {
    // і with ы/э/ё is Belarusian spelling; with ъ the text mixes languages.
    if (hard) return 'unknown';
    return ru ? 'be' : 'uk';
  }
  if (ru || hard) return 'ru';
  return 'unknown';
}

/**
 * Upper-cases a multi-letter piece for an upper-case source letter: all caps inside an
 * all-caps word (`ЩУКА` -> `SHCHUKA`), otherwise only the first letter (`Щука` -> `Shchuka`).
 */
function applyCase(piece: string, text: string, i: number): string {
  if (piece.length === 1) return piece.toUpperCase();
  const next = i + 1 < text.length ? letterCase(text.charCodeAt(i + 1)) : 0;
  const prev = i > 0 ? letterCase(text.charCodeAt(i - 1)) : 0;
  const allCaps = next === 1 || (next === 0 && prev === 1);
  return allCaps ? piece.toUpperCase() : piece[0].toUpperCase() + piece.slice(1);
}

/** 1 for an upper-case, -1 for a lower-case Latin or Cyrillic letter, 0 otherwise. */
function letterCase(code: number): number {
  if (code >= 65 && code <= 90) return 1;
  if (code >= 97 && code <= 122) return -1;
  if (!isCyrillic(code)) return 0;
  return toLowerCyrillic(code) === code ? -1 : 1;
}

function isCyrillic(code: number): boolean {
  return code >= 0x400 && code < 0x530;
}

/** Lower-cases a Cyrillic code unit (U+0400..U+052F); other codes are returned unchanged. */
function toLowerCyrillic(code: number): number {
  if (code >= 0x410 && code <= 0x42f) return code + 0x20;
  if (code >= 0x400 && code <= 0x40f) return code + 0x50;
  // Historic and non-Russian letters from U+0460 come in upper/lower pairs (even/odd),
  // except the combining marks and signs U+0482..U+0489.
  if (code >= 0x460 && code < 0x530 && (code < 0x482 || code > 0x489) && code % 2 === 0) {
    return code + 1;
  }
  return code;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x02bc || code === 0x2bb || code === 0x60;
}

/** Letters (Latin, Cyrillic) and apostrophes continue a word; anything else starts one. */
function isWordChar(code: number): boolean {
  if (code < 0) return false;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return isCyrillic(code) || isApostrophe(code) || (code >= 0xc0 && code <= 0x24f);
}

/** а е ё и о у ы э ю я і ї є and й ъ ь: where BGN/PCGN Russian writes е as "ye". */
const YE_AFTER = new Set([...'аеёиоуыэюяіїєйъь'].map((c) => c.charCodeAt(0)));

/** Word-initial forms of the national system; elsewhere є ї й ю я are ie i i iu ia. */
const NATIONAL_INITIAL: Record<number, string> = {
  0x454: 'ye', // є
  0x457: 'yi', // ї
  0x439: 'y', // й
  0x44e: 'yu', // ю
  0x44f: 'ya', // я
  0x451: 'yo', // ё (Russian letter, by analogy)
};

/** Builds a lookup array over U+0400..U+052F from lower-case letters; unmapped codes copy. */
function table(map: Record<string, string>): string[] {
  const out: string[] = [];
  for (let code = 0x400; code < 0x530; code++) {
    const ch = String.fromCharCode(code);
    out.push(map[ch] ?? ch);
  }
  return out;
}

/** Letters shared by all schemes' ASCII tables. */
// prettier-ignore
const COMMON: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', д: 'd', ж: 'zh', з: 'z', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ы: 'y', э: 'e', ў: 'w', ѣ: 'e', ѳ: 'f', ѵ: 'i', ј: 'j', ђ: 'dj', ћ: 'c',
  љ: 'lj', њ: 'nj', џ: 'dzh', ѕ: 'dz', ѓ: 'gj', ќ: 'kj',
};

// prettier-ignore
const BGN_RU = table({
  ...COMMON,
  г: 'g', е: 'e', ё: 'e', и: 'i', й: 'y', ъ: '"', ь: "'", ю: 'yu', я: 'ya',
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
});

// prettier-ignore
const BGN_UK = table({
  ...COMMON,
  г: 'h', ґ: 'g', е: 'e', є: 'ye', и: 'y', і: 'i', ї: 'yi', й: 'y', ь: "'", ю: 'yu', я: 'ya',
  ё: 'yo', ъ: '"',
});

// prettier-ignore
const NATIONAL = table({
  ...COMMON,
  г: 'h', ґ: 'g', е: 'e', є: 'ie', и: 'y', і: 'i', ї: 'i', й: 'i', ь: '', ю: 'iu', я: 'ia',
  ё: 'io', ъ: '',
});

// prettier-ignore
const SCHOLARLY_RU = table({
  ...COMMON,
  г: 'g', ґ: 'g', е: 'e', ё: 'ë', є: 'je', ж: 'ž', и: 'i', і: 'i', ї: 'ji', й: 'j', х: 'x',
  ц: 'c', ч: 'č', ш: 'š', щ: 'šč', ъ: 'ʺ', ь: 'ʹ', э: 'è', ю: 'ju', я: 'ja', ў: 'ŭ',
});

// prettier-ignore
const SCHOLARLY_UK = table({
  ...COMMON,
  г: 'h', ґ: 'g', е: 'e', ё: 'ë', є: 'je', ж: 'ž', и: 'y', і: 'i', ї: 'ji', й: 'j', х: 'x',
  ц: 'c', ч: 'č', ш: 'š', щ: 'šč', ъ: 'ʺ', ь: 'ʹ', э: 'è', ю: 'ju', я: 'ja', ў: 'ŭ',
});

/** Belarusian scholarly: г is h and ў is ŭ, otherwise as Russian. */
// prettier-ignore
const SCHOLARLY_BE = table({
  ...COMMON,
  г: 'h', ґ: 'g', е: 'e', ё: 'ë', є: 'je', ж: 'ž', и: 'i', і: 'i', ї: 'ji', й: 'j', х: 'x',
  ц: 'c', ч: 'č', ш: 'š', щ: 'šč', ъ: 'ʺ', ь: 'ʹ', э: 'è', ю: 'ju', я: 'ja', ў: 'ŭ',
});
