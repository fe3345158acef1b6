import { AMOUNT } from '../model/columnKeys';
import { ClassRow, CodedTable, Figure, LineItem, TwoSidedTable } from '../model/types';

/**
 * Small readers over the model that every rule shares, so that "the amount of a T01 row" or
 * "the children of a 类" mean one thing everywhere.
 */

export function item(items: readonly LineItem[], key: string): LineItem | undefined {
  return items.find((i) => i.key === key);
}

/** A single-amount row (T01, T04 left side): the "amount" value, else "total", else the only one. */
export function amountOf(values: Readonly<Record<string, Figure>> | undefined): Figure | undefined {
  if (!values) return undefined;
  if (values[AMOUNT]) return values[AMOUNT];
  if (values.total) return values.total;
  const all = Object.values(values);
  return all.length === 1 ? all[0] : undefined;
}

export function itemAmount(items: readonly LineItem[], key: string): Figure | undefined {
  return amountOf(item(items, key)?.values);
}

const CLASS_KEY = /^\d{3}$/;

/** The 功能分类 类 rows of a T01/T04 expenditure side (their keys are the 类 codes). */
export function classItems(items: readonly LineItem[]): LineItem[] {
  return items.filter((i) => CLASS_KEY.test(i.key));
}

/** T04 funds, as keyed on its left rows, its right columns and its 年初/年末 sub-rows. */
export type Fund = 'generalBudget' | 'govFund' | 'soeCapital';
export const FUNDS: readonly Fund[] = ['generalBudget', 'govFund', 'soeCapital'];

/**
 * T04 年末结转和结余 of one fund: the sub-row "carryOut:<fund>" when the layout prints sub-rows,
 * else the carryOut row's value in the fund's column.
 */
export function t04CarryOut(t04: TwoSidedTable, fund: Fund): Figure | undefined {
  const sub = item(t04.right, `carryOut:${fund}`);
  if (sub) return amountOf(sub.values) ?? sub.values[fund];
  return item(t04.right, 'carryOut')?.values[fund];
}

/** T04 年初 of one fund: always a sub-row of the left side. */
export function t04CarryIn(t04: TwoSidedTable, fund: Fund): Figure | undefined {
  return itemAmount(t04.left, `carryIn:${fund}`);
}

/** T04 年末 total: the carryOut row's total (or its single amount). */
export function t04CarryOutTotal(t04: TwoSidedTable): Figure | undefined {
  const row = item(t04.right, 'carryOut');
  return row ? row.values.total ?? amountOf(row.values) : undefined;
}

/** Rows of a coded table by code (the first one when a code repeats). */
export function rowsByCode(table: CodedTable | { rows: readonly ClassRow[] }): Map<string, ClassRow> {
  const map = new Map<string, ClassRow>();
  for (const r of table.rows) if (!map.has(r.code)) map.set(r.code, r);
  return map;
}

/** A figure is non-zero (blank and dash cells read as zero). */
export function nonZero(f: Figure | undefined): boolean {
  return f !== undefined && !f.value.isZero();
}
