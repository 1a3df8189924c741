import { describe, expect, it } from 'vitest';
import { restage, stageBytes } from './staged-file.ts';
import { encodeWindows1251 } from '../core/io/test-encodings.ts';

const utf8 = (s: string) => new Uint8Array(new TextEncoder().encode(s));

describe('stageBytes', () => {
  it('keeps errors as messages naming the file', async () => {
    const empty = await stageBytes('empty.txt', new Uint8Array());
    expect(empty.error).toBe('empty.txt: the file is empty.');
    expect(empty.articles).toEqual([]);
  });

  it('re-decodes with the encoding the user chose, keeping its own bytes', async () => {
    const bytes = new Uint8Array(encodeWindows1251('Бои под Покровском.'));
    const guessed = await stageBytes('cp.txt', bytes);
    expect(guessed).toMatchObject({ encoding: 'windows-1251', guessed: true, error: null });
    const forced = await restage(guessed, 'utf-8');
    expect(guessed.bytes.length).toBe(bytes.length);
    expect(forced).toMatchObject({ key: guessed.key, encoding: 'utf-8', forced: 'utf-8' });
    expect(forced.articles[0].text).not.toBe(guessed.articles[0].text);
  });

  it('lists broken JSONL lines and keeps the good ones', async () => {
    const s = await stageBytes(
      'c.jsonl',
      utf8('{"id":"a","text":"x"}\n{oops\n{"id":"b","text":"y"}\n'),
    );
    expect(s.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(s.problems.map((p) => p.line)).toEqual([2]);
  });
});
