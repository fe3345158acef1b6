import { Finding, Severity } from '../core/findings/types';
import { CellRef } from '../core/grid/cellRef';
import { Grid } from '../core/grid/types';

/**
 * What the task pane asks of Excel. No Office.js type crosses this interface, so the pane can run
 * against the real host (officeHost.ts over Excel.run) or the fake one (src/fakehost) alike.
 */
export interface ExcelHost {
  /** Sheets in workbook order. One context.sync. */
  listSheets(): Promise<SheetInfo[]>;
  /** Every sheet as a Grid (values, merges, hidden flag). Two context.sync calls. */
  readAllSheets(): Promise<Grid[]>;
  /** Colours the cells with conditional formats of our own; never touches the cells' fills. At most
   * two context.sync calls per batch (one batch unless the request would pass Excel's size cap). */
  highlight(marks: readonly HighlightMark[]): Promise<HighlightResult>;
  /** Deletes our conditional formats one by one, in every sheet; the user's own are left alone. */
  clearHighlights(): Promise<ClearResult>;
  /** True when the workbook's saved record lists highlights (e.g. from an earlier session). */
  hasHighlights(): boolean;
  /** Activates the first cell's sheet and selects those of the cells that are on it. */
  selectCells(cells: readonly CellRef[]): Promise<void>;
  /** Writes rows into a NEW sheet (never an existing one) and returns the name it got. */
  writeSheet(name: string, rows: readonly (readonly SheetCell[])[], options?: WriteSheetOptions): Promise<string>;
  /** Writes each chart's figures into a NEW sheet and adds a native Excel chart over them;
   * returns the sheet's name. Two syncs (names, then everything). */
  insertCharts(name: string, charts: readonly ChartSpec[]): Promise<string>;
  /** Calls back whenever the user edits a cell on any sheet (worksheets.onChanged). Optional: a host
   * without events leaves the pane's automatic re-check off. Registered for the pane's lifetime. */
  watchChanges?(handler: () => void): Promise<void>;
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

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/**
 * One mark per cited cell; an error outranks a warning, a warning a notice. Notices (尾差, 未核对)
 * are left out unless asked for, as in the CLI's annotated copy: they would drown the real problems.
 */
export function marksFromFindings(findings: readonly Finding[], options: { includeInfo?: boolean } = {}): HighlightMark[] {
  const byCell = new Map<string, HighlightMark>();
  for (const f of findings) {
    if (f.severity === 'info' && !options.includeInfo) continue;
    for (const cell of f.cells) {
      const key = `${cell.sheet}\u0000${cell.row}\u0000${cell.col}`;
      const prior = byCell.get(key);
      if (!prior || RANK[f.severity] > RANK[prior.severity]) byCell.set(key, { cell, severity: f.severity });
    }
  }
  return [...byCell.values()];
}
