import { TableModel } from '../model/types';
import { TableId } from '../tables/catalog';
import { lineAmount } from '../model/query';
import { TOTAL_ROWS } from '../tables/lines';

/**
 * The total rows a table prints, which identities cannot do without (issue 12: a missing row that
 * stops identities is a warning naming them, for every table). Coded tables: 合计; T08: 人员经费合计
 * and 公用经费合计; T01/T04: 本年收入合计, 本年支出合计 and the two 总计. T13 is one data row whose
 * totals are columns, read with the row. An empty table (a frame with its note) needs none.
 */
export type TotalRow = 'total' | 'personnelTotal' | 'publicTotal' | 'incomeTotal' | 'expenditureTotal' | 'incomeGrandTotal' | 'expenditureGrandTotal';

/** A rule's need: the table, and which of its total rows (all that the table's kind prints when omitted). */
export interface TotalNeed {
  readonly table: TableId;
  readonly rows?: readonly TotalRow[];
}

/** Printed names of the total rows `rows` (default: all of the kind's) that the table lacks. */
export function missingTotalRows(t: TableModel, rows?: readonly TotalRow[]): string[] {
  if (t.empty) return [];
  const want = (r: TotalRow, byDefault: boolean) => (rows ? rows.includes(r) : byDefault);
  const out: string[] = [];
  switch (t.kind) {
    case 'coded':
      if (want('total', true) && !t.total) out.push('合计');
      break;
    case 'basic-expenditure':
      if (want('personnelTotal', true) && !t.personnelTotal) out.push('人员经费合计');
      if (want('publicTotal', true) && !t.publicTotal) out.push('公用经费合计');
      break;
    case 'two-sided':
      if (want('incomeTotal', false) && !lineAmount(t.left, 'incomeTotal')) out.push(TOTAL_ROWS.incomeTotal.name);
      if (want('expenditureTotal', false) && !lineAmount(t.right, 'expenditureTotal')) out.push(TOTAL_ROWS.expenditureTotal.name);
      if (want('incomeGrandTotal', false) && !lineAmount(t.left, 'grandTotal')) out.push('总计（收入）');
      if (want('expenditureGrandTotal', false) && !lineAmount(t.right, 'grandTotal')) out.push('总计（支出）');
      break;
    case 'san-gong':
      break;
  }
  return out;
}
