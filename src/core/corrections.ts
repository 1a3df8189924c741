import type { Engine } from './engine.ts';
import type { Mention, MentionCorrection, PlaceRef, Sentence } from './types.ts';
import { pointPlace } from './resolve/coordinate-mentions.ts';
import { tagTextProblem } from './tag-span.ts';

/** What a correction is applied to: the article's id, text and sentences. */
export interface CorrectionTarget {
  id: string;
  text: string;
  sentences: Sentence[];
}

const quote = (s: string): string => `“${s.length > 60 ? s.slice(0, 57) + '...' : s}”`;

/**
 * Why a correction cannot be applied to an article's text, in words for the user, or null when
 * it can: a span outside the text, a span whose text is not what the user selected (the article
 * changed), a tag over blank text or a passage, a point off the map, an unknown place id, a tag
 * with neither a place nor a point.
 *
 * @example correctionProblem({ start: 0, end: 4, placeId: null, text: 'Lviv', tagged: true, point: { lat: 49.8, lon: 24 } }, 'Kyiv ...', engine)
 * // 'Characters 0–4 read “Kyiv”, not “Lviv”: the article has changed since the selection. Select the name again.'
 */
export function correctionProblem(
  c: MentionCorrection,
  text: string,
  engine: Engine,
): string | null {
  const { start, end } = c;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start)
    return `Characters ${start}–${end} are not a span of text (the start must be a whole number >= 0 and the end after it).`;
  if (end > text.length)
    return `Characters ${start}–${end} are outside the article, which has ${text.length} characters.`;
  const actual = text.slice(start, end);
  if (c.text !== undefined && c.text !== actual)
    return `Characters ${start}–${end} read ${quote(actual)}, not ${quote(c.text)}: the article has changed since the selection. Select the name again.`;
  if (c.point) {
    const { lat, lon } = c.point;
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180)
      return `The point (${lat}, ${lon}) is not on the map: latitude runs from -90 to 90 and longitude from -180 to 180.`;
    if (c.placeId !== null)
      return `A correction has either a place or a point on the map, not both (place ${c.placeId}).`;
  }
  if (c.placeId !== null && engine.gazetteer.indexOfId(c.placeId) < 0)
    return `The place ${c.placeId} is not in the gazetteer this app has.`;
  if (c.tagged) {
    const problem = tagTextProblem(actual);
    if (problem) return problem;
    if (c.placeId === null && !c.point)
      return `${quote(actual)} needs a place: choose one from the gazetteer or click it on the map.`;
  }
  return null;
}

/** The place a correction sets: a gazetteer place, a hand-placed point, or null (unknown id). */
function correctedPlace(c: MentionCorrection, name: string, engine: Engine): PlaceRef | null {
  if (c.point) return pointPlace(engine, c.point.lat, c.point.lon, name, 'manual');
  if (c.placeId === null) return null;
  const index = engine.gazetteer.indexOfId(c.placeId);
  return index < 0 ? null : engine.gazetteer.place(index);
}

/**
 * Applies a fact-checker's corrections: a mention becomes the chosen place or a hand-placed
 * point (confidence 1, cue `corrected`) or is dropped ("not a place"); a tagged place name
 * the analyzer missed becomes a mention of its own (cues `tagged` and `corrected`, id
 * `<article>:t<start>`), and any mention it overlaps gives way to it. Corrections with a
 * problem (see correctionProblem) are skipped: the analysis is then as without them.
 */
export function applyCorrections(
  mentions: Mention[],
  corrections: MentionCorrection[] | undefined,
  engine: Engine,
  article: CorrectionTarget,
): Mention[] {
  if (!corrections || corrections.length === 0) return mentions;
  const valid = corrections.filter((c) => correctionProblem(c, article.text, engine) === null);
  if (valid.length === 0) return mentions;
  const bySpan = new Map(valid.map((c) => [`${c.start}:${c.end}`, c]));
  const tags = valid.filter((c) => c.tagged);
  const out: Mention[] = [];
  const taken = new Set<string>();
  for (const m of mentions) {
    const span = `${m.start}:${m.end}`;
    const c = bySpan.get(span);
    if (!c) {
      // A tag over part of a mention (or a mention inside a tag) replaces it.
      if (!tags.some((t) => t.start < m.end && m.start < t.end)) out.push(m);
      continue;
    }
    const place = correctedPlace(c, m.text, engine);
    if (c.placeId === null && !c.point) continue;
    if (!place) {
      out.push(m);
      continue;
    }
    taken.add(span);
    const continent = place.featureCode === 'CONT';
    out.push({
      ...m,
      kind: continent ? 'continent' : m.kind === 'actor' ? 'actor' : 'place',
      place,
      regionId: null,
      precision: continent ? 'continent' : 'place',
      confidence: 1,
      cues: [
        ...(m.cues ?? []).filter((x) => x !== 'approximate' && x !== 'corrected'),
        ...(c.tagged ? ['tagged'] : []),
        'corrected',
      ],
    });
  }
  let added = false;
  let lastEnd = -1;
  for (const t of [...tags].sort((a, b) => a.start - b.start)) {
    // Of two tags that overlap, the first in the text is kept.
    if (t.start < lastEnd) continue;
    lastEnd = t.end;
    if (taken.has(`${t.start}:${t.end}`)) continue;
    const written = article.text.slice(t.start, t.end);
    const place = correctedPlace(t, written, engine);
    if (!place) continue;
    const sentence = article.sentences.findIndex((s) => t.start >= s.start && t.start < s.end);
    out.push({
      id: `${article.id}:t${t.start}`,
      sentence: Math.max(0, sentence),
      start: t.start,
      end: t.end,
      text: written,
      kind: place.featureCode === 'CONT' ? 'continent' : 'place',
      place,
      regionId: null,
      precision: place.featureCode === 'CONT' ? 'continent' : 'place',
      confidence: 1,
      matchedBy: 'exact',
      alternatives: [],
      cues: ['tagged', 'corrected'],
    });
    added = true;
  }
  if (added) out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}
