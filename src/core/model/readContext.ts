import Decimal from 'decimal.js';
import { parseAmount } from '../amount/parse';
import { Unit } from '../amount/units';
import { a1 } from '../grid/cellRef';
import { cellRef } from '../grid/cellRef';
import { Finding } from '../findings/types';
import { Grid, cellAt } from '../grid/types';
import { MergeIndex } from '../layout/mergeIndex';
import { TableId, displayTitle } from '../tables/catalog';
import { READ_RULE_BY_ID } from './readRules';
import { Figure } from './types';

const ZERO = new Decimal(0);

/** What every table reader needs: the sheet, its merges and unit, and a sink for reading findings. */
export class ReadContext {
  readonly merges: MergeIndex;
  readonly findings: Finding[] = [];
  /** Set when any figure read is non-zero (the table is not an empty frame). */
  nonZero = false;

  constructor(
    readonly grid: Grid,
    readonly id: TableId,
    readonly unit: Unit,
    readonly titleRow: number | null,
    readonly headerStart: number,
  ) {
    this.merges = new MergeIndex(grid);
  }

  get tableName(): string {
    return displayTitle(this.id);
  }

  /** The figure in one money cell. Errors and text become zero with `invalid` set, and a finding. */
  figure(row: number, col: number): Figure {
    const cell = cellRef(this.grid.name, row, col);
    const raw = cellAt(this.grid, row, col);
    // Blank cells are most of a wide table: what parseAmount would say (zero), without the detour.
    if (raw === null) return { value: ZERO, unit: this.unit, cell };
    const reading = parseAmount(raw);
    if (reading.kind === 'amount') {
      if (!reading.value.isZero()) this.nonZero = true;
      return { value: reading.value, unit: this.unit, cell };
    }
    if (reading.kind === 'error') {
      this.report('read-cell-error', `${this.tableName} ${a1(row, col)} 是错误值 ${reading.error}，无法参与校验。`, [cell]);
      return { value: ZERO, unit: this.unit, cell, invalid: reading.error };
    }
    const quoted = reading.text.length > 30 ? `${reading.text.slice(0, 30)}…` : reading.text;
    this.report('read-cell-text', `${this.tableName} ${a1(row, col)} 应为金额，但写的是“${quoted}”，无法参与校验。`, [cell]);
    return { value: ZERO, unit: this.unit, cell, invalid: reading.text };
  }

  report(rule: string, message: string, cells: Finding['cells']): void {
    const severity = READ_RULE_BY_ID[rule]?.severity ?? 'info';
    this.findings.push({ rule, severity, message, cells, table: this.id });
  }
}
