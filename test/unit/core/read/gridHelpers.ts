import { CellRange, CellValue, Grid } from '../../../../src/core/grid/types';

/** A hand-built sheet: rows padded to one width, merges given as A1 ranges ("A1:F1"). */
export function sheet(name: string, rows: CellValue[][], merges: string[] = [], hidden = false): Grid {
  const width = Math.max(...rows.map((r) => r.length));
  return {
    name,
    rows: rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]),
    merges: merges.map(range),
    ...(hidden ? { hidden } : {}),
  };
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function range(a1: string): CellRange {
  const [from, to] = a1.split(':');
  const p = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s)!;
    return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
  };
  const f = p(from);
  const t = p(to ?? from);
  return { top: f.row, left: f.col, bottom: t.row, right: t.col };
}

/** The same sheet moved down `dr` rows and right `dc` columns (merges too). */
export function shift(grid: Grid, dr: number, dc: number): Grid {
  const width = Math.max(0, ...grid.rows.map((r) => r.length)) + dc;
  const blank = () => new Array<CellValue>(width).fill(null);
  return {
    ...grid,
    rows: [...Array.from({ length: dr }, blank), ...grid.rows.map((r) => [...new Array<CellValue>(dc).fill(null), ...r])],
    merges: grid.merges.map((m) => ({ top: m.top + dr, bottom: m.bottom + dr, left: m.left + dc, right: m.right + dc })),
  };
}

/** The same sheet without merges: only the top-left cells keep text, as a careless export would. */
export function unmerge(grid: Grid): Grid {
  return { ...grid, merges: [] };
}

/** A minimal sheet with just a title (for recognition tests). */
export function titled(name: string, title: string, extra: CellValue[][] = []): Grid {
  return sheet(name, [[title], ['部门：测试局', null, '金额单位：万元'], ...extra]);
}
