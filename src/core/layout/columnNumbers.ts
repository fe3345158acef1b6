import { Grid, cellAt, cellText } from '../grid/types';
import { digitsOf, looksNumeric } from './text';

/**
 * 栏次 rows (1, 2, 3 … under the header, sometimes led by 栏次/行次/甲/乙) and 行次 columns carry
 * no money (tables.md §2). They are recognised by content, not position.
 */
const COLUMN_NUMBER_LABELS = /^(?:栏次|行次|栏号|序号|甲|乙|丙|丁|[A-Za-z])$/;

export function isColumnNumberRow(grid: Grid, row: number): boolean {
  const r = grid.rows[row];
  if (!r) return false;
  let labelled = false;
  const numbers: number[] = [];
  for (let c = 0; c < r.length; c++) {
    const v = cellAt(grid, row, c);
    if (v === null) continue;
    const t = cellText(grid, row, c);
    if (t === '') continue;
    if (/^(?:栏次|行次)$/.test(t)) {
      labelled = true;
      continue;
    }
    if (COLUMN_NUMBER_LABELS.test(t)) continue;
    const d = digitsOf(v);
    if (d === null || d.length > 3) return false;
    numbers.push(Number(d));
  }
  if (labelled) return true;
  if (numbers.length < 2) return false;
  // 1, 2, 3 … left to right (two-sided tables restart per side, so allow one restart).
  let restarts = 0;
  for (let i = 1; i < numbers.length; i++) {
    if (numbers[i] === numbers[i - 1] + 1) continue;
    if (numbers[i] === 1 || numbers[i] <= numbers[i - 1]) restarts++;
    else return false;
  }
  return numbers[0] <= 2 && restarts <= 2;
}

/** A 行次 column: header text 行次/栏次, or small integers counting up by one in the data rows
 * with amounts in the next column. */
export function isRowNumberColumn(grid: Grid, col: number, headerRows: readonly number[], dataRows: readonly number[]): boolean {
  for (const r of headerRows) if (/^(?:行次|栏次|行号|序号)$/.test(cellText(grid, r, col))) return true;
  // By content only when money follows: a 行次 column always has its amounts to the right.
  if (!dataRows.some((r) => looksNumeric(cellAt(grid, r, col + 1)))) return false;
  let prev: number | null = null;
  let count = 0;
  for (const r of dataRows) {
    const v = cellAt(grid, r, col);
    if (v === null || cellText(grid, r, col) === '') continue;
    const d = digitsOf(v);
    if (d === null || d.length > 3) return false;
    const n = Number(d);
    if (prev !== null && n !== prev + 1) return false;
    prev = n;
    count++;
  }
  return count >= 3;
}
