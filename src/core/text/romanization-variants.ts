/**
 * The systematic Ukrainian <-> Russian romanisation counterparts of a folded key: the
 * spellings a reader meets for one place (`kharkiv` / `kharkov`, `kupiansk vuzlovyi` /
 * `kupyansk uzlovoy`), plus common spelling variants inside one system (`ts`/`tz`).
 *
 * Input and output are folded keys (lower-case ASCII words separated by single spaces, as
 * `foldKey` makes). The result is deduplicated, excludes the input, is deterministic and is
 * ordered most plausible first, capped at `limit`.
 *
 * How: the key is scanned left to right once per direction (Ukrainian -> Russian spelling,
 * Russian -> Ukrainian spelling). At each position the first matching rule below makes a
 * "site" with weighted options, one of which is keeping the text. Sites never overlap, so a
 * spelling is one choice per site and its cost is the sum of the choices; the cheapest
 * combinations are enumerated best-first with a heap (k-best sums of sorted lists), so the
 * work is bounded by `limit`, not by the 2^sites combinations. A direction whose rules found
 * nothing systematic (only optional rules such as `ts` -> `tz`) is ranked after the other.
 *
 * Ukrainian -> Russian rules (Ukrainian national 2010 or BGN/PCGN 1965 in, Russian BGN/PCGN out):
 * - `-illia`/`-illya` -> `-olye`/`-olie` (myropillia -> myropolye);
 * - doubled consonant + final `ia` -> single + `ye`/`ie`/`ia` (zaporizhzhia -> zaporizhye);
 *   vowel + single consonant + final `ia` -> `ya`/`ye`, or doubled (zaporizhia -> zaporizhzhia);
 * - `-iivka` -> `-eyevka`/`-iyevka` (avdiivka -> avdeyevka);
 * - `-ivka` -> `-ovka`/`-evka` (kurylivka -> kurylovka);
 * - final `-yiv`/`-aiv` -> `-iev`/`-ayev` (kyiv -> kiev, mykolaiv -> mykolayev);
 * - final or pre-consonant `iv` -> `ov`/`ev` (kharkiv -> kharkov);
 * - adjectival `-yi`/`-yy` -> `-yy`/`-oy`/`-iy` (`-iy` first after k g h zh ch sh), `-ii` -> `-iy`
 *   (vuzlovyi -> vuzlovoy);
 * - `-ske` -> `-skoye`/`-skoe`/`-skoje` (slovianske -> slovianskoye), feminine `-ska` ->
 *   `-skaya` and `-nna` -> `-nnaya`/`-naya` (kreminna -> kremennaya);
 * - neuter `-ne`/`-nne` -> `-noye`/`-nnoye`, `-ove`/`-eve` -> `-ovo`/`-evo`/`-ovoye`
 *   (yenakiieve -> yenakiievo, vuzlove -> vuzlovoye);
 * - `i` after a, e, o, u and before a consonant is й -> `y` (pervomaiskyi -> pervomayskyi);
 * - `iie`/`iia`/`iiu` -> `iye`/`iya`/`iyu`, `ie` -> `e`/`ye`, consonant + `ye` -> `e`
 *   (sievierodonetsk -> severodonetsk), `ia` -> `ya` (kupiansk -> kupyansk), final `ia` also
 *   -> `ye` (shchastia -> shchastye), `iu` -> `yu`;
 * - word-initial `ie`/`iu`/`ia`/`ii` -> `ye`/`yu`/`ya`/`yi`, undoing `foldKey`'s table, which
 *   has no word-initial forms (ienakiieve -> yenakiieve);
 * - `zgh` -> `zg`; `h` -> `g`, but not inside `kh` `zh` `sh` `ch` (myrnohrad -> myrnograd);
 * - `y` between consonants -> `i` (myrnohrad -> mirnohrad), final `y` -> `i` (rare);
 * - `i` between consonants -> `o`/`e`, the Ukrainian ikavism of closed syllables (kindrativka
 *   -> kondrativka, siversk -> seversk), ranked after keeping `i`;
 * - prothetic `v` dropped before word-initial `u` (vuzlovyi -> uzlovyi), and, ranked low,
 *   before `o`; `v` -> `l` before `ch` (vovchansk -> volchansk).
 *
 * Russian -> Ukrainian rules are the mirror images: `-olye` -> `-illia`, `-ovka`/`-evka` ->
 * `-ivka`, `-ov` -> `-iv`, `-iev` -> `-yiv`, `-oy`/`-yy`/`-iy` -> `-yi` (and to each other),
 * `-skoye` -> `-ske`, `-aya` -> `-a`, `-oye` -> `-e`, `-ovo` -> `-ove`, `iye` -> `iie`,
 * `ya`/`yu`/`ye` -> `ia`/`iu`/`ie`, vowel + `y` + consonant -> `i`, `zg` -> `zgh`, `g` -> `h`,
 * `i` -> `y`, `o` -> `i` in a closed syllable, `e` -> `ie`/`i`, word-initial `u` -> `vu`,
 * `lch` -> `vch`, consonant + final `ye` -> `ia` (doubling the consonant after a vowel:
 * zaporozhye -> zaporozhzhia), plus `h` -> `kh` ranked low (Russian-style "Harkov").
 *
 * Both directions also offer `ts` <-> `tz`, `shch` <-> `sch`, `kh` -> `h` (low) and doubled
 * consonant -> single (zaporizhzhia -> zaporizhia). Endings in `-ka` are left alone.
 *
 * @example romanizationVariants('kharkiv')[0] === 'kharkov'
 * @example romanizationVariants('kupiansk vuzlovyi').includes('kupyansk uzlovoy')
 */
export function romanizationVariants(key: string, limit = 24): string[] {
  if (limit <= 0 || key.length === 0) return [];
  const ukToRu = findSites(key, UK_TO_RU_TABLE);
  const ruToUk = findSites(key, RU_TO_UK_TABLE);
  const found: Candidate[] = [];
  // Each direction can fill the whole result on its own, so each may contribute `limit`
  // strings; a few more cover duplicates across the two directions.
  const perPass = limit + 4;
  enumerate(key, ukToRu, perPass, 0, found);
  enumerate(key, ruToUk, perPass, 1, found);
  found.sort((a, b) => a.cost - b.cost || a.pass - b.pass || a.seq - b.seq);
  const out: string[] = [];
  const seen = new Set<string>([key]);
  for (const c of found) {
    if (seen.has(c.text)) continue;
    seen.add(c.text);
    out.push(c.text);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * True when `variant` is among the romanisation variants generated for `key` (with a wider
 * limit than the default, so a plausible variant is not missed because of ranking). This
 * costs one {@link romanizationVariants} call; use it for checks, not in inner loops.
 *
 * @example isGeneratedVariantOf('kharkov', 'kharkiv') === true
 */
export function isGeneratedVariantOf(variant: string, key: string): boolean {
  if (variant === key) return false;
  return romanizationVariants(key, 64).includes(variant);
}

// ---------------------------------------------------------------------------------------
// Sites and their enumeration

/** One choice at a site: replacement text (null keeps the original) and its cost. */
interface Option {
  text: string | null;
  cost: number;
}

interface Site {
  start: number;
  end: number;
  /** Sorted by cost, cheapest first; exactly one has `text === null`. */
  options: readonly Option[];
}

interface Candidate {
  text: string;
  cost: number;
  pass: number;
  seq: number;
}

/** A rule tries to match at `p`; it returns the matched length and options, or null. */
type Rule = (s: string, p: number) => Match | null;

interface Match {
  length: number;
  options: readonly Option[];
}

/** Cost added to a direction that found no systematic difference (see `isSystematic`). */
const UNMARKED_DIRECTION_PENALTY = 20;

/**
 * The rules of a direction by the letter they can start with, in their order: a rule that
 * declares its first letters (see `firstLetters`) is listed under those only, any other under
 * every letter. findSites then tries only the rules that can match where it stands.
 */
type RuleTable = readonly (readonly Rule[])[];

const FIRST_LETTERS = new WeakMap<Rule, string>();

/** Declares that `rule` only matches where the text starts with one of `letters`. */
function firstLetters(letters: string, rule: Rule): Rule {
  FIRST_LETTERS.set(rule, letters);
  return rule;
}

function ruleTable(rules: readonly Rule[]): RuleTable {
  const table: Rule[][] = Array.from({ length: 128 }, () => []);
  for (const rule of rules) {
    const letters = FIRST_LETTERS.get(rule);
    for (let c = 0; c < 128; c++) {
      if (letters === undefined || letters.includes(String.fromCharCode(c))) table[c].push(rule);
    }
  }
  return table;
}

function findSites(s: string, table: RuleTable): Site[] {
  const sites: Site[] = [];
  let p = 0;
  while (p < s.length) {
    let advanced = false;
    const c = s.charCodeAt(p);
    // Folded keys are ASCII; anything else gets the rules that declared no first letter.
    const rules = table[c < 128 ? c : 0];
    for (const rule of rules) {
      const m = rule(s, p);
      if (m === null) continue;
      // A match with only the "keep" option (a digraph like `zh`) just consumes its text, so
      // later rules do not see its letters (the `h` of `zh` is not Ukrainian `h`).
      if (m.options.length > 1) sites.push({ start: p, end: p + m.length, options: m.options });
      p += m.length;
      advanced = true;
      break;
    }
    if (!advanced) p++;
  }
  return sites;
}

/**
 * A site is systematic when converting is clearly cheaper than keeping (`ivka` -> `ovka`),
 * which marks the key as written in that direction's source system. Near-even choices
 * (Russian `i` -> Ukrainian `y` or `i`) say nothing about the source.
 */
function isSystematic(site: Site): boolean {
  const keep = site.options.find((o) => o.text === null) as Option;
  return keep.cost - site.options[0].cost >= SYSTEMATIC_MARGIN;
}

const SYSTEMATIC_MARGIN = 5;

interface HeapEntry {
  cost: number;
  seq: number;
  choice: number[];
  pivot: number;
}

/**
 * Appends up to `want` cheapest non-identity spellings of `s` over `sites` to `out`.
 * Classic k-best enumeration of sums of sorted lists: each vector's children increment one
 * index at or after its pivot, so every vector is generated exactly once and never before
 * its parent (which costs no more).
 */
function enumerate(s: string, sites: Site[], want: number, pass: number, out: Candidate[]): void {
  if (sites.length === 0) return;
  const penalty = sites.some(isSystematic) ? 0 : UNMARKED_DIRECTION_PENALTY;
  let base = 0;
  for (const site of sites) base += site.options[0].cost;
  const heap: HeapEntry[] = [];
  let seq = 0;
  heapPush(heap, {
    cost: base,
    seq: seq++,
    choice: new Array<number>(sites.length).fill(0),
    pivot: 0,
  });
  let produced = 0;
  // Identity and duplicate spellings are popped but not counted; the cap on pops keeps a
  // pathological key bounded even so.
  let pops = 0;
  const maxPops = want * 8;
  while (heap.length > 0 && produced < want && pops < maxPops) {
    const top = heapPop(heap);
    pops++;
    const text = spell(s, sites, top.choice);
    if (text !== null) {
      out.push({ text, cost: top.cost + penalty, pass, seq: out.length });
      produced++;
    }
    for (let j = top.pivot; j < sites.length; j++) {
      const options = sites[j].options;
      const at = top.choice[j];
      if (at + 1 >= options.length) continue;
      const choice = top.choice.slice();
      choice[j] = at + 1;
      const cost = top.cost - options[at].cost + options[at + 1].cost;
      heapPush(heap, { cost, seq: seq++, choice, pivot: j });
    }
  }
}

/** The spelling for one choice vector, or null when every site keeps its text. */
function spell(s: string, sites: Site[], choice: number[]): string | null {
  let out = '';
  let from = 0;
  let changed = false;
  for (let i = 0; i < sites.length; i++) {
    const option = sites[i].options[choice[i]];
    if (option.text === null) continue;
    changed = true;
    out += s.slice(from, sites[i].start) + option.text;
    from = sites[i].end;
  }
  return changed ? out + s.slice(from) : null;
}

function less(a: HeapEntry, b: HeapEntry): boolean {
  return a.cost < b.cost || (a.cost === b.cost && a.seq < b.seq);
}

function heapPush(heap: HeapEntry[], e: HeapEntry): void {
  heap.push(e);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!less(heap[i], heap[parent])) break;
    [heap[i], heap[parent]] = [heap[parent], heap[i]];
    i = parent;
  }
}

function heapPop(heap: HeapEntry[]): HeapEntry {
  const top = heap[0];
  const last = heap.pop() as HeapEntry;
  if (heap.length > 0) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l], heap[m])) m = l;
      if (r < heap.length && less(heap[r], heap[m])) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  }
  return top;
}

// ---------------------------------------------------------------------------------------
// Character classes and rule helpers

const SPACE = 32;
const CONSONANTS = 'bcdfghjklmnpqrstvwxz';

function code(s: string, p: number): number {
  return p >= 0 && p < s.length ? s.charCodeAt(p) : SPACE;
}

function isVowelCode(c: number): boolean {
  // a e i o u y
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
}

function isConsonantCode(c: number): boolean {
  return c >= 97 && c <= 122 && !isVowelCode(c);
}

function isConsonantAt(s: string, p: number): boolean {
  return isConsonantCode(code(s, p));
}

function isVowelAt(s: string, p: number): boolean {
  return isVowelCode(code(s, p));
}

function wordStart(s: string, p: number): boolean {
  return p === 0 || s.charCodeAt(p - 1) === SPACE;
}

function wordEnd(s: string, q: number): boolean {
  return q >= s.length || s.charCodeAt(q) === SPACE;
}

function has(s: string, p: number, lit: string): boolean {
  return s.startsWith(lit, p);
}

/** Builds a sorted option list; `keep` is the cost of leaving the text as it is. */
function opts(keep: number, ...alternatives: [string, number][]): Option[] {
  const list: Option[] = alternatives.map(([text, cost]) => ({ text, cost }));
  list.push({ text: null, cost: keep });
  // Stable sort: equal costs keep the declared order.
  return list.sort((a, b) => a.cost - b.cost);
}

const KEEP_ONLY: readonly Option[] = [{ text: null, cost: 0 }];

/** A rule for one of several literal spellings, checked where they start. */
function literal(
  spellings: readonly string[],
  options: readonly Option[],
  where: (s: string, p: number, q: number) => boolean = () => true,
): Rule {
  return firstLetters(spellings.map((lit) => lit[0]).join(''), (s, p) => {
    for (const lit of spellings) {
      if (has(s, p, lit) && where(s, p, p + lit.length)) return { length: lit.length, options };
    }
    return null;
  });
}

/** A rule for a word ending: the literal must run to the end of the word. */
function ending(spellings: readonly string[], options: readonly Option[], minStem = 1): Rule {
  return literal(
    spellings,
    options,
    (s, p, q) => wordEnd(s, q) && !wordStart(s, p) && stemLength(s, p) >= minStem,
  );
}

function stemLength(s: string, p: number): number {
  let q = p;
  while (q > 0 && s.charCodeAt(q - 1) !== SPACE) q--;
  return p - q;
}

/** After a, e, o or u: where a following `i`/`y` is the consonant й. */
function afterPlainVowel(s: string, p: number): boolean {
  const c = code(s, p - 1);
  return c === 97 || c === 101 || c === 111 || c === 117;
}

function consonantOrEnd(s: string, q: number): boolean {
  return isConsonantAt(s, q) || wordEnd(s, q);
}

const notInitial = (s: string, p: number): boolean => !wordStart(s, p);
const afterConsonant = (s: string, p: number): boolean => isConsonantAt(s, p - 1);

/** Consonant digraphs consumed whole so their `h` is not read as a letter of its own. */
const DIGRAPHS = literal(['zh', 'ch', 'sh'], KEEP_ONLY);

/** Letters after which a Russian adjective ends in `-iy` rather than `-yy` (к г х ж ч ш щ). */
function velarOrSibilantBefore(s: string, p: number): boolean {
  const c = code(s, p - 1);
  if (c === 107 || c === 103) return true; // k g
  return (
    c === 104 &&
    (code(s, p - 2) === 107 ||
      code(s, p - 2) === 122 ||
      code(s, p - 2) === 99 ||
      code(s, p - 2) === 115)
  );
}

/**
 * Counts consonant sounds after `q` up to 2, reading `kh zh ch sh ts` as one: a vowel
 * followed by two consonant sounds (or one and the word end) is in a closed syllable.
 */
function closesSyllable(s: string, q: number): boolean {
  let units = 0;
  let p = q;
  while (units < 2) {
    if (wordEnd(s, p)) return units >= 1;
    if (!isConsonantAt(s, p)) return false;
    const two = s.slice(p, p + 2);
    p += two === 'kh' || two === 'zh' || two === 'ch' || two === 'sh' || two === 'ts' ? 2 : 1;
    units++;
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// Rules shared by both directions (spelling variants inside one system)

const NEUTRAL: readonly Rule[] = [
  // shch <-> sch: the German/Polish-influenced `sch` for щ (Shchastia / Schastia).
  literal(['shch'], opts(0, ['sch', 25])),
  literal(['sch'], opts(20, ['shch', 12])),
  // ts <-> tz: German-style `tz` for ц (Donetsk / Donetzk).
  literal(['tz'], opts(15, ['ts', 10])),
  literal(['ts'], opts(0, ['tz', 25])),
  // kh -> h: Russian-style "Harkov", English-style "Hortytsia"; rarely right, ranked low.
  literal(['kh'], opts(0, ['h', 30])),
  DIGRAPHS,
  // Doubled consonant -> single (zaporizhzhia -> zaporizhia, severodonnetsk -> severodonetsk).
  firstLetters(CONSONANTS, (s, p) => {
    const c = code(s, p);
    if (!isConsonantCode(c) || code(s, p + 1) !== c) return null;
    return { length: 2, options: singleOf(String.fromCharCode(c)) };
  }),
];

const SINGLE_CACHE = new Map<string, Option[]>();

function singleOf(letter: string): Option[] {
  let hit = SINGLE_CACHE.get(letter);
  if (hit === undefined) {
    hit = opts(0, [letter, 20]);
    SINGLE_CACHE.set(letter, hit);
  }
  return hit;
}

// ---------------------------------------------------------------------------------------
// Ukrainian -> Russian

const DOUBLE_DIGRAPHS = ['zhzh', 'chch', 'shsh'];

/** Consonants that Ukrainian doubles where Russian has consonant + ь + vowel (-жжя / -жье). */
const GEMINATING = ['zh', 'ch', 'sh', 'l', 'n', 't', 's', 'd', 'z'];
const GEMINATING_FIRST = [...new Set(GEMINATING.map((c) => c[0]))].join('');

/** Doubled consonant + final `ia`/`ya`: Ukrainian gemination from Russian `-ье` (Запоріжжя / Запорожье). */
const doubledBeforeFinalIa: Rule = firstLetters(CONSONANTS, (s, p) => {
  let single: string | null = null;
  let length = 0;
  for (const d of DOUBLE_DIGRAPHS) {
    if (has(s, p, d)) {
      single = d.slice(0, 2);
      length = 4;
      break;
    }
  }
  if (single === null) {
    const c = code(s, p);
    if (!isConsonantCode(c) || code(s, p + 1) !== c) return null;
    single = String.fromCharCode(c);
    length = 2;
  }
  if (!(has(s, p + length, 'ia') || has(s, p + length, 'ya')) || !wordEnd(s, p + length + 2))
    return null;
  return {
    length: length + 2,
    options: opts(30, [single + 'ye', 10], [single + 'ie', 15], [single + 'ia', 20]),
  };
});

/**
 * Vowel + single consonant + final `ia`: Russian `-ya`/`-ye`, or the Ukrainian spelling
 * with the doubled consonant it usually has (zaporizhia -> zaporizhye, zaporizhzhia).
 */
const singleBeforeFinalIa: Rule = firstLetters(GEMINATING_FIRST, (s, p) => {
  if (!isVowelAt(s, p - 1) || wordStart(s, p - 1)) return null;
  for (const c of GEMINATING) {
    if (!has(s, p, c)) continue;
    const q = p + c.length;
    if (!has(s, q, 'ia') || !wordEnd(s, q + 2)) return null;
    return {
      length: c.length + 2,
      options: opts(25, [c + 'ya', 10], [c + 'ye', 12], [c + c + 'ia', 14]),
    };
  }
  return null;
});

const INITIAL_IOTATED: Record<string, Option[]> = {
  ie: opts(20, ['ye', 8]),
  iu: opts(20, ['yu', 8]),
  ia: opts(20, ['ya', 8]),
  ii: opts(20, ['yi', 8]),
};

const initialIotated: Rule = firstLetters('i', (s, p) => {
  if (code(s, p) !== 105 || !wordStart(s, p) || !isConsonantAt(s, p + 2)) return null;
  const options = INITIAL_IOTATED[s.slice(p, p + 2)];
  return options === undefined ? null : { length: 2, options };
});

const YI_AFTER_VELAR = opts(30, ['iy', 10], ['oy', 12], ['yy', 14], ['y', 18], ['i', 22]);
const YI_OTHER = opts(30, ['yy', 10], ['oy', 11], ['iy', 14], ['y', 18], ['i', 22]);

const UK_TO_RU: readonly Rule[] = [
  ending(['illia', 'illya'], opts(30, ['olye', 10], ['olie', 15], ['ilye', 25])),
  doubledBeforeFinalIa,
  singleBeforeFinalIa,
  ending(['iivka'], opts(30, ['eyevka', 12], ['iyevka', 13], ['eevka', 16], ['ievka', 17])),
  ending(['ivka'], opts(30, ['ovka', 10], ['evka', 15])),
  literal(
    ['yiv'],
    opts(30, ['iev', 10], ['iyev', 15]),
    (s, p, q) => afterConsonant(s, p) && wordEnd(s, q),
  ),
  literal(
    ['aiv'],
    opts(30, ['ayev', 10], ['aev', 15]),
    (s, p, q) => !wordStart(s, p) && wordEnd(s, q),
  ),
  // -iv at the end (kharkiv) or before a consonant (kharkivskyi); not -ivka (above).
  literal(
    ['iv'],
    opts(30, ['ov', 10], ['ev', 15]),
    (s, p, q) => afterConsonant(s, p) && wordEnd(s, q),
  ),
  literal(['iv'], opts(15, ['ov', 12]), (s, p, q) => afterConsonant(s, p) && isConsonantAt(s, q)),
  firstLetters('y', (s, p) => {
    if (!(has(s, p, 'yi') || has(s, p, 'yy')) || !wordEnd(s, p + 2) || stemLength(s, p) < 2)
      return null;
    return { length: 2, options: velarOrSibilantBefore(s, p) ? YI_AFTER_VELAR : YI_OTHER };
  }),
  ending(['ii'], opts(30, ['iy', 10]), 2),
  ending(['ske'], opts(30, ['skoye', 10], ['skoe', 12], ['skoje', 20])),
  // Feminine adjectives: Ukrainian -a, Russian -aya (Kreminna / Kremennaya).
  ending(['ska'], opts(15, ['skaya', 12])),
  ending(['nna'], opts(20, ['nnaya', 14], ['naya', 15]), 2),
  literal(
    ['nne'],
    opts(20, ['nnoye', 14], ['nnoe', 16], ['noye', 18]),
    (s, p, q) => wordEnd(s, q) && isVowelAt(s, p - 1) && stemLength(s, p) >= 2,
  ),
  literal(
    ['ne'],
    opts(20, ['noye', 14], ['noe', 16]),
    (s, p, q) => wordEnd(s, q) && isVowelAt(s, p - 1) && stemLength(s, p) >= 3,
  ),
  literal(
    ['ve'],
    opts(20, ['vo', 12], ['voye', 14], ['voe', 16]),
    (s, p, q) =>
      wordEnd(s, q) && (code(s, p - 1) === 111 || code(s, p - 1) === 101) && stemLength(s, p) >= 2,
  ),
  literal(['iie'], opts(30, ['iye', 10], ['ie', 15]), notInitial),
  literal(['iia'], opts(30, ['iya', 10]), notInitial),
  // Final -ia after a consonant: Russian -я or -ье (Shchastia / Schastye).
  literal(
    ['ia'],
    opts(25, ['ya', 10], ['ye', 12]),
    (s, p, q) => afterConsonant(s, p) && wordEnd(s, q),
  ),
  literal(['iiu'], opts(30, ['iyu', 10]), notInitial),
  literal(['ie'], opts(30, ['e', 10], ['ye', 13]), notInitial),
  literal(['ye'], opts(15, ['e', 12]), afterConsonant),
  literal(['ia'], opts(25, ['ya', 10]), notInitial),
  literal(['iu'], opts(25, ['yu', 10]), notInitial),
  literal(['zgh'], opts(30, ['zg', 5])),
  // Word-initial ie/iu/ia/ii: є ю я ї romanised without the national word-initial rule, as
  // foldKey's table does (Єнакієве -> ienakiieve); written ye yu ya yi everywhere else.
  initialIotated,
  // Prothetic v (вузол / узел): strip before u; before o it is usually not prothetic
  // (vovchansk, voznesensk), so that is offered last.
  literal(['vu'], opts(20, ['u', 10]), (s, p) => wordStart(s, p)),
  literal(['vo'], opts(0, ['o', 28]), (s, p) => wordStart(s, p)),
  // Ukrainian вовк / Russian волк: v before ch after a vowel (vovchansk -> volchansk).
  literal(['v'], opts(20, ['l', 10]), (s, p, q) => isVowelAt(s, p - 1) && has(s, q, 'ch')),
  ...NEUTRAL,
  literal(['h'], opts(25, ['g', 10])),
  // National `i` for й after a vowel (Pervomaiskyi / Pervomayskiy, Haivoron / Gayvoron).
  literal(['i'], opts(20, ['y', 10]), (s, p, q) => afterPlainVowel(s, p) && consonantOrEnd(s, q)),
  firstLetters('y', (s, p) => {
    if (code(s, p) !== 121 || !afterConsonant(s, p)) return null; // y
    if (isConsonantAt(s, p + 1)) return { length: 1, options: Y_BETWEEN };
    return wordEnd(s, p + 1) ? { length: 1, options: Y_FINAL } : null;
  }),
  firstLetters('i', (s, p) => {
    if (code(s, p) !== 105 || !afterConsonant(s, p) || !isConsonantAt(s, p + 1)) return null; // i
    return { length: 1, options: I_IKAVISM };
  }),
];

const UK_TO_RU_TABLE = ruleTable(UK_TO_RU);

const Y_BETWEEN = opts(20, ['i', 10]);
const Y_FINAL = opts(0, ['i', 22]);
const I_IKAVISM = opts(8, ['o', 16], ['e', 18]);

// ---------------------------------------------------------------------------------------
// Russian -> Ukrainian

/** Consonant + final `ye`/`ie`/`je` -> (doubled) + `ia` (zaporozhye -> zaporozhzhia). */
const finalYeAfterConsonant: Rule = firstLetters(GEMINATING_FIRST, (s, p) => {
  for (const c of GEMINATING) {
    if (!has(s, p, c)) continue;
    const q = p + c.length;
    if (!(has(s, q, 'ye') || has(s, q, 'ie') || has(s, q, 'je')) || !wordEnd(s, q + 2)) continue;
    if (stemLength(s, p) < 2) return null;
    // After a vowel the consonant doubles (Запорожье / Запоріжжя); after a consonant it
    // cannot (Счастье / Щастя).
    const options = isVowelAt(s, p - 1)
      ? opts(30, [c + c + 'ia', 10], [c + c + 'ya', 15], [c + 'ia', 16])
      : opts(30, [c + 'ia', 10], [c + 'ya', 15], [c + c + 'ia', 16]);
    return { length: c.length + 2, options };
  }
  return null;
});

const RU_TO_UK: readonly Rule[] = [
  ending(['olye', 'olie', 'olje'], opts(30, ['illia', 10], ['illya', 15])),
  finalYeAfterConsonant,
  ending(['eyevka', 'eevka', 'iyevka', 'ievka'], opts(30, ['iivka', 10])),
  ending(['ovka', 'evka'], opts(30, ['ivka', 10])),
  literal(
    ['iyev', 'iev'],
    opts(30, ['yiv', 10]),
    (s, p, q) => afterConsonant(s, p) && wordEnd(s, q),
  ),
  literal(['ayev', 'aev'], opts(30, ['aiv', 10]), (s, p, q) => !wordStart(s, p) && wordEnd(s, q)),
  literal(['ov', 'ev'], opts(30, ['iv', 10]), (s, p, q) => afterConsonant(s, p) && wordEnd(s, q)),
  literal(['ov'], opts(12, ['iv', 15]), (s, p, q) => afterConsonant(s, p) && isConsonantAt(s, q)),
  // Russian adjectival endings -> Ukrainian -yi; the other Russian spellings rank after it.
  ending(['yy', 'yj'], opts(30, ['yi', 10], ['oy', 23], ['iy', 24]), 2),
  ending(['iy', 'ij'], opts(30, ['yi', 10], ['yy', 22], ['oy', 23]), 2),
  ending(['oy', 'oj'], opts(30, ['yi', 10], ['yy', 22], ['iy', 24]), 2),
  ending(['sky'], opts(25, ['skyi', 15])),
  ending(['skoye', 'skoe', 'skoje'], opts(30, ['ske', 10])),
  ending(['aya'], opts(25, ['a', 10]), 3),
  // Neuter adjectives: Russian -oye/-oe, Ukrainian -e (Yuzhnoye / Yuzhne, Uzlovoye / Vuzlove).
  literal(
    ['oye', 'oe'],
    opts(25, ['e', 12]),
    (s, p, q) => wordEnd(s, q) && afterConsonant(s, p) && stemLength(s, p) >= 3,
  ),
  literal(
    ['vo'],
    opts(20, ['ve', 12]),
    (s, p, q) =>
      wordEnd(s, q) && (code(s, p - 1) === 111 || code(s, p - 1) === 101) && stemLength(s, p) >= 2,
  ),
  literal(['iye'], opts(25, ['iie', 10]), notInitial),
  literal(['iya'], opts(25, ['iia', 10]), notInitial),
  literal(['iyu'], opts(25, ['iiu', 10]), notInitial),
  literal(['ya'], opts(25, ['ia', 10]), notInitial),
  literal(['yu'], opts(25, ['iu', 10]), notInitial),
  literal(['ye'], opts(25, ['ie', 12], ['e', 16]), notInitial),
  literal(['zg'], opts(25, ['zgh', 10])),
  literal(['u'], opts(10, ['vu', 14]), (s, p, q) => wordStart(s, p) && isConsonantAt(s, q)),
  literal(['l'], opts(20, ['v', 10]), (s, p, q) => isVowelAt(s, p - 1) && has(s, q, 'ch')),
  ...NEUTRAL,
  literal(['g'], opts(30, ['h', 10])),
  // Russian й after a vowel is national `i` (Pervomayskiy / Pervomaiskyi).
  literal(['y'], opts(25, ['i', 10]), (s, p, q) => afterPlainVowel(s, p) && consonantOrEnd(s, q)),
  // A lone h in a Russian-looking key is a Russian-style х ("Harkov").
  literal(['h'], opts(0, ['kh', 25])),
  firstLetters('ioe', (s, p) => {
    const c = code(s, p);
    if (!afterConsonant(s, p)) return null;
    if (c === 105 && (isConsonantAt(s, p + 1) || wordEnd(s, p + 1)))
      return { length: 1, options: I_TO_Y }; // i
    if (c === 111 && o2iSite(s, p)) return { length: 1, options: O_IKAVISM }; // o
    if (c === 101 && isConsonantAt(s, p + 1)) return { length: 1, options: E_SITE }; // e
    return null;
  }),
];

const RU_TO_UK_TABLE = ruleTable(RU_TO_UK);

/** Russian и is Ukrainian и (`y`) or і (`i`): nearly even odds, converting first. */
const I_TO_Y = opts(11, ['y', 10]);
/** o -> i in a closed syllable (кон / кін); usually o stays, so keeping is cheaper. */
const O_IKAVISM = opts(5, ['i', 15]);
/** e -> ie (Сєвєродонецьк) or i (ѣ: Северск / Сіверськ); usually e stays. */
const E_SITE = opts(5, ['ie', 12], ['i', 18]);

function o2iSite(s: string, p: number): boolean {
  // -ol- + consonant becomes -ov- (волк / вовк), not -il-.
  if (code(s, p + 1) === 108 && isConsonantAt(s, p + 2)) return false;
  if (closesSyllable(s, p + 1)) return true;
  // Before a consonant + final -ye the Ukrainian consonant doubles, closing the syllable
  // (Запорожье / Запоріжжя).
  for (const c of GEMINATING) {
    if (has(s, p + 1, c)) {
      const q = p + 1 + c.length;
      return (has(s, q, 'ye') || has(s, q, 'ie')) && wordEnd(s, q + 2);
    }
  }
  return false;
}
