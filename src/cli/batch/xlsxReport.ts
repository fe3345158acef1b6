import ExcelJS from 'exceljs';
import { BatchOutcome } from './protocol';
import { DETAIL_HEADER, detailRows, SheetOptions, summaryHeader, summaryRows } from './report';

export const SUMMARY_SHEET = '汇总';
export const DETAILS_SHEET = '问题明细';

/** Column widths in characters (a Chinese character counts two), within these bounds. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/**
 * The report a reviewer sends back: 汇总 (one row per file of the folder) and 问题明细 (one row
 * per error or warning, and per file that could not be checked), each with its header frozen,
 * an autofilter over the rows, and columns as wide as their content (up to MAX_WIDTH, wrapping beyond).
 */
export async function writeXlsxReport(outcomes: readonly BatchOutcome[], options: SheetOptions, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '决算校验';
  addSheet(wb, SUMMARY_SHEET, summaryHeader(options), summaryRows(outcomes, options));
  addSheet(wb, DETAILS_SHEET, DETAIL_HEADER, detailRows(outcomes, options));
  await wb.xlsx.writeFile(file);
}

function addSheet(wb: ExcelJS.Workbook, name: string, header: readonly string[], rows: readonly (string | number)[][]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.addRow([...header]);
  for (const r of rows) ws.addRow(r);
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  head.commit();
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: header.length } };
  header.forEach((h, i) => {
    const width = Math.max(displayWidth(h) + 4, ...rows.map((r) => displayWidth(String(r[i] ?? '')) + 2));
    const col = ws.getColumn(i + 1);
    col.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width));
    if (width > MAX_WIDTH) col.alignment = { wrapText: true, vertical: 'top' };
  });
}

/** Width of a text in Excel's character units: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
