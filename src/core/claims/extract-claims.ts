import { COMMA_GAP } from '../text/gaps.ts';
import type { Mention, Sentence } from '../types.ts';
import type { Engine } from '../pipeline.ts';
import { newClaim, type ClaimDraft, type Directness } from './claim-draft.ts';
import { findActorRegions } from './actor-regions.ts';
import { articleOutliers } from './article-outliers.ts';
import { oblastOfCapital } from './oblast-of-capital.ts';
import { mentionsBySentence } from './by-sentence.ts';
import { isJsSpace } from '../text/split-sentences.ts';

/** How many following sentences a "the Y direction" phrase sets the scene for. */
const DIRECTION_SCOPE_SENTENCES = 3;

const COMPASS: Record<string, number> = {
  north: 0,
  northeast: 45,
  'north-east': 45,
  east: 90,
  southeast: 135,
  'south-east': 135,
  south: 180,
  southwest: 225,
  'south-west': 225,
  west: 270,
  northwest: 315,
  'north-west': 315,
};

// Text between a place X and a region Y that makes "X ... Y" an in-region statement.
const IN_REGION_GAPS: [RegExp, string][] = [
  // "in the Y region", "in occupied southern Y", "in the east of the Y region"
  [
    /^\s*,?\s*(?:in|within|inside)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?:of\s+(?:the\s+)?)?$/,
    'in',
  ],
  [/^\s*,?\s*(?:In|Within|Inside)\s+(?:the\s+)?$/, 'in'],
  [COMMA_GAP, 'comma'],
  [/^\s*\(\s*$/, 'bracket'],
  [/^\s*\(\s*(?:in\s+)?(?:the\s+)?$/i, 'bracket'],
  [
    /^\s*,\s*(?:(?:a|an|the|one\s+of\s+the)\s+)?(?:[\w-]+\s+){0,3}(?:town|towns|city|cities|village|villages|settlement|hub|port|stronghold|community|suburb|capital|centre|center)\s+(?:located\s+)?(?:in|of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$/i,
    'apposition',
  ],
  [/^\s+(?:located|situated|lying|lies|is)\s+in\s+(?:the\s+)?$/i, 'in'],
];

// "Y's X" and "Y region's X"
const POSSESSIVE_GAP =
  /^['’]s\s+(?:(?:frontline|front-line|key|strategic|embattled|small|industrial|eastern|southern|northern|western)\s+)?(?:(?:town|city|village)\s+of\s+)?$/i;

const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*)$/i;

const INCLUDING = /\b(?:including|such as|among them|notably|namely)\b|:/i;

const ANAPHOR_START =
  /^\s*(?:["'“‘]\s*)?(?:the|this|that)\s+(?:city|town|village|settlement|hub|stronghold|place|community)\b|^\s*it\b/i;

const FRONT_OF_COUNTRY =
  /^['’]s\s+(eastern|southern|northern|western|central)\s+(?:front|flank|frontline|front line|regions?|borders?)\b/i;

/**
 * Extracts what each sentence claims about where its places are: `in-region`, `direction`,
 * `near`, `actor-region` and `article-outlier` claims. Cross-article claims need the corpus
 * and are added by crossArticleClaims. Verdicts are left for verifyClaims.
 */
export function extractClaims(
  text: string,
  sentences: Sentence[],
  mentions: Mention[],
  engine: Engine,
  articleId: string,
): ClaimDraft[] {
  const sink = new ClaimSink(articleId);
  const add = sink.add.bind(sink);
  const bySentence = mentionsBySentence(mentions);

  let lastPlace: Mention | null = null;
  let direction: { mention: Mention; sentence: number } | null = null;

  for (const s of sentences) {
    const ms = bySentence.get(s.index);
    if (!ms) {
      // No mention: nothing to claim; only a direction's scope runs out.
      if (direction && s.index - direction.sentence > DIRECTION_SCOPE_SENTENCES) direction = null;
      continue;
    }
    const places = ms.filter(isLocated);
    const regions = ms.filter((m) => (m.kind === 'region' || m.kind === 'country') && m.regionId);

    // in-region: "X in the Y region", "X, Y Oblast", "X (Y)", "X, a town in Y".
    for (const r of regions) {
      if (r.cues?.includes('direction')) continue;
      const before = ms.filter((m) => m.end <= r.start);
      // Skip possessive countries/regions between X and Y: "X in Russia's Kaluga region".
      let k0 = before.length - 1;
      let gapEnd = r.start;
      let skipped = '';
      while (
        k0 >= 0 &&
        (before[k0].kind === 'region' || before[k0].kind === 'country') &&
        /^['’]s\s+$/.test(text.slice(before[k0].end, gapEnd))
      ) {
        skipped = text.slice(before[k0].start, gapEnd) + skipped;
        gapEnd = before[k0].start;
        k0--;
      }
      const x = before[k0];
      if (!x || !isLocated(x)) continue;
      const gap = text.slice(x.end, gapEnd);
      if (gap.length > 120) continue;
      const match = IN_REGION_GAPS.find(([re]) => re.test(gap));
      if (!match) continue;
      const asserted = assertedRegion(r, engine);
      if (skipped) asserted.text = skipped + asserted.text;
      add(s.index, x, 'in-region', asserted, 'direct');
      // Enumerations before the region inherit it: "Kupiansk, Kurylivka and Petropavlivka in
      // the Kharkiv region".
      let k = k0;
      while (
        k > 0 &&
        isLocated(before[k - 1]) &&
        LIST_GAP.test(text.slice(before[k - 1].end, before[k].start))
      ) {
        add(s.index, before[k - 1], 'in-region', asserted, 'direct');
        k--;
      }
    }
    // "Y's X": "Kharkiv region's Kupiansk", "Russia's Sevsk".
    for (const r of regions) {
      const after = ms.find((m) => m.start >= r.end);
      if (!after || !isLocated(after)) continue;
      const gap = text.slice(r.end, after.start);
      if (POSSESSIVE_GAP.test(gap))
        add(s.index, after, 'in-region', assertedRegion(r, engine), 'direct');
    }
    // "Narva, on Estonia's border with Russia": near the region's border (either side).
    for (const r of regions) {
      if (!/border$/i.test(r.text)) continue;
      const before = ms.filter((m) => m.end <= r.start);
      const x = before[before.length - 1];
      if (!x || !isLocated(x)) continue;
      if (
        !/^\s*,?\s*(?:on|near|along|at|by|close\s+to)\s+(?:the\s+)?$/i.test(
          text.slice(x.end, r.start),
        )
      )
        continue;
      add(s.index, x, 'near', assertedRegion(r, engine), 'direct', {
        kind: 'border',
        word: 'border',
      });
    }
    // "Rostov's Grayvoron": an oblast named after its capital, in the possessive.
    for (const y of places) {
      if (!y.cues?.includes('possessive') || !y.place) continue;
      const after = ms.find((m) => m.start >= y.end);
      if (!after || !isLocated(after) || !POSSESSIVE_GAP.test(text.slice(y.end, after.start)))
        continue;
      const regionId = oblastOfCapital(y, engine);
      if (!regionId) continue;
      const info = engine.regions.get(regionId)!;
      add(
        s.index,
        after,
        'in-region',
        { text: `${y.text}'s`, regionId, name: info.name },
        'direct',
      );
    }
    // "Y ... including X, Z and W": every listed place inherits the region.
    for (const r of regions) {
      const rest = text.slice(r.end, s.end);
      const inc = INCLUDING.exec(rest);
      if (!inc || inc.index > 80) continue;
      const from = r.end + inc.index;
      const listed = places.filter((m) => m.start > from);
      for (let k = 0; k < listed.length; k++) {
        if (k > 0 && !LIST_GAP.test(text.slice(listed[k - 1].end, listed[k].start))) break;
        add(s.index, listed[k], 'in-region', assertedRegion(r, engine), 'direct');
      }
    }
    // "Ukraine's eastern front" for the places of the sentence.
    for (const r of regions) {
      const info = r.regionId ? engine.regions.get(r.regionId) : undefined;
      if (!info || info.kind !== 'country') continue;
      const fm = FRONT_OF_COUNTRY.exec(text.slice(r.end, r.end + 40));
      if (!fm) continue;
      const compositeId = `@${fm[1].toLowerCase()}-${info.name.toLowerCase().replace(/\s+/g, '-')}`;
      const composite = engine.regions.get(compositeId);
      for (const x of places) {
        if (x === r) continue;
        add(
          s.index,
          x,
          'direction',
          composite
            ? { text: `${r.text}${fm[0]}`, regionId: compositeId, name: composite.name }
            : { text: `${r.text}${fm[0]}`, regionId: info.id, name: info.name },
          'direct',
        );
      }
    }
    // Anaphora: "The city, once a bulwark ... in the Donetsk People's Republic" is about the
    // last place named before this sentence.
    // (Without a region in the sentence there is nothing to assert: the pattern is not run.)
    if (
      lastPlace &&
      places.length === 0 &&
      regions.length > 0 &&
      ANAPHOR_START.test(text.slice(s.start, s.end))
    ) {
      for (const r of regions) {
        if (r.cues?.includes('direction')) continue;
        const gapBefore = text.slice(Math.max(s.start, r.start - 30), r.start);
        if (/\b(?:in|within|inside)\s+(?:the\s+)?$/i.test(gapBefore)) {
          add(s.index, lastPlace, 'in-region', assertedRegion(r, engine), 'indirect');
        }
      }
    }

    // near: "near X", "outside X", "on the outskirts of X", "N km from X", "north of X",
    // "on the road to X". The subject is the other place of the sentence.
    for (const anchor of ms) {
      if (!(anchor.kind === 'place' || anchor.kind === 'actor') || !anchor.place) continue;
      const near = parseNearAt(text, Math.max(s.start, anchor.start - 60), anchor.start);
      if (!near) continue;
      const subject = nearestSubject(
        places.filter((p) => !isOfficialPhrase(p, text)),
        anchor,
        text,
      );
      if (!subject || subject.place?.id === anchor.place.id) continue;
      add(
        s.index,
        subject,
        'near',
        {
          text: near.phrase + anchor.text,
          regionId: null,
          name: anchor.place.name,
          lat: anchor.place.lat,
          lon: anchor.place.lon,
        },
        'direct',
        near.spec,
        anchor.id,
      );
    }

    // direction: "the Y direction / front / axis" sets the scene for this sentence and the
    // next few; places in its scope are expected in or near Y.
    const dir = ms.find((m) => m.cues?.includes('direction'));
    if (dir) direction = { mention: dir, sentence: s.index };
    else if (
      direction &&
      (regions.length > 0 || s.index - direction.sentence > DIRECTION_SCOPE_SENTENCES)
    ) {
      direction = null;
    }
    if (direction) {
      const d = direction.mention;
      const directness: Directness = direction.sentence === s.index ? 'direct' : 'indirect';
      for (const x of places) {
        if (x === d || x.cues?.includes('direction')) continue;
        if (d.place && x.place && d.place.id === x.place.id) continue;
        const regionId = d.regionId ?? directionRegion(d, engine);
        add(
          s.index,
          x,
          'direction',
          {
            text: d.text + ' direction',
            regionId,
            name: regionId
              ? (engine.regions.get(regionId)?.name ?? d.text)
              : (d.place?.name ?? d.text),
            lat: d.place?.lat,
            lon: d.place?.lon,
          },
          directness,
          undefined,
          d.id,
        );
      }
    }
    if (places.length) lastPlace = places[places.length - 1];
  }

  for (const a of findActorRegions(text, sentences, mentions, engine, bySentence)) {
    add(a.sentence, a.subject, 'actor-region', a.asserted, a.directness);
  }
  for (const o of articleOutliers(mentions, text, sentences)) {
    add(o.subject.sentence, o.subject, 'article-outlier', o.asserted, 'indirect');
  }
  return sink.claims;
}

/** The claims of one article, numbered in order, each (subject, relation, region) once. */
class ClaimSink {
  readonly claims: ClaimDraft[] = [];
  private readonly seen = new Set<string>();
  private n = 0;
  /** The article's id and ":c": each claim id is one concatenation with its number. */
  private readonly idPrefix: string;

  constructor(articleId: string) {
    this.idPrefix = articleId + ':c';
  }

  add(
    s: number,
    subject: Mention,
    relation: ClaimDraft['relation'],
    asserted: ClaimDraft['asserted'],
    directness: Directness,
    near?: ClaimDraft['near'],
    anchorMention?: string,
  ): void {
    const key = `${subject.id}|${relation}|${asserted.regionId ?? asserted.name}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const c = newClaim(this.idPrefix + this.n++, s, subject.id, relation, asserted, directness);
    if (near) c.near = near;
    if (anchorMention) c.anchorMention = anchorMention;
    this.claims.push(c);
  }
}

function isLocated(m: Mention): boolean {
  return m.kind === 'place' && (m.place !== null || m.regionId !== null);
}

function assertedRegion(r: Mention, engine: Engine): ClaimDraft['asserted'] {
  return {
    text: r.text,
    regionId: r.regionId,
    name: r.regionId ? (engine.regions.get(r.regionId)?.name ?? r.text) : r.text,
  };
}

/** The admin-1 region of a "Y direction" named after a city: the city's own region. */
function directionRegion(d: Mention, engine: Engine): string | null {
  if (!d.place) return null;
  const cc = d.place.countryCode;
  const info = engine.regions.admin1ByGeoNamesCode(cc, d.place.admin1Code);
  return info ? info.id : null;
}

interface NearParse {
  phrase: string;
  spec: NonNullable<ClaimDraft['near']>;
}

/** The last word before a near-phrase's place: a cheap test before the full patterns. */
const NEAR_LAST_WORDS = new Set(['near', 'outside', 'of', 'from', 'to', 'by']);

const NEAR_KM =
  /(\b(?:about|some|around|roughly|approximately|nearly|just)?\s*(\d+(?:[.,]\d+)?)\s*(?:km|kilometres|kilometers|-kilometre|-kilometer)\s+(?:\(\d+\s*miles?\)\s+)?(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)?\s*(?:of|from)\s+(?:the\s+(?:city|town|village)\s+of\s+)?)$/i;
const NEAR_COMPASS =
  /(\b(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of\s+(?:the\s+(?:city|town|village)\s+of\s+)?)$/i;
const NEAR_ROAD =
  /(\bon\s+the\s+(?:road|highway|way|route|approach(?:es)?)\s+to\s+(?:the\s+(?:city|town)\s+of\s+)?)$/i;
const NEAR_PHRASE =
  /(\b(?:near|outside|close\s+to|next\s+to|just\s+outside|on\s+the\s+(?:outskirts|edge|fringes)\s+of|in\s+the\s+vicinity\s+of|not\s+far\s+from|(?:a\s+)?suburb\s+of|in\s+the\s+suburbs\s+of|on\s+the\s+approaches\s+to)\s+(?:the\s+(?:city|town|village)\s+of\s+)?)$/i;

/** Parses the words just before an anchor place: "near ", "12 km from ", "north of ". */
export function parseNear(before: string): NearParse | null {
  return parseNearAt(before, 0, before.length);
}

/**
 * parseNear(text.slice(from, to)), slicing only when the last word can end a near-phrase.
 * Each pattern ends in a fixed word and whitespace, so that last word (of the final 12
 * characters, as /(\w+)\s*$/ finds it) tells which patterns can match at all: "of" all four,
 * "from" distances and "not far from", "to" roads and "close to"; "near" and "outside" only
 * the last. They are tried in the same order as ever, so the first match is the same.
 */
function parseNearAt(text: string, from: number, to: number): NearParse | null {
  const lastWord = lastAsciiWord(text, Math.max(from, to - 12), to);
  if (!lastWord || !NEAR_LAST_WORDS.has(lastWord)) return null;
  const before = text.slice(from, to);
  let m = lastWord === 'of' || lastWord === 'from' ? NEAR_KM.exec(before) : null;
  if (m) {
    const km = Number(m[2].replace(',', '.'));
    const bearing = m[3] ? COMPASS[m[3].toLowerCase()] : undefined;
    return {
      phrase: m[1].trim() + ' ',
      spec: { kind: 'km', km, bearing, word: m[3]?.toLowerCase() },
    };
  }
  m = lastWord === 'of' ? NEAR_COMPASS.exec(before) : null;
  if (m) {
    const word = m[2].toLowerCase();
    return { phrase: m[1], spec: { kind: 'compass', bearing: COMPASS[word], word } };
  }
  m = lastWord === 'to' || lastWord === 'of' ? NEAR_ROAD.exec(before) : null;
  if (m) return { phrase: m[1], spec: { kind: 'road' } };
  m = lastWord !== 'by' ? NEAR_PHRASE.exec(before) : null;
  if (m) return { phrase: m[1], spec: { kind: 'near', word: m[1].trim().toLowerCase() } };
  return null;
}

/**
 * The last run of regex word characters ([A-Za-z0-9_]) in text[from, to) before trailing
 * whitespace, lower-cased (what /(\w+)\s*$/ captures); undefined when there is none, and
 * also when it is longer than any near-phrase word.
 */
function lastAsciiWord(text: string, from: number, to: number): string | undefined {
  let e = to;
  while (e > from && isJsSpace(text.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > from && isRegexWordCode(text.charCodeAt(b - 1))) b--;
  if (b === e || e - b > 7) return undefined;
  return text.slice(b, e).toLowerCase();
}

function isRegexWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** "Belgorod's governor", "the Kharkiv mayor": the place names an office, not a location. */
function isOfficialPhrase(m: Mention, text: string): boolean {
  return /^(?:['’]s)?\s+(?:regional\s+|city\s+|military\s+)?(?:governor|mayor|head|leader|administration|authorities|officials?|council|chief)\b/i.test(
    text.slice(m.end, m.end + 40),
  );
}

/** The place a near-phrase locates: the closest located place before it, else after it. */
function nearestSubject(places: Mention[], anchor: Mention, text: string): Mention | null {
  const before = places.filter((p) => p.end <= anchor.start && p !== anchor);
  if (before.length) {
    const b = before[before.length - 1];
    // Not across a sentence-internal break such as a semicolon.
    if (!/;/.test(text.slice(b.end, anchor.start))) return b;
  }
  const after = places.filter((p) => p.start >= anchor.end);
  return after[0] ?? null;
}
