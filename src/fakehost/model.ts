import { CellRange, CellValue, Grid, isCellError } from '../core/grid/types';
import type { FakeChartModel } from './chart';
import { FakeFill } from './fills';

/**
 * The in-memory workbook behind the fake Excel host: plain data, no Office semantics. The
 * client objects (fakehost/objects) read and write it only while a context.sync runs, as Excel does.
 */
export interface FakeCell {
  readonly value: Exclude<CellValue, null>;
  /** Set when the cell holds a formula (only written values starting with "=" create one here). */
  readonly formula?: string;
  readonly numberFormat?: string;
}

export interface FakeConditionalFormat {
  id: string;
  /** Excel.ConditionalFormatType value: "Custom", "CellValue", "DataBar"... */
  readonly type: string;
  readonly areas: CellRange[];
  /** Custom rule formula (type "Custom" only). */
  formula?: string;
  /** Fill colour the rule applies, "#RRGGBB", or null for none. */
  fillColor: string | null;
  stopIfTrue: boolean;
}

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface FakeSheet {
  readonly id: string;
  name: string;
  visibility: SheetVisibility;
  protected: boolean;
  /** Excel.ProtectionSelectionMode of a protected sheet: "Normal" (the default) allows selecting,
   * "None" (and "Unlocked", every cell being locked here) refuses Range.select with AccessDenied. */
  selectionMode?: 'Normal' | 'Unlocked' | 'None';
  /** Tests' stand-in for a sheet Excel fails to read: loading its values throws this error code. */
  readError?: string;
  /** "row,col" (0-based) → cell; absent means empty. */
  readonly cells: Map<string, FakeCell>;
  /** "row,col" → fill; absent means No Fill. */
  readonly fills: Map<string, FakeFill>;
  readonly merges: CellRange[];
  /** Index 0 is the top priority, as in Excel's ConditionalFormatCollection. */
  readonly conditionalFormats: FakeConditionalFormat[];
  columnWidths: Record<number, number>;
  /** "row,col" of cells whose text wraps (format.wrapText = true). */
  readonly wrapped: Set<string>;
  /** Charts added by the add-in (worksheet.charts.add), in order. */
  readonly charts: FakeChartModel[];
}

export interface FakeSelection {
  readonly sheetId: string;
  readonly areas: readonly CellRange[];
}

export interface FakeWorkbook {
  readonly sheets: FakeSheet[];
  activeSheetId: string | null;
  selection: FakeSelection | null;
  /** Counter behind sheet and conditional-format ids; ids never repeat within a workbook. */
  nextId: number;
}

/** What a saved document holds besides the workbook: the add-in's settings (Office.context.document.settings). */
export interface FakeDocument {
  workbook: FakeWorkbook;
  /** Settings as last saved with settings.saveAsync (name → JSON text). */
  savedSettings: Record<string, string>;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function newId(wb: FakeWorkbook, prefix: string): string {
  wb.nextId += 1;
  return `{${prefix}-${String(wb.nextId).padStart(6, '0')}}`;
}

/** A workbook whose sheets hold exactly the grids' values and merges (value only in a merge's top-left). */
export function fakeWorkbookFromGrids(grids: readonly Grid[]): FakeWorkbook {
  const wb: FakeWorkbook = { sheets: [], activeSheetId: null, selection: null, nextId: 0 };
  for (const grid of grids) {
    const sheet = addSheet(wb, grid.name);
    if (grid.hidden) sheet.visibility = 'Hidden';
    grid.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== '') sheet.cells.set(cellKey(r, c), { value });
      }),
    );
    sheet.merges.push(...grid.merges);
  }
  wb.activeSheetId = wb.sheets[0]?.id ?? null;
  return wb;
}

export function addSheet(wb: FakeWorkbook, name: string): FakeSheet {
  const sheet: FakeSheet = {
    id: newId(wb, 'sheet'),
    name,
    visibility: 'Visible',
    protected: false,
    cells: new Map(),
    fills: new Map(),
    merges: [],
    conditionalFormats: [],
    columnWidths: {},
    wrapped: new Set(),
    charts: [],
  };
  wb.sheets.push(sheet);
  return sheet;
}

export function findSheet(wb: FakeWorkbook, nameOrId: string): FakeSheet | undefined {
  const lower = nameOrId.toLowerCase();
  return wb.sheets.find((s) => s.id === nameOrId) ?? wb.sheets.find((s) => s.name.toLowerCase() === lower);
}

export function sheetByName(wb: FakeWorkbook, name: string): FakeSheet {
  const s = findSheet(wb, name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** Deep copy: what reopening a saved file gives. Excel may hand out new conditional-format ids
 * in a new session (they are not documented as stable), so a reopen can renumber them. */
export function cloneWorkbook(wb: FakeWorkbook, options: { renumberConditionalFormats?: boolean } = {}): FakeWorkbook {
  const copy: FakeWorkbook = {
    sheets: [],
    activeSheetId: wb.activeSheetId,
    selection: null,
    nextId: wb.nextId,
  };
  for (const s of wb.sheets) {
    copy.sheets.push({
      id: s.id,
      name: s.name,
      visibility: s.visibility,
      protected: s.protected,
      ...(s.selectionMode ? { selectionMode: s.selectionMode } : {}),
      cells: new Map(s.cells),
      fills: new Map(s.fills),
      merges: s.merges.map((m) => ({ ...m })),
      conditionalFormats: s.conditionalFormats.map((cf) => ({ ...cf, areas: cf.areas.map((a) => ({ ...a })) })),
      columnWidths: { ...s.columnWidths },
      wrapped: new Set(s.wrapped),
      charts: s.charts.map((c) => ({ ...c, source: { ...c.source }, position: c.position && { ...c.position }, dataLabels: { ...c.dataLabels } })),
    });
  }
  if (options.renumberConditionalFormats) {
    copy.nextId += 1000;
    for (const s of copy.sheets) for (const cf of s.conditionalFormats) cf.id = newId(copy, 'cf');
  }
  return copy;
}

/** Plain JSON of everything the user sees as formatting or data, for exact before/after comparisons. */
export function snapshotSheets(wb: FakeWorkbook): unknown {
  return wb.sheets.map((s) => ({
    name: s.name,
    protected: s.protected,
    cells: [...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    fills: [...s.fills.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    merges: s.merges,
    conditionalFormats: s.conditionalFormats.map(({ id: _id, ...rest }) => rest),
  }));
}

/** The stored value as Excel's Range.values reports it: errors as their text, empty as "". */
export function officeValue(cell: FakeCell | undefined): string | number | boolean {
  if (!cell) return '';
  return isCellError(cell.value) ? cell.value.error : cell.value;
}

export function officeValueType(cell: FakeCell | undefined): string {
  if (!cell) return 'Empty';
  const v = cell.value;
  if (isCellError(v)) return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return v === '' ? 'Empty' : 'String';
}
