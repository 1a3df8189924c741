import type { RawMention } from '../engine.ts';
import type { Lexicon } from '../recognize/lexicon.ts';

/** What an article says about where it is, gathered from its region and country mentions. */
export interface ArticleContext {
  /** Admin-1 region ids named by the article (composites expanded), with mention counts. */
  admin1: Map<string, number>;
  /** The keys of `admin1`, in order. */
  admin1Ids: string[];
  /** Country codes named by the article (or implied by its admin-1 regions / demonyms). */
  countries: Map<string, number>;
  /** Admin-1 region ids named in each sentence, for the nearest-region fallback. */
  bySentence: Map<number, string[]>;
  /** Country codes named in each sentence ("In Egypt, the port of Alexandria ..."). */
  countriesBySentence: Map<number, string[]>;
}

/**
 * Demonyms are context cues, never places: "Ukrainian forces" makes Ukraine the likely
 * country of the article's places. Only the countries of the war's region and major powers.
 */
const DEMONYMS: Record<string, string> = {
  ukrainian: 'UA',
  ukrainians: 'UA',
  russian: 'RU',
  russians: 'RU',
  belarusian: 'BY',
  belarusians: 'BY',
  moldovan: 'MD',
  polish: 'PL',
  georgian: 'GE',
  american: 'US',
  british: 'GB',
  french: 'FR',
  german: 'DE',
  israeli: 'IL',
  palestinian: 'PS',
  syrian: 'SY',
  lebanese: 'LB',
  turkish: 'TR',
  chinese: 'CN',
  iranian: 'IR',
};

// One regular expression over the whole text: faster than a scan in JavaScript that looks at
// every word.
const DEMONYM_WORDS = new RegExp(`\\b(?:${Object.keys(DEMONYMS).join('|')})\\b`, 'gi');

/** Collects the regions and countries an article names. */
export function articleContext(text: string, raw: RawMention[], lex: Lexicon): ArticleContext {
  const admin1 = new Map<string, number>();
  const countries = new Map<string, number>();
  const bySentence = new Map<number, string[]>();
  const countriesBySentence = new Map<number, string[]>();
  for (const m of raw) {
    for (const id of m.regionIds) {
      const r = lex.regions.get(id);
      if (!r) continue;
      if (r.kind === 'composite') {
        for (const a of r.members ?? []) addAdmin1(admin1, bySentence, m.sentence, a);
      } else if (r.kind === 'admin1') {
        addAdmin1(admin1, bySentence, m.sentence, id);
      }
      bump(countries, r.countryCode, 1);
      if (r.kind === 'country') {
        const list = countriesBySentence.get(m.sentence);
        if (!list) countriesBySentence.set(m.sentence, [r.id]);
        else if (!list.includes(r.id)) list.push(r.id);
      }
    }
  }
  // Demonyms: a weak cue, counted at most three times per country.
  const seen = new Map<string, number>();
  DEMONYM_WORDS.lastIndex = 0;
  for (let w = DEMONYM_WORDS.exec(text); w; w = DEMONYM_WORDS.exec(text)) {
    const cc = DEMONYMS[w[0].toLowerCase()];
    if (cc && (seen.get(cc) ?? 0) < 3) {
      seen.set(cc, (seen.get(cc) ?? 0) + 1);
      bump(countries, cc, 0.5);
    }
  }
  return { admin1, admin1Ids: [...admin1.keys()], countries, bySentence, countriesBySentence };
}

function bump(m: Map<string, number>, k: string, w: number): void {
  m.set(k, (m.get(k) ?? 0) + w);
}

function addAdmin1(
  admin1: Map<string, number>,
  bySentence: Map<number, string[]>,
  sentence: number,
  id: string,
): void {
  bump(admin1, id, 1);
  const list = bySentence.get(sentence);
  if (!list) bySentence.set(sentence, [id]);
  else if (!list.includes(id)) list.push(id);
}
