/**
 * The GeoNames drop folder's readers: zip archives, file classification, postal-code places,
 * code lists, and the keys of administrative units. Fixtures are written here by hand.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readZip, ZipError } from '../scripts/geonames/read-zip.ts';
import {
  dropFolderFiles,
  parsePostal,
  readGeoNamesInputs,
} from '../scripts/geonames/geonames-inputs.ts';
import { adminUnitKeys } from '../scripts/build-gazetteer.ts';

/** A zip archive (APPNOTE layout) with deflated entries, made by hand for the reader. */
function makeZip(entries: [string, string][]): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const nameBytes = enc.encode(name);
    const data = deflateRawSync(enc.encode(text));
    const local = new Uint8Array(30 + nameBytes.length + data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(18, data.length, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    local.set(data, 30 + nameBytes.length);
    const central = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(20, data.length, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + 22);
  let p = 0;
  for (const part of [...locals, ...centrals, eocd]) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}

const DUMP_ROW =
  '9000001\tKindrativka\tKindrativka\tKondratovka\t51.1367\t35.1150\tP\tPPL\tUA\t\t21\t\t\t\t450\t\t160\tEurope/Kyiv\t2024-01-01';

describe('readZip', () => {
  it('reads deflated entries back unchanged', () => {
    const zip = makeZip([
      ['readme.txt', 'hello'],
      ['UA.txt', DUMP_ROW + '\n'],
    ]);
    const entries = readZip(zip);
    expect(new TextDecoder().decode(entries.get('UA.txt'))).toBe(DUMP_ROW + '\n');
    expect([...entries.keys()]).toEqual(['readme.txt', 'UA.txt']);
  });
  it('refuses a file that is not an archive, and a truncated one, with a clear error', () => {
    expect(() => readZip(new TextEncoder().encode('not a zip at all, just text'), 'x.zip')).toThrow(
      /x\.zip is not a zip archive/,
    );
    const zip = makeZip([['UA.txt', DUMP_ROW.repeat(50)]]);
    const cut = new Uint8Array(zip.length - 40);
    cut.set(zip.subarray(0, 30));
    cut.set(zip.subarray(zip.length - 22), cut.length - 22);
    expect(() => readZip(cut, 'cut.zip')).toThrow(ZipError);
  });
});

describe('the drop folder', () => {
  it('classifies dumps (zip or txt), code lists and postal files; skips what it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geonames-'));
    writeFileSync(join(dir, 'UA.zip'), makeZip([['UA.txt', DUMP_ROW + '\n']]));
    writeFileSync(join(dir, 'countryInfo.txt'), '#ISO\tISO3\nUA\tUKR\n');
    writeFileSync(join(dir, 'admin1CodesASCII.txt'), 'UA.21\tSumy\tSumy\t692196\n');
    writeFileSync(
      join(dir, 'RU-postal.csv'),
      'country_code,zipcode,place,state,state_code,province,province_code,community,community_code,latitude,longitude\nRU,307800,Суджа,Курская Область,41,,,,,51.19,35.27\n',
    );
    writeFileSync(join(dir, 'notes.txt'), 'a\tb\tc\n');
    writeFileSync(join(dir, 'readme.txt'), 'ignored');
    const files = dropFolderFiles(dir);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
      'RU-postal.csv',
      'UA.zip',
      'admin1CodesASCII.txt',
      'countryInfo.txt',
      'notes.txt',
    ]);
    const inputs = readGeoNamesInputs(files);
    expect(inputs.dumps.map((d) => d.source)).toEqual(['UA.zip:UA.txt']);
    expect(inputs.countryInfo).toMatch(/UKR/);
    expect(inputs.admin1Codes).toMatch(/692196/);
    expect(inputs.postal).toHaveLength(1);
    expect(inputs.skipped.join()).toMatch(/notes\.txt: not a GeoNames dump or postal file/);
    expect(dropFolderFiles(join(dir, 'missing'))).toEqual([]);
  });
});

describe('parsePostal', () => {
  it('keeps each place once, leaves out numbered offices, reports rows without a point', () => {
    const errors: string[] = [];
    const csv = [
      'country_code,zipcode,place,state,state_code,province,province_code,community,community_code,latitude,longitude',
      'RU,308000,Белгород,Белгородская Область,09,,,,,50.61,36.58',
      'RU,308001,Белгород 1,Белгородская Область,09,,,,,50.61,36.58',
      'RU,308002,Белгород,Белгородская Область,09,,,,,50.62,36.59',
      'RU,309000,Грайворон,Белгородская Область,09,,,,,,',
    ].join('\n');
    const places = parsePostal(csv, 'p.csv', errors);
    expect(places).toEqual([
      {
        country: 'RU',
        name: 'Белгород',
        admin1Name: 'Белгородская Область',
        lat: 50.61,
        lon: 36.58,
      },
    ]);
    expect(errors).toEqual(['p.csv:5: no place name or point']);
  });
  it('reads the 12-column GeoNames postal TSV too', () => {
    const tsv = 'RU\t307800\tСуджа\tКурская Область\t41\t\t\t\t\t51.19\t35.27\t4\n';
    expect(parsePostal(tsv, 'RU.txt', [])[0]).toMatchObject({ name: 'Суджа', lat: 51.19 });
  });
});

describe('adminUnitKeys', () => {
  it('writes a raion under each type word and each romanisation of its adjective', () => {
    const keys = adminUnitKeys('telmanovskiy rayon');
    expect(keys).toContain('telmanovsky district');
    expect(keys).toContain('telmanovskyi raion');
    expect(keys).toContain('telmanovskiy rayon');
    expect(adminUnitKeys('zvenihorodka raion')).toEqual([
      'zvenihorodka district',
      'zvenihorodka raion',
      'zvenihorodka rayon',
    ]);
    expect(adminUnitKeys('kharkiv')).toEqual([]);
  });
});
