/**
 * The one shape every adapter (Office.js, exceljs, the test generator) turns a sheet into.
 * Rows and columns are 0-based. A merged range holds its value in its top-left cell only;
 * the other cells of the merge are null (exceljs repeats the value; its adapter blanks the copies).
 * Trailing empty rows and columns are trimmed by the adapter, so a million formatted blank rows
 * never reach the core.
 */
export interface CellError {
  /** Excel's error text, e.g. "#REF!", "#DIV/0!". */
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellError;

/** Inclusive, 0-based rectangle. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly merges: readonly CellRange[];
  /** Hidden sheets are still read, but a reviewer is told a table sits on a hidden sheet. */
  readonly hidden?: boolean;
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === 'object' && v !== null && typeof (v as CellError).error === 'string';
}

export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.rows[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

/** Text of a cell with all white space (including full-width and line breaks) removed; '' for non-text. */
export function cellText(grid: Grid, row: number, col: number): string {
  const v = cellAt(grid, row, col);
  if (v === null || isCellError(v)) return '';
  const s = String(v);
  return mayHoldSpace(s) ? s.replace(/[\s\u3000\u00a0]+/g, '') : s;
}

/** False when no character of s can be white space for the pattern above (\s covers these ranges). */
function mayHoldSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || (c >= 0x7f && c <= 0xa0) || c === 0x1680 || (c >= 0x2000 && c <= 0x205f) || c === 0x3000 || c === 0xfeff) return true;
  }
  return false;
}

export function gridWidth(grid: Grid): number {
  let w = 0;
  for (const r of grid.rows) if (r.length > w) w = r.length;
  return w;
}

/** The merge that covers (row, col), if any. */
export function mergeAt(grid: Grid, row: number, col: number): CellRange | undefined {
  return grid.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}
