import { a1, CellRef } from '../grid/cellRef';
import { ClassRow, Column } from '../model/types';
import { displayTitle, TableId } from '../tables/catalog';

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
