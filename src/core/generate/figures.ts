import Decimal from 'decimal.js';
import { fromYuan, toYuan } from '../amount/units';
import { ClassRow, Figure, LineItem, TwoSidedTable } from '../model/types';
import { Money, money } from './writer';

/**
 * Reading the figures the 说明 states out of the model, always in 万元 (the prose unit), each
 * keeping its cell. Undefined means the table or the line is not there: the caller writes a
 * placeholder, it never assumes zero.
 */
export function wanOf(f: Figure): Money {
  return money(fromYuan(toYuan(f.value, f.unit), '万元'), [f.cell]);
}

export function optWan(f: Figure | null | undefined): Money | undefined {
  return f ? wanOf(f) : undefined;
}

export function lineValue(items: readonly LineItem[] | undefined, key: string, column: string): Money | undefined {
  return optWan(items?.find((i) => i.key === key)?.values[column]);
}

export function rowValue(row: ClassRow | LineItem | null | undefined, column: string): Money | undefined {
  return optWan(row?.values[column]);
}

/** A two-sided table's 总计 on both sides. T01 left/right use "amount"; T04 right uses "total". */
export function grandTotals(t: TwoSidedTable | undefined, rightColumn: string): { income?: Money; expenditure?: Money } {
  return {
    income: lineValue(t?.left, 'grandTotal', 'amount'),
    expenditure: lineValue(t?.right, 'grandTotal', rightColumn),
  };
}

export function sum(values: readonly Money[]): Money {
  return money(
    values.reduce((a, m) => a.plus(m.value), new Decimal(0)),
    values.flatMap((m) => m.cells),
  );
}

/** Leaf rows: rows that no other row extends (usually the 项; a 款 with no 项 under it). */
export function leafRows(rows: readonly ClassRow[]): ClassRow[] {
  return rows.filter((r) => !rows.some((o) => o !== r && o.code.length > r.code.length && o.code.startsWith(r.code)));
}
