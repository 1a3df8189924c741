import type { Claim, Mention, Sentence } from '../../types.ts';
import type { Engine } from '../../engine.ts';
import type { Directness } from '../claim-draft.ts';
import { oblastOfCapital } from '../oblast-of-capital.ts';
import { mentionsBySentence } from '../by-sentence.ts';
import type { ArticleTokens } from '../../text/tokenize.ts';

export interface ActorRegionFinding {
  sentence: number;
  subject: Mention;
  asserted: Claim['asserted'];
  directness: Directness;
}

const OFFICIAL_BEFORE =
  /\b(head|leader|governor|chief|advis[eo]r|officials?|spokes(?:man|woman|person)|authorities|administration|mayor|minister|representative|ombudsman|commander|president|premier)\s+(?:to\s+the\s+(?:head|leader|governor)\s+)?(?:of|for)\s+(?:the\s+)?$/i;
const OFFICIAL_AFTER =
  /^\s*(?:\(\s*[A-Z]{2,5}\s*\)\s*)?(?:['’]s\s+)?(?:(?:regional|oblast|military|civil-military|russian-installed|kremlin-installed|pro-russian|ukrainian|acting|self-proclaimed|de\s+facto)\s+){0,2}(leader|head|governor|chief|officials?|authorities|administration|ombudsman|militia|leadership|government)\b/i;
/** Words that make an official's mention of a place an ownership claim. */
const OWNERSHIP = /\b(?:liberated|our|buffer[\s-]+zones?|annexed|reunited|returned\s+home)\b/i;
const NAME_BEFORE = /([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?)\s*,\s*(?:an?\s+|the\s+)?$/u;
const NAME_AFTER =
  /^\s*(?:\(\s*[A-Z]{2,5}\s*\)\s*)?,\s*([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?)/u;

function asRegion(m: Mention, engine: Engine): Mention | null {
  const regionId = oblastOfCapital(m, engine);
  return regionId ? { ...m, kind: 'region', regionId } : null;
}

/**
 * Whether OFFICIAL_BEFORE can match text[from, to): it ends in "of", "for" or "the" and
 * white space, checked on the words without a regular expression (most region mentions have
 * no official).
 */
function mayEndOfficialBefore(tokens: ArticleTokens, from: number, to: number): boolean {
  const i = tokens.wordBefore(to, from);
  return (
    i >= 0 &&
    tokens.end[i] < to &&
    (tokens.isWord(i, 'of') || tokens.isWord(i, 'for') || tokens.isWord(i, 'the'))
  );
}

/** Surname patterns, shared across articles (the same officials recur); bounded. */
const SURNAME_PATTERNS = new Map<string, RegExp>();
const SURNAME_PATTERNS_MAX = 10_000;

/** The pattern of a surname in a later sentence, with its possessive ("Pushilin's"). */
function surnamePattern(sn: string): RegExp {
  let re = SURNAME_PATTERNS.get(sn);
  if (!re) {
    if (SURNAME_PATTERNS.size >= SURNAME_PATTERNS_MAX) SURNAME_PATTERNS.clear();
    re = new RegExp(`\\b${sn.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:['’]s)?\\b`, 'i');
    SURNAME_PATTERNS.set(sn, re);
  }
  return re;
}

function surname(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts[parts.length - 1].replace(/['’]s$/, '').toLowerCase();
}

/**
 * Officials of a region speaking about places: "Denis Pushilin, the head of the Donetsk
 * People's Republic, ... the recently liberated city of X". The official's region is the
 * asserted context of every place in the sentence, and in later sentences where the official
 * is named again ("Pushilin's earlier statements about ... Sevastopol").
 */
export function findActorRegions(
  tokens: ArticleTokens,
  sentences: Sentence[],
  mentions: Mention[],
  engine: Engine,
  bySentence = mentionsBySentence(mentions),
): ActorRegionFinding[] {
  const text = tokens.text;
  const out: ActorRegionFinding[] = [];
  const persons = new Map<string, { regionId: string; phrase: string; re: RegExp }>();
  for (const s of sentences) {
    const ms = bySentence.get(s.index);
    // A sentence without mentions has no actor and no place to claim.
    if (!ms) continue;
    const actors: { regionId: string; phrase: string; start: number; end: number }[] = [];
    for (const r0 of ms) {
      const isPlace = r0.kind === 'place' && !!r0.place;
      if (!isPlace && (r0.kind !== 'region' || !r0.regionId)) continue;
      // The official's phrase first: it depends on the text around the mention only, and
      // most mentions have none.
      const from = Math.max(s.start, r0.start - 70);
      const ob = mayEndOfficialBefore(tokens, from, r0.start)
        ? OFFICIAL_BEFORE.exec(text.slice(from, r0.start))
        : null;
      const oa = OFFICIAL_AFTER.exec(text.slice(r0.end, Math.min(s.end, r0.end + 40)));
      if (!ob && !oa) continue;
      // An oblast named after its capital stands for the oblast in "Belgorod's governor".
      const r = isPlace ? asRegion(r0, engine) : r0;
      if (!r || !r.regionId) continue;
      const start = ob ? from + ob.index : r.start;
      const end = oa ? r.end + oa[0].length : r.end;
      const phrase = text.slice(start, end).trim();
      actors.push({ regionId: r.regionId, phrase, start, end });
      // Bind a named official to the region for later sentences.
      const nb = NAME_BEFORE.exec(text.slice(Math.max(s.start, start - 60), start));
      const na = NAME_AFTER.exec(text.slice(end, Math.min(s.end, end + 60)));
      const name = nb?.[1] ?? na?.[1];
      if (name) {
        const sn = surname(name);
        // The pattern for later sentences is made once per official, not per sentence.
        const re = persons.get(sn)?.re ?? surnamePattern(sn);
        persons.set(sn, { regionId: r.regionId, phrase, re });
      }
    }
    const sentenceText = text.slice(s.start, s.end);
    for (const p of persons.values()) {
      if (actors.some((a) => a.regionId === p.regionId)) continue;
      const hit = p.re.exec(sentenceText);
      if (hit)
        actors.push({
          regionId: p.regionId,
          phrase: p.phrase,
          start: s.start + hit.index,
          end: s.start + hit.index + hit[0].length,
        });
    }
    if (!actors.length) continue;
    for (const x of ms) {
      if (x.kind !== 'place' || !(x.place || x.regionId)) continue;
      for (const a of actors) {
        if (x.start >= a.start && x.end <= a.end) continue;
        if (x.end <= a.end && x.start >= a.start - 1) continue;
        const info = engine.regions.get(a.regionId);
        const lead = text.slice(Math.max(s.start, x.start - 80), x.start);
        out.push({
          sentence: s.index,
          subject: x,
          asserted: { text: a.phrase, regionId: a.regionId, name: info?.name ?? a.phrase },
          directness: OWNERSHIP.test(lead) ? 'strong-actor' : 'weak',
        });
      }
    }
  }
  return out;
}
