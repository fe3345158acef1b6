import { CellRange, Grid } from '../grid/types';

/**
 * Merges looked up by cell in O(1). grid.merges is a plain list and mergeAt() scans it; a sheet
 * with a thousand merges read cell by cell would be quadratic, so readers index them once.
 */
export class MergeIndex {
  private readonly byCell = new Map<number, CellRange>();

  constructor(grid: Grid) {
    for (const m of grid.merges) {
      // A merge wider than the used area (whole-row merges) only matters inside it.
      const bottom = Math.min(m.bottom, grid.rows.length);
      for (let r = m.top; r <= bottom; r++) {
        for (let c = m.left; c <= Math.min(m.right, m.left + 255); c++) this.byCell.set(key(r, c), m);
      }
    }
  }

  /** The merge covering (row, col), if any. */
  at(row: number, col: number): CellRange | undefined {
    return this.byCell.get(key(row, col));
  }

  /** True when (row, col) lies inside a merge but is not its top-left cell. */
  isCovered(row: number, col: number): boolean {
    const m = this.at(row, col);
    return m !== undefined && (m.top !== row || m.left !== col);
  }

  /** The right-most column `col` spans on any of `rows` (a name column merged over two columns). */
  spanEdge(rows: readonly number[], col: number): number {
    let edge = col;
    for (const r of rows) {
      const m = this.at(r, col);
      if (m && m.left === col && m.right > edge) edge = m.right;
    }
    return edge;
  }

  /** The right-most column a cell spans (itself when unmerged). */
  rightEdge(row: number, col: number): number {
    const m = this.at(row, col);
    return m ? m.right : col;
  }
}

function key(row: number, col: number): number {
  return row * 16384 + col;
}
