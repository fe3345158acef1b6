import { CellRange, CellValue, Grid } from '../../../src/core/grid/types';

/** A workbook the mutations may edit in place; turned into frozen Grids for the engine. */
export interface MutableSheet {
  name: string;
  rows: CellValue[][];
  merges: CellRange[];
  hidden?: boolean;
}

export type MutableWorkbook = MutableSheet[];

export function fromGrids(grids: readonly Grid[]): MutableWorkbook {
  return grids.map((g) => ({
    name: g.name,
    rows: g.rows.map((r) => [...r]),
    merges: g.merges.map((m) => ({ ...m })),
    ...(g.hidden ? { hidden: true } : {}),
  }));
}

export function width(sheet: MutableSheet): number {
  let w = 0;
  for (const r of sheet.rows) if (r.length > w) w = r.length;
  return w;
}

/** Deeply frozen copies: a strict-mode write by the engine into its input throws, so the fuzzer
 * also proves the engine never edits the grids it is given. */
export function toFrozenGrids(wb: MutableWorkbook): Grid[] {
  return wb.map((s) =>
    Object.freeze({
      name: s.name,
      rows: Object.freeze(s.rows.map((r) => Object.freeze(r.map((v) => (v !== null && typeof v === 'object' ? Object.freeze({ ...v }) : v))))),
      merges: Object.freeze(s.merges.map((m) => Object.freeze({ ...m }))),
      ...(s.hidden ? { hidden: true } : {}),
    }),
  );
}

export function blankRow(n: number): CellValue[] {
  return new Array<CellValue>(n).fill(null);
}

export function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Where a row (or column) index lands after `n` are inserted at `at`. */
function insertIndex(i: number, at: number, n: number): number {
  return i >= at ? i + n : i;
}

/** Merges after inserting rows or columns: a merge spanning the insertion point grows, as in Excel. */
export function mergesAfterInsert(merges: CellRange[], axis: 'row' | 'col', at: number, n: number): CellRange[] {
  return merges.map((m) =>
    axis === 'row'
      ? { ...m, top: insertIndex(m.top, at, n), bottom: m.bottom >= at ? m.bottom + n : m.bottom }
      : { ...m, left: insertIndex(m.left, at, n), right: m.right >= at ? m.right + n : m.right },
  );
}

/** Merges after deleting `n` rows or columns at `at`: shrunk, or dropped when nothing or one cell is left. */
export function mergesAfterDelete(merges: CellRange[], axis: 'row' | 'col', at: number, n: number): CellRange[] {
  const lo = (i: number) => (i < at ? i : i >= at + n ? i - n : at);
  const hi = (i: number) => (i < at ? i : i >= at + n ? i - n : at - 1);
  const out: CellRange[] = [];
  for (const m of merges) {
    const next =
      axis === 'row'
        ? { ...m, top: lo(m.top), bottom: hi(m.bottom) }
        : { ...m, left: lo(m.left), right: hi(m.right) };
    if (next.bottom < next.top || next.right < next.left) continue;
    if (next.top === next.bottom && next.left === next.right) continue;
    out.push(next);
  }
  return out;
}
