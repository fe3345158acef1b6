import Decimal from 'decimal.js';
import { Unit } from '../amount/units';
import { CellRef } from '../grid/cellRef';
import { Profile, TableId } from '../tables/catalog';
import { SanGongKey } from '../tables/lines';

/**
 * The typed model of a workbook's tables. Every figure keeps the cell it came from and the unit
 * of its sheet; rules compare figures from different sheets through toYuan().
 */
export interface Figure {
  /** The value as printed, in `unit`. Zero for blank cells and dash placeholders. */
  readonly value: Decimal;
  readonly unit: Unit;
  readonly cell: CellRef;
  /** The cell held no number: an Excel error value (#REF!) or text. Its value is then zero and
   * rules skip identities that involve it (the reader already reported it). */
  readonly invalid?: string;
}

/** A money column of a table, identified by a canonical key (see COLUMN_KEYS) and its header path. */
export interface Column {
  readonly key: string;
  /** Header texts from top to bottom, joined with '/', e.g. "本年支出/基本支出". */
  readonly path: string;
  readonly col: number;
  /** The lowest header cell of the column (what a finding cites for a column). */
  readonly headerCell: CellRef;
}

/** A row of a 功能分类 or 经济分类 list: 类 (3 digits), 款 (5) or 项 (7). */
export interface ClassRow {
  /** Full code, e.g. "2010301" (split 类/款/项 columns are joined). */
  readonly code: string;
  readonly level: 1 | 2 | 3;
  /** Name as printed, trimmed. */
  readonly name: string;
  readonly codeCell: CellRef | null;
  readonly nameCell: CellRef;
  /** Figures by column key. */
  readonly values: Readonly<Record<string, Figure>>;
}

/** A labelled row (T01, T04, totals rows): a canonical key plus figures by column key. */
export interface LineItem {
  /** Canonical key, e.g. "incomeTotal", or a 功能分类 类 code such as "201" for expenditure rows. */
  readonly key: string;
  readonly label: string;
  readonly labelCell: CellRef;
  readonly values: Readonly<Record<string, Figure>>;
}

interface TableBase {
  readonly id: TableId;
  /** Title as printed. */
  readonly title: string;
  readonly sheet: string;
  readonly unit: Unit;
  /** False when no unit line was found and 万元 was assumed. */
  readonly unitStated: boolean;
  /** The 金额单位 line, where one was found. */
  readonly unitCell?: CellRef | null;
  readonly titleCell: CellRef | null;
  /** Text of a `注：…` line under the table, if any. */
  readonly note: string | null;
  readonly noteCell: CellRef | null;
  /** True when the table holds no non-zero figure (an empty frame, often with a note). */
  readonly empty: boolean;
}

/**
 * Tables whose rows are 功能分类 (or 经济分类) codes and whose columns are money:
 * T02 T03 T05 T06 T07 T09 T10 T11 T12.
 */
export interface CodedTable extends TableBase {
  readonly kind: 'coded';
  readonly classification: 'functional' | 'economic';
  readonly columns: readonly Column[];
  /** The 合计 row (first or last). */
  readonly total: LineItem | null;
  readonly rows: readonly ClassRow[];
}

/**
 * Two-sided tables T01 and T04: the left side (income) and right side (expenditure) as line items.
 * T01 values use the single column key "amount"; T04's right side uses
 * "total" | "generalBudget" | "govFund" | "soeCapital".
 */
export interface TwoSidedTable extends TableBase {
  readonly kind: 'two-sided';
  readonly left: readonly LineItem[];
  readonly right: readonly LineItem[];
  readonly leftColumns: readonly Column[];
  readonly rightColumns: readonly Column[];
}

/**
 * T08 一般公共预算财政拨款基本支出决算表: 经济分类 rows (all blocks concatenated, in reading order)
 * with the column key "amount" (block layouts) or "total" | "personnel" | "public" (one list
 * with 人员经费/公用经费 columns), and the bottom totals.
 */
export interface BasicExpenditureTable extends TableBase {
  readonly kind: 'basic-expenditure';
  readonly rows: readonly ClassRow[];
  readonly personnelTotal: Figure | null;
  readonly publicTotal: Figure | null;
  /** A grand total (合计) where the layout prints one. */
  readonly total: Figure | null;
  readonly blocks: number;
}

/** T13 items, for 预算数 and 决算数 separately (declared with their names in tables/lines.ts). */
export type { SanGongKey } from '../tables/lines';

export interface SanGongTable extends TableBase {
  readonly kind: 'san-gong';
  /** "blocks": 预算数 six columns then 决算数 six (MoF); "pairs": each item with 预算数 | 决算数 (Shanghai). */
  readonly arrangement: 'blocks' | 'pairs';
  readonly budget: Readonly<Partial<Record<SanGongKey, Figure>>>;
  readonly actual: Readonly<Partial<Record<SanGongKey, Figure>>>;
}

export type TableModel = CodedTable | TwoSidedTable | BasicExpenditureTable | SanGongTable;

/** Which table each id is read as. */
export interface TablesById {
  T01?: TwoSidedTable;
  T02?: CodedTable;
  T03?: CodedTable;
  T04?: TwoSidedTable;
  T05?: CodedTable;
  T06?: CodedTable;
  T07?: CodedTable;
  T08?: BasicExpenditureTable;
  T09?: CodedTable;
  T10?: CodedTable;
  T11?: CodedTable;
  T12?: CodedTable;
  T13?: SanGongTable;
}

export interface TablePlacement {
  readonly id: TableId;
  readonly title: string;
  readonly sheet: string;
  readonly unit: Unit;
  /** How it was recognised. */
  readonly by: 'title' | 'sheet-name';
}

export interface WorkbookModel {
  readonly profile: Profile;
  readonly year: number | null;
  readonly entity: string | null;
  readonly tables: TablesById;
  readonly placements: readonly TablePlacement[];
  /** Tables of the profile that no sheet holds. */
  readonly missing: readonly TableId[];
  /** Tables found on more than one sheet; the first one is used. */
  readonly duplicates: readonly { readonly id: TableId; readonly sheets: readonly string[] }[];
}
