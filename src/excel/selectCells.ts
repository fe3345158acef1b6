import { CellRef } from '../core/grid/cellRef';
import { CellRange } from '../core/grid/types';
import { HostError, officeErrorCode } from './errors';
import { SelectOptions, SelectResult } from './host';
import { MAX_AREAS_PER_CALL } from './limits';
import { ExcelRun, Supports } from './officeApi';
import { rangeAddress, toRectangles } from './rectangles';

/** RangeAreas.select(): the manifest asks for 1.13, so this one is checked before each use. */
export const SELECT_AREAS_API = '1.18';

/** Without RangeAreas.select, a bounding rectangle at most this many times the cited cells is
 * selected whole (a row total and its parts); sparser areas are selected one at a time. */
const BOUNDING_SLACK = 3;

function cellsIn(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

function bounding(areas: readonly CellRange[]): CellRange {
  return {
    top: Math.min(...areas.map((a) => a.top)),
    left: Math.min(...areas.map((a) => a.left)),
    bottom: Math.max(...areas.map((a) => a.bottom)),
    right: Math.max(...areas.map((a) => a.right)),
  };
}

function listed(areas: readonly string[]): string {
  return areas.length <= 6 ? areas.join('、') : `${areas.slice(0, 6).join('、')} 等`;
}

/**
 * Takes the user to a finding: activates the first cell's sheet and selects the finding's cells on
 * that sheet (cells on other sheets cannot be selected together in Excel). Two syncs: one to
 * learn whether the sheet exists and is visible, so the user gets a Chinese reason, not a failure.
 * Several areas are selected together only where Excel has RangeAreas.select (ExcelApi 1.18:
 * not Office 2021 or 2024, nor Microsoft 365 before build 2501); elsewhere their bounding
 * rectangle when it is compact, else one area per call (options.area), and the result says so.
 */
export async function selectCells(run: ExcelRun, supports: Supports, cells: readonly CellRef[], options: SelectOptions = {}): Promise<SelectResult> {
  const sheetName = cells[0]?.sheet ?? '';
  const onSheet = cells.filter((c) => c.sheet === sheetName);
  const otherSheets = [...new Set(cells.filter((c) => c.sheet !== sheetName).map((c) => c.sheet))];
  const rects = toRectangles(onSheet).slice(0, MAX_AREAS_PER_CALL);
  const areas = rects.map(rangeAddress);
  const plan = (): Omit<SelectResult, 'sheet' | 'otherSheets' | 'note'> & { note: string | null } => {
    if (rects.length <= 1 || supports(SELECT_AREAS_API)) return { mode: 'all', address: areas.join(', '), areas, area: 0, note: null };
    const box = bounding(rects);
    const cited = rects.reduce((n, r) => n + cellsIn(r), 0);
    if (cellsIn(box) <= BOUNDING_SLACK * cited) {
      const address = rangeAddress(box);
      return { mode: 'bounding', address, areas, area: 0, note: `此版本的 Excel 不能同时选中多个区域，已选中包含全部 ${areas.length} 处的区域 ${address}。` };
    }
    const area = (((options.area ?? 0) % areas.length) + areas.length) % areas.length;
    return {
      mode: 'one',
      address: areas[area],
      areas,
      area,
      note: `此版本的 Excel 不能同时选中多个区域，已选中第 ${area + 1} 处 ${areas[area]}（共 ${areas.length} 处：${listed(areas)}）；再次点击选中下一处。`,
    };
  };
  if (cells.length === 0) return { mode: 'all', sheet: '', address: '', areas: [], area: 0, otherSheets: [], note: null };
  const chosen = plan();
  const others = otherSheets.length > 0 ? `其余单元格在工作表${otherSheets.map((s) => `“${s}”`).join('、')}上，需另行查看。` : '';
  const note = chosen.note || others ? `${chosen.note ?? ''}${others}` : null;
  await run(async (context) => {
    const worksheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    worksheet.load('visibility');
    await context.sync();
    if (worksheet.isNullObject) throw new HostError(`找不到工作表“${sheetName}”，可能已被重命名或删除。请重新校验。`, 'ItemNotFound');
    if (worksheet.visibility !== 'Visible') throw new HostError(`工作表“${sheetName}”已隐藏，取消隐藏后才能定位到单元格。`, 'Hidden');
    worksheet.activate();
    if (chosen.mode === 'all' && areas.length > 1) worksheet.getRanges(areas.join(', ')).select();
    else worksheet.getRange(chosen.address).select();
    try {
      await context.sync();
    } catch (e) {
      if (officeErrorCode(e) === 'AccessDenied') {
        throw new HostError(`工作表“${sheetName}”受保护，不允许选中单元格。问题单元格：${listed(areas)}。`, 'AccessDenied');
      }
      throw e;
    }
  });
  return { ...chosen, sheet: sheetName, otherSheets, note };
}
