/** What decodeBytes found out about a file's bytes. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';
  /** True when the encoding was guessed from statistics rather than a BOM or valid UTF-8. */
  guessed: boolean;
}

/** A user-facing problem with an input file. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * Decodes an input file: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1251 (common
 * for Russian and Ukrainian text) when the bytes are not valid UTF-8 and look Cyrillic.
 * Throws InputError for empty and binary files and for bytes valid in no supported encoding.
 *
 * @param forced skip detection and use this encoding (the user chose it).
 */
export function decodeBytes(
  bytes: Uint8Array,
  name: string,
  forced?: DecodedText['encoding'],
): DecodedText {
  if (bytes.length === 0) throw new InputError(`${name}: the file is empty.`);
  if (forced)
    return {
      text: stripBom(new TextDecoder(forced).decode(bytes)),
      encoding: forced,
      guessed: false,
    };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, name, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, name, 'utf-16be');
  if (looksBinary(bytes)) {
    throw new InputError(
      `${name}: this looks like a binary file (an image, archive or document), not text.`,
    );
  }
  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt < 0) {
    const text = new TextDecoder('utf-8').decode(bytes);
    return { text: stripBom(text), encoding: 'utf-8', guessed: false };
  }
  if (looksWindows1251(bytes)) {
    return {
      text: new TextDecoder('windows-1251').decode(bytes),
      encoding: 'windows-1251',
      guessed: true,
    };
  }
  throw new InputError(
    `${name}: the text is not valid UTF-8 (first bad byte at ${where(bytes, invalidAt)}) and does not look like Windows-1251; save it as UTF-8 or choose its encoding.`,
  );
}

/** UTF-16 after its byte order mark; odd lengths and unpaired surrogates are errors. */
function decodeUtf16(
  bytes: Uint8Array,
  name: string,
  encoding: 'utf-16le' | 'utf-16be',
): DecodedText {
  const body = bytes.subarray(2);
  if (body.length % 2 === 1) {
    throw new InputError(
      `${name}: the file starts like UTF-16 text but has an odd number of bytes (${bytes.length.toLocaleString('en-GB')}); it is cut short or not UTF-16.`,
    );
  }
  const le = encoding === 'utf-16le';
  for (let i = 0; i < body.length; i += 2) {
    const unit = le ? body[i] | (body[i + 1] << 8) : (body[i] << 8) | body[i + 1];
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const j = i + 2;
      const next =
        j + 1 < body.length
          ? le
            ? body[j] | (body[j + 1] << 8)
            : (body[j] << 8) | body[j + 1]
          : -1;
      if (next >= 0xdc00 && next <= 0xdfff) {
        i = j;
        continue;
      }
    }
    if ((unit >= 0xd800 && unit <= 0xdbff) || (unit >= 0xdc00 && unit <= 0xdfff)) {
      throw new InputError(
        `${name}: not valid ${encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'}: an unpaired surrogate at byte ${(i + 2).toLocaleString('en-GB')}.`,
      );
    }
  }
  return { text: new TextDecoder(encoding).decode(body), encoding, guessed: false };
}

/** The encodings a user can choose when detection is unsure, with their labels. */
export const ENCODING_LABELS: Record<DecodedText['encoding'], string> = {
  'utf-8': 'UTF-8',
  'windows-1251': 'Windows-1251 (Cyrillic)',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
};

/** "byte 1,234 (line 5, column 17)" for an offset into the file. */
function where(bytes: Uint8Array, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return `byte ${offset.toLocaleString('en-GB')} (line ${line}, column ${offset - lineStart + 1})`;
}

/**
 * The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1 when
 * all of `bytes` is valid UTF-8 (the Unicode Standard, table 3-7: no overlong forms, no
 * surrogates, nothing above U+10FFFF).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i; // truncated at the end of the file
    const second = bytes[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Windows-1251 maps 0xC0-0xFF to А-я (plus Ё ё І і Ї ї Є є Ґ ґ elsewhere above 0x80). Text in
 * that encoding has most of its high bytes there, and in runs (Cyrillic words); a Latin-1 or
 * Windows-1252 file ("café") has isolated high bytes between ASCII letters instead.
 */
function looksWindows1251(bytes: Uint8Array): boolean {
  let high = 0;
  let cyr = 0;
  let inRun = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    high++;
    if (
      b >= 0xc0 ||
      b === 0xa8 ||
      b === 0xb8 ||
      b === 0xb2 ||
      b === 0xb3 ||
      b === 0xaf ||
      b === 0xbf ||
      b === 0xaa ||
      b === 0xba ||
      b === 0xa5 ||
      b === 0xb4
    )
      cyr++;
    if ((i > 0 && bytes[i - 1] >= 0x80) || (i + 1 < bytes.length && bytes[i + 1] >= 0x80)) inRun++;
  }
  return high > 0 && cyr / high > 0.8 && inRun / high > 0.6;
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** NUL bytes or many control characters in the first 4 KB mean binary data. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / n > 0.05;
}
