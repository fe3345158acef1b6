import { CellRange, CellValue, Grid, isCellError } from '../grid/types';

/**
 * Adapters promise a clean Grid; the reader promises never to throw. This pass makes the second
 * independent of the first: missing rows become empty, values that are neither text, number,
 * boolean nor an Excel error (a Date, a rich-text object) become their text, and merges with
 * impossible coordinates are dropped. Linear in the cells, and it copies only what it changes.
 */
export function sanitizeGrid(grid: Grid): Grid {
  let changed = false;
  const rows: (readonly CellValue[])[] = [];
  const source = Array.isArray(grid.rows) ? grid.rows : [];
  if (source !== grid.rows) changed = true;
  for (let r = 0; r < source.length; r++) {
    const row = source[r];
    if (!Array.isArray(row)) {
      rows.push([]);
      changed = true;
      continue;
    }
    let copy: CellValue[] | null = null;
    for (let c = 0; c < row.length; c++) {
      const v = row[c] as unknown;
      if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') continue;
      if (isCellError(v as CellValue)) continue;
      copy ??= [...row];
      copy[c] = v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    }
    if (copy) changed = true;
    rows.push(copy ?? row);
  }
  const merges = (Array.isArray(grid.merges) ? grid.merges : []).filter(validRange);
  if (merges.length !== grid.merges?.length) changed = true;
  return changed ? { ...grid, name: String(grid.name ?? ''), rows, merges } : grid;
}

function validRange(m: CellRange): boolean {
  return (
    m !== null &&
    typeof m === 'object' &&
    [m.top, m.left, m.bottom, m.right].every((n) => Number.isInteger(n) && n >= 0) &&
    m.bottom >= m.top &&
    m.right >= m.left
  );
}
