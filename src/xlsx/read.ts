import { a1 } from '../core/grid/cellRef';
import { buildGrid, GridTooLargeError } from '../core/grid/buildGrid';
import { Grid } from '../core/grid/types';
import { isZip, listEntries, rawData, ZipEntry, ZipTooLargeError } from '../zip/directory';
import { megabytes as mb, MESSAGES, WorkbookReadError } from './messages';
import { isOleFile, oleKind } from './oleFile';
import { dateStyles, sharedStrings, workbookInfo, workbookPath, relationships, resolvePart, WorkbookInfo } from './parts';
import { readSheetXml } from './sheet';

export { WorkbookReadError } from './messages';

/*
 * The one workbook reader: an .xlsx (or .xlsm) as Grids, one per worksheet in tab order, for the
 * command line, the task pane's 上年工作簿 and the offline web page alike. Platform-neutral: the
 * caller brings the inflater (zlib in Node, DecompressionStream in the browser). It reads only
 * what the table reader needs — sheet names and states, cell values with cached formula results,
 * shared strings, which styles are dates, merges — with a strict one-pass XML scanner (xml.ts).
 * Everything it refuses is a WorkbookReadError with a Chinese message; nothing else escapes.
 * docs/performance.md says why this and not exceljs or SheetJS.
 */

/**
 * Inflates raw DEFLATE data, producing at most maxBytes: past that it throws ZipTooLargeError
 * (a zip bomb stays a bomb on disk). Any other failure: the data is damaged.
 */
export type Inflate = (data: Uint8Array, maxBytes: number) => Uint8Array | Promise<Uint8Array>;

/** Limits that keep an answer within seconds and memory bounded (docs/robustness.md lists their messages). */
export const LIMITS = {
  /** The file itself. Real 决算 workbooks are well under 5 MB. */
  fileBytes: 100 * 1024 * 1024,
  /** All entries uncompressed, as declared (zip bombs). */
  totalUncompressedBytes: 1024 * 1024 * 1024,
  /** One worksheet's XML, uncompressed (blank rows and cells included). */
  sheetXmlBytes: 300 * 1024 * 1024,
  /** What the grids may hold: the characters of all values read (+ 8 per value). */
  contentBytes: 80 * 1024 * 1024,
  /** Any other part uncompressed (sharedStrings, styles, images…). A 决算 workbook's are kilobytes. */
  partBytes: 64 * 1024 * 1024,
  /** Cells of one sheet's grid, from A1 to its farthest value: 1,048,576 rows × 16 columns. */
  sheetCells: 16 * 1024 * 1024,
  /** Cells of all grids together. */
  workbookCells: 32 * 1024 * 1024,
};

const utf8 = new TextDecoder('utf-8');

function refuse(code: WorkbookReadError['code'], message: string): never {
  throw new WorkbookReadError(message, code);
}

/** Refuses what is not an OOXML zip with the reason a user can act on. */
function classify(bytes: Uint8Array): void {
  if (bytes.length === 0) refuse('empty', MESSAGES.empty);
  if (isOleFile(bytes)) {
    const kind = oleKind(bytes);
    if (kind === 'encrypted-ooxml') refuse('encrypted', MESSAGES.encrypted);
    if (kind === 'xls') refuse('not-xlsx', MESSAGES.xls);
    refuse('not-xlsx', MESSAGES.otherOffice);
  }
  if (!isZip(bytes)) refuse('not-xlsx', MESSAGES.notXlsx);
  if (bytes.length > LIMITS.fileBytes) refuse('too-large', MESSAGES.tooLarge(`文件 ${mb(bytes.length)}`));
}

const isSheetPath = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/.test(name);

/** The directory, checked against the declared-size limits before anything is inflated. */
function directory(bytes: Uint8Array): Map<string, ZipEntry> {
  let entries: ZipEntry[];
  try {
    entries = listEntries(bytes);
  } catch (e) {
    if (e instanceof ZipTooLargeError) refuse('too-large', MESSAGES.tooLarge('超过 4 GB 的压缩包'));
    refuse('not-xlsx', MESSAGES.corruptZip);
  }
  const total = entries.reduce((a, e) => a + e.size, 0);
  const byName = new Map<string, ZipEntry>();
  for (const e of entries) byName.set(e.name.replace(/^\//, ''), e);
  if (total > LIMITS.totalUncompressedBytes && (byName.has('xl/workbook.xml') || byName.has('[Content_Types].xml'))) {
    refuse('too-large', MESSAGES.tooLarge(`解压后 ${mb(total)}`));
  }
  return byName;
}

/**
 * A part's bytes, inflated and checked against its declared size. Damaged data overshoots a
 * little; a zip bomb overshoots by its whole payload, so inflating stops at the declared size plus
 * as much again (at most 64 MB more) and only that is called a bomb.
 */
async function partBytes(bytes: Uint8Array, e: ZipEntry, inflate: Inflate): Promise<Uint8Array> {
  const name = e.name.replace(/^\//, '');
  const limit = isSheetPath(name) ? LIMITS.sheetXmlBytes : LIMITS.partBytes;
  if (e.size > limit) {
    refuse('too-large', MESSAGES.tooLarge(isSheetPath(name) ? `单个工作表解压后 ${mb(e.size)}` : `“${name}”解压后 ${mb(e.size)}`));
  }
  let raw: Uint8Array;
  try {
    raw = rawData(bytes, e);
  } catch {
    refuse('not-xlsx', MESSAGES.corruptZip);
  }
  if (e.method === 0) return raw;
  if (e.method !== 8) refuse('not-xlsx', MESSAGES.corruptZip);
  const slack = Math.min(e.size, 64 * 1024 * 1024) + 1024 * 1024;
  let data: Uint8Array;
  try {
    data = await inflate(raw, e.size + slack);
  } catch (err) {
    if (err instanceof ZipTooLargeError) refuse('too-large', MESSAGES.zipBomb(name));
    refuse('not-xlsx', MESSAGES.corruptZip);
  }
  if (data.length > e.size) refuse('not-xlsx', MESSAGES.corruptZip);
  return data;
}

/** A sheet too large on its own names its range and the values that make it so; otherwise the sheets together are. */
function gridTooLarge(e: GridTooLargeError): never {
  if (e.rows * e.cols <= LIMITS.sheetCells) {
    refuse('too-large', MESSAGES.tooLarge(`各工作表合计超过 ${LIMITS.workbookCells.toLocaleString('en-US')} 个单元格`));
  }
  const where = e.farthest.map((c) => a1(c.row, c.col)).join('、');
  refuse('too-large', MESSAGES.sheetTooLarge(e.sheet, `A1:${a1(e.rows - 1, e.cols - 1)}`, e.rows, e.cols, where));
}

/** An opened package: its parts as text, each inflated within the limits, and its workbook's sheets. */
export interface WorkbookPackage {
  readonly entries: readonly ZipEntry[];
  /** A part's text by its package path (no leading slash); undefined when it does not exist. */
  text(name: string): Promise<string | undefined>;
  readonly bookPath: string;
  readonly bookXml: string;
  readonly relsXml: string | undefined;
  readonly book: WorkbookInfo;
}

/**
 * Opens an .xlsx: checks what it is, then reads the workbook part and its relationships. The
 * grids below and the web page's annotated copy (which edits a few parts) both start here.
 */
export async function openWorkbookPackage(bytes: Uint8Array, inflate: Inflate): Promise<WorkbookPackage> {
  classify(bytes);
  const byName = directory(bytes);
  // Part names compare case-insensitively (OPC, ECMA-376 Part 2 §9.1.1.1): a relationship naming
  // worksheets/sheet1.xml finds xl/worksheets/Sheet1.xml, as Excel finds it.
  const byLowerName = new Map<string, ZipEntry>();
  for (const [name, e] of byName) if (!byLowerName.has(name.toLowerCase())) byLowerName.set(name.toLowerCase(), e);
  const entry = (name: string) => byName.get(name) ?? byLowerName.get(name.toLowerCase());
  const text = async (name: string): Promise<string | undefined> => {
    const e = entry(name);
    return e ? utf8.decode(await partBytes(bytes, e, inflate)) : undefined;
  };
  return guarded(async () => {
    const bookPath = workbookPath(await text('_rels/.rels').catch(() => undefined), (p) => entry(p) !== undefined);
    const bookXml = await text(bookPath);
    // A .docx (or .pptx) renamed .xlsx names its own main part in the same relationship: a
    // document, not a workbook.
    if (bookXml === undefined || rootElement(bookXml) !== 'workbook') {
      if (byName.has('word/document.xml')) refuse('not-xlsx', MESSAGES.word);
      refuse('not-xlsx', MESSAGES.notXlsx);
    }
    const relsXml = await text(resolvePart(bookPath, `_rels/${bookPath.split('/').pop()}.rels`));
    const book = workbookInfo(bookPath, bookXml, relsXml);
    return { entries: [...byName.values()], text, bookPath, bookXml, relsXml, book };
  });
}

/** The local name of a document's root element (w:document → document), or null. */
function rootElement(xml: string): string | null {
  const m = /<(?![?!])(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(xml.replace(/<!--[\s\S]*?-->/g, ''));
  return m ? m[1] : null;
}

/** Anything but a WorkbookReadError (malformed XML, damage the checks did not name) is one sentence, never a stack. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    refuse('unreadable', MESSAGES.unreadable);
  }
}

/**
 * Reads an .xlsx into Grids, one per worksheet in tab order. Throws WorkbookReadError (Chinese
 * message, code) for anything it cannot read, and nothing else.
 */
export async function readWorkbookGrids(bytes: Uint8Array, inflate: Inflate): Promise<Grid[]> {
  const pkg = await openWorkbookPackage(bytes, inflate);
  return guarded(async () => {
    const { text, bookPath, book } = pkg;
    // Shared strings and styles by their relationships, or where Excel puts them.
    const rels = [...relationships(pkg.relsXml).values()];
    const related = (kind: string, fallback: string) => {
      const r = rels.find((x) => x.type.endsWith(`/${kind}`) && !x.external);
      return r ? resolvePart(bookPath, r.target) : fallback;
    };
    const strings = sharedStrings(await text(related('sharedStrings', 'xl/sharedStrings.xml')));
    const styles = dateStyles(await text(related('styles', 'xl/styles.xml')));
    const ctx = { strings, dateStyles: styles, date1904: book.date1904 };

    const grids: Grid[] = [];
    let cells = 0;
    let content = 0;
    for (const sheet of book.sheets) {
      const xml = await text(sheet.path);
      // Listed in the workbook but not in the package: the file is damaged, and skipping the sheet
      // would end in "缺少…表" with no word of the real cause.
      if (xml === undefined) refuse('unreadable', MESSAGES.missingSheet(sheet.name));
      const read = readSheetXml(xml, ctx);
      content += read.contentChars;
      if (content > LIMITS.contentBytes) refuse('too-large', MESSAGES.tooLarge(`工作表内容 ${mb(content)}`));
      try {
        const grid = buildGrid(sheet.name, read.values, read.merges, sheet.hidden, { maxCells: Math.min(LIMITS.sheetCells, LIMITS.workbookCells - cells) });
        cells += grid.rows.length * (grid.rows[0]?.length ?? 0);
        grids.push(grid);
      } catch (e) {
        if (e instanceof GridTooLargeError) gridTooLarge(e);
        throw e;
      }
    }
    if (grids.length === 0) refuse('empty', MESSAGES.noSheets);
    return grids;
  });
}
