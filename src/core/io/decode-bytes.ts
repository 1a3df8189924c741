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
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      guessed: false,
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      guessed: false,
    };
  }
  if (looksBinary(bytes)) {
    throw new InputError(
      `${name}: this looks like a binary file (an image, archive or document), not text.`,
    );
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: stripBom(text), encoding: 'utf-8', guessed: false };
  } catch {
    // Not UTF-8. Windows-1251 maps 0xC0-0xFF to А-я: if most high bytes fall there, it is
    // Cyrillic text in the legacy encoding.
    let high = 0;
    let cyr = 0;
    for (const b of bytes) {
      if (b >= 0x80) {
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
          b === 0xba
        )
          cyr++;
      }
    }
    if (high > 0 && cyr / high > 0.8) {
      return {
        text: new TextDecoder('windows-1251').decode(bytes),
        encoding: 'windows-1251',
        guessed: true,
      };
    }
    throw new InputError(
      `${name}: the text is not valid UTF-8 and does not look like Windows-1251; save it as UTF-8 or choose its encoding.`,
    );
  }
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
