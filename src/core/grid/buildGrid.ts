import { CellRange, CellValue, Grid } from './types';

/** How far a merge may reach past the last value before it is clipped (a formatted sheet can
 * merge a header cell down a million rows; the core never needs that). */
const MERGE_SLACK_ROWS = 50;
const MERGE_SLACK_COLS = 50;
/** A cell's number key is row × KEY_COLS + col: wider than any sheet (Excel has 2^14 columns),
 * and below 2^53 for any row. */
const KEY_COLS = 2 ** 24;

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

/** How merges that reach past the values are treated. */
export type MergeSpan =
  /** Files (the xlsx reader, src/xlsx, and the fixture generator): a merge anchored on a value extends
   * the grid (so a two-row note keeps both rows), at most a little past the last value; a merge
   * clipped down to one cell is dropped. */
  | 'extend'
  /** Office.js, whose used range holds the values only: the grid is the values' box, and every merge
   * starting inside it is clipped to it and kept, even where one cell of it remains. */
  | 'clip';

export interface GridOptions {
  /** Cells the grid may hold; more throws GridTooLargeError before anything is allocated. */
  readonly maxCells?: number;
  /** 'extend' unless said. */
  readonly merges?: MergeSpan;
}

/**
 * The one Grid builder: a Grid from the cells that hold values and the sheet's merges. The grid
 * spans the values (and, with 'extend', the merges anchored on a value); other merges are clipped
 * to that span or dropped. Rows are padded with null to the width. The xlsx reader, the Office.js
 * adapter (excel/toGrid) and the fixture generator all build through it, so they agree.
 */
export function buildGrid(name: string, values: readonly PlacedValue[], rawMerges: readonly CellRange[], hidden: boolean, options: GridOptions = {}): Grid {
  const maxCells = options.maxCells ?? Infinity;
  const extend = options.merges !== 'clip';
  let height = 0;
  let width = 0;
  let lowest = { row: 0, col: 0 };
  let rightmost = { row: 0, col: 0 };
  // With 'extend', a merge counts only when a value sits in its top-left cell: the merges' anchors
  // (a few) are looked up per value by number (row × KEY_COLS + col), rather
  // than every value's cell kept as a string key (some 130,000 on a large workbook).
  const anchors = extend && rawMerges.length > 0 ? new Map<number, boolean>() : null;
  if (anchors) for (const m of rawMerges) anchors.set(m.top * KEY_COLS + m.left, false);
  for (const v of values) {
    if (v.value === null) continue;
    if (v.row + 1 > height) lowest = v;
    if (v.col + 1 > width) rightmost = v;
    height = Math.max(height, v.row + 1);
    width = Math.max(width, v.col + 1);
    if (anchors) {
      const key = v.row * KEY_COLS + v.col;
      if (anchors.has(key)) anchors.set(key, true);
    }
  }
  const maxRows = height + MERGE_SLACK_ROWS;
  const maxCols = width + MERGE_SLACK_COLS;
  let h = height;
  let w = width;
  if (anchors) {
    for (const m of rawMerges) {
      if (!anchors.get(m.top * KEY_COLS + m.left)) continue;
      h = Math.max(h, Math.min(m.bottom + 1, maxRows));
      w = Math.max(w, Math.min(m.right + 1, maxCols));
    }
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
    if (extend && clipped.top === clipped.bottom && clipped.left === clipped.right) continue;
    merges.push(clipped);
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return { name, rows, merges, ...(hidden ? { hidden: true } : {}) };
}
