import { a1 } from '../core/grid/cellRef';
import { CellRange } from '../core/grid/types';

/**
 * Neighbouring cells merged into rectangles: runs along each row, then runs with the same
 * columns on consecutive rows stacked. Fewer areas mean fewer getRanges calls and a smaller request.
 * Not always the minimum number of rectangles, but exact: the union is the input, nothing more.
 */
export function toRectangles(cells: readonly { row: number; col: number }[]): CellRange[] {
  const keys = new Set<string>();
  const unique: { row: number; col: number }[] = [];
  for (const c of cells) {
    const k = `${c.row},${c.col}`;
    if (!keys.has(k)) {
      keys.add(k);
      unique.push(c);
    }
  }
  unique.sort((a, b) => a.row - b.row || a.col - b.col);
  // Horizontal runs, row by row.
  const runs: CellRange[] = [];
  for (const c of unique) {
    const last = runs[runs.length - 1];
    if (last && last.top === c.row && last.right === c.col - 1) runs[runs.length - 1] = { ...last, right: c.col };
    else runs.push({ top: c.row, bottom: c.row, left: c.col, right: c.col });
  }
  // Stack a run onto the rectangle ending on the row above with the same columns.
  const open = new Map<string, CellRange>();
  const done: CellRange[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const above = open.get(key);
    if (above && above.bottom === run.top - 1) open.set(key, { ...above, bottom: run.top });
    else {
      if (above) done.push(above);
      open.set(key, run);
    }
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** "C7" or "C7:E9", sheet-relative, as getRange/getRanges take it. */
export function rangeAddress(r: CellRange): string {
  const tl = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${a1(r.bottom, r.right)}`;
}
