import { a1, parseA1 } from '../core/grid/cellRef';
import { CellRange } from '../core/grid/types';
import { invalidArgument } from './errors';
import { MAX_COLS, MAX_ROWS } from './model';

/** "B3" or "B3:D9" (optionally "Sheet!B3", "$B$3") to a rectangle; throws InvalidArgument otherwise. */
export function parseArea(address: string): CellRange {
  const bang = address.lastIndexOf('!');
  const local = (bang >= 0 ? address.slice(bang + 1) : address).trim();
  const [from, to] = local.split(':');
  const a = parseA1(from ?? '');
  const b = to === undefined ? a : parseA1(to);
  if (!a || !b || local.split(':').length > 2) throw invalidArgument(`address "${address}"`);
  const area = { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
  if (area.bottom >= MAX_ROWS || area.right >= MAX_COLS) throw invalidArgument(`address "${address}" is off the sheet`);
  return area;
}

/** "A1:B2, D4" as getRanges accepts it (comma separated, spaces allowed). */
export function parseAreaList(addresses: string): CellRange[] {
  return addresses.split(',').map((s) => s.trim()).filter(Boolean).map(parseArea);
}

export function areaAddress(area: CellRange): string {
  const tl = a1(area.top, area.left);
  return area.top === area.bottom && area.left === area.right ? tl : `${tl}:${a1(area.bottom, area.right)}`;
}

/** Sheet names are quoted in addresses unless they are plain words, as Excel does. */
export function qualifiedAddress(sheet: string, area: CellRange): string {
  const plain = /^[A-Za-z_\u3400-\u9fff][A-Za-z0-9_.\u3400-\u9fff]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  const name = plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${areaAddress(area)}`;
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(area: CellRange, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

export const WHOLE_SHEET: CellRange = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };
