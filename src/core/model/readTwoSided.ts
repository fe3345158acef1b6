import { cellRef } from '../grid/cellRef';
import { cellText } from '../grid/types';
import { isColumnNumberRow } from '../layout/columnNumbers';
import { labelColumn, moneyCandidates, scanFrame } from '../layout/frame';
import { HeaderColumn } from '../layout/header';
import { labelKey } from '../layout/text';
import { AMOUNT } from './columnKeys';
import { readMoneyColumns } from './moneyColumns';
import { ReadContext } from './readContext';
import { UNKNOWN_LINE } from './readRules';
import { TwoSidedLabeler } from './twoSidedLabels';
import { Column, LineItem } from './types';

export interface TwoSidedBody {
  readonly left: LineItem[];
  readonly right: LineItem[];
  readonly leftColumns: Column[];
  readonly rightColumns: Column[];
  readonly endRow: number;
}

const LABEL_HEADER = /^(?:项目|项目名称|收入项目|支出项目|收入|支出)$/;
const NOT_A_LABEL = /^(?:项目|项目名称|收入项目|支出项目|栏次|行次|甲|乙|丙|丁|收入|支出)$/;
const KNOWN_LABEL = /本年收入合计|本年支出合计|总计|结转和结余|财政拨款收入|财政拨款$/;

/**
 * T01 and T04: an income block and an expenditure block side by side, each `项目 | (行次) | 金额…`.
 * Blocks start at the 项目 header cells; without headers, at the columns holding 本年收入合计 /
 * 本年支出合计. A sheet listing both sides in one column is read top to bottom, switching to
 * expenditure after the income 总计.
 */
export function readTwoSidedBody(ctx: ReadContext, table: 'T01' | 'T04'): TwoSidedBody | null {
  const { grid, merges } = ctx;
  const start = ctx.headerStart;
  const layout = findLabelColumns(ctx, start);
  if (!layout) return null;
  const { labelCols, labelRow } = layout;

  const isLabelRow = (r: number): boolean =>
    !isColumnNumberRow(grid, r) && labelColumn(grid, merges, r, labelCols, (t) => t !== '' && !NOT_A_LABEL.test(t)) !== undefined;
  const frame = scanFrame(grid, start, isLabelRow, labelRow === null ? start : labelRow + 1);
  const { headerRows, dataRows, width, endRow } = frame;
  if (!dataRows.length) return null;

  // Columns of each block: after its label (and the label's merge), before the next block.
  const blockColumns = labelCols.map((lc, i) => {
    const next = i + 1 < labelCols.length ? labelCols[i + 1] : width;
    // Group titles above the 项目 row (收入 over a whole side) do not count, the label's own merge does.
    const labelRows = [...headerRows.filter((r) => labelRow === null || r >= labelRow), ...dataRows.slice(0, 3)];
    const firstMoney = Math.max(lc + 1, ...labelRows.map((r) => merges.rightEdge(r, lc) + 1));
    return moneyCandidates(grid, frame, Math.min(firstMoney, next), next);
  });

  const amountKey = (h: HeaderColumn, count: number): string | null => {
    if (count === 1) return AMOUNT;
    return /决算|金额|本年/.test(h.path) ? AMOUNT : null;
  };
  const leftColumns = readMoneyColumns(ctx, headerRows, dataRows, blockColumns[0], labelCols[0], { keyOf: amountKey });
  let rightColumns: Column[] = [];
  if (labelCols.length > 1) {
    rightColumns = readMoneyColumns(ctx, headerRows, dataRows, blockColumns[1], labelCols[1], table === 'T01' ? { keyOf: amountKey } : {});
    if (table === 'T04' && rightColumns.length === 1 && rightColumns[0].key.startsWith('col:')) rightColumns = [{ ...rightColumns[0], key: 'total' }];
  }

  const left: LineItem[] = [];
  const right: LineItem[] = [];
  const leftLabeler = new TwoSidedLabeler(table, 'left');
  const rightLabeler = new TwoSidedLabeler(table, 'right');
  const single = labelCols.length === 1;
  for (const r of dataRows) {
    for (let b = 0; b < labelCols.length; b++) {
      const lc = labelCols[b];
      if (merges.isCovered(r, lc)) continue;
      const label = cellText(grid, r, lc);
      if (!label || NOT_A_LABEL.test(label)) continue;
      const labeler = b === 0 ? leftLabeler : rightLabeler;
      const columns = b === 0 ? leftColumns : rightColumns;
      const key = labeler.key(label);
      const values = ctx.figures(r, columns);
      const item: LineItem = { key: key ?? `label:${labelKey(label)}`, label, labelCell: cellRef(grid.name, r, lc), values };
      const onRight = b === 1 || (single && labeler.currentSide === 'right');
      (onRight ? right : left).push(item);
      if (!key && Object.values(values).some((f) => !f.value.isZero())) {
        // A figure under a label we do not know would silently drop out of the sums: say which.
        const affected = AFFECTED[table][onRight ? 'right' : 'left'];
        ctx.report(UNKNOWN_LINE, { row: r + 1, label, affected }, [item.labelCell]);
      }
      if (single && b === 0 && key === 'grandTotal' && labeler.currentSide === 'left') labeler.switchToRight();
    }
  }
  if (single) rightColumns = leftColumns;
  return { left, right, leftColumns, rightColumns, endRow };
}

/** The identities an unplaced line of each side would take part in (the sums over its rows). */
const AFFECTED = {
  T01: { left: '本年收入合计等于各项收入之和、收入决算表与本表的收入核对', right: '本年支出合计等于各类支出之和、支出决算表与本表的各类支出核对' },
  T04: { left: '本年收入合计等于三项财政拨款之和', right: '本年支出合计等于各类支出之和、各类支出与一般公共预算财政拨款支出决算表的核对' },
} as const;

function findLabelColumns(ctx: ReadContext, start: number): { labelCols: number[]; labelRow: number | null } | null {
  const { grid, merges } = ctx;
  const scanEnd = Math.min(grid.rows.length, start + 6);
  // The 项目 header row: the first with a 项目 cell; every 项目 cell on it opens a block.
  for (let r = start; r < scanEnd; r++) {
    const cols: number[] = [];
    const row = grid.rows[r];
    for (let c = 0; c < row.length; c++) {
      if (merges.isCovered(r, c)) continue;
      const t = cellText(grid, r, c);
      if (/^(?:项目|项目名称|收入项目|支出项目)$/.test(t)) cols.push(c);
    }
    if (cols.length) return { labelCols: cols, labelRow: r };
  }
  // No header: the columns holding known labels.
  const counts = new Map<number, number>();
  for (let r = start; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    for (let c = 0; c < row.length; c++) {
      const t = labelKey(cellText(grid, r, c));
      if (t && KNOWN_LABEL.test(t) && !LABEL_HEADER.test(t)) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  const cols = [...counts.entries()].filter(([, n]) => n >= 2).map(([c]) => c).sort((a, b) => a - b);
  if (!cols.length) return null;
  return { labelCols: cols.slice(0, 2), labelRow: null };
}
