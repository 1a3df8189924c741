import type { ArticleAnalysis, ArticleInput, Claim, Mention } from '../types.ts';
import type { CrossGroup, CrossMember } from '../claims/cross-article.ts';
import { haversineKm } from '../geo/haversine-km.ts';
import { OUTLIER_KM } from '../claims/rules/article-outliers.ts';
import { newClaim, toClaim } from '../claims/claim-draft.ts';
import { severityOf } from './verify-claims.ts';

/** Places farther apart than this in the same slot of a near-copy are different places. */
export const SUBSTITUTION_KM = 50;
/**
 * Below this confidence a swapped place is not flagged: the resolution itself may be what
 * differs (the claim is `unverifiable`, with the candidates on the mention).
 */
export const CROSS_MIN_CONFIDENCE = 0.5;

/** One reading of the slot: a place (within SUBSTITUTION_KM) in one role. */
interface Reading {
  members: CrossMember[];
  articles: Set<number>;
  /** Every member's place fits its own article (see fitsArticle), or is an actor. */
  fits: boolean;
  /** Every member's place lies far from its article's other places. */
  misfits: boolean;
}

/**
 * Judges groups of near-copies (claims/cross-article.ts) and adds their claims to the
 * articles:
 * - copies that all name the same place, in the same role, make no claims;
 * - when most of the copies agree, each one that names another place (or the same place in
 *   another role: the government "Kyiv" turned into the city) gets a mismatch naming the
 *   group: "the same sentence in 7 other articles says Pokrovsk"; the others get nothing;
 * - when the copies are split evenly, each article's own geography decides: the side whose
 *   place lies among its article's other places is consistent, the other is the swap;
 * - when neither decides, or the swapped place was not resolved confidently, the claims are
 *   `unverifiable`.
 */
export function crossArticleVerdicts(
  groups: CrossGroup[],
  inputs: ArticleInput[],
  analyses: ArticleAnalysis[],
): void {
  const claimCount = analyses.map((a) => a.claims.length);
  const nextId = (article: number) => `${analyses[article].id}:c${claimCount[article]++}`;
  for (const g of groups) {
    const readings = readingsOf(g.members, analyses);
    if (readings.length < 2) continue;
    readings.sort((a, b) => b.articles.size - a.articles.size);
    let consensus: Reading | null = null;
    let byGeography = false;
    if (readings[0].articles.size > readings[1].articles.size) consensus = readings[0];
    else {
      // One reading fits its articles and at least one other clearly does not: the fitting
      // one is the original. (A copy in an article with no other places is not judged.)
      const fitting = readings.filter((r) => r.fits);
      if (fitting.length === 1 && readings.some((r) => r.misfits)) {
        consensus = fitting[0];
        byGeography = true;
      }
    }
    if (!consensus) {
      // Undecided: each side learns of the other, unflagged.
      const ids = readings.map((r) => r.members.map((m) => nextId(m.article)));
      readings.forEach((r, i) => {
        const other = readings[i === 0 ? 1 : 0];
        r.members.forEach((m, k) => {
          const related = ids.filter((_, j) => j !== i).flat();
          analyses[m.article].claims.push(
            claimFor(inputs, analyses, m, other, ids[i][k], related, 'undecided'),
          );
        });
      });
      continue;
    }
    const outliers = readings.filter((r) => r !== consensus);
    const outlierIds = outliers.map((r) => r.members.map((m) => nextId(m.article)));
    // The consensus side is linked only when geography, not a majority, chose it.
    const consensusIds = byGeography ? consensus.members.map((m) => nextId(m.article)) : [];
    outliers.forEach((r, i) => {
      // Chosen by geography, a copy is a swap only where its own article says so.
      const side: Side = byGeography && !r.misfits ? 'undecided' : 'swapped';
      r.members.forEach((m, k) => {
        analyses[m.article].claims.push(
          claimFor(inputs, analyses, m, consensus, outlierIds[i][k], consensusIds, side),
        );
      });
    });
    if (byGeography) {
      consensus.members.forEach((m, k) => {
        analyses[m.article].claims.push(
          claimFor(inputs, analyses, m, outliers[0], consensusIds[k], outlierIds.flat(), 'kept'),
        );
      });
    }
  }
}

/** The members grouped by what they say: place (within SUBSTITUTION_KM) and role. */
function readingsOf(members: CrossMember[], analyses: ArticleAnalysis[]): Reading[] {
  const out: Reading[] = [];
  const seen = new Set<string>();
  for (const m of members) {
    const key = `${m.article}:${m.mention.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const p = m.mention.place!;
    let r = out.find((x) => {
      const q = x.members[0].mention;
      return (
        q.kind === m.mention.kind &&
        haversineKm(q.place!.lat, q.place!.lon, p.lat, p.lon) <= SUBSTITUTION_KM
      );
    });
    if (!r) out.push((r = { members: [], articles: new Set(), fits: true, misfits: true }));
    r.members.push(m);
    r.articles.add(m.article);
    const fit = m.mention.kind === 'actor' ? true : fitsArticle(m.mention, analyses[m.article]);
    if (fit !== true) r.fits = false;
    if (fit !== false) r.misfits = false;
  }
  return out;
}

/**
 * Whether a place lies among its article's other places (one within OUTLIER_KM): true, false,
 * or null when the article names no other place to compare with.
 */
function fitsArticle(m: Mention, a: ArticleAnalysis): boolean | null {
  const p = m.place!;
  let others = false;
  for (const o of a.mentions) {
    if (o.kind !== 'place' || !o.place || o.precision !== 'place' || o.place.id === p.id) continue;
    others = true;
    if (haversineKm(o.place.lat, o.place.lon, p.lat, p.lon) <= OUTLIER_KM) return true;
  }
  return others ? false : null;
}

type Side = 'swapped' | 'kept' | 'undecided';

function claimFor(
  inputs: ArticleInput[],
  analyses: ArticleAnalysis[],
  self: CrossMember,
  other: Reading,
  id: string,
  related: string[],
  side: Side,
): Claim {
  const om = other.members[0];
  const otherArticle = analyses[om.article];
  const op = om.mention.place!;
  const sp = self.mention.place!;
  const c = newClaim(
    id,
    self.mention.sentence,
    self.mention.id,
    'cross-article',
    {
      text: `${otherArticle.title || otherArticle.id}: "${sentenceText(inputs[om.article], otherArticle, om.mention.sentence)}"`,
      regionId: null,
      name: op.name,
      lat: op.lat,
      lon: op.lon,
    },
    'indirect',
  );
  const d = haversineKm(sp.lat, sp.lon, op.lat, op.lon);
  c.related = related;
  c.distanceKm = Math.round(d);
  const n = other.articles.size;
  const where = n === 1 ? `"${otherArticle.title || otherArticle.id}"` : `${n} other articles`;
  const role = (m: Mention) =>
    m.kind === 'actor' ? 'as an actor (its government)' : 'as a location';
  const says =
    d > SUBSTITUTION_KM
      ? `says ${op.name}, about ${Math.round(d)} km from ${sp.name}`
      : `uses ${op.name} ${role(om.mention)}; here it is used ${role(self.mention)}`;
  if (side === 'swapped') {
    const confident =
      self.mention.confidence >= CROSS_MIN_CONFIDENCE && self.mention.matchedBy !== 'fuzzy';
    c.verdict = confident ? 'mismatch' : 'unverifiable';
    c.severity = confident
      ? d > SUBSTITUTION_KM
        ? severityOf(d, 'indirect', Math.min(self.mention.confidence, om.mention.confidence))
        : 'medium'
      : 'low';
    c.explanation = `The same sentence in ${where} ${says}. ${
      confident
        ? 'This copy has swapped the place.'
        : `"${self.mention.text}" was not resolved confidently, so the swap cannot be confirmed.`
    }`;
  } else if (side === 'kept') {
    c.verdict = 'consistent';
    c.severity = 'low';
    c.explanation = `The same sentence in ${where} ${says}. ${sp.name} fits this article's other places; the other copy has swapped the place.`;
  } else {
    c.verdict = 'unverifiable';
    c.severity = 'low';
    c.explanation = `The same sentence in ${where} ${says}. Neither article's own places show which copy is right.`;
  }
  return toClaim(c);
}

function sentenceText(input: ArticleInput, a: ArticleAnalysis, si: number): string {
  const s = a.sentences[si];
  const t = input.text.slice(s.start, s.end);
  return t.length > 200 ? t.slice(0, 197) + '...' : t;
}
