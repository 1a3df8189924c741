/**
 * Test helper: text in Windows-1251 (TextEncoder only writes UTF-8). Covers А-я, Ё ё, and the
 * Ukrainian and Belarusian letters; anything else must be ASCII.
 */
const EXTRA: Record<string, number> = {
  Ё: 0xa8,
  ё: 0xb8,
  І: 0xb2,
  і: 0xb3,
  Ї: 0xaf,
  ї: 0xbf,
  Є: 0xaa,
  є: 0xba,
  Ґ: 0xa5,
  ґ: 0xb4,
  '«': 0xab,
  '»': 0xbb,
  '—': 0x97,
};

export function encodeWindows1251(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = ch.charCodeAt(0);
    if (code < 0x80) out[i] = code;
    else if (code >= 0x410 && code <= 0x44f) out[i] = code - 0x410 + 0xc0;
    else if (EXTRA[ch] !== undefined) out[i] = EXTRA[ch];
    else throw new Error(`no Windows-1251 byte for ${JSON.stringify(ch)}`);
  }
  return out;
}
