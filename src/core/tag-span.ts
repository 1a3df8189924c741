/**
 * What text may be tagged as a place name: the checks that need only the text (the UI runs
 * them on a selection before anything is sent; correctionProblem runs them again).
 */

/** The longest span a tagged place name may have (a name, not a passage). */
export const MAX_TAG_CHARS = 120;

const quote = (s: string): string => `“${s.length > 60 ? s.slice(0, 57) + '...' : s}”`;

/**
 * Why `text.slice(start, end)` cannot be tagged as a place name, in words, or null: blank, with
 * spaces around it, or a passage (longer than MAX_TAG_CHARS, or over a line break). The span
 * itself must be in range (see correctionProblem).
 */
export function tagTextProblem(written: string): string | null {
  if (written.trim() === '') return 'The selection is blank: select a place name.';
  if (written.trim() !== written)
    return `The selection ${quote(written)} starts or ends with a space: select the name alone.`;
  if (written.length > MAX_TAG_CHARS || /[\n\r\u2028\u2029]/.test(written))
    return `The selection ${quote(written)} is a passage, not a place name (at most ${MAX_TAG_CHARS} characters, on one line).`;
  return null;
}

/** Characters trimmed from the ends of a selection: spaces, quotes, brackets, punctuation. */
const EDGE = /[\s"'“”‘’«»()[\]{},;:.!?]/u;

/**
 * The span of a selection with spaces, quotes and punctuation trimmed from its ends (a drag
 * often takes the space or the full stop after a word), or null when nothing is left.
 *
 * @example trimSelection('hit Storm Hill. Then', 3, 16) // { start: 4, end: 14 }
 */
export function trimSelection(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && EDGE.test(text[s])) s++;
  while (e > s && EDGE.test(text[e - 1])) e--;
  return e > s ? { start: s, end: e } : null;
}
