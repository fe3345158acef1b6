import { Grid } from './types';

/**
 * The widest of the given rows (0 for none). A loop, not Math.max(...rows): spreading a
 * 150,000-row table's widths as arguments overflows the stack.
 */
export function widestRow(grid: Grid, ...rowLists: (readonly number[])[]): number {
  let width = 0;
  for (const rows of rowLists) {
    for (const r of rows) {
      const n = grid.rows[r]?.length ?? 0;
      if (n > width) width = n;
    }
  }
  return width;
}
