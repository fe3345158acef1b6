import { CellRef } from '../core/grid/cellRef';
import { Grid } from '../core/grid/types';
import { addHighlights, clearHighlights, HighlightOptions } from './highlight';
import { readRecord } from './highlightRecord';
import { insertCharts } from './insertCharts';
import { ChartSpec, ClearResult, ExcelHost, HighlightMark, HighlightResult, SheetCell, SheetInfo, WriteSheetOptions } from './host';
import { OfficeDeps } from './officeApi';
import { listSheets, readAllSheets } from './readSheets';
import { selectCells } from './selectCells';
import { watchChanges } from './watchChanges';
import { writeSheet } from './writeSheet';

/**
 * ExcelHost over Excel.run and the document settings. In the add-in:
 *   createOfficeHost({ run: Excel.run, settings: Office.context.document.settings })
 * In tests and the preview, the fake host's Excel.run and settings.
 */
export function createOfficeHost(deps: OfficeDeps, options: HighlightOptions = {}): ExcelHost {
  return {
    listSheets: (): Promise<SheetInfo[]> => listSheets(deps.run),
    readAllSheets: (): Promise<Grid[]> => readAllSheets(deps.run),
    highlight: (marks: readonly HighlightMark[]): Promise<HighlightResult> => addHighlights(deps, marks, options),
    clearHighlights: (): Promise<ClearResult> => clearHighlights(deps, options),
    hasHighlights: (): boolean => readRecord(deps.settings).entries.length > 0,
    selectCells: (cells: readonly CellRef[]): Promise<void> => selectCells(deps.run, cells),
    writeSheet: (name: string, rows: readonly (readonly SheetCell[])[], writeOptions?: WriteSheetOptions): Promise<string> =>
      writeSheet(deps.run, name, rows, writeOptions, options.requestBudget),
    insertCharts: (name: string, charts: readonly ChartSpec[]): Promise<string> => insertCharts(deps.run, name, charts),
    watchChanges: (handler: () => void): Promise<void> => watchChanges(deps.run, handler),
  };
}
