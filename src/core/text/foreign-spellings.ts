/**
 * Ukrainian and Russian names as German, Dutch and Polish writers romanise them, rewritten into
 * the English-language forms the gazetteer's keys use: "Mykolajiw" (German) -> "mykolayiv",
 * "Lysytsjansk" (Dutch) -> "lysychansk", "Dniprodzerzjynsk" -> "dniprodzerzhynsk",
 * "Charkow" (Polish) -> "kharkov". The rules are the letter correspondences of the three
 * languages' romanisation of Cyrillic (ж zh/sch/zj, ч tsch/tsj/cz, ш sch/sj/sz, щ schtsch/sjtsj/szcz,
 * х ch/ch/ch, в w, й j, я ja, ю ju, є je).
 */

/** Rewrites in order; longest first within each language. */
const RULES: [RegExp, string][] = [
  [/schtsch|sjtsj|szcz/g, 'shch'],
  [/tsch|tsj|cz/g, 'ch'],
  [/sch|sj|sz/g, 'sh'],
  [/zj/g, 'zh'],
  [/ja/g, 'ya'],
  [/ju/g, 'yu'],
  [/je/g, 'ye'],
  [/j/g, 'y'],
  [/w/g, 'v'],
  [/oe/g, 'u'],
];

/**
 * The English-style spellings of a folded key written the German, Dutch or Polish way: the
 * rewritten key, and the same with "ch" read as "kh" (German and Polish write х as "ch").
 * Empty when no rule applies.
 *
 * @example foreignSpellings('mykolajiw') // ['mykolayiv']
 */
export function foreignSpellings(key: string): string[] {
  let out = key;
  for (const [re, to] of RULES) out = out.replace(re, to);
  const forms = new Set<string>();
  if (out !== key) forms.add(out);
  // х written "ch": the original's ch (not one made from tsch/cz above) may be kh.
  if (/ch/.test(key) && !/tsch|tsj|cz/.test(key)) forms.add(out.replace(/ch/g, 'kh'));
  forms.delete(key);
  return [...forms];
}
