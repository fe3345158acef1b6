import { Finding, Severity, SEVERITY_RANK } from '../core/findings/types';
import { CellRef } from '../core/grid/cellRef';
import { Grid } from '../core/grid/types';

/**
 * What the task pane asks of Excel. No Office.js type crosses this interface, so the pane can run
 * against the real host (officeHost.ts over Excel.run) or the fake one (src/fakehost) alike.
 */
export interface ExcelHost {
  /** Sheets in workbook order. One context.sync. */
  listSheets(): Promise<SheetInfo[]>;
  /** Every sheet as a Grid (values, merges, hidden flag). Two context.sync calls when all goes
   * well; sheets Excel cannot read are left out (readWorkbook says which). */
  readAllSheets(): Promise<Grid[]>;
  /** The readable sheets as Grids plus a Chinese failure per sheet that could not be read. */
  readWorkbook(): Promise<WorkbookRead>;
  /** Colours the cells with conditional formats of our own; never touches the cells' fills. At most
   * two context.sync calls per batch (one batch unless the request would pass Excel's size cap). */
  highlight(marks: readonly HighlightMark[]): Promise<HighlightResult>;
  /** Deletes our conditional formats one by one, in every sheet; the user's own are left alone. */
  clearHighlights(): Promise<ClearResult>;
  /** True when the workbook's saved record lists highlights (e.g. from an earlier session), or the
   * last scanHighlights found formats of ours. */
  hasHighlights(): boolean;
  /** Looks for our conditional formats on every sheet (2–3 syncs) even without the saved record
   * (settings lost, file copied by another program); hasHighlights() reflects the answer. */
  scanHighlights(): Promise<boolean>;
  /** Activates the first cell's sheet and selects those of the cells that are on it: all areas at
   * once where Excel can (ExcelApi 1.18), else their bounding rectangle or one area at a time
   * (`area` picks which, counted from 0). Says what it selected. */
  selectCells(cells: readonly CellRef[], options?: SelectOptions): Promise<SelectResult>;
  /** Writes rows into a NEW sheet (never an existing one) and returns the name it got. */
  writeSheet(name: string, rows: readonly (readonly SheetCell[])[], options?: WriteSheetOptions): Promise<string>;
  /** Writes each chart's figures into a NEW sheet and adds a native Excel chart over them;
   * returns the sheet's name. Two syncs (names, then everything). */
  insertCharts(name: string, charts: readonly ChartSpec[]): Promise<string>;
  /** Calls back whenever the user edits a cell on any sheet (worksheets.onChanged). Optional: a host
   * without events leaves the pane's automatic re-check off. Registered for the pane's lifetime. */
  watchChanges?(handler: () => void): Promise<void>;
}

export interface SheetFailure {
  readonly sheet: string;
  /** Excel.ErrorCodes value, when Excel gave one. */
  readonly code?: string;
  /** One Chinese sentence, e.g. 工作表“表3”无法读取（Excel 报告 GeneralException），未校验；其余工作表已校验。 */
  readonly message: string;
}

export interface WorkbookRead {
  readonly grids: Grid[];
  readonly failures: readonly SheetFailure[];
}

export interface SelectOptions {
  /** Which area to select when Excel can select only one (wraps around). */
  readonly area?: number;
}

export interface SelectResult {
  /** all: every area on the sheet; bounding: the rectangle around them; one: area `area` of `areas`. */
  readonly mode: 'all' | 'bounding' | 'one';
  readonly sheet: string;
  /** What was selected, e.g. "C7:H7". */
  readonly address: string;
  /** Every area of the finding on that sheet, e.g. ["C7", "C40"]. */
  readonly areas: readonly string[];
  /** Index of the selected area (mode one). */
  readonly area: number;
  /** Cited cells on other sheets, which Excel cannot select together with these. */
  readonly otherSheets: readonly string[];
  /** A Chinese sentence for the pane when not everything could be selected at once, else null. */
  readonly note: string | null;
}

export interface SheetInfo {
  readonly name: string;
  readonly hidden: boolean;
  readonly protected: boolean;
}

export interface HighlightMark {
  readonly cell: CellRef;
  readonly severity: Severity;
}

export interface HighlightResult {
  /** Distinct cells coloured. */
  readonly cells: number;
  /** Conditional formats added. */
  readonly formats: number;
  /** Chinese notices for the user, e.g. 工作表“表3”受保护，未标注. */
  readonly notices: readonly string[];
}

export interface ClearResult {
  /** Conditional formats of ours deleted. */
  readonly removed: number;
  readonly notices: readonly string[];
}

export type SheetCell = string | number | boolean | null;

/** One chart of the 说明's figures: a small table (categories × series) and how to draw it. */
export interface ChartSpec {
  /** Chart title and the heading above its data, e.g. 收支总计变动. */
  readonly title: string;
  /** column: years or items side by side; pie: the parts of a whole. */
  readonly kind: 'column' | 'pie';
  /** Heading of the category column, e.g. 年度 or 项目. */
  readonly categoryHeader: string;
  readonly categories: readonly string[];
  /** Values in 万元, one per category. */
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
}

export interface WriteSheetOptions {
  /** Column widths in points, from column A. */
  readonly columnWidths?: readonly number[];
  /** Wrap text in these columns (0-based), e.g. the paragraph column of a 说明. */
  readonly wrapColumns?: readonly number[];
}


/**
 * One mark per cited cell; an error outranks a warning, a warning a notice. Notices (尾差, 未核对)
 * are left out unless asked for, as in the CLI's annotated copy: they would drown the real problems;
 * so are explained warnings.
 */
export function marksFromFindings(findings: readonly Finding[], options: { includeInfo?: boolean } = {}): HighlightMark[] {
  const byCell = new Map<string, HighlightMark>();
  for (const f of findings) {
    if (f.severity === 'info' && !options.includeInfo) continue;
    // 已说明: the user answered it; the pane still lists it, the grid is not coloured for it.
    if (f.explained) continue;
    for (const cell of f.cells) {
      const key = `${cell.sheet}\u0000${cell.row}\u0000${cell.col}`;
      const prior = byCell.get(key);
      if (!prior || SEVERITY_RANK[f.severity] > SEVERITY_RANK[prior.severity]) byCell.set(key, { cell, severity: f.severity });
    }
  }
  return [...byCell.values()];
}
