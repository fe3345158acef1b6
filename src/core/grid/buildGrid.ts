import { CellRange, CellValue, Grid } from './types';

/** How far a merge may reach past the last value before it is clipped (a formatted sheet can
 * merge a header cell down a million rows; the core never needs that). */
const MERGE_SLACK_ROWS = 50;
const MERGE_SLACK_COLS = 50;

/** A sheet whose grid would hold more cells than allowed; thrown before anything is allocated. */
export class GridTooLargeError extends Error {
  constructor(
    readonly sheet: string,
    readonly rows: number,
    readonly cols: number,
    /** The lowest value and the rightmost one (0-based; may be the same cell), for the user to find and delete. */
    readonly farthest: readonly { readonly row: number; readonly col: number }[],
  ) {
    super(`grid ${rows}×${cols} of ${sheet}`);
  }
}

export interface PlacedValue {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
}

/**
 * Builds a Grid from the cells that hold values and the sheet's merges. The grid spans the
 * values plus merges anchored on a value (so a two-row note keeps both rows), at most a little
 * past the last value; other merges are clipped to that span or dropped. Rows are padded with
 * null to the width. Both the exceljs adapter and the fixture generator use this, so they agree.
 */
export function buildGrid(name: string, values: readonly PlacedValue[], rawMerges: readonly CellRange[], hidden: boolean, maxCells = Infinity): Grid {
  let height = 0;
  let width = 0;
  let lowest = { row: 0, col: 0 };
  let rightmost = { row: 0, col: 0 };
  const filled = new Set<string>();
  for (const v of values) {
    if (v.value === null) continue;
    if (v.row + 1 > height) lowest = v;
    if (v.col + 1 > width) rightmost = v;
    height = Math.max(height, v.row + 1);
    width = Math.max(width, v.col + 1);
    filled.add(`${v.row},${v.col}`);
  }
  const maxRows = height + MERGE_SLACK_ROWS;
  const maxCols = width + MERGE_SLACK_COLS;
  let h = height;
  let w = width;
  for (const m of rawMerges) {
    if (!filled.has(`${m.top},${m.left}`)) continue;
    h = Math.max(h, Math.min(m.bottom + 1, maxRows));
    w = Math.max(w, Math.min(m.right + 1, maxCols));
  }
  // One stray value in XFD1048576 would ask for 17 billion cells.
  if (h * w > maxCells) {
    const cells = lowest === rightmost ? [lowest] : [lowest, rightmost];
    throw new GridTooLargeError(name, h, w, cells.map((c) => ({ row: c.row, col: c.col })));
  }
  const rows: CellValue[][] = [];
  for (let r = 0; r < h; r++) rows.push(new Array<CellValue>(w).fill(null));
  for (const v of values) if (v.value !== null) rows[v.row][v.col] = v.value;
  const merges: CellRange[] = [];
  for (const m of rawMerges) {
    if (m.top >= h || m.left >= w) continue;
    const clipped = { top: m.top, left: m.left, bottom: Math.min(m.bottom, h - 1), right: Math.min(m.right, w - 1) };
    if (clipped.top === clipped.bottom && clipped.left === clipped.right) continue;
    merges.push(clipped);
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return { name, rows, merges, ...(hidden ? { hidden: true } : {}) };
}
