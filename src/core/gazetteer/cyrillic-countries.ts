/** Countries whose own place names are written in Cyrillic. */
export const CYRILLIC_COUNTRIES: ReadonlySet<string> = new Set([
  'UA',
  'RU',
  'BY',
  'BG',
  'RS',
  'MK',
  'KZ',
  'KG',
  'TJ',
  'MN',
  'ME',
  'BA',
  'MD',
]);

/**
 * Countries whose place names reach English through Russian or Ukrainian romanisation: the
 * Cyrillic-writing ones and the other former Soviet republics, whose places were (and in
 * reports often still are) known by Russian-era spellings. Only their names get the
 * romanisation variants of the per-region name index (Kharkiv ~ Kharkov); for a name in
 * India or Brazil those rules only make spellings no one writes.
 */
export const RUSSIAN_ROMANISED_COUNTRIES: ReadonlySet<string> = new Set([
  ...CYRILLIC_COUNTRIES,
  'GE',
  'AM',
  'AZ',
  'UZ',
  'TM',
  'LT',
  'LV',
  'EE',
]);
