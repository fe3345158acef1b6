/**
 * The ZIP central directory, read from bytes (Uint8Array: a Node Buffer or a browser ArrayBuffer
 * view), for every adapter that looks inside an .xlsx or .docx before trusting it: the CLI (which
 * inflates with zlib) and the task pane (DecompressionStream). Only the inflating differs, so the
 * directory and the local-header arithmetic live here once. No ZIP64: an .xlsx that needs it is
 * too large for us anyway.
 */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

export class ZipFormatError extends Error {}
export class ZipTooLargeError extends Error {}

export const EOCD = 0x06054b50;
export const CENTRAL = 0x02014b50;
export const LOCAL = 0x04034b50;

const utf8 = new TextDecoder('utf-8');

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && view(bytes).getUint32(0, true) === LOCAL;
}

export function listEntries(bytes: Uint8Array): ZipEntry[] {
  const v = view(bytes);
  // The end-of-central-directory record is in the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (v.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no end of central directory');
  const count = v.getUint16(eocd + 10, true);
  const cdSize = v.getUint32(eocd + 12, true);
  const cdOffset = v.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipTooLargeError('zip64');
  if (cdOffset + cdSize > bytes.length) throw new ZipFormatError('central directory out of range');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || v.getUint32(p, true) !== CENTRAL) throw new ZipFormatError('bad central directory entry');
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    if (p + 46 + nameLen > bytes.length) throw new ZipFormatError('bad central directory entry');
    const entry: ZipEntry = {
      flags: v.getUint16(p + 8, true),
      method: v.getUint16(p + 10, true),
      crc: v.getUint32(p + 16, true),
      compressedSize: v.getUint32(p + 20, true),
      size: v.getUint32(p + 24, true),
      localOffset: v.getUint32(p + 42, true),
      name: utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw new ZipTooLargeError('zip64 entry');
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The entry's stored (possibly deflated) bytes, after its local header. */
export function rawData<T extends Uint8Array>(bytes: T, e: ZipEntry): T {
  const v = view(bytes);
  const p = e.localOffset;
  if (p + 30 > bytes.length || v.getUint32(p, true) !== LOCAL) throw new ZipFormatError(`bad local header for ${e.name}`);
  const start = p + 30 + v.getUint16(p + 26, true) + v.getUint16(p + 28, true);
  if (start + e.compressedSize > bytes.length) throw new ZipFormatError(`entry ${e.name} out of range`);
  return bytes.subarray(start, start + e.compressedSize) as T;
}
