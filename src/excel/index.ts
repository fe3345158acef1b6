/** The Office.js adapter: the pane talks to ExcelHost only. */
export { createOfficeHost } from './officeHost';
export { marksFromFindings } from './host';
export type { ChartSpec, ExcelHost, HighlightMark } from './host';
export type { ExcelRun } from './officeApi';
export { excelApiSupports } from './officeApi';
export type { OfficeHostOptions } from './officeHost';
export { HostError } from './errors';
export { HIGHLIGHT_COLORS } from './highlight';
