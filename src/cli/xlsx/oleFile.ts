/**
 * Encrypted .xlsx files and legacy .xls files are both OLE compound files (CFB), not zips.
 * An encrypted OOXML package stores its key data in a stream named "EncryptionInfo"; a .xls
 * keeps its sheets in a stream named "Workbook" (or "Book" before Excel 97). Stream names are
 * UTF-16LE in the directory sectors, so a byte search is enough to tell them apart.
 */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export function isOleFile(buf: Buffer): boolean {
  return buf.length >= 8 && buf.subarray(0, 8).equals(CFB_MAGIC);
}

function hasStream(buf: Buffer, name: string): boolean {
  // Directory entries hold the name at the start of a 128-byte entry, zero-terminated.
  return buf.indexOf(Buffer.from(`${name}\0`, 'utf16le')) >= 0;
}

export type OleKind = 'encrypted-ooxml' | 'xls' | 'other';

export function oleKind(buf: Buffer): OleKind {
  if (hasStream(buf, 'EncryptionInfo') || hasStream(buf, 'EncryptedPackage')) return 'encrypted-ooxml';
  if (hasStream(buf, 'Workbook') || hasStream(buf, 'Book')) return 'xls';
  return 'other';
}
