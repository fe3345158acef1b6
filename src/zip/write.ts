/**
 * Writes a ZIP archive from parts that are either copied as they were (their stored, possibly
 * deflated bytes and CRC from the original archive) or new text stored uncompressed. Enough to
 * change a few XML parts of an .xlsx in the browser (the offline web version's annotated copy)
 * without a deflate implementation. No ZIP64, no data descriptors (sizes go in the headers).
 */
import { ZipTooLargeError } from './directory';

export interface ZipPart {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  /** The bytes as stored (deflated when method is 8). */
  readonly data: Uint8Array;
}

let table: Uint32Array | null = null;

export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A new part stored uncompressed. */
export function storedPart(name: string, data: Uint8Array): ZipPart {
  return { name, method: 0, crc: crc32(data), size: data.length, data };
}

const UTF8_FLAG = 0x0800;
/** 1980-01-01 00:00 in DOS format, as the CLI's writer uses: the archive does not depend on the clock. */
const DOS_DATE = (1 << 5) | 1;

export function writeZip(parts: readonly ZipPart[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = parts.map((p) => encoder.encode(p.name));
  const localSize = parts.reduce((n, p, i) => n + 30 + names[i].length + p.data.length, 0);
  const centralSize = parts.reduce((n, _p, i) => n + 46 + names[i].length, 0);
  if (localSize + centralSize + 22 > 0xffffffff || parts.length > 0xffff) throw new ZipTooLargeError('zip64 needed');
  const out = new Uint8Array(localSize + centralSize + 22);
  const v = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  parts.forEach((part, i) => {
    offsets.push(p);
    v.setUint32(p, 0x04034b50, true);
    v.setUint16(p + 4, 20, true);
    v.setUint16(p + 6, UTF8_FLAG, true);
    v.setUint16(p + 8, part.method, true);
    v.setUint16(p + 10, 0, true);
    v.setUint16(p + 12, DOS_DATE, true);
    v.setUint32(p + 14, part.crc, true);
    v.setUint32(p + 18, part.data.length, true);
    v.setUint32(p + 22, part.size, true);
    v.setUint16(p + 26, names[i].length, true);
    v.setUint16(p + 28, 0, true);
    out.set(names[i], p + 30);
    out.set(part.data, p + 30 + names[i].length);
    p += 30 + names[i].length + part.data.length;
  });
  const cd = p;
  parts.forEach((part, i) => {
    v.setUint32(p, 0x02014b50, true);
    v.setUint16(p + 4, 20, true);
    v.setUint16(p + 6, 20, true);
    v.setUint16(p + 8, UTF8_FLAG, true);
    v.setUint16(p + 10, part.method, true);
    v.setUint16(p + 12, 0, true);
    v.setUint16(p + 14, DOS_DATE, true);
    v.setUint32(p + 16, part.crc, true);
    v.setUint32(p + 20, part.data.length, true);
    v.setUint32(p + 24, part.size, true);
    v.setUint16(p + 28, names[i].length, true);
    v.setUint32(p + 42, offsets[i], true);
    out.set(names[i], p + 46);
    p += 46 + names[i].length;
  });
  v.setUint32(p, 0x06054b50, true);
  v.setUint16(p + 8, parts.length, true);
  v.setUint16(p + 10, parts.length, true);
  v.setUint32(p + 12, p - cd, true);
  v.setUint32(p + 16, cd, true);
  return out;
}
