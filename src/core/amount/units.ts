import Decimal from 'decimal.js';
import { CellRef, cellRef } from '../grid/cellRef';
import { Grid, cellText } from '../grid/types';

/** The money units tables use. 亿元 only appears in prose. */
export type Unit = '万元' | '元';

export interface UnitReading {
  readonly unit: Unit;
  readonly cell: CellRef;
}

const UNIT_PATTERN = /(?:金额)?单位[:：]?[（(]?(万元|元)[)）]?$|^[（(](万元|元)[)）]$|单位[:：](万元|元)(?:[^\u4e00-\u9fa5]|$)/;

/** Rows scanned for the unit line: title, code, 部门/单位 line, unit line, maybe a blank row. */
const UNIT_SCAN_ROWS = 8;

/**
 * Finds `金额单位：万元`, `单位：元`, `（单位：万元）` near the top of a sheet.
 * `单位：某某局` is the entity line, not a unit, and is skipped.
 */
export function detectUnit(grid: Grid): UnitReading | null {
  const rows = Math.min(grid.rows.length, UNIT_SCAN_ROWS);
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

/** A money unit as the 说明 may write it: the tables' units, plus 亿元 (prose only). */
export type ProseUnit = Unit | '亿元';

const YUAN_PER: Readonly<Record<ProseUnit, Decimal>> = {
  元: new Decimal(1),
  万元: new Decimal(10000),
  亿元: new Decimal(100000000),
};

/** Converts an amount printed in `unit` to 元, so figures from sheets in different units compare exactly. */
export function toYuan(value: Decimal, unit: ProseUnit): Decimal {
  return unit === '元' ? value : value.times(YUAN_PER[unit]);
}

/** Converts 元 to the given unit. */
export function fromYuan(yuan: Decimal, unit: ProseUnit): Decimal {
  return unit === '元' ? yuan : yuan.dividedBy(YUAN_PER[unit]);
}
