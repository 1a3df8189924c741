import { describe, expect, it } from 'vitest';
import { addedFile, restage, stageBytes } from './staged-file.ts';
import { encodeWindows1251 } from '../core/io/test-encodings.ts';

const utf8 = (s: string) => new Uint8Array(new TextEncoder().encode(s));

describe('stageBytes', () => {
  it('keeps errors as messages naming the file', async () => {
    const empty = await stageBytes('empty.txt', new Uint8Array());
    expect(empty.error).toBe('empty.txt: the file is empty.');
    expect(empty.count).toBe(0);
    expect(empty.first).toBeNull();
  });

  it('re-decodes with the encoding the user chose, keeping its own bytes', async () => {
    const bytes = new Uint8Array(encodeWindows1251('Бои под Покровском.'));
    const guessed = await stageBytes('cp.txt', bytes);
    expect(guessed).toMatchObject({ encoding: 'windows-1251', guessed: true, error: null });
    const forced = await restage(guessed, 'utf-8');
    expect(guessed.bytes.length).toBe(bytes.length);
    expect(forced).toMatchObject({ key: guessed.key, encoding: 'utf-8', forced: 'utf-8' });
    expect(forced.first!.text).not.toBe(guessed.first!.text);
  });

  it('lists broken JSONL lines and keeps the good ones', async () => {
    const s = await stageBytes(
      'c.jsonl',
      utf8('{"id":"a","text":"x"}\n{oops\n{"id":"b","text":"y"}\n'),
    );
    expect(s.count).toBe(2);
    expect(s.problems.map((p) => p.line)).toEqual([2]);
  });

  it('sends a file to add with its bytes, the chosen encoding and the non-empty metadata', async () => {
    const one = await stageBytes('one.txt', utf8('Sumy.'), 'utf-8');
    const meta = { title: ' Report ', date: '', url: 'https://example.org/r' };
    expect(addedFile(one, meta)).toEqual({
      name: 'one.txt',
      bytes: one.bytes,
      forced: 'utf-8',
      meta: { title: 'Report', url: 'https://example.org/r' },
    });
    expect(addedFile(one, { title: ' ', date: '', url: '' }).meta).toBeUndefined();
    const two = await stageBytes('c.jsonl', utf8('{"id":"a","text":"x"}\n{"id":"b","text":"y"}\n'));
    expect(addedFile(two, meta).meta).toBeUndefined();
  });
});
