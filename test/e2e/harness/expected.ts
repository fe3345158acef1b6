import { readFileSync } from 'fs';
import { join } from 'path';
import { readXlsx } from '../../../src/cli/xlsx/readXlsx';
import { checkWorkbook, CheckOptions, CheckResult } from '../../../src/core/check';
import { a1, CellRef, parseA1 } from '../../../src/core/grid/cellRef';
import { Grid } from '../../../src/core/grid/types';
import { REPO } from './builds';

/*
 * What the pane should show, computed in Node by the same engine the CLI runs (checkWorkbook on
 * the grids the CLI's xlsx reader gives for samples/sample-2023.xlsx — the grids the preview is
 * built from). A test edits the preview's workbook through __fakeHost.editCell and the same edit here.
 */

export const SAMPLE = join(REPO, 'samples', 'sample-2023.xlsx');

export interface CellEdit {
  readonly sheet: string;
  readonly address: string;
  readonly value: number | string;
}

export async function sampleGrids(edits: readonly CellEdit[] = []): Promise<Grid[]> {
  const grids = await readXlsx(readFileSync(SAMPLE));
  return grids.map((grid) => {
    const mine = edits.filter((e) => e.sheet === grid.name);
    if (mine.length === 0) return grid;
    const rows = grid.rows.map((row) => [...row]);
    for (const edit of mine) {
      const at = parseA1(edit.address);
      if (!at) throw new Error(`bad address ${edit.address}`);
      while (rows.length <= at.row) rows.push([]);
      rows[at.row][at.col] = edit.value;
    }
    return { ...grid, rows };
  });
}

export async function expectedCheck(edits: readonly CellEdit[] = [], options: CheckOptions = {}): Promise<CheckResult> {
  return checkWorkbook(await sampleGrids(edits), options);
}

/** "Sheet!A1" as the preview grid names cells. */
export function cellName(ref: CellRef): string {
  return `${ref.sheet}!${a1(ref.row, ref.col)}`;
}

/** Where selectCells takes the user: the finding's cells on its first cell's sheet. */
export function expectedSelection(cells: readonly CellRef[]): string[] {
  const sheet = cells[0]?.sheet;
  return [...new Set(cells.filter((c) => c.sheet === sheet).map(cellName))].sort();
}

/** "#FFC7CE" → "rgb(255, 199, 206)", as the browser reports an inline background. */
export function cssRgb(hex: string): string {
  const n = parseInt(hex.replace('#', ''), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
