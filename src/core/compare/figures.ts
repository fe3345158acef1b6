import { formatAmount } from '../amount/round';
import { a1 } from '../grid/cellRef';
import { Column, Figure, LineItem, TableModel, WorkbookModel } from '../model/types';
import { SAN_GONG, SAN_GONG_KEYS } from '../tables/lines';
import { classLabel, columnLabel } from '../rules/labels';
import { TableId } from '../tables/catalog';

/** A figure of the model with the words that name it: table, row and column, as printed. */
export interface LabelledFigure {
  readonly table: TableId;
  readonly row: string;
  readonly column: string;
  readonly figure: Figure;
  /** table|row|column: the same figure in another version of the workbook, wherever its cell moved. */
  readonly key: string;
}

/** T08's column keys (block layout "amount", one list "total"/"personnel"/"public"). */
const T08_COLUMN: Readonly<Record<string, string>> = { amount: '决算数', total: '合计', personnel: '人员经费', public: '公用经费' };

/** Every figure the reader took from the tables, each named by its row and column labels. */
export function labelledFigures(model: WorkbookModel): LabelledFigure[] {
  const out: LabelledFigure[] = [];
  const seen = new Set<string>();
  const push = (table: TableId, row: string, column: string, figure: Figure | undefined | null) => {
    if (!figure) return;
    let key = `${table}|${row}|${column}`;
    // Two rows printed with the same words (a code repeated): keep both, numbered in reading order.
    for (let n = 2; seen.has(key); n++) key = `${table}|${row}#${n}|${column}`;
    seen.add(key);
    out.push({ table, row, column, figure, key });
  };
  const items = (table: TableId, lines: readonly LineItem[], columns: readonly Column[]) => {
    for (const line of lines) for (const [k, f] of Object.entries(line.values)) push(table, line.label, columnLabel(columns, k), f);
  };
  for (const t of Object.values(model.tables) as TableModel[]) {
    switch (t.kind) {
      case 'coded':
        if (t.total) items(t.id, [t.total], t.columns);
        for (const r of t.rows) for (const [k, f] of Object.entries(r.values)) push(t.id, classLabel(r), columnLabel(t.columns, k), f);
        break;
      case 'two-sided':
        items(t.id, t.left, t.leftColumns);
        items(t.id, t.right, t.rightColumns);
        break;
      case 'basic-expenditure':
        for (const r of t.rows) for (const [k, f] of Object.entries(r.values)) push(t.id, classLabel(r), T08_COLUMN[k] ?? k, f);
        push(t.id, '人员经费合计', '决算数', t.personnelTotal);
        push(t.id, '公用经费合计', '决算数', t.publicTotal);
        push(t.id, '合计', '决算数', t.total);
        break;
      case 'san-gong':
        for (const k of SAN_GONG_KEYS) {
          push(t.id, SAN_GONG[k].name, '预算数', t.budget[k]);
          push(t.id, SAN_GONG[k].name, '决算数', t.actual[k]);
        }
        break;
    }
  }
  return out;
}

/** The figure as a reader sees it: the amount in the table's unit, or the text that is not one. */
export function figureText(f: Figure): string {
  return f.invalid ?? formatAmount(f.value);
}

export function figureAddress(f: Figure): { sheet: string; address: string } {
  return { sheet: f.cell.sheet, address: a1(f.cell.row, f.cell.col) };
}
