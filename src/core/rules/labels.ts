import type { Unit } from '../amount/units';
import { a1, CellRef } from '../grid/cellRef';
import { ClassRow, Column, Figure } from '../model/types';
import { displayTitle, TableId } from '../tables/catalog';
import type { Side } from './compare';

/**
 * Wording shared by every rule's messages, so that a table, a row and a column are named the
 * same way everywhere. Messages cite A1 addresses without the sheet: the table title says which.
 */
export function title(id: TableId): string {
  return displayTitle(id);
}

export function address(cell: CellRef): string {
  return a1(cell.row, cell.col);
}

export function classLabel(row: Pick<ClassRow, 'code' | 'name'>): string {
  return row.name ? `${row.code} ${row.name}` : row.code;
}

/** Column as printed, e.g. "本年支出/基本支出"; the key when the reader found no header. */
export function columnLabel(columns: readonly Column[], key: string): string {
  const c = columns.find((col) => col.key === key);
  return c ? c.path : key;
}

/** "支出决算表 合计「本年支出/基本支出」" */
export function cellLabel(table: TableId, rowLabel: string, colLabel?: string): string {
  return colLabel ? `${title(table)} ${rowLabel}「${colLabel}」` : `${title(table)} ${rowLabel}`;
}

/**
 * A side citing one cell of a table (or none: a row the table does not print, read as zero),
 * whose words — cellLabel(table, rowLabel, colLabel), with （未列出） when the figure is absent —
 * are put together only when read. Only a finding reads them, and most identities hold: a large
 * workbook makes some 30,000 comparisons.
 */
export class CellSide implements Side {
  readonly plus: readonly Figure[];
  readonly unit?: Unit;

  constructor(
    private readonly table: TableId,
    /** The row's words, or the class row they are made from (classLabel). */
    private readonly rowLabel: string | Pick<ClassRow, 'code' | 'name'>,
    private readonly colLabel: string | undefined,
    fig: Figure | undefined,
    unit: Unit,
  ) {
    this.plus = fig ? [fig] : [];
    if (!fig) this.unit = unit;
  }

  get label(): string {
    const row = this.rowLabel;
    const words = cellLabel(this.table, typeof row === 'string' ? row : classLabel(row), this.colLabel);
    return this.plus.length > 0 ? words : `${words}（未列出）`;
  }
}
