import { megabytes as mb } from '../files';
import { isOleFile, oleKind } from '../../xlsx/oleFile';
import { ZipEntry, ZipTooLargeError, inflateEntry, isZip, listEntries } from '../xlsx/zip';
import { NARRATIVE_MESSAGES as M, NarrativeReadError } from './NarrativeReadError';

/** Limits on a .docx before mammoth sees it. A real 说明 is a few hundred KB; these are far above. */
export const DOCX_LIMITS = {
  /** The file itself (images included). */
  fileBytes: 100 * 1024 * 1024,
  /** word/document.xml uncompressed. */
  documentXmlBytes: 50 * 1024 * 1024,
  /** Every XML part mammoth may parse (document, styles, numbering, notes, comments, relationships). */
  xmlTotalBytes: 100 * 1024 * 1024,
  /** Uncompressed / compressed above which a large part is taken for a zip bomb. Word's XML
   * compresses 5–20 times; deflate cannot exceed about 1032. */
  bombRatio: 200,
  /** Parts smaller than this are never called bombs (tiny parts can have any ratio). */
  bombMinBytes: 1024 * 1024,
};

const DOCUMENT = 'word/document.xml';

/** A legacy Word 97–2003 file keeps its text in a stream named "WordDocument" (UTF-16LE name). */
function isLegacyWord(buf: Buffer): boolean {
  return buf.indexOf(Buffer.from('WordDocument\0', 'utf16le')) >= 0;
}

/**
 * Refuses what mammoth should not be given, with the reason a user can act on: not a zip, an
 * encrypted or legacy Office file, a package without a Word body, or parts too large or too
 * compressed. The XML parts are inflated here with a hard cap, so sizes declared in the zip
 * directory cannot lie their way past the limits.
 */
export function inspectDocx(buf: Buffer): void {
  if (buf.length === 0) throw new NarrativeReadError(M.empty, 'empty');
  if (isOleFile(buf)) {
    if (oleKind(buf) === 'encrypted-ooxml') throw new NarrativeReadError(M.encrypted, 'encrypted');
    if (isLegacyWord(buf)) throw new NarrativeReadError(M.doc, 'not-docx');
    throw new NarrativeReadError(M.otherOffice, 'not-docx');
  }
  if (!isZip(buf)) throw new NarrativeReadError(M.notDocx, 'not-docx');
  if (buf.length > DOCX_LIMITS.fileBytes) throw new NarrativeReadError(M.tooLarge(`文件 ${mb(buf.length)}`), 'too-large');

  let entries: ZipEntry[];
  try {
    entries = listEntries(buf);
  } catch (e) {
    if (e instanceof ZipTooLargeError) throw new NarrativeReadError(M.tooLarge('超过 4 GB 的压缩包'), 'too-large');
    throw new NarrativeReadError(M.corruptZip, 'not-docx');
  }
  const document = entries.find((e) => e.name === DOCUMENT);
  if (!document) {
    if (entries.some((e) => e.name === 'xl/workbook.xml')) throw new NarrativeReadError(M.xlsxAsDocx, 'not-docx');
    throw new NarrativeReadError(M.noDocument, 'not-docx');
  }

  const xmlParts = entries.filter((e) => /\.(xml|rels)$/i.test(e.name));
  for (const e of xmlParts) {
    if (e.size >= DOCX_LIMITS.bombMinBytes && e.size > DOCX_LIMITS.bombRatio * Math.max(1, e.compressedSize)) {
      throw new NarrativeReadError(M.bomb, 'too-large');
    }
  }
  if (document.size > DOCX_LIMITS.documentXmlBytes) throw new NarrativeReadError(M.tooLarge(`正文解压后 ${mb(document.size)}`), 'too-large');
  const declared = xmlParts.reduce((a, e) => a + e.size, 0);
  if (declared > DOCX_LIMITS.xmlTotalBytes) throw new NarrativeReadError(M.tooLarge(`解压后 ${mb(declared)}`), 'too-large');

  // Inflate for real, each part capped by what is left of the budget.
  let budget = DOCX_LIMITS.xmlTotalBytes;
  for (const e of xmlParts) {
    const cap = Math.max(1, Math.min(budget, e === document ? DOCX_LIMITS.documentXmlBytes : budget));
    let size: number;
    try {
      size = inflateEntry(buf, e, cap).length;
    } catch (err) {
      if (err instanceof ZipTooLargeError) throw new NarrativeReadError(M.bomb, 'too-large');
      throw new NarrativeReadError(M.corruptZip, 'not-docx');
    }
    // A stored (uncompressed) part is returned as is, uncapped: hold it to the same limit.
    if (size > cap) throw new NarrativeReadError(M.tooLarge(`${e.name} 解压后 ${mb(size)}`), 'too-large');
    budget -= size;
  }
}
