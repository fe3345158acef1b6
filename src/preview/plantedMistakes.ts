import { parseA1 } from '../core/grid/cellRef';
import type { CellValue, Grid } from '../core/grid/types';

/**
 * preview.html?sample=mistakes: the bundled sample with four planted mistakes, so the pane has
 * something to show. On the sample they give 4 errors (T01, T02: one cent off a row whose total has
 * one non-zero part is an error, not a 尾差), 1 warning (a 科目名称 that does not match its code)
 * and 3 notices (尾差 in T02 and T13).
 */
export const PLANTED_MISTAKES: readonly { sheet: string; address: string; value: CellValue; why: string }[] = [
  { sheet: '收入支出决算总表', address: 'C7', value: 1890.05, why: '一般公共预算财政拨款收入 1889.05 → 1890.05' },
  { sheet: '收入决算表', address: 'C9', value: 622.52, why: '一般行政管理事务 本年收入合计 差 0.01（该行只有一项非零收入，差一分即错误；其上的款合计只是尾差）' },
  { sheet: '收入决算表', address: 'B8', value: '机关服务', why: '2010301 的名称应为“行政运行”' },
  { sheet: '财政拨款三公经费支出决算表', address: 'L7', value: 1.11, why: '公务接待费决算数差 0.01（尾差）' },
];

/** Copies of the grids with the mistakes written in (sheets or cells that do not exist are skipped). */
export function withPlantedMistakes(grids: readonly Grid[]): Grid[] {
  return grids.map((grid) => {
    const edits = PLANTED_MISTAKES.filter((m) => m.sheet === grid.name);
    if (edits.length === 0) return grid;
    const rows = grid.rows.map((r) => [...r]);
    for (const edit of edits) {
      const at = parseA1(edit.address);
      if (!at) continue;
      while (rows.length <= at.row) rows.push([]);
      while (rows[at.row].length <= at.col) rows[at.row].push(null);
      rows[at.row][at.col] = edit.value;
    }
    return { ...grid, rows };
  });
}
