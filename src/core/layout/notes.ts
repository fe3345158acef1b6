import { CellRef, cellRef } from '../grid/cellRef';
import { Grid } from '../grid/types';
import { isNoteText, rawText } from './text';

export interface NoteReading {
  readonly text: string;
  readonly cell: CellRef;
}

/** First note (注：…) at or below `fromRow`; its text with line breaks and runs of spaces collapsed. */
export function findNote(grid: Grid, fromRow: number): NoteReading | null {
  for (let r = Math.max(0, fromRow); r < grid.rows.length; r++) {
    const row = grid.rows[r];
    for (let c = 0; c < row.length; c++) {
      const t = rawText(grid, r, c);
      if (t && isNoteText(t)) return { text: t.replace(/[\s\u3000\u00a0]+/g, ''), cell: cellRef(grid.name, r, c) };
    }
  }
  return null;
}

/** True when the row's first non-empty cell starts a note: data reading stops there. */
export function isNoteRow(grid: Grid, row: number): boolean {
  const r = grid.rows[row];
  if (!r) return false;
  for (let c = 0; c < r.length; c++) {
    const t = rawText(grid, row, c);
    if (t) return isNoteText(t);
  }
  return false;
}
