/**
 * Encrypted .xlsx files and legacy .xls / .et files are all OLE compound files (CFB), not zips.
 * An encrypted OOXML package stores its key data in a stream named "EncryptionInfo"; a .xls (and
 * WPS's .et) keeps its sheets in a stream named "Workbook" (or "Book" before Excel 97). Stream
 * names are UTF-16LE in the directory sectors, so a byte search is enough to tell them apart.
 */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOleFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && CFB_MAGIC.every((b, i) => bytes[i] === b);
}

function utf16(name: string): Uint8Array {
  const out = new Uint8Array((name.length + 1) * 2);
  for (let i = 0; i < name.length; i++) out[i * 2] = name.charCodeAt(i);
  return out;
}

function indexOf(hay: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  outer: for (let i = hay.indexOf(first); i >= 0 && i <= hay.length - needle.length; i = hay.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function hasStream(bytes: Uint8Array, name: string): boolean {
  // Directory entries hold the name at the start of a 128-byte entry, zero-terminated.
  return indexOf(bytes, utf16(name)) >= 0;
}

export type OleKind = 'encrypted-ooxml' | 'xls' | 'other';

export function oleKind(bytes: Uint8Array): OleKind {
  if (hasStream(bytes, 'EncryptionInfo') || hasStream(bytes, 'EncryptedPackage')) return 'encrypted-ooxml';
  if (hasStream(bytes, 'Workbook') || hasStream(bytes, 'Book')) return 'xls';
  return 'other';
}
