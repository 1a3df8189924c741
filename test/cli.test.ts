/**
 * The analyze command (scripts/analyze.ts): formats, inputs, bad inputs and exit codes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../scripts/analyze.ts';
import { ARTICLES_DIR } from './helpers/corpus.ts';

const ROOT = join(import.meta.dirname, '..');

/** Windows-1251 encoder for the test (TextEncoder only writes UTF-8): А-я are 0xC0-0xFF. */
class TextEncoderWin1251 {
  encode(s: string): Buffer {
    return Buffer.from(
      [...s].map((ch) => {
        const c = ch.charCodeAt(0);
        if (c < 128) return c;
        if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
        if (ch === 'Ё') return 0xa8;
        if (ch === 'ё') return 0xb8;
        throw new Error(`not in the test encoder: ${ch}`);
      }),
    );
  }
}
const dir = mkdtempSync(join(tmpdir(), 'claim-map-cli-'));

let stderr = '';
const realWrite = process.stderr.write.bind(process.stderr);
async function run(args: string[]): Promise<number> {
  stderr = '';
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    return await main(args);
  } finally {
    process.stderr.write = realWrite;
  }
}
afterEach(() => {
  process.stderr.write = realWrite;
});

describe('analyze: formats', () => {
  it('json: the reference document, offsets exact, deterministic', async () => {
    const out1 = join(dir, 'a.json');
    const out2 = join(dir, 'b.json');
    expect(await run(['--out', out1, ARTICLES_DIR])).toBe(0);
    expect(await run(['--format', 'json', '--out', out2, ARTICLES_DIR])).toBe(0);
    expect(readFileSync(out1, 'utf8')).toBe(readFileSync(out2, 'utf8'));
    const doc = JSON.parse(readFileSync(out1, 'utf8'));
    expect(doc.tool.name).toBe('claim-map');
    expect(doc.gazetteer.places).toBeGreaterThan(200_000);
    expect(doc.articles.map((a: { id: string }) => a.id)).toEqual([
      '000_2f3c5871bf496534',
      '001_cb57719b9026dd00',
      '002_3a26b6f60177f8c7',
      '003_6b3a87b4a55c3f04',
      '004_60704743329cbac1',
    ]);
    for (const a of doc.articles) {
      const text = readFileSync(join(ARTICLES_DIR, `${a.id}.txt`), 'utf8');
      for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(a.claims.length).toBeGreaterThan(0);
    }
  });

  it('geojson: a FeatureCollection of points with article ids and sentences', async () => {
    const out = join(dir, 'c.geojson');
    expect(await run(['--format', 'geojson', '--out', out, ARTICLES_DIR])).toBe(0);
    const fc = JSON.parse(readFileSync(out, 'utf8'));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(20);
    for (const f of fc.features) {
      expect(f.geometry.type).toBe('Point');
      expect(typeof f.properties.articleId).toBe('string');
      expect(typeof f.properties.sentence).toBe('string');
    }
    expect(
      fc.features.some((f: { properties: { record: string } }) => f.properties.record === 'claim'),
    ).toBe(true);
  });

  it('csv: one row per mention and claim, formula cells neutralised', async () => {
    const out = join(dir, 'd.csv');
    const jsonl = join(dir, 'formula.jsonl');
    writeFileSync(
      jsonl,
      JSON.stringify({ id: '=cmd()', text: 'Shelling hit Kharkiv overnight.' }) + '\n',
    );
    expect(await run(['--format', 'csv', '--out', out, jsonl])).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.split('\n')[0]).toMatch(/^\uFEFFrecord,id,article_id/);
    expect(csv).toContain("'=cmd()");
    expect(csv).not.toMatch(/,=cmd\(\)/);
  });

  it('ndjson: one article per line, in input order, ids kept', async () => {
    const jsonl = join(dir, 'three.jsonl');
    writeFileSync(
      jsonl,
      [
        '{"id":"b","text":"Drones hit Sumy."}',
        '{"id":"a","text":"Shelling in Kherson."}',
        '{"id":"c","text":"No places here."}',
      ].join('\n') + '\n',
    );
    const out = join(dir, 'e.ndjson');
    expect(await run(['--format', 'ndjson', '--out', out, jsonl])).toBe(0);
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((a) => a.id)).toEqual(['b', 'a', 'c']);
    expect(lines[0].mentions[0].place.name).toBe('Sumy');
  });

  it('html input: text extracted, scripts dropped, title kept', async () => {
    const html = join(dir, 'page.html');
    writeFileSync(
      html,
      '<html><head><title>Report</title><script>alert("x Kyiv")</script></head><body><p>Fighting near Bakhmut.</p></body></html>',
    );
    const out = join(dir, 'f.json');
    expect(await run(['--out', out, html])).toBe(0);
    const a = JSON.parse(readFileSync(out, 'utf8')).articles[0];
    expect(a.id).toBe('page');
    expect(a.title).toBe('Report');
    expect(a.mentions.map((m: { text: string }) => m.text)).toEqual(['Bakhmut']);
  });
});

describe('analyze: bad input', () => {
  it('a broken JSONL line is reported with file and line; the good lines are analysed; exit 1', async () => {
    const jsonl = join(dir, 'broken.jsonl');
    writeFileSync(
      jsonl,
      '{"id":"ok1","text":"Kyiv"}\n{"id":"bad", "text": \n{"id":"ok2","text":"Lviv"}\n',
    );
    const out = join(dir, 'g.json');
    expect(await run(['--out', out, jsonl])).toBe(1);
    expect(stderr).toMatch(/broken\.jsonl:2: not valid JSON/);
    expect(JSON.parse(readFileSync(out, 'utf8')).articles.map((a: { id: string }) => a.id)).toEqual(
      ['ok1', 'ok2'],
    );
  });

  it('binary, empty and missing files are reported; the rest is analysed', async () => {
    const png = join(dir, 'image.txt');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const good = join(dir, 'good.txt');
    writeFileSync(good, 'Explosions were heard in Odesa.');
    const out = join(dir, 'h.json');
    expect(await run(['--out', out, png, empty, join(dir, 'nope.txt'), good])).toBe(1);
    expect(stderr).toMatch(/image\.txt: this looks like a binary file/);
    expect(stderr).toMatch(/empty\.txt: the file is empty/);
    expect(stderr).toMatch(/nope\.txt: no such file/);
    expect(JSON.parse(readFileSync(out, 'utf8')).articles.map((a: { id: string }) => a.id)).toEqual(
      ['good'],
    );
  });

  it('Windows-1251 text is decoded', async () => {
    const cp = join(dir, 'cp1251.txt');
    // "Харьков под обстрелом" in Windows-1251
    writeFileSync(cp, new TextEncoderWin1251().encode('Харьков под обстрелом'));
    const out = join(dir, 'i.json');
    expect(await run(['--out', out, cp])).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).articles[0].mentions[0]?.text).toBe('Харьков');
  });

  it('usage errors exit 2', async () => {
    expect(await run([])).toBe(2);
    expect(stderr).toMatch(/usage: npm run analyze/);
    expect(await run(['--format', 'xml', 'x.txt'])).toBe(2);
    expect(await run(['--bogus', 'x.txt'])).toBe(2);
  });

  it('reads standard input (a separate process)', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/analyze.ts'), '--format', 'ndjson', '-'],
      {
        cwd: ROOT,
        input: 'Russian forces shelled Kupyansk in the Kharkiv region.',
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout.trim());
    expect(a.id).toBe('stdin');
    expect(a.mentions.map((m: { text: string }) => m.text)).toEqual(['Kupyansk', 'Kharkiv region']);
    void execFileSync;
  });
});
