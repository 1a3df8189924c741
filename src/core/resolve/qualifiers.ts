import type { RawMention } from '../engine.ts';
import type { Lexicon } from '../recognize/lexicon.ts';
import { COMMA_GAP } from '../text/gaps.ts';

/**
 * The qualifier grammar: how writers attach a region to a place name, as coders, monitors and
 * wire services write it. Each rule is named, reads two neighbouring mentions and the few
 * characters between them, and sets `qualifiers` on the place it qualifies (the regions it
 * lies in). Resolution then weighs candidates inside those regions above all other evidence
 * (resolve.ts, WEIGHTS.qualifier).
 *
 * - `comma-region`:  "Akhtyrka, Sumy Oblast", "Bobrik, Kyiv region", "Yesk, Russia"
 * - `comma-capital`: "Stepove, Donetsk", "Kamyanka, Kharkiv": a bare oblast name after a
 *   comma is the oblast, not a second city; the name becomes a region mention;
 * - `paren-region`:  "Mayorsk (Bakhmut district, Donetsk region)": the region inside the
 *   parentheses that follow the name;
 * - `district-of`:   "Kievsky district of Donetsk", "Donetsk - Petrovskyi", "Kharkiv,
 *   Shevchenkivskyi district": a city district and its city; the district lies in the city's
 *   oblast.
 */
export type QualifierRule = 'comma-region' | 'comma-capital' | 'paren-region' | 'district-of';

/** An open parenthesis before the qualifier, and nothing closing it. */
const PAREN_OPEN = /^[ \t]*\([^()\n]{0,60}$/;
const PAREN_CLOSE = /^[^()\n]{0,3}\)/;
/** "X district of Y", "X raion of Y". */
const OF_GAP = /^[ \t]+of[ \t]+(?:the[ \t]+(?:city[ \t]+of[ \t]+)?)?$/i;
/** "Donetsk - Petrovskyi", "Donetsk – Kuibyshevskyi". */
const DASH_GAP = /^[ \t]+[-–—][ \t]+$/;
const DISTRICT_WORD = /(?:district|raion|rayon|neighbou?rhood|microdistrict)$/i;
/** What follows a name in a list ("Kharkiv, Kyiv and Odesa"): its comma is not a qualifier. */
const LIST_AFTER = /^[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?\p{Lu}|(?:and|or|&)[ \t]+\p{Lu})/u;

/**
 * Applies the qualifier rules to one article's raw mentions, in place: sets `qualifiers`, and
 * turns a bare oblast name used as a qualifier into a region mention (cue `qualifier`).
 * Returns the rule that fired for each qualified mention (for tests and explain mode).
 */
export function applyQualifiers(
  text: string,
  raw: RawMention[],
  lex: Lexicon,
): Map<RawMention, QualifierRule> {
  const fired = new Map<RawMention, QualifierRule>();
  for (let k = 0; k + 1 < raw.length; k++) {
    const x = raw[k];
    if (x.kind !== 'place') continue;
    for (let j = k + 1; j < raw.length && j <= k + 3; j++) {
      const y = raw[j];
      if (y.sentence !== x.sentence && !PAREN_OPEN.test(text.slice(x.end, y.start))) break;
      const gap = text.slice(x.end, y.start);
      const rule = qualifierBetween(text, raw, k, j, gap, lex);
      if (rule) {
        fired.set(x, rule);
        break;
      }
      // Only the parenthesised form reaches past the next mention.
      if (!PAREN_OPEN.test(gap)) break;
    }
  }
  return fired;
}

function qualifierBetween(
  text: string,
  raw: RawMention[],
  k: number,
  j: number,
  gap: string,
  lex: Lexicon,
): QualifierRule | null {
  const x = raw[k];
  const y = raw[j];
  if (j === k + 1 && COMMA_GAP.test(gap)) {
    if (y.kind === 'region' || y.kind === 'country') {
      x.qualifiers = y.regionIds;
      return 'comma-region';
    }
    const oblasts = oblastsNamed(y.key, lex);
    if (
      y.kind === 'place' &&
      oblasts.length > 0 &&
      !y.cues.includes('direction') &&
      !sameCountry(oblastsNamed(x.key, lex), oblasts, lex) &&
      !inList(text, raw, k, j)
    ) {
      y.kind = 'region';
      y.regionIds = oblasts;
      y.cues = [...y.cues, 'qualifier'];
      x.qualifiers = oblasts;
      x.qualifierIsCity = true;
      x.qualifierCity = y.key;
      return 'comma-capital';
    }
    if (y.kind === 'place' && DISTRICT_WORD.test(y.text) && !DISTRICT_WORD.test(x.text)) {
      // "Kharkiv, Shevchenkivskyi district": the city first, its district after the comma.
      const oblasts = oblastsNamed(x.key, lex);
      if (oblasts.length === 0) return null;
      y.qualifiers = oblasts;
      y.qualifierIsCity = true;
      y.qualifierCity = x.key;
      return 'district-of';
    }
    return null;
  }
  if (PAREN_OPEN.test(gap) && (y.kind === 'region' || y.kind === 'country')) {
    if (!PAREN_CLOSE.test(text.slice(y.end, y.end + 4))) return null;
    x.qualifiers = y.regionIds;
    return 'paren-region';
  }
  if (j === k + 1 && OF_GAP.test(gap) && DISTRICT_WORD.test(x.text)) {
    const oblasts = y.kind === 'place' ? oblastsNamed(y.key, lex) : y.regionIds;
    if (oblasts.length === 0) return null;
    x.qualifiers = oblasts;
    x.qualifierIsCity = y.kind === 'place';
    if (y.kind === 'place') x.qualifierCity = y.key;
    return 'district-of';
  }
  if (j === k + 1 && DASH_GAP.test(gap) && y.kind === 'place') {
    // "Donetsk - Petrovskyi": the city first, its district after.
    const oblasts = oblastsNamed(x.key, lex);
    if (oblasts.length === 0 || oblastsNamed(y.key, lex).length > 0) return null;
    y.qualifiers = oblasts;
    y.qualifierIsCity = true;
    y.qualifierCity = x.key;
    return 'district-of';
  }
  return null;
}

/**
 * Whether two lists of oblasts share a country: "Kharkiv, Kyiv" names two cities of one
 * country (a list), where "Kirov, Donetsk" is a place and its oblast.
 */
function sameCountry(a: string[], b: string[], lex: Lexicon): boolean {
  for (const x of a) {
    const cx = lex.regions.get(x)?.countryCode;
    for (const y of b) if (cx && cx === lex.regions.get(y)?.countryCode) return true;
  }
  return false;
}

/** The admin-1 regions named after a place name (the oblast of an oblast capital). */
function oblastsNamed(key: string, lex: Lexicon): string[] {
  const entries = lex.regionKeys.get(key);
  if (!entries) return NONE;
  let out: string[] | null = null;
  for (const e of entries) {
    if (lex.regions.get(e.regionId)?.kind !== 'admin1') continue;
    (out ??= []).push(e.regionId);
  }
  return out ?? NONE;
}

/**
 * Whether "X, Y" is part of a list of places: another place follows Y ("Kharkiv, Kyiv and
 * Odesa") or precedes X after a comma ("Bucha, Irpin, Kyiv").
 */
function inList(text: string, raw: RawMention[], k: number, j: number): boolean {
  const y = raw[j];
  const next = raw[j + 1];
  if (
    next &&
    next.kind === 'place' &&
    next.sentence === y.sentence &&
    LIST_AFTER.test(text.slice(y.end, next.start + 1))
  )
    return true;
  const prev = raw[k - 1];
  return (
    !!prev &&
    prev.sentence === raw[k].sentence &&
    prev.kind === 'place' &&
    COMMA_GAP.test(text.slice(prev.end, raw[k].start))
  );
}

const NONE: string[] = [];
