/**
 * Reads the files of a .zip archive (stored or deflated entries), as GeoNames ships its country
 * dumps (`UA.zip` holds `UA.txt` and `readme.txt`). Node has inflate but no zip reader; the
 * format is PKWARE's APPNOTE (https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT):
 * the end-of-central-directory record lists each entry's name, method, sizes and offset.
 */
import { inflateRawSync } from 'node:zlib';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** A user-facing error about an archive that cannot be read. */
export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

/**
 * The entries of a zip archive as name -> bytes.
 *
 * @throws ZipError for a file that is not a zip archive, is truncated, or uses a compression
 *   method other than stored (0) or deflate (8).
 * @example readZip(readFileSync('UA.zip')).get('UA.txt')
 */
export function readZip(bytes: Uint8Array, label = 'archive'): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError(`${label} is not a zip archive (no end of central directory)`);
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const out = new Map<string, Uint8Array>();
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL_SIGNATURE)
      throw new ZipError(`${label} is truncated or corrupted (central directory entry ${n})`);
    const method = view.getUint16(p + 10, true);
    const compressed = view.getUint32(p + 20, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extraLength + commentLength;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE)
      throw new ZipError(`${label} is truncated or corrupted (entry ${name})`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressed > bytes.length)
      throw new ZipError(`${label} is truncated (entry ${name})`);
    const data = bytes.subarray(start, start + compressed);
    if (method === 0) out.set(name, data);
    else if (method === 8) out.set(name, new Uint8Array(inflateRawSync(data)));
    else throw new ZipError(`${label}: entry ${name} uses compression method ${method}`);
  }
  return out;
}
