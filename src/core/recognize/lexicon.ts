import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { RegionSet } from '../regions/region-set.ts';
import { regionAliases } from '../regions/region-aliases.ts';
import { foldKey } from '../text/fold-key.ts';

export interface RegionAliasEntry {
  regionId: string;
  /** True when the alias denotes the region on its own ("Donbas", "DPR"); false when it needs
   * a region word after it ("Kharkiv region"), because the bare word is a city. */
  bare: boolean;
}

/**
 * Seats of power named for their government ("the Kremlin said"). Each maps to the folded
 * name of the city it stands for; resolution then picks that country's capital.
 */
export const SEATS_OF_POWER: Record<string, string> = {
  kremlin: 'moscow',
  'white house': 'washington',
  pentagon: 'washington',
  'downing street': 'london',
  bankova: 'kyiv',
  elysee: 'paris',
  'elysee palace': 'paris',
  'capitol hill': 'washington',
  whitehall: 'london',
  zhongnanhai: 'beijing',
};

const GENERIC_REGION_NAME =
  /^(?:(?:north|south|east|west|central|centre|center|upper|lower|middle|inner|outer|capital|coast|coastal|northern|southern|eastern|western|greater|lakes|islands|mountain|highlands|lowlands|plains|border|frontier|interior|metropolitan)(?:\s+|-)?)+(?:region|province|district|area|division|zone|state|territory)?$/;

/** A region sharing its name with a city this big needs a region word ("New York state"). */
const BIG_PLACE_POPULATION = 500_000;

/**
 * Everything recognition looks names up in, built once per (gazetteer, regions) pair:
 * the gazetteer's name index, region and country aliases, and frequent English words.
 */
export class Lexicon {
  readonly regionKeys = new Map<string, RegionAliasEntry[]>();
  /** Longest region alias in tokens, to bound the n-gram search. */
  readonly maxRegionTokens: number;
  readonly common: Set<string>;
  /** Word-level prefixes of region aliases ("donetsk", "donetsk peoples", ...). */
  readonly regionPrefixes = new Set<string>();

  constructor(
    readonly gazetteer: Gazetteer,
    readonly regions: RegionSet,
  ) {
    let max = 1;
    for (const a of regionAliases(regions)) {
      const key = foldKey(a.key);
      if (!key) continue;
      let list = this.regionKeys.get(key);
      if (!list) this.regionKeys.set(key, (list = []));
      if (!list.some((e) => e.regionId === a.regionId && e.bare === a.bare)) {
        list.push({ regionId: a.regionId, bare: a.bare });
      }
      max = Math.max(max, key.split(' ').length);
    }
    this.common = new Set(gazetteer.meta.commonWords);
    // Admin-1 regions elsewhere in the world by English name ("Texas", "Ontario", "Bavaria").
    // Where a big city has the same name ("New York", "Washington"), the bare word is the
    // city and the region needs its region word ("New York state").
    for (const r of regions.regions) {
      if (r.kind !== 'admin1') continue;
      for (const name of new Set([r.shortName, r.name])) {
        const key = foldKey(name);
        // "Central", "Eastern", "North West": generic words, never a region on their own.
        if (key.length < 3 || GENERIC_REGION_NAME.test(key)) continue;
        const existing = this.regionKeys.get(key);
        // A name may be a country and a state ("Georgia"): keep both, resolution decides.
        if (existing && !existing.every((e) => regions.get(e.regionId)?.kind === 'country')) continue;
        if (existing?.some((e) => e.regionId === r.id)) continue;
        const bare = !this.hasBigPlace(key) && !this.common.has(key);
        if (existing) existing.push({ regionId: r.id, bare });
        else this.regionKeys.set(key, [{ regionId: r.id, bare }]);
        max = Math.max(max, key.split(' ').length);
      }
    }
    this.maxRegionTokens = max;
    for (const key of this.regionKeys.keys()) {
      const words = key.split(' ');
      for (let n = 1; n <= words.length; n++) this.regionPrefixes.add(words.slice(0, n).join(' '));
    }
  }

  /** Whether a place of BIG_PLACE_POPULATION or more has this key as a name. */
  private hasBigPlace(key: string): boolean {
    const k = this.gazetteer.findKey(key);
    if (k < 0) return false;
    return this.gazetteer
      .postingsOf(k)
      .some((h) => h.kind !== 2 && this.gazetteer.population[h.place] >= BIG_PLACE_POPULATION);
  }
}
