/**
 * Abbreviations that news writes for countries, states and a few cities, read case-sensitively
 * as written ("U.S.", "US" but never "us", "W.Va."): the tokenizer splits "U.S." into letters,
 * so recognition reads these from the text at a capitalised token (see `abbreviationAt`).
 *
 * US states use the Associated Press stylebook abbreviations (the style of US newspapers, e.g.
 * https://www.apstylebook.com, "state names"), mapped to GeoNames admin-1 codes (for the US,
 * the postal codes). Abbreviations that are also English words or titles ("Ill.", "Miss.",
 * "Mass.", "Wash.", "Ind.") count only after a comma that follows a name ("Peoria, Ill.").
 */

/**
 * What an abbreviation stands for: a region id of the RegionSet, a first-level region by
 * country and English name (where the region's id is not a GeoNames code), or a gazetteer
 * name key.
 */
export type AbbreviationTarget =
  { region: string } | { country: string; regionName: string } | { place: string };

/** Whether an abbreviation counts anywhere, or only as a ", X." qualifier after a name. */
export interface Abbreviation {
  target: AbbreviationTarget;
  afterCommaOnly: boolean;
}

const COUNTRIES: Record<string, string> = {
  'U.S.': 'US',
  'U.S.A.': 'US',
  US: 'US',
  USA: 'US',
  'U.K.': 'GB',
  UK: 'GB',
  UAE: 'AE',
  'U.A.E.': 'AE',
  DRC: 'CD',
  'D.R.C.': 'CD',
  DPRK: 'KP',
  PRC: 'CN',
};

/** AP state abbreviations that are no English word: they count wherever they stand. */
const AP_STATES: Record<string, string> = {
  'Ala.': 'AL',
  'Ariz.': 'AZ',
  'Ark.': 'AR',
  'Calif.': 'CA',
  'Colo.': 'CO',
  'Conn.': 'CT',
  'D.C.': 'DC',
  'Fla.': 'FL',
  'Kan.': 'KS',
  'Kans.': 'KS',
  'Ky.': 'KY',
  'Mich.': 'MI',
  'Minn.': 'MN',
  'Mont.': 'MT',
  'Neb.': 'NE',
  'Nebr.': 'NE',
  'Nev.': 'NV',
  'N.H.': 'NH',
  'N.J.': 'NJ',
  'N.M.': 'NM',
  'N.Y.': 'NY',
  'N.C.': 'NC',
  'N.D.': 'ND',
  'Okla.': 'OK',
  'R.I.': 'RI',
  'S.C.': 'SC',
  'S.D.': 'SD',
  'Tenn.': 'TN',
  'Tex.': 'TX',
  'Vt.': 'VT',
  'W.Va.': 'WV',
  'W. Va.': 'WV',
  'Wis.': 'WI',
  'Wyo.': 'WY',
};

/** AP state abbreviations that are also words or titles: only in "Town, Ill." */
const AP_STATES_AFTER_COMMA: Record<string, string> = {
  'Del.': 'DE',
  'Ga.': 'GA',
  'Ill.': 'IL',
  'Ind.': 'IN',
  'La.': 'LA',
  'Md.': 'MD',
  'Mass.': 'MA',
  'Miss.': 'MS',
  'Mo.': 'MO',
  'Ore.': 'OR',
  'Pa.': 'PA',
  'Va.': 'VA',
  'Wash.': 'WA',
};

/** Australian states written in capitals (not WA, SA, VIC: words and initials elsewhere). */
const AU_STATES: Record<string, string> = { NSW: 'New South Wales', QLD: 'Queensland' };

/** City abbreviations, to the gazetteer name they stand for. */
const CITIES: Record<string, string> = {
  'L.A.': 'los angeles',
  NYC: 'new york city',
  'N.Y.C.': 'new york city',
};

/** Every abbreviation by its exact written form. */
export const ABBREVIATIONS: ReadonlyMap<string, Abbreviation> = new Map<string, Abbreviation>([
  ...Object.entries(COUNTRIES).map(
    ([k, cc]) => [k, { target: { region: cc }, afterCommaOnly: false }] as const,
  ),
  ...Object.entries(AP_STATES).map(
    ([k, s]) => [k, { target: { region: `US.${s}` }, afterCommaOnly: false }] as const,
  ),
  ...Object.entries(AP_STATES_AFTER_COMMA).map(
    ([k, s]) => [k, { target: { region: `US.${s}` }, afterCommaOnly: true }] as const,
  ),
  ...Object.entries(AU_STATES).map(
    ([k, name]) =>
      [k, { target: { country: 'AU', regionName: name }, afterCommaOnly: false }] as const,
  ),
  ...Object.entries(CITIES).map(
    ([k, key]) => [k, { target: { place: key }, afterCommaOnly: false }] as const,
  ),
]);

/**
 * The abbreviation written at `at` in `text` ("U.S.", "W. Va.", "Calif.", "UAE"), as
 * [written form, end offset], or null. The form must end at a word boundary.
 *
 * @example abbreviationAt('in the U.S. and', 7) // ['U.S.', 11]
 */
export function abbreviationAt(text: string, at: number): [string, number] | null {
  // Dotted units ("U." "S.", "W." "Va."), at most one space between two.
  const ends: number[] = [];
  let pos = at;
  while (ends.length < 3) {
    UNIT.lastIndex = pos;
    let m = UNIT.exec(text);
    if (!m && ends.length > 0 && text.charCodeAt(pos) === 32) {
      UNIT.lastIndex = pos + 1;
      m = UNIT.exec(text);
    }
    if (!m) break;
    pos = UNIT.lastIndex;
    ends.push(pos);
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const end = ends[k];
    const form = text.slice(at, end);
    if (ABBREVIATIONS.has(form) && !isLetterOrDigit(charAt(text, end))) return [form, end];
  }
  if (ends.length > 0) return null;
  CAPS.lastIndex = at;
  const c = CAPS.exec(text);
  if (!c || isLetterOrDigit(charAt(text, CAPS.lastIndex))) return null;
  return ABBREVIATIONS.has(c[0]) ? [c[0], CAPS.lastIndex] : null;
}

const UNIT = /[A-Z][a-z]{0,4}\./y;
const CAPS = /[A-Z]{2,4}/y;

function charAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : 32;
}

function isLetterOrDigit(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 0xc0;
}
