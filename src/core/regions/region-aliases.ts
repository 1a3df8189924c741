/**
 * Names under which text refers to regions and countries, generated from a RegionSet.
 *
 * Two kinds of alias:
 * - `bare: true` — the alias denotes the region on its own: full names ("Donetsk Oblast",
 *   "Харківська область", "Kharkivska oblast"), names that are not also a city ("Donbas",
 *   "Zakarpattia", "Volyn", "Dagestan"), fixed political names ("DPR", "LNR") and countries.
 * - `bare: false` — the base name of an oblast/krai named after its capital ("Kharkiv",
 *   "Kharkov", "Bryansk"): on its own the word is usually the city, so it denotes the region
 *   only with a region word after it ("Kharkiv region", "Kharkov oblast" — see
 *   {@link REGION_WORDS}) or inside "the ... region".
 *
 * Admin-1 aliases are generated for Ukraine, Russia and Belarus only (the regions war
 * reporting names); countries get aliases worldwide.
 */
import { foldKey } from '../text/fold-key.ts';
import type { RegionSet } from './region-set.ts';
import type { RegionInfo } from './types.ts';

/** One alias: `key` is the `foldKey()` form of the alias text. */
export interface RegionAlias {
  key: string;
  regionId: string;
  /** True when the alias alone denotes the region; false when it needs a region word. */
  bare: boolean;
}

/**
 * Folded words that turn a `bare: false` alias into a region mention when they follow it
 * ("Kharkiv oblast", "Bryansk region", "Krasnodar kray", "Харків регіон" -> "kharkiv rehion").
 * Words for smaller units (district, raion, county) and vague ones (area) are left out on
 * purpose: "Kharkiv district" is Kharkiv Raion and "the Kharkiv area" the city's surroundings.
 */
export const REGION_WORDS: ReadonlySet<string> = new Set([
  'region',
  'regions',
  'oblast',
  'oblasts',
  'oblasti',
  'obl',
  'province',
  'provinces',
  'krai',
  'kray',
  'territory',
  'republic',
  'governorate',
  'voivodeship',
  'voivodship',
  'respublika',
  'rehion',
  'okrug',
  'voblast',
  'voblasts',
]);

/** Admin-1 regions of these countries get name aliases. */
const ALIAS_COUNTRIES = new Set(['UA', 'RU', 'BY']);

/** Folded words that make a name a full region name (not a bare base). */
const FULL_NAME_WORDS = new Set([
  ...REGION_WORDS,
  'city',
  'misto',
  'mista',
  'gorod',
  'rada',
  'avtonomna',
  'avtonomnaya',
  'autonomous',
]);

/**
 * Base names of oblasts/krais that are NOT also the name of a city, so they stand alone.
 * Everything else named "<X> Oblast"/"<X> Krai" is named after its capital and needs a region
 * word ("Kharkiv" alone is the city).
 */
const NON_CITY_BASES = new Set([
  'volyn',
  'volhynia',
  'wolynien',
  'zakarpattia',
  'transcarpathia',
  'transcarpathian',
  'ruthenia',
  'kamchatka',
  'sakhalin',
]);

/**
 * Short names that are adjectives or ethnonyms, not names ("Jewish" Autonomous Oblast, the
 * "Nenets" Autonomous Okrug): never aliases on their own.
 */
const NOT_A_NAME = new Set(['jewish', 'nenets']);

/** Alias priorities: a higher priority wins a key outright; ties between regions drop the key. */
const EXPLICIT = 3;
const FULL = 2;
const BASE = 1;

/**
 * Hand-written aliases: political and historical names, and English country names that differ
 * from Natural Earth's. `bare` defaults to true.
 */
const EXPLICIT_ALIASES: ReadonlyArray<{ regionId: string; names: readonly string[] }> = [
  // The Russian-installed "republics" are named after the whole oblasts (that is what they
  // claim), so they map to the oblast regions: UA.05 Donetsk, UA.14 Luhansk.
  {
    regionId: 'UA.05',
    names: [
      "Donetsk People's Republic",
      'DPR',
      'DNR',
      'Донецкая Народная Республика',
      'Донецька Народна Республіка',
    ],
  },
  {
    regionId: 'UA.14',
    names: [
      "Luhansk People's Republic",
      "Lugansk People's Republic",
      'LPR',
      'LNR',
      'Луганская Народная Республика',
      'Луганська Народна Республіка',
    ],
  },
  { regionId: '@donbas', names: ['Donbas', 'Donbass', 'Donets Basin', 'Донбас', 'Донбасс'] },
  {
    regionId: '@crimea',
    names: [
      'Crimea',
      'Krym',
      'Krim',
      'Crimean Peninsula',
      'Крим',
      'Крым',
      'Кримський півострів',
      'Крымский полуостров',
    ],
  },
  {
    regionId: 'UA.11',
    names: [
      'Autonomous Republic of Crimea',
      'Republic of Crimea',
      'Respublika Krym',
      'Республика Крым',
    ],
  },
  {
    regionId: 'UA.12',
    names: ['Kyiv city', 'City of Kyiv', 'Kiev city', 'City of Kiev', 'місто Київ', 'город Киев'],
  },
  {
    regionId: 'UA.20',
    names: ['Sevastopol city', 'City of Sevastopol', 'місто Севастополь', 'город Севастополь'],
  },
  {
    regionId: 'UA.25',
    names: ['Zakarpattia', 'Transcarpathia', 'Zakarpattya', 'Закарпаття', 'Закарпатье'],
  },
  { regionId: 'UA.24', names: ['Volyn', 'Volhynia', 'Волинь', 'Волынь'] },
  // Northern Bukovina is Chernivtsi Oblast; southern Bukovina (Suceava, Romania) rarely
  // appears in news about Ukraine, so the bare name goes to the oblast.
  { regionId: 'UA.03', names: ['Bukovina', 'Bukovyna', 'Northern Bukovina', 'Буковина'] },
  // "Kuban" is the usual informal name of Krasnodar Krai (also a river and a football club).
  { regionId: 'RU.38', names: ['Kuban', 'Кубань'] },
  {
    regionId: '@eastern-ukraine',
    names: ['eastern Ukraine', 'east Ukraine', 'east of Ukraine', "Ukraine's east"],
  },
  {
    regionId: '@southern-ukraine',
    names: ['southern Ukraine', 'south Ukraine', 'south of Ukraine', "Ukraine's south"],
  },
  {
    regionId: '@northern-ukraine',
    names: ['northern Ukraine', 'north Ukraine', 'north of Ukraine', "Ukraine's north"],
  },
  {
    regionId: '@western-ukraine',
    names: ['western Ukraine', 'west Ukraine', 'west of Ukraine', "Ukraine's west"],
  },
  {
    regionId: '@central-ukraine',
    names: ['central Ukraine', 'centre of Ukraine', 'center of Ukraine'],
  },
  // Countries: common English names Natural Earth does not use.
  { regionId: 'RU', names: ['Russian Federation', 'Российская Федерация', 'Російська Федерація'] },
  {
    regionId: 'US',
    names: [
      'United States',
      'USA',
      'U.S.',
      'U.S.A.',
      'United States of America',
      'Сполучені Штати',
      'Соединённые Штаты',
    ],
  },
  { regionId: 'GB', names: ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'] },
  { regionId: 'BY', names: ['Byelorussia', 'Belorussia', 'Republic of Belarus'] },
  { regionId: 'MD', names: ['Republic of Moldova'] },
  { regionId: 'CZ', names: ['Czech Republic', 'Czechia'] },
  { regionId: 'RS', names: ['Serbia'] },
  { regionId: 'MK', names: ['North Macedonia', 'Macedonia'] },
  { regionId: 'TZ', names: ['Tanzania'] },
  { regionId: 'BS', names: ['Bahamas'] },
  { regionId: 'KR', names: ['South Korea', 'Republic of Korea'] },
  { regionId: 'KP', names: ['North Korea'] },
  { regionId: 'CD', names: ['DR Congo', 'DRC', 'Democratic Republic of the Congo'] },
  { regionId: 'TR', names: ['Turkey', 'Türkiye', 'Turkiye'] },
  // "Georgia" is the country here; the US state is an admin-1 region of a country for which no
  // admin-1 aliases are generated, so there is no clash.
  { regionId: 'GE', names: ['Georgia', 'Sakartvelo'] },
];

/**
 * All aliases of the regions in `set`, sorted by key then region id. Each key maps to one
 * region: when two regions claim the same key at the same priority (e.g. "Altai" for Altai
 * Krai and the Altai Republic), the key is dropped as ambiguous.
 */
export function regionAliases(set: RegionSet): RegionAlias[] {
  const candidates = new Map<
    string,
    Array<{ regionId: string; bare: boolean; priority: number }>
  >();
  const add = (
    text: string | undefined,
    regionId: string,
    bare: boolean,
    priority: number,
  ): void => {
    if (!text) return;
    const key = foldKey(text);
    if (key.length < 2) return;
    const list = candidates.get(key) ?? [];
    list.push({ regionId, bare, priority });
    candidates.set(key, list);
  };

  for (const region of set.regions) {
    if (region.kind === 'country') {
      add(region.name, region.id, true, FULL);
      add(region.names.uk, region.id, true, FULL);
      add(region.names.ru, region.id, true, FULL);
      for (const alt of region.altNames ?? []) add(alt, region.id, true, FULL);
      // "Democratic Republic of the Congo" is also written without its article.
      for (const n of [region.name, ...(region.altNames ?? [])])
        if (/ of the /i.test(n)) add(n.replace(/ of the /i, ' of '), region.id, true, FULL);
    } else if (region.kind === 'composite') {
      add(region.name, region.id, true, FULL);
      add(region.names.uk, region.id, true, FULL);
      add(region.names.ru, region.id, true, FULL);
    } else if (ALIAS_COUNTRIES.has(region.countryCode)) {
      addAdmin1(region, add);
    }
  }
  for (const { regionId, names } of EXPLICIT_ALIASES) {
    if (!set.get(regionId)) continue;
    for (const name of names) add(name, regionId, true, EXPLICIT);
  }

  const out: RegionAlias[] = [];
  for (const key of [...candidates.keys()].sort()) {
    const list = candidates.get(key)!;
    const top = Math.max(...list.map((c) => c.priority));
    const winners = list.filter((c) => c.priority === top);
    const ids = new Set(winners.map((c) => c.regionId));
    if (ids.size !== 1) continue; // ambiguous at the top priority
    // When one region gets a key both ways, the cautious reading (needs a region word) wins.
    const bare = winners.every((c) => c.bare);
    out.push({ key, regionId: winners[0].regionId, bare });
  }
  return out;
}

type AddFn = (text: string | undefined, regionId: string, bare: boolean, priority: number) => void;

/** Full names, base names and the rule-derived Cyrillic base names of one admin-1 region. */
function addAdmin1(region: RegionInfo, add: AddFn): void {
  const id = region.id;
  const fullAlts = (region.altNames ?? []).filter(isFullName);
  const baseAlts = (region.altNames ?? []).filter((alt) => !isFullName(alt));
  for (const full of fullAlts) add(full, id, true, FULL);
  // City regions (Kyiv, Sevastopol, Moscow, Saint Petersburg, Minsk): their names are just the
  // city's name, which text uses for the city (a place). Only "Misto Kyyiv"-style full names
  // and the explicit "Kyiv city" aliases refer to the region.
  if (isCityRegion(region)) return;
  // Unnamed Natural Earth features (tiny islands) are named "<country> minor islands" by the
  // build; nobody writes that.
  if (/ minor islands$/.test(region.name)) return;

  add(region.name, id, true, FULL);
  add(region.names.uk, id, true, FULL);
  add(region.names.ru, id, true, FULL);
  // Regions named after their capital: oblasts and krais with a non-adjectival base
  // ("Krasnodar Krai" yes, "Primorsky Krai" no).
  const namedAfterCity =
    /\s(Oblast|Krai)$/.test(region.name) &&
    !/(sky|skiy|ski)$/i.test(region.shortName) &&
    !/Autonomous/.test(region.name);
  const baseIsBare = (base: string): boolean =>
    !namedAfterCity || NON_CITY_BASES.has(foldKey(base));

  const bases = [...baseAlts];
  // "Chechen Republic" -> "Chechen" is an adjective, not a name; "Republic of Dagestan" ->
  // "Dagestan" is fine. (Chechnya etc. come in through the Russian/Ukrainian names.)
  if (!/\sRepublic$/.test(region.name) && !NOT_A_NAME.has(foldKey(region.shortName)))
    bases.push(region.shortName);
  const derived = cyrillicBases(region);
  bases.push(...derived.bases);
  for (const base of bases) add(base, id, baseIsBare(base), BASE);
  // Ukrainian "-щина" region names ("Харківщина" = Kharkiv region) are unambiguous.
  for (const name of derived.shchyna) add(name, id, true, FULL);
}

const CITY_TYPES = new Set(['City with special status', 'Federal City', 'City', 'Municipality']);

/** Cities that are admin-1 regions (Kyiv, Sevastopol, Moscow, Saint Petersburg, Minsk). */
function isCityRegion(region: RegionInfo): boolean {
  return region.typeName !== undefined && CITY_TYPES.has(region.typeName);
}

function isFullName(name: string): boolean {
  return foldKey(name)
    .split(' ')
    .some((w) => FULL_NAME_WORDS.has(w));
}

/**
 * One way to turn the adjective stem of a region name back into the city name. `uk` applies
 * to the stem of "<stem>ька область" and `ru` to that of "<stem>кая область" ("Харківська" ->
 * stem "Харківс"; "Харьковская" -> "Харьковс"). `drop` letters are removed from the end of
 * the stem, then `add` is appended.
 */
interface Reconstruction {
  drop: string;
  uk: string;
  ru: string;
}

/**
 * The reconstructions, tried in order. Each is a regular pattern of Ukrainian/Russian
 * adjective formation, e.g. "Харків" + "ськ(а)" (drop "с"), "Луганськ" + "(а)" (add "ьк"/"к"),
 * "Вінниця" -> "Вінниц" + "ька" (add "я"/"а").
 */
const RECONSTRUCTIONS: readonly Reconstruction[] = [
  { drop: 'с', uk: '', ru: '' }, // Харків(ська), Херсон, Житомир, Львів/Львов
  { drop: '', uk: 'ьк', ru: 'к' }, // Луганськ, Донецьк, Дніпропетровськ, Брянск
  { drop: '', uk: 'я', ru: 'а' }, // Вінниця / Винница
  { drop: '', uk: 'а', ru: 'а' }, // Одеса / Одесса
  { drop: 'с', uk: 'ь', ru: 'ь' }, // Волинь / Волынь
  { drop: 'с', uk: 'а', ru: 'а' }, // Полтава
  { drop: 'с', uk: 'и', ru: 'ы' }, // Суми / Сумы
  { drop: '', uk: 'и', ru: 'ы' }, // Черкаси / Черкассы
  { drop: '', uk: 'ький', ru: 'кий' }, // Хмельницький / Хмельницкий
];

const UK_ADJECTIVE = /^(.+)ька область$|^(.+)ький край$/;
const RU_ADJECTIVE = /^(.+)кая область$|^(.+)кий край$/;

/**
 * Derives the city-style base names from the Ukrainian and Russian region names by rule:
 * strip the adjectival ending (-ська/-цька область, -ская/-цкая область, -ский край), then
 * find the reconstruction that turns the stem back into the region's known English base name
 * (the Ukrainian stem for Ukraine, whose English names are Ukrainian romanisations; the Russian
 * stem elsewhere) and apply the same reconstruction to the other language. So
 * "Харьковская область" gives "Харьков" (foldKey "kharkov") because "Харківська" -> "Харків"
 * matches "Kharkiv"; stems that no reconstruction confirms (Рівне/Ровно, Чернівці/Черновцы)
 * yield nothing rather than a wrong form.
 *
 * Also returns the Ukrainian "-щина" region names for Ukrainian oblasts ("Харківщина",
 * "Донеччина", "Одещина").
 */
export function cyrillicBases(region: RegionInfo): { bases: string[]; shchyna: string[] } {
  const bases: string[] = [];
  const shchyna: string[] = [];
  const ukStem = region.names.uk ? stemOf(region.names.uk, UK_ADJECTIVE) : null;
  const ruStem = region.names.ru ? stemOf(region.names.ru, RU_ADJECTIVE) : null;
  const target = looseKey(region.shortName);
  const reconstruct = (stem: string, r: Reconstruction, lang: 'uk' | 'ru'): string | null => {
    if (r.drop && !stem.endsWith(r.drop)) return null;
    return stem.slice(0, stem.length - r.drop.length) + r[lang];
  };
  // Ukrainian regions are validated on the Ukrainian stem, others on the Russian one.
  const [checkLang, checkStem] =
    region.countryCode === 'UA' ? (['uk', ukStem] as const) : (['ru', ruStem] as const);
  if (checkStem) {
    const match = RECONSTRUCTIONS.find((r) => {
      const base = reconstruct(checkStem, r, checkLang);
      return base !== null && looseKey(base) === target;
    });
    if (match) {
      for (const [lang, stem] of [
        ['uk', ukStem],
        ['ru', ruStem],
      ] as const) {
        const base = stem ? reconstruct(stem, match, lang) : null;
        if (base) bases.push(base);
      }
    }
  }
  if (region.countryCode === 'UA' && ukStem && /ька область$/.test(region.names.uk ?? '')) {
    // Харківс -> Харківщина, Одес -> Одещина, Донец -> Донеччина; "-зька" (Запорізька) has an
    // irregular form (Запоріжжя) and is skipped.
    if (ukStem.endsWith('с')) shchyna.push(`${ukStem.slice(0, -1)}щина`);
    else if (ukStem.endsWith('ц')) shchyna.push(`${ukStem.slice(0, -1)}ччина`);
  }
  return { bases, shchyna };
}

function stemOf(name: string, pattern: RegExp): string | null {
  const m = pattern.exec(name.trim().toLowerCase());
  if (!m) return null;
  const stem = m[1] ?? m[2];
  return stem ? restoreCase(name, stem) : null;
}

/** Gives the stem the capitalisation of the original name (first letter upper case). */
function restoreCase(original: string, stem: string): string {
  return original.charAt(0) + stem.slice(1);
}

/**
 * A key that ignores the differences between Russian-table and Ukrainian-table folding of the
 * same Cyrillic word (г g/h, и i/y, й y/i, я ya/ia, ю yu/iu): foldKey only uses the Ukrainian
 * table when the word contains і/ї/є/ґ, so "Луганськ" folds to "lugansk" while the English
 * name is "Luhansk".
 */
function looseKey(s: string): string {
  return foldKey(s).replace(/kh/g, 'x').replace(/h/g, 'g').replace(/y/g, 'i');
}
