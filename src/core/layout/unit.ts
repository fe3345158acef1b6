import { Unit } from '../amount/units';
import { CellRef, cellRef } from '../grid/cellRef';
import { Grid, cellText } from '../grid/types';
import { TOP_SCAN_ROWS } from './sheetTop';

/** A sheet's money unit and the cell that states it. */
export interface UnitReading {
  readonly unit: Unit;
  readonly cell: CellRef;
}

const UNIT_PATTERN = /(?:金额)?单位[:：]?[（(]?(万元|元)[)）]?$|^[（(](万元|元)[)）]$|单位[:：](万元|元)(?:[^\u4e00-\u9fa5]|$)/;

/**
 * Finds `金额单位：万元`, `单位：元`, `（单位：万元）` near the top of a sheet (the title, code,
 * 部门/单位 line, unit line, maybe a blank row). `单位：某某局` is the entity line, not a unit,
 * and is skipped.
 */
export function detectUnit(grid: Grid): UnitReading | null {
  const rows = Math.min(grid.rows.length, TOP_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = grid.rows[r];
    for (let c = 0; c < row.length; c++) {
      const t = cellText(grid, r, c);
      if (!t || t.length > 60) continue;
      const m = UNIT_PATTERN.exec(t) ?? /单位[:：](万元|元)/.exec(t);
      if (m) {
        const unit = (m[1] ?? m[2] ?? m[3]) as Unit;
        return { unit, cell: cellRef(grid.name, r, c) };
      }
    }
  }
  return null;
}
