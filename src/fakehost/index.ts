/** The fake Excel host: an in-memory workbook behind the slice of Office.js the adapter uses. */
export { createFakeHost, FakeExcelHost, FakeRequestContext } from './host';
export { API_SETS, supports } from './apiLevel';
export type { FakeLimits } from './context';
export { FakeOfficeError } from './errors';
export type { FakeFill } from './fills';
export { addSheet, cellKey, fakeWorkbookFromGrids, sheetByName, snapshotSheets } from './model';
export type { FakeConditionalFormat, FakeSheet, FakeWorkbook } from './model';
export { displayedFill } from './display';
