import zlib from 'zlib';

/**
 * A minimal ZIP writer for hostile test files: entries deflated or stored, or given as raw
 * deflate data with any size and CRC the test wants to declare (a zip bomb lies, or does not).
 * Written here so the suite needs no committed binaries and no second zip library.
 */
export interface ZipInput {
  readonly name: string;
  /** Content, deflated on writing. */
  readonly data?: Buffer | string;
  /** Or: already deflated data with the uncompressed size and CRC to declare. */
  readonly raw?: { readonly compressed: Buffer; readonly size: number; readonly crc: number };
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;

export function crc32(data: Buffer, prior = 0): number {
  return (zlib as unknown as { crc32(d: Buffer, v?: number): number }).crc32(data, prior) >>> 0;
}

export function writeZip(inputs: readonly ZipInput[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of inputs) {
    const name = Buffer.from(e.name, 'utf8');
    let compressed: Buffer;
    let size: number;
    let crc: number;
    if (e.raw) {
      ({ compressed, size, crc } = e.raw);
    } else {
      const content = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data ?? '', 'utf8');
      compressed = zlib.deflateRawSync(content);
      size = content.length;
      crc = crc32(content);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(33, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(CENTRAL, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt16LE(33, 14);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(compressed.length, 20);
    cd.writeUInt32LE(size >>> 0, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    parts.push(local, name, compressed);
    central.push(cd, name);
    offset += 30 + name.length + compressed.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(inputs.length, 8);
  end.writeUInt16LE(inputs.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cdBuf, end]);
}

/**
 * Raw deflate data for prefix + chunk × repeats + suffix without ever holding the whole: each
 * piece is deflated alone and ended with a sync flush (byte-aligned, not final, no reference
 * outside itself), so the compressed chunk can simply be repeated. The CRC is computed over the
 * real content, chunk by chunk, so the archive is valid: it only inflates to a lot.
 */
export function deflatedRepeat(prefix: string, chunk: string, repeats: number, suffix: string): { compressed: Buffer; size: number; crc: number } {
  const flush = (s: string) => zlib.deflateRawSync(Buffer.from(s, 'utf8'), { finishFlush: zlib.constants.Z_SYNC_FLUSH, level: 9 });
  const head = Buffer.from(prefix, 'utf8');
  const body = Buffer.from(chunk, 'utf8');
  const tail = Buffer.from(suffix, 'utf8');
  const packedBody = flush(chunk);
  let crc = crc32Combine(crc32(head), crc32Repeat(crc32(body), body.length, repeats), body.length * repeats);
  crc = crc32Combine(crc, crc32(tail), tail.length);
  const compressed = Buffer.concat([flush(prefix), ...new Array<Buffer>(repeats).fill(packedBody), zlib.deflateRawSync(tail)]);
  return { compressed, size: head.length + body.length * repeats + tail.length, crc };
}

// CRC-32 of concatenations without the data (zlib's crc32_combine: polynomial arithmetic mod p).
const POLY = 0xedb88320;

function multModP(a: number, b: number): number {
  let m = 0x80000000;
  let p = 0;
  for (;;) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return p >>> 0;
}

/** x^(8·len) mod p: what appending len zero bytes does to a CRC. */
function shiftFor(len: number): number {
  let p = 0x80000000;
  let square = 0x40000000; // x^1
  // x^(2^k) for k = 0..2 gives x^8 at k = 3 (one byte).
  for (let k = 0; k < 3; k++) square = multModP(square, square);
  for (let n = len; n > 0; n = Math.floor(n / 2)) {
    if (n % 2 === 1) p = multModP(square, p);
    square = multModP(square, square);
  }
  return p;
}

/** CRC of A followed by B, from their CRCs and B's length. */
export function crc32Combine(crcA: number, crcB: number, lenB: number): number {
  return (multModP(shiftFor(lenB), crcA) ^ crcB) >>> 0;
}

/** CRC of a block repeated n times, from the block's CRC and length. */
export function crc32Repeat(crc: number, len: number, n: number): number {
  let result = 0;
  let power = crc;
  let powerLen = len;
  for (let k = n; k > 0; k = Math.floor(k / 2)) {
    if (k % 2 === 1) result = crc32Combine(result, power, powerLen);
    power = crc32Combine(power, power, powerLen);
    powerLen *= 2;
  }
  return result;
}
