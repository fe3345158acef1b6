import { cellRef } from '../grid/cellRef';
import { cellText } from '../grid/types';
import { CodeReader, findCodeGroups } from '../layout/codeColumns';
import { headerSearchRows, labelColumn, moneyCandidates, scanFrame } from '../layout/frame';
import { isTotalLabel, labelKey, looksNumeric } from '../layout/text';
import { readMoneyColumns } from './moneyColumns';
import { ReadContext } from './readContext';
import { reportStrayRows } from './readCodedTable';
import { ClassRow, Column, Figure } from './types';

export interface BasicBody {
  readonly rows: ClassRow[];
  readonly personnelTotal: Figure | null;
  readonly publicTotal: Figure | null;
  readonly total: Figure | null;
  readonly blocks: number;
  readonly endRow: number;
}

// The bare words 人员经费 / 公用经费 title the blocks in the header; totals say 合计.
const PERSONNEL_TOTAL = /^人员经费(?:合计|小计)$/;
const PUBLIC_TOTAL = /^(?:日常)?公用经费(?:合计|小计)$/;

/**
 * T08: two or three `科目编码 | 科目名称 | 决算数` blocks side by side (人员经费, 公用经费), or one
 * list with 合计 | 人员经费 | 公用经费 columns. The bottom line holds 人员经费合计 and 公用经费合计,
 * each followed (after its merge) by its figure.
 */
export function readBasicBody(ctx: ReadContext): BasicBody | null {
  const { grid, merges } = ctx;
  const start = ctx.headerStart;
  const groups = findCodeGroups(grid, start, grid.rows.length, headerSearchRows(grid, start)).filter((g) => g.codeRows > 0);
  if (!groups.length) return null;
  const labelCols = groups.flatMap((g) => [...g.cols, g.nameCol]);
  const isTotalsLabel = (text: string): boolean => {
    const t = labelKey(text);
    return PERSONNEL_TOTAL.test(t) || PUBLIC_TOTAL.test(t) || isTotalLabel(t);
  };

  const scanners = groups.map((g) => new CodeReader(grid, g));
  const frame = scanFrame(grid, start, (r) => scanners.some((s) => s.read(r)) || labelColumn(grid, merges, r, labelCols, isTotalsLabel) !== undefined);
  const { headerRows, dataRows, width, endRow } = frame;
  if (!dataRows.length) return null;

  const blockColumns: Column[][] = groups.map((g, i) => {
    const next = i + 1 < groups.length ? groups[i + 1].cols[0] : width;
    const first = merges.spanEdge([...headerRows, ...dataRows.slice(0, 5)], g.nameCol) + 1;
    return readMoneyColumns(ctx, headerRows, dataRows, moneyCandidates(grid, frame, first, next), first);
  });
  const moneyCols = blockColumns.flat().map((c) => c.col).sort((a, b) => a - b);

  const rows: ClassRow[] = [];
  const codedRows = new Set<number>();
  groups.forEach((g, i) => {
    const reader = new CodeReader(grid, g);
    for (const r of dataRows) {
      const code = reader.read(r);
      if (!code) continue;
      codedRows.add(r);
      const values = ctx.figures(r, blockColumns[i]);
      rows.push({
        code: code.code,
        level: code.code.length === 3 ? 1 : code.code.length === 5 ? 2 : 3,
        name: code.inlineName ?? cellText(grid, r, g.nameCol),
        codeCell: code.codeCell,
        nameCell: cellRef(grid.name, r, g.nameCol),
        values,
      });
    }
  });

  // Totals: a label, then the first money cell to the right of it.
  let personnelTotal: Figure | null = null;
  let publicTotal: Figure | null = null;
  let total: Figure | null = null;
  const stray: number[] = [];
  for (const r of dataRows) {
    let totals = false;
    for (const c of labelCols) {
      if (merges.isCovered(r, c)) continue;
      const t = labelKey(cellText(grid, r, c));
      if (!t) continue;
      const isPersonnel = PERSONNEL_TOTAL.test(t);
      const isPublic = PUBLIC_TOTAL.test(t);
      const isTotal = isTotalLabel(t);
      if (!isPersonnel && !isPublic && !isTotal) continue;
      totals = true;
      const listColumns = blockColumns.length === 1 && blockColumns[0].length > 1 ? blockColumns[0] : null;
      if (isTotal && listColumns) {
        // One list with 合计 | 人员经费 | 公用经费 columns.
        const byKey = (k: string) => listColumns.find((col) => col.key === k);
        const tc = byKey('total');
        const pc = byKey('personnel');
        const uc = byKey('public');
        if (tc && !total) total = ctx.figure(r, tc.col);
        if (pc && !personnelTotal) personnelTotal = ctx.figure(r, pc.col);
        if (uc && !publicTotal) publicTotal = ctx.figure(r, uc.col);
        continue;
      }
      // The figure follows the label, before the next label on the row: the first money cell
      // holding something (unmerged sheets leave the blocks between empty), else the last one.
      const edge = merges.rightEdge(r, c);
      const nextLabel = labelCols.find((lc) => lc > edge && !merges.isCovered(r, lc) && cellText(grid, r, lc) !== '' && !isMoneyText(grid, r, lc)) ?? Infinity;
      const between = moneyCols.filter((mc) => mc > edge && mc < nextLabel);
      const valueCol = between.find((mc) => cellText(grid, r, mc) !== '') ?? between[between.length - 1];
      if (valueCol === undefined) continue;
      const fig = ctx.figure(r, valueCol);
      if (isPersonnel && !personnelTotal) personnelTotal = fig;
      else if (isPublic && !publicTotal) publicTotal = fig;
      else if (isTotal && !total) total = fig;
    }
    if (!totals && !codedRows.has(r)) stray.push(r);
  }
  reportStrayRows(ctx, stray, blockColumns.flat());
  return { rows, personnelTotal, publicTotal, total, blocks: groups.length, endRow };
}

function isMoneyText(grid: Parameters<typeof cellText>[0], r: number, c: number): boolean {
  return looksNumeric(grid.rows[r]?.[c] ?? null);
}
