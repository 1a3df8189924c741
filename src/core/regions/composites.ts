/**
 * Composite regions: named groups of admin-1 regions that news text refers to as one place
 * ("Donbas", "southern Ukraine"). Their ids start with `@` so they can never collide with an
 * admin-1 id (`UA.05`) or a country id (`UA`).
 *
 * The build script (scripts/build-regions.ts) dissolves the members into one outline for the
 * map and stores the member list; at run time `RegionSet.contains` treats a composite as the
 * union of its members.
 *
 * Member ids are GeoNames admin-1 codes as found in Natural Earth's `gn_a1_code`
 * (UA.01 Cherkasy ... UA.27 Zhytomyr); the build fails if any member id is missing.
 *
 * The macro-regions of Ukraine have no legal definition (there is no administrative level
 * between oblast and country), and sources disagree at the edges: opinion polls often use a
 * four-way split (West / Centre / South / East) in which the North is part of the Centre and
 * Dnipropetrovsk is in the South, while journalism usually speaks of five directions. The
 * definitions below are this project's own five-way split (fixed in the design brief of the
 * region layer), chosen so that every oblast belongs to exactly one macro-region and the
 * front-line oblasts land where war reporting puts them. `@donbas` and `@crimea` overlap the
 * macro-regions by design. Each entry's `source` says what it is based on; the list was
 * written offline and not checked against a published classification.
 */

/** The definition of one composite region. */
export interface CompositeDefinition {
  /** Stable id, always starting with `@`. */
  id: string;
  /** English display name. */
  name: string;
  /** Short English name (used for labels). */
  shortName: string;
  /** Ukrainian and Russian names, used for display and aliases. */
  names: { en: string; uk?: string; ru?: string };
  /** Country (de jure) all members belong to. */
  countryCode: string;
  /** Member admin-1 region ids. */
  members: readonly string[];
  /** Where the definition comes from. */
  source: string;
}

/** All composite regions, sorted by id. */
export const COMPOSITES: readonly CompositeDefinition[] = [
  {
    id: '@central-ukraine',
    name: 'Central Ukraine',
    shortName: 'Central Ukraine',
    names: { en: 'Central Ukraine', uk: 'Центральна Україна', ru: 'Центральная Украина' },
    countryCode: 'UA',
    // Vinnytsia, Cherkasy, Kirovohrad, Poltava, Dnipropetrovsk.
    members: ['UA.01', 'UA.04', 'UA.10', 'UA.18', 'UA.23'],
    source:
      'Project definition: the remaining oblasts of the Dnipro middle course. Poll splits that ' +
      'have no North also put Kyiv, Zhytomyr, Chernihiv and Sumy here, and often move ' +
      'Dnipropetrovsk to the South or East.',
  },
  {
    id: '@crimea',
    name: 'Crimea',
    shortName: 'Crimea',
    names: { en: 'Crimea', uk: 'Крим', ru: 'Крым' },
    countryCode: 'UA',
    // Autonomous Republic of Crimea + Sevastopol: the whole peninsula.
    members: ['UA.11', 'UA.20'],
    source:
      'The Crimean peninsula = the two Ukrainian administrative units on it (Autonomous ' +
      'Republic of Crimea and the city with special status of Sevastopol).',
  },
  {
    id: '@donbas',
    name: 'Donbas',
    shortName: 'Donbas',
    names: { en: 'Donbas', uk: 'Донбас', ru: 'Донбасс' },
    countryCode: 'UA',
    // Donetsk + Luhansk oblasts.
    members: ['UA.05', 'UA.14'],
    source:
      'In current usage (news, Ukrainian government) Donbas = Donetsk and Luhansk oblasts; the ' +
      'historical coal basin also reaches into Dnipropetrovsk and Rostov oblasts, which is ignored.',
  },
  {
    id: '@eastern-ukraine',
    name: 'Eastern Ukraine',
    shortName: 'Eastern Ukraine',
    names: { en: 'Eastern Ukraine', uk: 'Східна Україна', ru: 'Восточная Украина' },
    countryCode: 'UA',
    // Kharkiv, Donetsk, Luhansk.
    members: ['UA.05', 'UA.07', 'UA.14'],
    source:
      'Project definition: the narrow "East" of many Ukrainian opinion polls (Kharkiv, Donetsk, ' +
      'Luhansk). Wider definitions add Dnipropetrovsk and Zaporizhzhia; we keep those in ' +
      'Central/Southern Ukraine so that the macro-regions do not overlap.',
  },
  {
    id: '@northern-ukraine',
    name: 'Northern Ukraine',
    shortName: 'Northern Ukraine',
    names: { en: 'Northern Ukraine', uk: 'Північна Україна', ru: 'Северная Украина' },
    countryCode: 'UA',
    // Chernihiv, Sumy, Kyiv Oblast, Kyiv city, Zhytomyr.
    members: ['UA.02', 'UA.12', 'UA.13', 'UA.21', 'UA.27'],
    source:
      'Project definition: Kyiv city and the oblasts around it that border Belarus or Russia ' +
      'north of Poltava (roughly the 2022 northern front).',
  },
  {
    id: '@southern-ukraine',
    name: 'Southern Ukraine',
    shortName: 'Southern Ukraine',
    names: { en: 'Southern Ukraine', uk: 'Південна Україна', ru: 'Южная Украина' },
    countryCode: 'UA',
    // Odesa, Mykolaiv, Kherson, Zaporizhzhia, Crimea, Sevastopol.
    members: ['UA.08', 'UA.11', 'UA.16', 'UA.17', 'UA.20', 'UA.26'],
    source:
      'Project definition: the Black Sea and Sea of Azov coast (Odesa, Mykolaiv, Kherson, ' +
      'Zaporizhzhia) plus the Crimean peninsula.',
  },
  {
    id: '@western-ukraine',
    name: 'Western Ukraine',
    shortName: 'Western Ukraine',
    names: { en: 'Western Ukraine', uk: 'Західна Україна', ru: 'Западная Украина' },
    countryCode: 'UA',
    // Lviv, Volyn, Rivne, Ternopil, Ivano-Frankivsk, Zakarpattia, Chernivtsi, Khmelnytskyi.
    members: ['UA.03', 'UA.06', 'UA.09', 'UA.15', 'UA.19', 'UA.22', 'UA.24', 'UA.25'],
    source:
      'Project definition, matching the usual "West" of opinion polls: the eight oblasts west ' +
      'of Zhytomyr/Vinnytsia (Galicia, Volhynia, Transcarpathia, Bukovina, western Podillia).',
  },
];
