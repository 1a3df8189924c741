/**
 * A seeded generator of war-report style text for benchmarks: real names from the gazetteer
 * (Ukrainian, Russian and world places, sometimes in a Russian romanisation, Cyrillic or with a
 * typo), regions, officials, and filler sentences without places. The same seed always gives
 * the same corpus.
 */
import type { ArticleInput } from '../src/core/types.ts';
import type { Gazetteer } from '../src/core/gazetteer/gazetteer.ts';
import { romanizationVariants } from '../src/core/text/romanization-variants.ts';

/** mulberry32: a small, fast, seedable PRNG (https://gist.github.com/tommyettinger/46a874533244883189143505d203312c). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Openings, subjects and endings combined with the templates so sentences rarely repeat. */
const OPENINGS = [
  '',
  'On Monday, ',
  'Overnight, ',
  'Late on Friday, ',
  'Earlier this week, ',
  'According to local officials, ',
  'In a statement, ',
  'Meanwhile, ',
  'For the third day running, ',
  'Despite the ceasefire talks, ',
];
const ENDINGS = [
  '',
  ' No casualties were reported.',
  ' Two people were injured.',
  ' The claim could not be verified.',
  ' Rescue work continued into the night.',
  ' Power was restored by the morning.',
];

const TEMPLATES = [
  'Russian forces shelled {P} overnight, the head of the {R} region said.',
  'Fighting continues near {P}, where Ukrainian units hold the line on the {C} direction.',
  'A drone struck an energy facility in {P}, {R} Oblast, leaving thousands without power.',
  'The General Staff reported 14 clashes on the {C} axis, including near {P} and {Q}.',
  'Officials in {P} said evacuation buses would run twice a week to {Q}.',
  '{P}, a town about 30 km from {C}, came under artillery fire again on Tuesday.',
  'According to the governor, air defence shot down missiles over {P} and {Q}.',
  'Residents of {P} queued for water after strikes on the pumping station, local media reported.',
  'The advisor to the head of the Donetsk People’s Republic said troops had entered {P}.',
  'Kyiv said the attack on {P} was a war crime, while Moscow denied targeting civilians.',
  'Analysts expect the offensive to shift towards {P} in the {R} region within weeks.',
  'Partisans claimed a sabotage attack on the railway line between {P} and {Q}.',
];
const FILLER = [
  'The ministry did not comment on the report.',
  'Both sides have suffered heavy losses in recent months, according to independent analysts.',
  'Negotiations remain stalled, and diplomats expect no breakthrough before the winter.',
  'The information could not be independently verified.',
  'Humanitarian organisations warned of shortages of medicine and fuel.',
  'Prices for bread and electricity have risen sharply since the spring.',
  'Military experts said the use of drones had changed the character of the fighting.',
  'The statement was published on the messaging app late in the evening.',
];

interface Pools {
  ua: number[];
  ru: number[];
  world: number[];
  /** Places of some size per admin-1 key, for neighbours in the same region. */
  byAdmin1: Map<string, number[]>;
}

function pools(gz: Gazetteer): Pools {
  const ua: number[] = [];
  const ru: number[] = [];
  const world: number[] = [];
  for (let p = 0; p < gz.placeCount; p++) {
    const cc = gz.countryCode(p);
    const pop = gz.population[p];
    if (cc === 'UA' && pop >= 2000) ua.push(p);
    else if (cc === 'RU' && pop >= 5000) ru.push(p);
    else if (pop >= 200_000) world.push(p);
  }
  const byAdmin1 = new Map<string, number[]>();
  for (const p of [...ua, ...ru]) {
    const k = gz.admin1Key(p);
    const list = byAdmin1.get(k) ?? [];
    list.push(p);
    byAdmin1.set(k, list);
  }
  return { ua, ru, world, byAdmin1 };
}

function pick<T>(rand: () => number, list: T[]): T {
  return list[Math.floor(rand() * list.length)];
}

/** A place name as a reporter might write it: usually as is, sometimes Russian-style or misspelt. */
function spell(rand: () => number, name: string): string {
  const r = rand();
  if (r < 0.15) {
    const v = romanizationVariants(name.toLowerCase(), 4)[0];
    if (v)
      return v.replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
  }
  if (r < 0.18 && name.length > 6) {
    const i = 2 + Math.floor(rand() * (name.length - 4));
    return name.slice(0, i) + name[i] + name.slice(i); // a doubled letter
  }
  return name;
}

/**
 * Articles totalling about `bytes` UTF-8 bytes, from `seed`.
 */
export function generateCorpus(gz: Gazetteer, bytes: number, seed = 42): ArticleInput[] {
  const rand = mulberry32(seed);
  const pl = pools(gz);
  const out: ArticleInput[] = [];
  let total = 0;
  let n = 0;
  while (total < bytes) {
    const sentences: string[] = [];
    const count = 8 + Math.floor(rand() * 10);
    for (let s = 0; s < count; s++) {
      if (rand() < 0.75) {
        sentences.push(pick(rand, FILLER));
        continue;
      }
      // Geographically consistent, as real reporting mostly is: the second place, the
      // region and the direction come from the first place's own region; 5% of sentences
      // swap in a far region (a planted error for the checks to find).
      const r = rand();
      const pool = r < 0.7 ? pl.ua : r < 0.9 ? pl.ru : pl.world;
      const p = pick(rand, pool);
      const a1 = gz.admin1Key(p);
      const neighbours = pl.byAdmin1.get(a1) ?? [p];
      const planted = rand() < 0.05;
      const regionOf = planted ? pick(rand, pl.ua) : p;
      const regionName = (gz.admin1Name(regionOf) || 'Donetsk').replace(/ Oblast$/, '');
      const t = pick(rand, TEMPLATES)
        .replace('{P}', spell(rand, gz.name(p)))
        .replace('{Q}', spell(rand, gz.name(pick(rand, neighbours))))
        .replace('{C}', gz.name(neighbours[0]))
        .replace('{R}', regionName);
      const opening = pick(rand, OPENINGS);
      // Lower-case the template's first word after an opening, unless it is a name.
      const body =
        opening && /^(?:The|A|According|Officials|Residents|Analysts|Partisans|Fighting)\b/.test(t)
          ? t.charAt(0).toLowerCase() + t.slice(1)
          : t;
      sentences.push(opening + body + pick(rand, ENDINGS));
    }
    const text = sentences.join(rand() < 0.5 ? ' ' : '\n');
    out.push({ id: `bench-${n++}`, text });
    total += Buffer.byteLength(text, 'utf8');
  }
  return out;
}
