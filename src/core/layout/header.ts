import { CellRef, cellRef } from '../grid/cellRef';
import { Grid, cellText } from '../grid/types';
import { MergeIndex } from './mergeIndex';
import { isTopLineText } from './sheetTop';

export interface HeaderColumn {
  readonly col: number;
  /** Header texts top to bottom, e.g. ["本年支出", "基本支出"]. */
  readonly segments: readonly string[];
  readonly path: string;
  /** Lowest header cell that carries text for this column (or the lowest header row). */
  readonly headerCell: CellRef;
}

/**
 * The path of header texts above `col`. A merged cell counts once however many rows it spans.
 * Sheets without merges write a group title (本年支出) once over several columns: an empty,
 * unmerged cell of an upper header row takes the text to its left when the column has its own
 * text lower down — but never from beyond the group the column already sits under (so 公务接待费
 * does not pick up its neighbour 公务用车运行费 one row down), nor left of minCol.
 */
export function headerColumn(
  grid: Grid,
  merges: MergeIndex,
  rows: readonly number[],
  col: number,
  minCol = 0,
): HeaderColumn {
  const segments: string[] = [];
  const seen = new Set<string>();
  let lowest: CellRef | null = null;
  // Left-most column of the group found so far: fills may not reach past it.
  let boundary = minCol;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const m = merges.at(r, col);
    let text: string;
    let sourceRow = r;
    let sourceCol = col;
    if (m) {
      sourceRow = m.top;
      sourceCol = m.left;
      text = cellText(grid, m.top, m.left);
    } else {
      text = cellText(grid, r, col);
      if (text === '' && i < rows.length - 1 && hasTextBelow(grid, merges, rows.slice(i + 1), col)) {
        for (let c = col - 1; c >= boundary; c--) {
          if (merges.at(r, c)) break;
          const left = cellText(grid, r, c);
          if (left !== '') {
            // Only a group title spreads: its own column must have text below it too.
            if (hasTextBelow(grid, merges, rows.slice(i + 1), c)) {
              text = left;
              sourceCol = c;
            }
            break;
          }
        }
      }
    }
    if (text !== '') boundary = Math.max(boundary, sourceCol);
    const id = `${sourceRow},${sourceCol}`;
    if (text === '' || seen.has(id) || isTopLineText(text)) continue;
    seen.add(id);
    segments.push(text);
    lowest = cellRef(grid.name, r, col);
  }
  const headerCell = lowest ?? cellRef(grid.name, rows.length ? rows[rows.length - 1] : 0, col);
  return { col, segments, path: segments.join('/'), headerCell };
}

function hasTextBelow(grid: Grid, merges: MergeIndex, rows: readonly number[], col: number): boolean {
  for (const r of rows) {
    const m = merges.at(r, col);
    if (m && m.top < r) continue;
    if (cellText(grid, r, col) !== '') return true;
  }
  return false;
}
