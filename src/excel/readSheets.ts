import { CellRange, Grid } from '../core/grid/types';
import { parseAreasAddress } from './addressList';
import { isPayloadTooLarge } from './errors';
import { SheetInfo } from './host';
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

interface SheetReads {
  readonly name: string;
  readonly hidden: boolean;
  readonly worksheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas;
}

/**
 * Every sheet as a Grid in two syncs: the sheet list, then every used range (values only, so a
 * million formatted blank rows are not read) and every sheet's merged areas, queued together.
 * If Excel refuses the answer as too large (Excel on the web caps a response at 5 MB), the
 * values are read again in row blocks that fit.
 */
export async function readAllSheets(run: ExcelRun, responseBudget = RESPONSE_BUDGET_BYTES): Promise<Grid[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    await context.sync();
    const reads: SheetReads[] = sheets.items.map((worksheet) => {
      const used = worksheet.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,values,valueTypes');
      // Merges within the formatted used range (merged cells are formatted, so all of them are in
      // it; getUsedRange never fails, an empty sheet gives A1): a title merged wider than the
      // values still counts, clipped to the grid later.
      const merged = worksheet.getUsedRange(false).getMergedAreasOrNullObject();
      merged.load('address');
      return { name: worksheet.name, hidden: worksheet.visibility !== 'Visible', worksheet, used, merged };
    });
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadTooLarge(e)) throw e;
      return readInBlocks(context, reads, responseBudget);
    }
    return reads.map((r) => {
      const blocks: ValueBlock[] = r.used.isNullObject ? [] : [r.used];
      return toGrid(r.name, r.hidden, blocks, mergesOf(r.merged));
    });
  });
}

function mergesOf(merged: Excel.RangeAreas): CellRange[] {
  return merged.isNullObject ? [] : parseAreasAddress(merged.address);
}

/** Bytes per cell in an answer carrying values and valueTypes, generously rounded up. */
const BYTES_PER_CELL = 48;

/** The fallback: sizes and merges first, then row blocks within the budget, as few syncs as fit. */
async function readInBlocks(context: Excel.RequestContext, previous: readonly SheetReads[], budget: number): Promise<Grid[]> {
  const reads = previous.map((r) => {
    const used = r.worksheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const merged = r.worksheet.getUsedRange(false).getMergedAreasOrNullObject();
    merged.load('address');
    return { ...r, used, merged };
  });
  await context.sync();
  interface Block {
    sheet: number;
    row: number;
    col: number;
    rows: number;
    cols: number;
  }
  const blocks: Block[] = [];
  reads.forEach((r, sheet) => {
    if (r.used.isNullObject) return;
    const rowsPerBlock = Math.max(1, Math.floor(budget / (BYTES_PER_CELL * r.used.columnCount)));
    for (let i = 0; i < r.used.rowCount; i += rowsPerBlock) {
      blocks.push({ sheet, row: r.used.rowIndex + i, col: r.used.columnIndex, rows: Math.min(rowsPerBlock, r.used.rowCount - i), cols: r.used.columnCount });
    }
  });
  const perSheet: ValueBlock[][] = reads.map(() => []);
  for (const group of splitByBudget(blocks, (b) => b.rows * b.cols * BYTES_PER_CELL, budget)) {
    const ranges = group.map((b) => {
      const range = reads[b.sheet].worksheet.getRangeByIndexes(b.row, b.col, b.rows, b.cols);
      range.load('values,valueTypes');
      return { b, range };
    });
    await context.sync();
    for (const { b, range } of ranges) perSheet[b.sheet].push({ rowIndex: b.row, columnIndex: b.col, values: range.values, valueTypes: range.valueTypes });
  }
  return reads.map((r, i) => toGrid(r.name, r.hidden, perSheet[i], mergesOf(r.merged)));
}
