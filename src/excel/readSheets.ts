import { CellRange, Grid } from '../core/grid/types';
import { parseAreasAddress } from './addressList';
import { isPayloadTooLarge, officeErrorCode } from './errors';
import { SheetFailure, SheetInfo, WorkbookRead } from './host';
import { RESPONSE_BUDGET_BYTES, splitByBudget } from './limits';
import { ExcelRun } from './officeApi';
import { toGrid, ValueBlock } from './toGrid';

/** One sync: names, visibility and protection of every sheet. */
export async function listSheets(run: ExcelRun): Promise<SheetInfo[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility,items/protection/protected');
    await context.sync();
    return sheets.items.map((ws) => ({ name: ws.name, hidden: ws.visibility !== 'Visible', protected: ws.protection.protected }));
  });
}

export interface ReadOptions {
  /** Bytes one answer may carry (Excel on the web caps it at 5 MB). */
  readonly responseBudget?: number;
  /** Cells one values read may cover: Excel answers null above 5 million. */
  readonly maxCellsPerRead?: number;
  /** Rows per getMergedAreasOrNullObject call on the careful path (Excel fails above 512 merges). */
  readonly mergeChunkRows?: number;
}

/** Below Excel's 5,000,000, so a block's values are never null. */
const MAX_CELLS_PER_READ = 1_000_000;
/** 100 rows of a 部门决算 table hold a few dozen merges; far below 512. */
const MERGE_CHUNK_ROWS = 100;
/** Bytes per cell in an answer carrying values, valueTypes and numberFormatCategories, rounded up. */
const BYTES_PER_CELL = 64;
/** Range.numberFormatCategories is ExcelApi 1.12, below the manifest's 1.13: no check needed. */
const VALUE_PROPERTIES = 'values,valueTypes,numberFormatCategories';

interface SheetReads {
  readonly name: string;
  readonly hidden: boolean;
  readonly worksheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas;
}

/**
 * Every sheet as a Grid, in two syncs when all goes well: the sheet list, then every used range
 * (values only, so a million formatted blank rows are not read; with number format categories,
 * so dates become text as in the CLI) and every sheet's merged areas, queued together.
 * If that sync fails (the answer too large for Excel on the web, more than 512 merges on a
 * sheet, one sheet Excel cannot read) or a sheet's values come back null (above 5 M cells),
 * those sheets are read again one by one, carefully: values in row blocks within the budget and
 * merges over the values box in row chunks. A sheet that still fails is left out and reported;
 * the other sheets are checked.
 */
export async function readWorkbook(run: ExcelRun, options: ReadOptions = {}): Promise<WorkbookRead> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    await context.sync();
    const reads: SheetReads[] = sheets.items.map((worksheet) => {
      const used = worksheet.getUsedRangeOrNullObject(true);
      // eslint-disable-next-line office-addins/no-empty-load -- the properties are in a template literal, which the rule reads as no argument
      used.load(`rowIndex,columnIndex,${VALUE_PROPERTIES}`);
      // Merges within the formatted used range (merged cells are formatted, so all of them are in
      // it; getUsedRange never fails, an empty sheet gives A1): a title merged wider than the
      // values still counts, clipped to the grid later.
      const merged = worksheet.getUsedRange(false).getMergedAreasOrNullObject();
      merged.load('address');
      return { name: worksheet.name, hidden: worksheet.visibility !== 'Visible', worksheet, used, merged };
    });
    let fastFailed = false;
    try {
      await context.sync();
    } catch {
      fastFailed = true;
    }
    const grids: (Grid | null)[] = [];
    const failures: SheetFailure[] = [];
    for (const r of reads) {
      if (!fastFailed && (r.used.isNullObject || r.used.values !== null)) {
        const blocks: ValueBlock[] = r.used.isNullObject ? [] : [valueBlock(r.used.rowIndex, r.used.columnIndex, r.used)];
        grids.push(toGrid(r.name, r.hidden, blocks, mergesOf(r.merged)));
        continue;
      }
      try {
        grids.push(await readCarefully(context, r.worksheet, r.name, r.hidden, options));
      } catch (e) {
        grids.push(null);
        failures.push({ sheet: r.name, code: officeErrorCode(e), message: failureMessage(r.name, e) });
      }
    }
    return { grids: grids.filter((g): g is Grid => g !== null), failures };
  });
}

/** The grids only (the 说明 tabs): sheets that cannot be read are left out. */
export async function readAllSheets(run: ExcelRun, options: ReadOptions = {}): Promise<Grid[]> {
  return (await readWorkbook(run, options)).grids;
}

function failureMessage(sheet: string, e: unknown): string {
  const why = isPayloadTooLarge(e) ? '内容过大' : officeErrorCode(e) ? `Excel 报告 ${officeErrorCode(e)}` : '读取出错';
  return `工作表“${sheet}”无法读取（${why}），未校验；其余工作表已校验。`;
}

function valueBlock(rowIndex: number, columnIndex: number, range: Excel.Range): ValueBlock {
  return { rowIndex, columnIndex, values: range.values, valueTypes: range.valueTypes, categories: range.numberFormatCategories };
}

function mergesOf(merged: Excel.RangeAreas): CellRange[] {
  return merged.isNullObject ? [] : parseAreasAddress(merged.address);
}

interface Block {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** One sheet on its own: its size (1 sync), values in row blocks (1 sync per budget), merges
 * over A1 to the values' far corner in row chunks (1 sync; chunk by chunk, halving, if that fails). */
async function readCarefully(context: Excel.RequestContext, worksheet: Excel.Worksheet, name: string, hidden: boolean, options: ReadOptions): Promise<Grid> {
  const budget = options.responseBudget ?? RESPONSE_BUDGET_BYTES;
  const maxCells = options.maxCellsPerRead ?? MAX_CELLS_PER_READ;
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  if (used.isNullObject) return toGrid(name, hidden, [], []);
  const rowsPerBlock = Math.max(1, Math.min(Math.floor(budget / (BYTES_PER_CELL * used.columnCount)), Math.floor(maxCells / used.columnCount)));
  const blocks: Block[] = [];
  for (let i = 0; i < used.rowCount; i += rowsPerBlock) {
    blocks.push({ row: used.rowIndex + i, col: used.columnIndex, rows: Math.min(rowsPerBlock, used.rowCount - i), cols: used.columnCount });
  }
  const values: ValueBlock[] = [];
  for (const group of splitByBudget(blocks, (b) => b.rows * b.cols * BYTES_PER_CELL, budget)) {
    const ranges = group.map((b) => ({ b, range: worksheet.getRangeByIndexes(b.row, b.col, b.rows, b.cols).load(VALUE_PROPERTIES) }));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch that splitByBudget keeps under Excel's request size limit
    await context.sync();
    for (const { b, range } of ranges) values.push(valueBlock(b.row, b.col, range));
  }
  const height = used.rowIndex + used.rowCount;
  const width = used.columnIndex + used.columnCount;
  return toGrid(name, hidden, values, await readMerges(context, worksheet, height, width, options.mergeChunkRows ?? MERGE_CHUNK_ROWS));
}

/** Merged areas touching rows 0..height-1, columns 0..width-1, without ever asking for more than
 * Excel answers: all chunks in one sync; if that fails, chunk by chunk, halving a chunk that fails. */
async function readMerges(context: Excel.RequestContext, worksheet: Excel.Worksheet, height: number, width: number, chunkRows: number): Promise<CellRange[]> {
  const chunks: { top: number; rows: number }[] = [];
  for (let top = 0; top < height; top += chunkRows) chunks.push({ top, rows: Math.min(chunkRows, height - top) });
  const queue = (c: { top: number; rows: number }) => {
    const merged = worksheet.getRangeByIndexes(c.top, 0, c.rows, width).getMergedAreasOrNullObject();
    merged.load('address');
    return merged;
  };
  const found: CellRange[] = [];
  try {
    const all = chunks.map(queue);
    await context.sync();
    for (const m of all) found.push(...mergesOf(m));
  } catch {
    const pending = [...chunks];
    while (pending.length > 0) {
      const c = pending.shift()!;
      const merged = queue(c);
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- after the one-sync read failed, each chunk alone, so a failing one can be halved
        await context.sync();
        found.push(...mergesOf(merged));
      } catch (e) {
        if (c.rows === 1) throw e;
        const half = Math.ceil(c.rows / 2);
        pending.unshift({ top: c.top, rows: half }, { top: c.top + half, rows: c.rows - half });
      }
    }
  }
  // A merge crossing a chunk boundary is reported by both chunks.
  const seen = new Set<string>();
  return found.filter((m) => {
    const key = `${m.top},${m.left},${m.bottom},${m.right}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
