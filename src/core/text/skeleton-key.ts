/**
 * The consonant skeleton of a folded key, used to retrieve fuzzy-match candidates: keys
 * with one skeleton are checked by edit distance, so the skeleton only has to put a name's
 * common misspellings and romanisations in the same bucket, not to be precise.
 *
 * - spaces are dropped (`krasny armeysk` = `krasnoarmeysk`);
 * - vowels (`a e i o u`, and `y` `j`, which mostly write vowels or glides here) are dropped,
 *   except that a leading vowel becomes one marker `a` (`yenakiieve` = `enakievo`,
 *   `oleksandrivka` = `aleksandrovka`);
 * - `g`, `h`, `kh` and `x` are one symbol: Ukrainian `h` is Russian `g` (`myrnohrad` /
 *   `mirnograd`), and `kh`/`h`/`x` all write х (`kharkiv` / `harkov` / `xarkiv`);
 * - `w` is `v` (German-style `Charkiw`), `q` is `k`, `ck` is `k`;
 * - `ts`, `tz` and a lone `c` are `ts` (ц; `donetsk` / `donetzk` / `doneck`), and since
 *   vowels are dropped, `dontesk` = `donetsk`;
 * - `zh`, `ch`, `sh` are one symbol each, and `shch`/`sch` are `sh`;
 * - symbols repeated side by side collapse (`severodonnetsk` = `severodonetsk`,
 *   `zaporizhzhia` = `zaporizhia`), but not across a dropped vowel (`nana` keeps two `n`).
 *
 * Accepted collisions: any names with the same consonants in the same order (`lviv` /
 * `lyviv`, `bar` / `bur`), `g`/`h`/`kh` names (`hola` / `gola` / `khola`) and English `c`
 * read as `ts` (`crimea` ~ `tsrimea`). Not merged: `l`/`v` (`volchansk` / `vovchansk`) and
 * a prothetic `v` (`uzlovoy` / `vuzlovyi`); those differ by one symbol, which the fuzzy
 * search's one-deletion probes reach, and romanisation variants cover them exactly.
 *
 * Expects a folded key (lower-case ASCII); other characters are dropped. Allocates only the
 * result string.
 *
 * @example skeletonKey('sievierodonetsk') === skeletonKey('severodonnetsk') // 'svrdntsk'
 * @example skeletonKey('kharkiv') === 'hrkv'
 */
export function skeletonKey(key: string): string {
  let out = '';
  let last = '';
  const n = key.length;
  for (let i = 0; i < n; i++) {
    const c = key.charCodeAt(i);
    const next = i + 1 < n ? key.charCodeAt(i + 1) : 0;
    let sym: string;
    let extra = '';
    switch (c) {
      case SPACE:
        continue;
      case A:
      case E:
      case I:
      case O:
      case U:
      case Y:
      case J:
        if (out.length === 0) {
          out = 'a';
          last = 'a';
        } else {
          last = '';
        }
        continue;
      case S:
        if (next === H) {
          // sh, and shch as one symbol
          sym = 'S';
          i += key.startsWith('ch', i + 2) ? 3 : 1;
        } else if (next === C && key.charCodeAt(i + 2) === H) {
          sym = 'S';
          i += 2;
        } else {
          sym = 's';
        }
        break;
      case K:
        if (next === H) i++;
        sym = next === H ? 'h' : 'k';
        break;
      case Z:
        if (next === H) i++;
        sym = next === H ? 'Z' : 'z';
        break;
      case C:
        if (next === H) {
          i++;
          sym = 'C';
        } else if (next === K) {
          i++;
          sym = 'k';
        } else {
          sym = 't';
          extra = 's';
        }
        break;
      case T:
        if (next === S || next === Z) {
          i++;
          extra = 's';
        }
        sym = 't';
        break;
      default:
        sym = c < 128 ? SYMBOL[c] : '';
        if (sym.length === 0) continue;
    }
    if (sym !== last) out += sym;
    last = sym;
    if (extra.length > 0) {
      if (extra !== last) out += extra;
      last = extra;
    }
  }
  return out;
}

const SPACE = 32;
const A = 97;
const C = 99;
const E = 101;
const H = 104;
const I = 105;
const J = 106;
const K = 107;
const O = 111;
const S = 115;
const T = 116;
const U = 117;
const Y = 121;
const Z = 122;

/** Single-letter symbols for the remaining ASCII codes; '' drops the character. */
const SYMBOL: string[] = [];
for (let code = 0; code < 128; code++) {
  const ch = String.fromCharCode(code);
  if (ch >= 'a' && ch <= 'z') SYMBOL.push(ch);
  else if (ch >= '0' && ch <= '9') SYMBOL.push(ch);
  else SYMBOL.push('');
}
SYMBOL[103] = 'h'; // g
SYMBOL[120] = 'h'; // x
SYMBOL[119] = 'v'; // w
SYMBOL[113] = 'k'; // q
