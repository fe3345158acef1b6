import { CellRef } from '../core/grid/cellRef';
import { Grid } from '../core/grid/types';
import { addHighlights, clearHighlights, HighlightOptions, scanHighlights } from './highlight';
import { readRecord } from './highlightRecord';
import { insertCharts } from './insertCharts';
import {
  ChartSpec,
  ClearResult,
  ExcelHost,
  HighlightMark,
  HighlightResult,
  SelectOptions,
  SelectResult,
  SheetCell,
  SheetInfo,
  WorkbookRead,
  WriteSheetOptions,
} from './host';
import { apiAtMost, REQUIRED_EXCEL_API } from './limits';
import { OfficeDeps, Supports } from './officeApi';
import { listSheets, readAllSheets, ReadOptions, readWorkbook } from './readSheets';
import { selectCells } from './selectCells';
import { watchChanges } from './watchChanges';
import { writeSheet } from './writeSheet';

export type OfficeHostOptions = HighlightOptions & ReadOptions;

/**
 * ExcelHost over Excel.run and the document settings. In the add-in:
 *   createOfficeHost({ run: Excel.run, settings: Office.context.document.settings,
 *                      supports: excelApiSupports(Office.context.requirements) })
 * In tests and the preview, the fake host's Excel.run, settings and requirements.
 */
export function createOfficeHost(deps: OfficeDeps, options: OfficeHostOptions = {}): ExcelHost {
  // Without a requirements object, assume only what the manifest guarantees.
  const supports: Supports = deps.supports ?? ((version) => apiAtMost(version, REQUIRED_EXCEL_API));
  /** Formats of ours found by the last scan (or highlight) though the record may not list them. */
  let marked = false;
  return {
    listSheets: (): Promise<SheetInfo[]> => listSheets(deps.run),
    readAllSheets: (): Promise<Grid[]> => readAllSheets(deps.run, options),
    readWorkbook: (): Promise<WorkbookRead> => readWorkbook(deps.run, options),
    highlight: (marks: readonly HighlightMark[]): Promise<HighlightResult> => addHighlights(deps, marks, options),
    clearHighlights: async (): Promise<ClearResult> => {
      const cleared = await clearHighlights(deps, options);
      marked = cleared.notices.length > 0;
      return cleared;
    },
    hasHighlights: (): boolean => marked || readRecord(deps.settings).entries.length > 0,
    scanHighlights: async (): Promise<boolean> => {
      marked = (await scanHighlights(deps)) > 0;
      return marked || readRecord(deps.settings).entries.length > 0;
    },
    selectCells: (cells: readonly CellRef[], selectOptions?: SelectOptions): Promise<SelectResult> => selectCells(deps.run, supports, cells, selectOptions),
    writeSheet: (name: string, rows: readonly (readonly SheetCell[])[], writeOptions?: WriteSheetOptions): Promise<string> =>
      writeSheet(deps.run, name, rows, writeOptions, options.requestBudget),
    insertCharts: (name: string, charts: readonly ChartSpec[]): Promise<string> => insertCharts(deps.run, name, charts),
    watchChanges: (handler: () => void): Promise<void> => watchChanges(deps.run, handler),
  };
}
