import { CellRef, cellRef } from '../grid/cellRef';
import { Grid, cellText } from '../grid/types';

/** Rows scanned for the title, the 公开NN表 code, the 部门 line and the unit line. */
export const TOP_SCAN_ROWS = 8;

export interface EntityReading {
  readonly name: string;
  readonly cell: CellRef;
}

const ENTITY_LINE = /^(?:编制单位|填报单位|部门名称|单位名称|预算单位|部门|单位)[:：](.+)$/;
const UNIT_ONLY = /^[（(]?(?:万元|元|亿元)[)）]?$/;

/**
 * `部门：XXX` / `单位：XXX` / `编制单位：XXX`. `单位：万元` is the unit line, not an entity; a cell
 * holding both (`部门：XXX 金额单位：万元`) yields the part before the unit.
 */
export function entityFromText(text: string): string | null {
  const t = text.replace(/[\s\u3000\u00a0]+/g, '');
  const m = ENTITY_LINE.exec(t);
  if (!m) return null;
  const name = m[1].replace(/(?:金额)?单位[:：].*$/, '').replace(/[（(]?(?:公章|盖章)[)）]?$/, '');
  if (name === '' || UNIT_ONLY.test(name)) return null;
  return name;
}

export function findEntity(grid: Grid): EntityReading | null {
  const hit = firstInTop(grid, 80, entityFromText);
  return hit && { name: hit.value, cell: hit.cell };
}

/**
 * The first cell of the sheet's top rows (TOP_SCAN_ROWS, row by row) whose text, at most
 * `maxLength` characters (longer is a note or a title, not a header line), `read` accepts.
 */
export function firstInTop<T>(grid: Grid, maxLength: number, read: (text: string) => T | null): { value: T; cell: CellRef } | null {
  const rows = Math.min(grid.rows.length, TOP_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = grid.rows[r];
    for (let c = 0; c < row.length; c++) {
      const t = cellText(grid, r, c);
      if (!t || t.length > maxLength) continue;
      const value = read(t);
      if (value !== null) return { value, cell: cellRef(grid.name, r, c) };
    }
  }
  return null;
}

/** 2023年度 / 2023年 in a title or note; null when none. */
export function yearFromText(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(text);
  return m ? Number(m[1]) : null;
}

/** A cell of the lines above the header: 公开01表, a unit line, an entity line, a date line. */
export function isTopLineText(text: string): boolean {
  if (text === '') return false;
  if (/^(?:公开|附)?\d{1,2}表$|^公开\d{1,2}表/.test(text)) return true;
  if (/(?:金额)?单位[:：]/.test(text) && text.length <= 60) return true;
  if (entityFromText(text)) return true;
  if (/^[（(]?(?:万元|元)[)）]?$/.test(text)) return true;
  if (/^\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?$|^\d{4}年度$/.test(text)) return true;
  return false;
}

/** The 公开NN表 number printed near the title, if any. */
export function findTableCodeNumber(grid: Grid): number | null {
  const rows = Math.min(grid.rows.length, TOP_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = grid.rows[r];
    for (let c = 0; c < row.length; c++) {
      const m = /^公开(\d{1,2})表$/.exec(cellText(grid, r, c));
      if (m) return Number(m[1]);
    }
  }
  return null;
}

/**
 * First row after the title block: one past the last top line (title, code, entity, unit) in
 * the first rows. Headers begin at or after it.
 */
export function headerStartRow(grid: Grid, titleRow: number | null): number {
  let last = titleRow ?? -1;
  // Blank rows above a title push the top block down; scan from the title on.
  const rows = Math.min(grid.rows.length, (titleRow ?? 0) + TOP_SCAN_ROWS);
  for (let r = titleRow ?? 0; r < rows; r++) {
    const row = grid.rows[r];
    let top = false;
    let other = false;
    for (let c = 0; c < row.length; c++) {
      const t = cellText(grid, r, c);
      if (t === '') continue;
      if (isTopLineText(t)) top = true;
      else other = true;
    }
    // A header row never holds a unit line; a top row may hold stray texts beside it.
    if (top && r > last) last = r;
    if (other && !top && r > last && last >= 0) break;
  }
  return last + 1;
}
