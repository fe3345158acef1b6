import Decimal from 'decimal.js';
import { fromYuan, toYuan } from '../amount/units';
import { generalBudgetBasicSources, lineFigure, t08Value, totalFigure } from '../model/query';
import { ClassRow, CodedTable, Figure, LineItem, TwoSidedTable, WorkbookModel } from '../model/types';
import { Money, money } from './writer';

/**
 * The figures the 说明 states, read through the model query (model/query.ts) and turned into
 * 万元 (the prose unit), each keeping its cell. Undefined means the table or the line is not there: the caller writes a
 * placeholder, it never assumes zero.
 */
export function wanOf(f: Figure): Money {
  return money(fromYuan(toYuan(f.value, f.unit), '万元'), [f.cell]);
}

export function optWan(f: Figure | null | undefined): Money | undefined {
  return f ? wanOf(f) : undefined;
}

export function lineValue(items: readonly LineItem[] | undefined, key: string, column: string): Money | undefined {
  return optWan(lineFigure(items, key, column));
}

/** A coded table's 合计 row in one column. */
export function totalValue(t: CodedTable | undefined, column: string): Money | undefined {
  return optWan(totalFigure(t, column));
}

/** A T08 row's figure (t08Value). */
export function t08RowValue(row: ClassRow): Money | undefined {
  return optWan(t08Value(row));
}

/** 一般公共预算财政拨款基本支出: the first source in the query's order. */
export function generalBudgetBasic(model: WorkbookModel): Money | undefined {
  const first = generalBudgetBasicSources(model)[0];
  if (!first) return undefined;
  return first.figures.length === 1 ? wanOf(first.figures[0]) : sum(first.figures.map(wanOf));
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
