import ExcelJS from 'exceljs';
import { a1, parseA1 } from '../../core/grid/cellRef';
import { CellRange, Grid } from '../../core/grid/types';
import { GridTooLargeError, PlacedValue, buildGrid } from '../../core/grid/buildGrid';
import { megabytes as mb } from '../files';
import { toCellValue } from './cellValue';
import { isOleFile, oleKind } from './oleFile';
import { MalformedSheetError, stripBlankCells } from './sheetXml';
import { MESSAGES, XlsxReadError } from './XlsxReadError';
import { ZipEntry, ZipFormatError, ZipTooLargeError, inflateEntry, isZip, listEntries, rewriteZip } from './zip';

export { XlsxReadError } from './XlsxReadError';
export type { XlsxReadErrorCode } from './XlsxReadError';

/** Limits that keep an answer within seconds and memory bounded (see docs/performance.md). */
export const LIMITS = {
  /** The file itself. Real 决算 workbooks are well under 5 MB. */
  fileBytes: 100 * 1024 * 1024,
  /** All entries uncompressed (zip bombs). */
  totalUncompressedBytes: 1024 * 1024 * 1024,
  /** One worksheet's XML, uncompressed, before blanks are stripped. */
  sheetXmlBytes: 300 * 1024 * 1024,
  /** Sheets larger than this are stripped of blank rows and cells before exceljs sees them. */
  stripAboveBytes: 2 * 1024 * 1024,
  /** What exceljs may be given after stripping: the real content of all sheets. */
  contentBytes: 80 * 1024 * 1024,
  /** Any other part uncompressed (sharedStrings, styles, images…). A 决算 workbook's are kilobytes. */
  partBytes: 64 * 1024 * 1024,
  /** Cells of one sheet's grid, from A1 to its farthest value: 1,048,576 rows × 16 columns. */
  sheetCells: 16 * 1024 * 1024,
  /** Cells of all grids together. */
  workbookCells: 32 * 1024 * 1024,
};

function toBuffer(input: Buffer | ArrayBuffer | Uint8Array): Buffer {
  if (Buffer.isBuffer(input)) return input;
  if (input instanceof ArrayBuffer) return Buffer.from(input);
  return Buffer.from(input.buffer, input.byteOffset, input.byteLength);
}

/** Refuses what is not an .xlsx with the reason a user can act on. */
function classify(buf: Buffer): void {
  if (buf.length === 0) throw new XlsxReadError('empty', MESSAGES.empty);
  if (isOleFile(buf)) {
    const kind = oleKind(buf);
    if (kind === 'encrypted-ooxml') throw new XlsxReadError('encrypted', MESSAGES.encrypted);
    if (kind === 'xls') throw new XlsxReadError('not-xlsx', MESSAGES.xls);
    throw new XlsxReadError('not-xlsx', MESSAGES.otherOffice);
  }
  if (!isZip(buf)) throw new XlsxReadError('not-xlsx', MESSAGES.notXlsx);
  if (buf.length > LIMITS.fileBytes) throw new XlsxReadError('too-large', MESSAGES.tooLarge(`文件 ${mb(buf.length)}`));
}

/**
 * Looks inside the zip before exceljs does: the package must be a workbook, and worksheets
 * bloated with formatted blank rows or cells are stripped to their content. Returns the
 * (possibly rewritten) buffer for exceljs.
 */
function prepare(buf: Buffer): Buffer {
  let entries: ZipEntry[];
  try {
    entries = listEntries(buf);
  } catch (e) {
    if (e instanceof ZipTooLargeError) throw new XlsxReadError('too-large', MESSAGES.tooLarge('超过 4 GB 的压缩包'));
    throw new XlsxReadError('not-xlsx', MESSAGES.corruptZip);
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('xl/workbook.xml')) {
    if (names.has('word/document.xml')) throw new XlsxReadError('not-xlsx', MESSAGES.word);
    throw new XlsxReadError('not-xlsx', MESSAGES.notXlsx);
  }
  const total = entries.reduce((a, e) => a + e.size, 0);
  if (total > LIMITS.totalUncompressedBytes) throw new XlsxReadError('too-large', MESSAGES.tooLarge(`解压后 ${mb(total)}`));

  const replace = new Map<string, Buffer>();
  let content = 0;
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/.test(e.name);
    if (sheet && e.size > LIMITS.sheetXmlBytes) throw new XlsxReadError('too-large', MESSAGES.tooLarge(`单个工作表解压后 ${mb(e.size)}`));
    if (!sheet && e.size > LIMITS.partBytes) throw new XlsxReadError('too-large', MESSAGES.tooLarge(`“${e.name}”解压后 ${mb(e.size)}`));
    // Every part is inflated once here, capped at the size the archive declares for it: a zip
    // bomb that understates its sizes is caught before exceljs (JSZip) would inflate all of it.
    const xml = inflateDeclared(buf, e);
    if (!sheet) continue;
    if (e.size <= LIMITS.stripAboveBytes) {
      content += e.size;
      continue;
    }
    let stripped: Buffer;
    try {
      stripped = Buffer.from(stripBlankCells(xml.toString('utf8')), 'utf8');
    } catch (err) {
      if (err instanceof MalformedSheetError) throw new XlsxReadError('unreadable', MESSAGES.unreadable);
      throw err;
    }
    content += stripped.length;
    replace.set(e.name, stripped);
  }
  if (content > LIMITS.contentBytes) throw new XlsxReadError('too-large', MESSAGES.tooLarge(`工作表内容 ${mb(content)}`));
  if (replace.size === 0) return buf;
  try {
    return rewriteZip(buf, entries, replace);
  } catch (e) {
    if (e instanceof ZipFormatError) throw new XlsxReadError('not-xlsx', MESSAGES.corruptZip);
    throw e;
  }
}

/**
 * An entry's content, checked against its declared size (see prepare). Damaged data overshoots
 * a little; a zip bomb overshoots by its whole payload, so inflating stops at the declared size
 * plus as much again (at most 64 MB more) and only that is called a bomb.
 */
function inflateDeclared(buf: Buffer, e: ZipEntry): Buffer {
  const slack = Math.min(e.size, 64 * 1024 * 1024) + 1024 * 1024;
  let data: Buffer;
  try {
    data = inflateEntry(buf, e, e.size + slack);
  } catch (err) {
    if (err instanceof ZipTooLargeError) throw new XlsxReadError('too-large', MESSAGES.zipBomb(e.name));
    throw new XlsxReadError('not-xlsx', MESSAGES.corruptZip);
  }
  if (data.length > e.size) throw new XlsxReadError('not-xlsx', MESSAGES.corruptZip);
  return data;
}

function parseRange(range: string): CellRange | null {
  const [a, b] = range.split(':');
  const tl = parseA1(a);
  const br = parseA1(b ?? a);
  if (!tl || !br) return null;
  return {
    top: Math.min(tl.row, br.row), left: Math.min(tl.col, br.col),
    bottom: Math.max(tl.row, br.row), right: Math.max(tl.col, br.col),
  };
}

/**
 * One worksheet → Grid. Values sit in the top-left cell of a merge only (exceljs repeats them
 * in every cell of the merge). Extent and merge clipping: see buildGrid.
 */
export function worksheetToGrid(ws: ExcelJS.Worksheet, maxCells = LIMITS.sheetCells): Grid {
  const values: PlacedValue[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master && cell.master !== cell && cell.master.address !== cell.address) return;
      // cell.value drops a formula's cached result when it is falsy (0, FALSE, ''): a SUM that
      // comes to 0 would read as blank. cell.result keeps it.
      const raw = cell.type === ExcelJS.ValueType.Formula ? { ...(cell.value as object), result: cell.result } : cell.value;
      const value = toCellValue(raw as ExcelJS.CellValue);
      if (value !== null) values.push({ row: rowNumber - 1, col: colNumber - 1, value });
    });
  });
  const merges: CellRange[] = [];
  for (const m of (ws.model as unknown as { merges?: string[] }).merges ?? []) {
    const r = parseRange(m);
    if (r) merges.push(r);
  }
  return buildGrid(ws.name, values, merges, ws.state === 'hidden' || ws.state === 'veryHidden', maxCells);
}

/** A sheet too large on its own names its range and the values that make it so; otherwise the sheets together are. */
function gridTooLarge(e: GridTooLargeError): XlsxReadError {
  if (e.rows * e.cols <= LIMITS.sheetCells) {
    return new XlsxReadError('too-large', MESSAGES.tooLarge(`各工作表合计超过 ${LIMITS.workbookCells.toLocaleString('en-US')} 个单元格`));
  }
  const where = e.farthest.map((c) => a1(c.row, c.col)).join('、');
  return new XlsxReadError('too-large', MESSAGES.sheetTooLarge(e.sheet, `A1:${a1(e.rows - 1, e.cols - 1)}`, e.rows, e.cols, where));
}

/**
 * Reads an .xlsx into Grids, one per worksheet in workbook order. Throws XlsxReadError (Chinese
 * message, code) for anything it cannot read; never a raw exceljs error.
 */
export async function readXlsx(input: Buffer | ArrayBuffer | Uint8Array): Promise<Grid[]> {
  const buf = toBuffer(input);
  classify(buf);
  const ready = prepare(buf);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(ready as unknown as ArrayBuffer);
  } catch {
    throw new XlsxReadError('unreadable', MESSAGES.unreadable);
  }
  const grids: Grid[] = [];
  let cells = 0;
  try {
    // `worksheets` is in tab order; eachSheet would follow internal sheet ids.
    for (const ws of wb.worksheets) {
      const grid = worksheetToGrid(ws, Math.min(LIMITS.sheetCells, LIMITS.workbookCells - cells));
      cells += grid.rows.length * (grid.rows[0]?.length ?? 0);
      grids.push(grid);
    }
  } catch (e) {
    if (e instanceof GridTooLargeError) throw gridTooLarge(e);
    throw new XlsxReadError('unreadable', MESSAGES.unreadable);
  }
  if (grids.length === 0) throw new XlsxReadError('empty', MESSAGES.noSheets);
  return grids;
}
