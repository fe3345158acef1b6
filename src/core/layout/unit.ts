import { Unit } from '../amount/units';
import { CellRef } from '../grid/cellRef';
import { Grid } from '../grid/types';
import { firstInTop } from './sheetTop';

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
  const hit = firstInTop(grid, 60, unitFromText);
  return hit && { unit: hit.value, cell: hit.cell };
}

function unitFromText(t: string): Unit | null {
  const m = UNIT_PATTERN.exec(t) ?? /单位[:：](万元|元)/.exec(t);
  return m ? ((m[1] ?? m[2] ?? m[3]) as Unit) : null;
}
