import { Grid, cellText } from '../grid/types';
import { findEntity, yearFromText, TOP_SCAN_ROWS } from '../layout/sheetTop';
import { isNoteText } from '../layout/text';

/**
 * The unit's name and the year, voted across sheets: each sheet's `部门：XXX` line, and the year in
 * its title (2023年度…) or notes. Ties go to the first sheet that said it. Null when nobody says.
 */
export function voteEntityAndYear(grids: readonly Grid[]): { entity: string | null; year: number | null } {
  const entities = new Tally<string>();
  const years = new Tally<number>();
  for (const grid of grids) {
    const e = findEntity(grid);
    if (e) entities.add(e.name);
    const y = sheetYear(grid);
    if (y !== null) years.add(y);
  }
  return { entity: entities.winner(), year: years.winner() };
}

function sheetYear(grid: Grid): number | null {
  const top = Math.min(grid.rows.length, TOP_SCAN_ROWS);
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      // No 年, no year (yearFromText needs one): most cells of a long sheet are names and codes.
      if (typeof v !== 'string' || v.indexOf('年') < 0) continue;
      const t = cellText(grid, r, c);
      // Titles and the lines around them at the top; below, notes only.
      const candidate = r < top ? /表|年度/.test(t) || isNoteText(t) : isNoteText(t);
      if (!candidate) continue;
      const y = yearFromText(t);
      if (y !== null && y >= 2000 && y <= 2100) return y;
    }
  }
  return null;
}

class Tally<T> {
  private readonly counts = new Map<T, number>();
  add(v: T): void {
    this.counts.set(v, (this.counts.get(v) ?? 0) + 1);
  }
  winner(): T | null {
    let best: T | null = null;
    let n = 0;
    for (const [v, c] of this.counts) {
      if (c > n) {
        best = v;
        n = c;
      }
    }
    return best;
  }
}
