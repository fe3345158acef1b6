/** The Office.js adapter: the pane talks to ExcelHost only. */
export { createOfficeHost } from './officeHost';
export { marksFromFindings } from './host';
export type { ChartSpec, ClearResult, ExcelHost, HighlightMark, HighlightResult, SheetCell, SheetInfo, WriteSheetOptions } from './host';
export type { ExcelRun, OfficeDeps, SettingsStore } from './officeApi';
export { HostError } from './errors';
export { HIGHLIGHT_COLORS } from './highlight';
export { REQUIRED_EXCEL_API } from './limits';
