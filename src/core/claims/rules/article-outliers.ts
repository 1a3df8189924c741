import type { Claim, Mention, Sentence } from '../../types.ts';
import { haversineKm } from '../../geo/haversine-km.ts';

/** Places within this distance of each other form the article's core geography. */
export const CORE_RADIUS_KM = 100;
/** A place this far from every core place is an outlier of the article's geography. */
export const OUTLIER_KM = 300;
/**
 * The great-circle distance is at least the latitude difference times this (km per degree on
 * the mean-radius sphere haversineKm uses), so a latitude gap bounds it from below.
 */
const KM_PER_DEGREE_LAT = (6371.0088 * Math.PI) / 180;

/** Pairwise nearness of an article's places (n x n), reused from article to article. */
let nearScratch = new Uint8Array(256);

/** Words of ground fighting: troops, positions, withdrawals, assaults, encirclement, the front. */
const GROUND_COMBAT =
  /\b(?:withdraw\w*|retreat\w*|troops|positions?|defen[cs]ive|fortified|fortifications?|encircl\w*|assault\w*|storm(?:ed|ing)?|advanc\w*|captur\w*|liberat\w*|seiz\w*|front(?:[-\s]?line)?s?|offensive|counter-?offensive|trench\w*|siege|besieged|garrison|brigades?|battalions?|fighting|battles?|clashes)\b/i;

export interface OutlierFinding {
  subject: Mention;
  asserted: Claim['asserted'];
  distanceKm: number;
}

/**
 * Places used as locations (not actors) that lie far from the rest of the article: a
 * withdrawal "from Kyiv" in an article whose other places are all around Pokrovsk. The core
 * is the largest group of distinct places within CORE_RADIUS_KM of one another; it must hold
 * at least two places and more distinct places than the outliers, so that an article about
 * several far-apart places flags nothing.
 */
export function articleOutliers(
  mentions: Mention[],
  text: string,
  sentences: Sentence[],
): OutlierFinding[] {
  const distinct = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (m.kind !== 'place' || !m.place || m.precision !== 'place') continue;
    const list = distinct.get(m.place.id);
    if (list) list.push(m);
    else distinct.set(m.place.id, [m]);
  }
  if (distinct.size < 3) return [];
  const pts = [...distinct.values()].map((ms) => ms[0].place!);
  // The core is the group of the first place with the most places within CORE_RADIUS_KM.
  // Nearness is symmetric (haversineKm(a, b) === haversineKm(b, a)), so each pair is measured
  // once; a latitude gap alone already rules out most far pairs.
  const n = pts.length;
  if (nearScratch.length < n * n) nearScratch = new Uint8Array(2 * n * n);
  const near = nearScratch;
  for (let i = 0; i < n; i++) {
    near[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) {
      const within =
        Math.abs(pts[i].lat - pts[j].lat) * KM_PER_DEGREE_LAT <= CORE_RADIUS_KM + 1 &&
        haversineKm(pts[i].lat, pts[i].lon, pts[j].lat, pts[j].lon) <= CORE_RADIUS_KM;
      near[i * n + j] = near[j * n + i] = within ? 1 : 0;
    }
  }
  let bestI = 0;
  let bestCount = 0;
  for (let i = 0; i < n; i++) {
    let count = 0;
    for (let j = 0; j < n; j++) if (near[i * n + j]) count++;
    if (count > bestCount) {
      bestCount = count;
      bestI = i;
    }
  }
  if (bestCount < 2) return [];
  const core: number[] = [];
  for (let j = 0; j < n; j++) if (near[bestI * n + j]) core.push(j);

  const outliers: { idx: number; d: number }[] = [];
  for (let i = 0; i < pts.length; i++) {
    if (near[bestI * n + i] === 1) continue;
    let d = Infinity;
    for (const j of core)
      d = Math.min(d, haversineKm(pts[i].lat, pts[i].lon, pts[j].lat, pts[j].lon));
    if (d > OUTLIER_KM) outliers.push({ idx: i, d });
  }
  if (outliers.length === 0 || outliers.length >= core.length) return [];
  const corePlaces = core.map((j) => pts[j]);
  const lat = corePlaces.reduce((a, p) => a + p.lat, 0) / corePlaces.length;
  const lon = corePlaces.reduce((a, p) => a + p.lon, 0) / corePlaces.length;
  const names = corePlaces.map((p) => p.name).join(', ');
  const out: OutlierFinding[] = [];
  for (const o of outliers) {
    for (const m of distinct.get(pts[o.idx].id)!) {
      // Only where the sentence puts the place on the ground of the fighting ("withdraw
      // troops from Kyiv"); a strike or a visit far from the front is normal news.
      const s = sentences[m.sentence];
      if (!s || !GROUND_COMBAT.test(text.slice(s.start, s.end))) continue;
      out.push({
        subject: m,
        asserted: {
          text: `the article's other places (${names})`,
          regionId: null,
          name: `the area of ${names}`,
          lat: Math.round(lat * 1e5) / 1e5,
          lon: Math.round(lon * 1e5) / 1e5,
        },
        distanceKm: Math.round(o.d),
      });
      // One finding per place: its first use on the ground of the fighting (the list shows a
      // place once, not once per sentence that repeats it).
      break;
    }
  }
  return out;
}
