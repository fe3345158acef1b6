import zlib from 'zlib';

import { LOCAL, CENTRAL, EOCD, ZipEntry, ZipFormatError, ZipTooLargeError, rawData } from '../../zip/directory';

/**
 * The Node side of our ZIP handling: inflate one entry with a size cap (zlib), CRC-32, and write a
 * new archive where some entries are replaced. Reading the directory is shared with the task pane
 * (src/zip/directory.ts).
 */
export { ZipTooLargeError, isZip, listEntries, rawData } from '../../zip/directory';
export type { ZipEntry } from '../../zip/directory';

/** 1980-01-01 in DOS date format (day 1, month 1, year 0). */
const DOS_EPOCH_DATE = (1 << 5) | 1;

/** zlib's raw inflate, stopped at maxBytes: past that ZipTooLargeError (src/xlsx/read.ts's Inflate). */
export function inflateNode(data: Uint8Array, maxBytes: number): Buffer {
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipTooLargeError('inflate');
    throw err;
  }
}

/** Inflates an entry, refusing to produce more than `maxBytes` (a zip bomb stays a bomb on disk). */
export function inflateEntry(buf: Buffer, e: ZipEntry, maxBytes: number): Buffer {
  const data = rawData(buf, e);
  if (e.method === 0) return data;
  if (e.method !== 8) throw new ZipFormatError(`compression method ${e.method}`);
  try {
    return inflateNode(data, maxBytes);
  } catch (err) {
    if (err instanceof ZipTooLargeError) throw new ZipTooLargeError(e.name);
    throw new ZipFormatError(`cannot inflate ${e.name}`);
  }
}

let crcTable: Uint32Array | null = null;

/** CRC-32 (zlib.crc32 where Node has it, else a table). */
export function crc32(data: Buffer): number {
  const native = (zlib as unknown as { crc32?: (d: Buffer) => number }).crc32;
  if (native) return native(data) >>> 0;
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A new archive: every entry copied as stored, except those in `replace` (name → new content, deflated). */
export function rewriteZip(buf: Buffer, entries: ZipEntry[], replace: Map<string, Buffer>): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const content = replace.get(e.name);
    const data = content ? zlib.deflateRawSync(content) : rawData(buf, e);
    const method = content ? 8 : e.method;
    const crc = content ? crc32(content) : e.crc;
    const size = content ? content.length : e.size;
    // Bit 11: UTF-8 names; bit 3 (data descriptor) is dropped because sizes are written up front.
    const flags = (e.flags & ~0x0008) | 0x0800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    // Fixed time stamp (1980-01-01 00:00, the DOS epoch) keeps rewritten archives deterministic.
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_EPOCH_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(CENTRAL, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(flags, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt16LE(0, 12);
    cd.writeUInt16LE(DOS_EPOCH_DATE, 14);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    central.push(cd, name);
    offset += local.length + name.length + data.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cdBuf, end]);
}
