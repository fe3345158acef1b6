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
