import { describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidUtf8, InputError } from './decode-bytes.ts';
import { encodeWindows1251 } from './test-encodings.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeBytes(utf8('Київ'), 'a.txt')).toEqual({
      text: 'Київ',
      encoding: 'utf-8',
      guessed: false,
    });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Київ')]), 'a.txt').text).toBe(
      'Київ',
    );
  });

  it('reads UTF-16 with a BOM, both byte orders', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x1a, 0x04, 0x38, 0x04]); // "Ки"
    const be = new Uint8Array([0xfe, 0xff, 0x04, 0x1a, 0x04, 0x38]);
    expect(decodeBytes(le, 'a.txt')).toMatchObject({ text: 'Ки', encoding: 'utf-16le' });
    expect(decodeBytes(be, 'a.txt')).toMatchObject({ text: 'Ки', encoding: 'utf-16be' });
  });

  it('refuses broken UTF-16: odd length, unpaired surrogate', () => {
    expect(() => decodeBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), 'u.txt')).toThrow(
      /u\.txt: .*odd number of bytes/,
    );
    expect(() =>
      decodeBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]), 'u.txt'),
    ).toThrow(/unpaired surrogate at byte 4/);
  });

  it('guesses Windows-1251 for Cyrillic text that is not UTF-8, and says it guessed', () => {
    const bytes = encodeWindows1251('Харьков под обстрелом, в Донецкой области.');
    expect(decodeBytes(bytes, 'cp.txt')).toEqual({
      text: 'Харьков под обстрелом, в Донецкой области.',
      encoding: 'windows-1251',
      guessed: true,
    });
  });

  it('does not mistake Latin-1 text for Windows-1251, and says where the bad byte is', () => {
    const bytes = new Uint8Array([...utf8('ok\nun caf'), 0xe9, ...utf8(' au lait')]);
    let error: unknown;
    try {
      decodeBytes(bytes, 'latin.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      'latin.txt: the text is not valid UTF-8 (first bad byte at byte 9 (line 2, column 7)) and does not look like Windows-1251; save it as UTF-8 or choose its encoding.',
    );
  });

  it('decodes with the encoding the user chose', () => {
    const bytes = encodeWindows1251('Київ');
    expect(decodeBytes(bytes, 'a.txt', 'windows-1251')).toEqual({
      text: 'Київ',
      encoding: 'windows-1251',
      guessed: false,
    });
  });

  it('refuses empty and binary files', () => {
    expect(() => decodeBytes(new Uint8Array(), 'e.txt')).toThrow('e.txt: the file is empty.');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => decodeBytes(png, 'image.txt')).toThrow(/image\.txt: this looks like a binary/);
  });
});

describe('firstInvalidUtf8', () => {
  it('agrees with a fatal TextDecoder on valid and invalid sequences', () => {
    const cases: number[][] = [
      [0x41],
      [0xc3, 0xa9],
      [0xe2, 0x82, 0xac],
      [0xf0, 0x9f, 0x98, 0x80],
      [0xc0, 0x80], // overlong
      [0xed, 0xa0, 0x80], // surrogate
      [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
      [0xe2, 0x82], // truncated
      [0x41, 0x80],
    ];
    for (const c of cases) {
      const bytes = new Uint8Array(c);
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        valid = false;
      }
      expect(firstInvalidUtf8(bytes) < 0, JSON.stringify(c)).toBe(valid);
    }
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xff]))).toBe(2);
  });
});
