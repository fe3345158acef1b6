import { Fund } from '../tables/lines';
import { AMOUNT } from './columnKeys';
import { BasicExpenditureTable, ClassRow, CodedTable, Figure, LineItem, TwoSidedTable, WorkbookModel } from './types';

/**
 * The one way to read a figure from the model: a line of a two-sided table, a coded table's
 * 合计 or row, a T08 row, 一般公共预算基本支出, the printed class tree and its leaves. Rules,
 * the 说明 ties and the generator all read through here, so "the amount of a T01 line" or "the
 * children of a 类" mean one thing everywhere. Undefined means the table, line or column is not
 * there; whether an invalid cell (#REF!) counts is the caller's business (rules skip it in
 * compareAll, the ties drop it, the generator writes what the cell holds).
 *
 * Lookups are cheap: a by-key or by-code Map is built once per list (cached on the list object)
 * rather than scanning it per lookup.
 */

type Values = Readonly<Record<string, Figure>>;

// ---------------------------------------------------------------------------------------------
// Two-sided tables (T01, T04): lines by key.

const linesByKey = new WeakMap<readonly LineItem[], ReadonlyMap<string, LineItem>>();

/** The line of a side with this key (the first one when a key repeats). */
export function lineItem(items: readonly LineItem[] | undefined, key: string): LineItem | undefined {
  if (!items) return undefined;
  let map = linesByKey.get(items);
  if (!map) {
    const m = new Map<string, LineItem>();
    for (const i of items) if (!m.has(i.key)) m.set(i.key, i);
    linesByKey.set(items, (map = m));
  }
  return map.get(key);
}

/** A single-amount row (T01, T04 left side): the "amount" value, else "total", else the only one. */
export function amountOf(values: Values | undefined): Figure | undefined {
  if (!values) return undefined;
  if (values[AMOUNT]) return values[AMOUNT];
  if (values.total) return values.total;
  const all = Object.values(values);
  return all.length === 1 ? all[0] : undefined;
}

/** A line's figure by the single-amount rule (amountOf): T01 either side, T04 left. */
export function lineAmount(items: readonly LineItem[] | undefined, key: string): Figure | undefined {
  return amountOf(lineItem(items, key)?.values);
}

/** A line's figure in one column (T04 right: "total" or a fund). */
export function lineFigure(items: readonly LineItem[] | undefined, key: string, column: string): Figure | undefined {
  return lineItem(items, key)?.values[column];
}

const CLASS_KEY = /^\d{3}$/;

/** The 功能分类 类 rows of a T01/T04 expenditure side (their keys are the 类 codes). */
export function classItems(items: readonly LineItem[]): LineItem[] {
  return items.filter((i) => CLASS_KEY.test(i.key));
}

/**
 * T04 年末结转和结余 of one fund: the sub-row "carryOut:<fund>" when the layout prints sub-rows,
 * else the carryOut row's value in the fund's column.
 */
export function t04CarryOut(t04: TwoSidedTable, fund: Fund): Figure | undefined {
  const sub = lineItem(t04.right, `carryOut:${fund}`);
  if (sub) return amountOf(sub.values) ?? sub.values[fund];
  return lineFigure(t04.right, 'carryOut', fund);
}

/** T04 年初 of one fund: always a sub-row of the left side. */
export function t04CarryIn(t04: TwoSidedTable, fund: Fund): Figure | undefined {
  return lineAmount(t04.left, `carryIn:${fund}`);
}

/** T04 年末 total: the carryOut row's total (or its single amount). */
export function t04CarryOutTotal(t04: TwoSidedTable): Figure | undefined {
  return totalOrAmount(lineItem(t04.right, 'carryOut'));
}

/** A T04 right-side line's 合计 column, else its single amount (a layout without fund columns). */
export function totalOrAmount(line: LineItem | undefined): Figure | undefined {
  return line ? line.values.total ?? amountOf(line.values) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Coded tables (T02 T03 T05–T07 T09–T12) and T08's rows: the 合计 row and rows by code.

/** A key that is an array index (the property is an element, not a named property). */
const INDEX_KEY = /^(?:0|[1-9]\d{0,8})$/;

/**
 * A column key as the property it names in a row's values: an array-index key (only an unplaced
 * column's header can be one, "2023") as its number, which is the same property (values['2023'] is values[2023]) but
 * is found without reading the digits; other keys as they are. For loops over many rows, and
 * for the reader, which stores a row's index keys this way (model/readContext.ts).
 */
export function propertyKey(key: string): string | number {
  return INDEX_KEY.test(key) ? Number(key) : key;
}

/** A coded table's 合计 row figure in one column. */
export function totalFigure(t: CodedTable | undefined, column: string): Figure | undefined {
  return t?.total?.values[column];
}

type Rows = CodedTable | BasicExpenditureTable | { readonly rows: readonly ClassRow[] };

const rowMaps = new WeakMap<readonly ClassRow[], ReadonlyMap<string, ClassRow>>();

/** Rows of a coded table by code (the first one when a code repeats); built once per table. */
export function rowsByCode(table: Rows): ReadonlyMap<string, ClassRow> {
  let map = rowMaps.get(table.rows);
  if (!map) {
    const m = new Map<string, ClassRow>();
    for (const r of table.rows) if (!m.has(r.code)) m.set(r.code, r);
    rowMaps.set(table.rows, (map = m));
  }
  return map;
}

export function rowByCode(table: Rows | undefined, code: string): ClassRow | undefined {
  return table ? rowsByCode(table).get(code) : undefined;
}

/**
 * A T08 row's figure: "amount" in block layouts, "total" in the one-list layout (合计 | 人员经费 |
 * 公用经费 columns); the single-amount rule, so a lone column of another key counts too.
 */
export function t08Value(row: ClassRow): Figure | undefined {
  return amountOf(row.values);
}

// ---------------------------------------------------------------------------------------------
// 一般公共预算财政拨款基本支出.

/** A figure the tables hold, with where it comes from (the 说明 ties name it in messages). */
export interface SourcedFigure {
  readonly table: 'T06' | 'T08';
  /** The figures added up (one, or 人员经费合计 and 公用经费合计). */
  readonly figures: readonly Figure[];
  readonly label: string;
}

/**
 * T08's own 基本支出: 人员经费合计 + 公用经费合计 where both are printed, else its 合计.
 *
 * This order, not 合计 first, because it is the identity tables.md §4 states (T06 合计/基本支出 =
 * T08 人员经费合计 + 公用经费合计) and the order rule t06-t08-basic always compared in: taking the
 * 合计 first would make that rule compare a different cell and stop firing on a wrong
 * 人员经费合计 (plants.test.ts). The 说明 ties and the generator took 合计 first; they only reach
 * T08 when T06 has no 合计「基本支出」, and where T08 prints all three the within-T08 rule already
 * checks 合计 = 人员 + 公用, so no test's assertions depend on their old order.
 */
export function t08Basic(t08: BasicExpenditureTable | undefined): SourcedFigure | undefined {
  if (!t08) return undefined;
  if (t08.personnelTotal && t08.publicTotal) {
    return { table: 'T08', figures: [t08.personnelTotal, t08.publicTotal], label: '人员经费合计 + 公用经费合计' };
  }
  return t08.total ? { table: 'T08', figures: [t08.total], label: '合计' } : undefined;
}

/**
 * 一般公共预算财政拨款基本支出, where the tables hold it, in the one fallback order: T06 合计
 * 「基本支出」, then T08 (t08Basic). The first is the figure; the 说明 ties accept either.
 */
export function generalBudgetBasicSources(model: WorkbookModel): SourcedFigure[] {
  const out: SourcedFigure[] = [];
  const t06 = totalFigure(model.tables.T06, 'basic');
  if (t06) out.push({ table: 'T06', figures: [t06], label: '合计「基本支出」' });
  const t08 = t08Basic(model.tables.T08);
  if (t08) out.push(t08);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The printed 类/款/项 tree.

/**
 * The 类/款/项 hierarchy of a coded list as printed. A row's parent is its nearest ancestor
 * code that the table prints (a 项 whose 款 is missing hangs under the 类), so "leaf rows are
 * the most detailed codes present" (tables.md §4) and every printed row is summed exactly once.
 */
export interface ClassTree {
  /** Rows without a printed ancestor: normally the 类 rows; what the 合计 row adds up. */
  readonly roots: readonly ClassRow[];
  /** Printed children of a row, in reading order; absent for leaf rows. */
  readonly children: ReadonlyMap<ClassRow, readonly ClassRow[]>;
}

const PREFIX_LENGTHS = [3, 5];
const trees = new WeakMap<readonly ClassRow[], ClassTree>();

/** The tree of a table's rows; built once per row list. */
export function classTree(rows: readonly ClassRow[]): ClassTree {
  const cached = trees.get(rows);
  if (cached) return cached;
  const byCode = rowsByCode({ rows });
  const roots: ClassRow[] = [];
  const children = new Map<ClassRow, ClassRow[]>();
  for (const r of rows) {
    let parent: ClassRow | undefined;
    for (const len of PREFIX_LENGTHS) {
      if (len >= r.code.length) break;
      const p = byCode.get(r.code.slice(0, len));
      if (p && p !== r) parent = p;
    }
    if (!parent) {
      roots.push(r);
      continue;
    }
    const list = children.get(parent) ?? [];
    list.push(r);
    children.set(parent, list);
  }
  const tree = { roots, children };
  trees.set(rows, tree);
  return tree;
}

/**
 * Leaf rows: rows that no other printed row extends (usually the 项; a 款 with no 项 under it) —
 * the tree's leaves, counting a repeated code as extended when any copy of it has children.
 */
export function leafRows(rows: readonly ClassRow[]): ClassRow[] {
  const extended = new Set<string>();
  for (const r of rows) for (let len = 1; len < r.code.length; len++) extended.add(r.code.slice(0, len));
  return rows.filter((r) => !extended.has(r.code));
}

/** A figure is non-zero (blank and dash cells read as zero). */
export function nonZero(f: Figure | undefined): boolean {
  return f !== undefined && !f.value.isZero();
}
