/** The fake Excel host: an in-memory workbook behind the slice of Office.js the adapter uses. */
export { createFakeHost, FakeExcelHost, FakeRequestContext } from './host';
export type { FakeExcelGlobal, FakeHostOptions, FakeOfficeGlobal } from './host';
export { API_SETS, compareLevels, LATEST_API_LEVEL, supports } from './apiLevel';
export type { ApiLevel } from './apiLevel';
export { FakeRecorder, DEFAULT_LIMITS } from './context';
export type { FakeLimits, SyncRecord, WriteRecord } from './context';
export { FakeOfficeError } from './errors';
export { NO_FILL, resolveFillColor } from './fills';
export type { FakeFill } from './fills';
export { addSheet, cellKey, cloneWorkbook, fakeWorkbookFromGrids, findSheet, sheetByName, snapshotSheets } from './model';
export type { FakeCell, FakeConditionalFormat, FakeDocument, FakeSheet, FakeWorkbook } from './model';
export { displayedFill } from './display';
export { FakeSettings } from './settings';
export { FakeChart, FakeChartCollection } from './chart';
export type { FakeChartModel } from './chart';
