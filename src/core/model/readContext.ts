import Decimal from 'decimal.js';
import { decimalFromNumber, parseAmount } from '../amount/parse';
import { Unit } from '../amount/units';
import { CellRef, a1, cellRef } from '../grid/cellRef';
import { Finding } from '../findings/types';
import { Grid, cellAt } from '../grid/types';
import { MergeIndex } from '../layout/mergeIndex';
import { TableId, displayTitle } from '../tables/catalog';
import { CELL_ERROR, CELL_TEXT, ReadRule, ReadRuleId } from './readRules';
import { propertyKey } from './query';
import { Figure } from './types';

const ZERO = new Decimal(0);
const SPARSE_INDEX = 1 << 20;

/** What every table reader needs: the sheet, its merges and unit, and a sink for reading findings. */
export class ReadContext {
  readonly merges: MergeIndex;
  readonly findings: Finding[] = [];
  /** Set when any figure read is non-zero (the table is not an empty frame). */
  nonZero = false;
  /** The columns `figures` was last given, and what keyColumns made of them. */
  private keyedColumns: readonly { readonly key: string }[] | null = null;
  private template: Readonly<Record<string, undefined>> | null = null;
  private storeKeys: readonly (string | number)[] = [];

  constructor(
    readonly grid: Grid,
    readonly id: TableId,
    readonly unit: Unit,
    readonly titleRow: number | null,
    readonly headerStart: number,
  ) {
    this.merges = new MergeIndex(grid);
  }

  private get tableName(): string {
    return displayTitle(this.id);
  }

  /** The figure in one money cell. Errors and text become zero with `invalid` set, and a finding. */
  figure(row: number, col: number): Figure {
    const cell = cellRef(this.grid.name, row, col);
    const raw = cellAt(this.grid, row, col);
    // Blank cells are most of a wide table: what parseAmount would say (zero), without the detour.
    if (raw === null) return { value: ZERO, unit: this.unit, cell };
    // Numbers, the other common case: what parseAmount would say, without its reading object.
    if (typeof raw === 'number' && Number.isFinite(raw)) {
      if (raw !== 0) this.nonZero = true;
      return { value: decimalFromNumber(raw), unit: this.unit, cell };
    }
    const reading = parseAmount(raw);
    if (reading.kind === 'amount') {
      if (!reading.value.isZero()) this.nonZero = true;
      return { value: reading.value, unit: this.unit, cell };
    }
    if (reading.kind === 'error') {
      this.report(CELL_ERROR, { cell: a1(row, col), error: reading.error }, [cell]);
      return { value: ZERO, unit: this.unit, cell, invalid: reading.error };
    }
    this.report(CELL_TEXT, { cell: a1(row, col), text: reading.text }, [cell]);
    return { value: ZERO, unit: this.unit, cell, invalid: reading.text };
  }

  /** The figures of one row by column key (a later column of the same key replaces an earlier one). */
  figures(row: number, columns: readonly { readonly key: string; readonly col: number }[]): Record<string, Figure> {
    if (columns !== this.keyedColumns) this.keyColumns(columns);
    const template = this.template;
    if (template) {
      // A copy of an object holding every key in column order: the row's record gets its shape in
      // one step (no property added one by one) and the same keys, order and values.
      const values = { ...template } as unknown as Record<string, Figure>;
      for (const col of columns) values[col.key] = this.figure(row, col.col);
      return values;
    }
    const values: Record<string, Figure> = {};
    // Keys that are array indices — no canonical key is one (the 经济分类 columns are "class:301"
    // …, economicColumnKey), but a column the reader cannot place keeps its header as key, and a
    // header may be a number ("2023") — would give every row a fast elements store as long as the
    // largest key. One
    // index past the sparse limit, deleted at once, leaves a dictionary of the keys it holds.
    // Same keys, same (ascending) order, same values; an index key is stored as its number
    // (the same property, without reading the digits each time).
    values[SPARSE_INDEX] = ZERO as unknown as Figure;
    delete values[SPARSE_INDEX];
    const keys = this.storeKeys;
    for (let i = 0; i < columns.length; i++) values[keys[i]] = this.figure(row, columns[i].col);
    return values;
  }

  /** What `figures` needs of a new column list: a template of its keys, or index keys as numbers. */
  private keyColumns(columns: readonly { readonly key: string; readonly col: number }[]): void {
    this.keyedColumns = columns;
    const storeKeys = columns.map((c) => propertyKey(c.key));
    const indexKeys = storeKeys.some((k) => typeof k === 'number');
    if (indexKeys || columns.some((c) => c.key === '__proto__')) {
      this.template = null;
      this.storeKeys = storeKeys;
    } else {
      const template: Record<string, undefined> = {};
      for (const c of columns) template[c.key] = undefined;
      this.template = template;
      this.storeKeys = [];
    }
  }

  /** A finding of a read rule on this table: the rule words it from what the reader saw (the
   * table's name is this context's to add). */
  report<P extends { readonly table: string }>(rule: ReadRule<ReadRuleId, P>, seen: Omit<P, 'table'>, cells: readonly CellRef[]): void {
    this.findings.push(rule.finding({ ...seen, table: this.tableName } as P, cells, this.id));
  }
}
