import { CellRange, CellValue, Grid } from '../core/grid/types';

/** A block of a sheet as Range.values / Range.valueTypes report it, at 0-based (rowIndex, columnIndex). */
export interface ValueBlock {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
}

/** Office's value + valueType to the Grid's CellValue: errors keep their text, empty strings are empty. */
export function toCellValue(value: unknown, type: string | undefined): CellValue {
  if (type === 'Empty' || value === null || value === undefined) return null;
  if (type === 'Error') return { error: String(value) };
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = String(value);
  return text === '' ? null : text;
}

/**
 * Blocks to the one Grid shape: rows from row 1 of the sheet (the used range may start lower),
 * trailing empty rows and columns trimmed, rows padded with null; merges clipped to the grid.
 */
export function toGrid(name: string, hidden: boolean, blocks: readonly ValueBlock[], merges: readonly CellRange[]): Grid {
  const cells: { row: number; col: number; value: CellValue }[] = [];
  let height = 0;
  let width = 0;
  for (const b of blocks) {
    b.values.forEach((row, i) =>
      row.forEach((raw, j) => {
        const value = toCellValue(raw, b.valueTypes[i]?.[j]);
        if (value === null) return;
        const r = b.rowIndex + i;
        const c = b.columnIndex + j;
        cells.push({ row: r, col: c, value });
        height = Math.max(height, r + 1);
        width = Math.max(width, c + 1);
      }),
    );
  }
  const rows: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  for (const c of cells) rows[c.row][c.col] = c.value;
  const clipped = merges
    .filter((m) => m.top < height && m.left < width)
    .map((m) => ({ top: m.top, left: m.left, bottom: Math.min(m.bottom, height - 1), right: Math.min(m.right, width - 1) }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
  return { name, rows, merges: clipped, ...(hidden ? { hidden: true } : {}) };
}
