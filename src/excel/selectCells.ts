import { CellRef } from '../core/grid/cellRef';
import { HostError } from './errors';
import { MAX_AREAS_PER_CALL } from './limits';
import { ExcelRun } from './officeApi';
import { rangeAddress, toRectangles } from './rectangles';

/**
 * Takes the user to a finding: activates the first cell's sheet and selects the finding's cells on
 * that sheet (cells on other sheets cannot be selected together in Excel). Two syncs: one to
 * learn whether the sheet exists and is visible, so the user gets a Chinese reason, not a failure.
 */
export async function selectCells(run: ExcelRun, cells: readonly CellRef[]): Promise<void> {
  if (cells.length === 0) return;
  const sheetName = cells[0].sheet;
  const onSheet = cells.filter((c) => c.sheet === sheetName);
  const areas = toRectangles(onSheet).map(rangeAddress).slice(0, MAX_AREAS_PER_CALL);
  await run(async (context) => {
    const worksheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    worksheet.load('visibility');
    await context.sync();
    if (worksheet.isNullObject) throw new HostError(`找不到工作表“${sheetName}”，可能已被重命名或删除。请重新校验。`, 'ItemNotFound');
    if (worksheet.visibility !== 'Visible') throw new HostError(`工作表“${sheetName}”已隐藏，取消隐藏后才能定位到单元格。`, 'Hidden');
    worksheet.activate();
    if (areas.length === 1) worksheet.getRange(areas[0]).select();
    else worksheet.getRanges(areas.join(', ')).select();
    await context.sync();
  });
}
