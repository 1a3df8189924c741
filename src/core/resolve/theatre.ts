/**
 * The war's theatre as prior evidence: of namesakes that nothing else tells apart (no
 * qualifier, no region of the article, no nearby place), a careful analyst reading war
 * reporting takes the one near the fighting. "Kyselivka" alone is the village on the Kherson
 * front, not the one in Chernihiv Oblast; "Zhuravlivka" the one at Kharkiv, not the one in
 * Crimea.
 *
 * The theatre is the line of contact, drawn coarsely (each vertex within about 20 km of the
 * line of 2023-2025 as the public front-line maps show it, written from memory, not traced):
 * the Dnipro from its mouth to the Kakhovka reservoir, the Zaporizhzhia front, the Donetsk
 * front, the Luhansk-Kharkiv front to the border, and the border of Kharkiv and Sumy oblasts
 * with Belgorod and Kursk, which is shelled daily. Reporting of 2022 around Kyiv and
 * Chernihiv is not covered: that front lasted weeks, these years.
 */

import type { ArticleContext } from './article-context.ts';

/** [lat, lon] vertices of the line, south to north. */
const LINE: readonly (readonly [number, number])[] = [
  [46.5, 31.95], // Dnipro-Bug estuary
  [46.62, 32.62], // Kherson
  [46.76, 33.37], // Nova Kakhovka
  [47.3, 34.2], // Kakhovka reservoir
  [47.5, 34.65], // Enerhodar
  [47.47, 35.3], // Vasylivka
  [47.45, 35.85], // Orikhiv
  [47.66, 36.25], // Huliaipole
  [47.8, 36.8], // Velyka Novosilka
  [47.78, 37.25], // Vuhledar
  [47.97, 37.45], // Marinka
  [48.12, 37.62], // Avdiivka
  [48.4, 37.85], // Toretsk
  [48.58, 37.95], // Bakhmut
  [48.87, 38.15], // Siversk
  [49.03, 38.2], // Kreminna
  [49.4, 38.05], // Svatove front
  [49.7, 37.75], // Kupiansk
  [50.3, 37.9], // the border north of Kupiansk
  [50.29, 36.94], // Vovchansk
  [50.35, 36.25], // the border north of Kharkiv
  [50.6, 35.5], // the border of Sumy Oblast
  [51.2, 35.2], // Sudzha
  [51.95, 33.9], // the Sumy-Kursk-Bryansk border
];

/** The countries the line runs between. */
const THEATRE_COUNTRIES = new Set(['UA', 'RU']);

/**
 * Whether an article's context leaves the theatre as evidence: it names or implies no country,
 * or Ukraine and Russia at least as often as any other. An article about New York does not
 * make Niu-York in Donetsk Oblast likelier; a war report that mentions "American" weapons is
 * still a war report.
 */
export function aboutTheatre(ctx: Pick<ArticleContext, 'countries'>): boolean {
  let theatre = 0;
  let other = 0;
  for (const [cc, n] of ctx.countries) {
    if (THEATRE_COUNTRIES.has(cc)) theatre += n;
    else if (n > other) other = n;
  }
  return theatre >= other;
}

const KM_PER_DEG_LAT = 110.57;
const DEG = Math.PI / 180;

/** Distance in km from a point to the line (equirectangular about the point: within a few km). */
export function theatreDistanceKm(lat: number, lon: number): number {
  const kx = 111.32 * Math.cos(lat * DEG);
  let best = Infinity;
  for (let i = 0; i + 1 < LINE.length; i++) {
    // The segment in km, with the point at the origin.
    const ax = (LINE[i][1] - lon) * kx;
    const ay = (LINE[i][0] - lat) * KM_PER_DEG_LAT;
    const bx = (LINE[i + 1][1] - lon) * kx;
    const by = (LINE[i + 1][0] - lat) * KM_PER_DEG_LAT;
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 > 0 ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / len2)) : 0;
    const x = ax + t * dx;
    const y = ay + t * dy;
    const d = x * x + y * y;
    if (d < best) best = d;
  }
  return Math.sqrt(best);
}

/** How near the theatre a point lies: 1 on the line, falling off with distance (e^(-d/km)). */
export function theatreProximity(lat: number, lon: number, km: number): number {
  // Far from the region (another continent) there is nothing to compute.
  if (lat < 43 || lat > 54 || lon < 28 || lon > 42) return 0;
  return Math.exp(-theatreDistanceKm(lat, lon) / km);
}
