import { toYuan } from '../amount/units';
import { Figure, TableModel, WorkbookModel } from './types';

/**
 * A model as plain values: table → row key → column key → amount in 元 as a string. Two readings
 * of the same unit in different layouts (codes split or not, 万元 or 元, totals first or last)
 * must flatten to the same object; tests and diagnostics compare through it.
 */
export type FlatTable = Record<string, Record<string, string>>;

export function flattenTable(t: TableModel): FlatTable {
  const out: FlatTable = {};
  const put = (row: string, col: string, f: Figure | null | undefined) => {
    if (!f) return;
    (out[row] ??= {})[col] = toYuan(f.value, f.unit).toFixed(2);
  };
  switch (t.kind) {
    case 'coded':
      if (t.total) for (const [k, f] of Object.entries(t.total.values)) put('total', k, f);
      for (const r of t.rows) for (const [k, f] of Object.entries(r.values)) put(r.code, k, f);
      break;
    case 'two-sided':
      for (const item of t.left) for (const [k, f] of Object.entries(item.values)) put(`left:${item.key}`, k, f);
      for (const item of t.right) for (const [k, f] of Object.entries(item.values)) put(`right:${item.key}`, k, f);
      break;
    case 'basic-expenditure':
      for (const r of t.rows) for (const [k, f] of Object.entries(r.values)) put(r.code, k, f);
      put('personnelTotal', 'amount', t.personnelTotal);
      put('publicTotal', 'amount', t.publicTotal);
      put('total', 'amount', t.total);
      break;
    case 'san-gong':
      for (const [k, f] of Object.entries(t.budget)) put('budget', k, f);
      for (const [k, f] of Object.entries(t.actual)) put('actual', k, f);
      break;
  }
  return out;
}

export function flattenModel(model: WorkbookModel): Record<string, FlatTable> {
  const out: Record<string, FlatTable> = {};
  for (const [id, t] of Object.entries(model.tables)) if (t) out[id] = flattenTable(t as TableModel);
  return out;
}
