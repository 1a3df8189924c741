import type { Gazetteer } from './gazetteer.ts';

/** What a gazetteer was built from, as the app and the CLI report it. */
export interface GazetteerSummary {
  /** All places. */
  places: number;
  sources: { name: string; version: string; licence: string }[];
  /** Countries whose full GeoNames dump was merged (every village). */
  countryDumps: string[];
  /** Places per country of `countryDumps`. */
  placeCounts: Record<string, number>;
}

/** What to do when the war zone's villages are missing (the README says the same). */
export const NO_DUMP_ADVICE =
  'The gazetteer has no GeoNames Ukraine dump: villages of population 0 are missing and fall back ' +
  'to their region. Put UA.zip (https://download.geonames.org/export/dump/UA.zip) into ' +
  'data/geonames/ and run npm run build-data (see data/README.md).';

/** The summary of a loaded gazetteer. */
export function gazetteerSummary(gz: Gazetteer): GazetteerSummary {
  return {
    places: gz.placeCount,
    sources: gz.meta.sources,
    countryDumps: gz.meta.countryDumps ?? [],
    placeCounts: gz.meta.placeCounts ?? {},
  };
}

/**
 * One line: "264,640 places; GeoNames dumps: UA (38,588 places)" or "... no country dump".
 *
 * @example describeGazetteer(gazetteerSummary(engine.gazetteer))
 */
export function describeGazetteer(s: GazetteerSummary): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  const dumps = s.countryDumps.length
    ? `GeoNames country dumps: ${s.countryDumps.map((c) => `${c} (${n(s.placeCounts[c] ?? 0)} places)`).join(', ')}`
    : 'no GeoNames country dump (villages missing)';
  const dated = s.sources.find((x) => x.name.startsWith('GeoNames country dump'));
  return `${n(s.places)} places; ${dumps}${dated ? `; ${dated.version}` : ''}`;
}
