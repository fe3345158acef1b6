/**
 * Strips what carries no value from a worksheet's XML before exceljs parses it: rows without
 * a value-bearing cell, and cells with neither value nor formula (styled blanks). A sheet whose
 * author formatted a million rows or every column of a row shrinks to its real content, so
 * exceljs stays fast and small. Merges, column widths and everything outside <sheetData> stay.
 */
const ROW = /<row\b[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g;
const EMPTY_CELL = /<c\b[^>]*?(?:\/>|>\s*<\/c>)/g;
const HAS_CELL = /<c\b/;

export function stripBlankCells(xml: string): string {
  const start = xml.indexOf('<sheetData');
  const end = xml.lastIndexOf('</sheetData>');
  if (start < 0 || end < 0) return xml;
  const body = xml.slice(start, end).replace(ROW, (whole: string, inner: string | undefined) => {
    if (inner === undefined) return '';
    const cells = inner.replace(EMPTY_CELL, '');
    if (!HAS_CELL.test(cells)) return '';
    const open = whole.slice(0, whole.indexOf('>') + 1);
    return `${open}${cells}</row>`;
  });
  return xml.slice(0, start) + body + xml.slice(end);
}
