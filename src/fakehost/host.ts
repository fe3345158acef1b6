import { parseA1 } from '../core/grid/cellRef';
import { ApiLevel, LATEST_API_LEVEL, requirementsFor } from './apiLevel';
import { DEFAULT_LIMITS, FakeChangedEvent, FakeContextCore, FakeLimits, FakeRecorder } from './context';
import { cellKey, FakeDocument, FakeWorkbook, cloneWorkbook, findSheet } from './model';
import { FakeSettings } from './settings';
import { FakeWorksheetCollection } from './worksheet';

/** context.workbook */
export class FakeWorkbookObject {
  readonly worksheets: FakeWorksheetCollection;
  constructor(core: FakeContextCore) {
    this.worksheets = new FakeWorksheetCollection(core);
  }
}

/** Excel.RequestContext */
export class FakeRequestContext {
  readonly workbook: FakeWorkbookObject;
  constructor(readonly core: FakeContextCore) {
    this.workbook = new FakeWorkbookObject(core);
  }
  sync(): Promise<void> {
    return this.core.sync();
  }
}

export interface FakeExcelGlobal {
  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  readonly ConditionalFormatType: Record<string, string>;
  readonly ErrorCodes: Record<string, string>;
}

export interface FakeOfficeGlobal {
  readonly context: {
    readonly document: { readonly settings: FakeSettings };
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
  readonly HostType: { readonly Excel: 'Excel' };
  readonly AsyncResultStatus: { readonly Succeeded: 'succeeded'; readonly Failed: 'failed' };
  onReady(): Promise<{ host: 'Excel'; platform: string }>;
}

/**
 * A fake Excel host over one document: the Excel and Office globals (installable as
 * window.Excel / window.Office for the browser preview), plus the record of every sync and write.
 * It runs in jest and in a browser: no Node APIs.
 */
export class FakeExcelHost {
  readonly recorder = new FakeRecorder();
  readonly settings: FakeSettings;
  readonly Excel: FakeExcelGlobal;
  readonly Office: FakeOfficeGlobal;

  /** apiLevel: the ExcelApi requirement set the host supports (1.13, 1.14, 1.17, 1.18…); members
   * above it fail at sync with ApiNotFound and isSetSupported says no, as in an older Excel. */
  constructor(
    readonly document: FakeDocument,
    readonly limits: FakeLimits = DEFAULT_LIMITS,
    readonly apiLevel: ApiLevel = LATEST_API_LEVEL,
  ) {
    this.settings = new FakeSettings(document);
    const run = async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
      const core = new FakeContextCore(this.document, this.recorder, this.limits, this.apiLevel);
      const result = await batch(new FakeRequestContext(core));
      // Excel.run syncs whatever the batch left queued.
      if (core.pendingCount > 0) await core.sync();
      return result;
    };
    this.Excel = {
      run,
      ConditionalFormatType: { custom: 'Custom', dataBar: 'DataBar', colorScale: 'ColorScale', iconSet: 'IconSet', topBottom: 'TopBottom', presetCriteria: 'PresetCriteria', containsText: 'ContainsText', cellValue: 'CellValue' },
      ErrorCodes: { accessDenied: 'AccessDenied', itemNotFound: 'ItemNotFound', invalidArgument: 'InvalidArgument', itemAlreadyExists: 'ItemAlreadyExists', responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded' },
    };
    const settings = this.settings;
    this.Office = {
      context: { document: { settings }, requirements: requirementsFor(apiLevel) },
      HostType: { Excel: 'Excel' },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }),
    };
  }

  get workbook(): FakeWorkbook {
    return this.document.workbook;
  }

  /** Save, close and open the document again: saved settings and a copy of the workbook, in a new host.
   * Conditional-format ids may change across sessions, so by default the reopened copy renumbers them. */
  reopen(options: { renumberConditionalFormats?: boolean } = {}): FakeExcelHost {
    const document: FakeDocument = {
      workbook: cloneWorkbook(this.document.workbook, { renumberConditionalFormats: options.renumberConditionalFormats ?? true }),
      savedSettings: { ...this.document.savedSettings },
    };
    return new FakeExcelHost(document, this.limits, this.apiLevel);
  }

  /**
   * The user types a value into a cell (the preview and tests play the user): the workbook changes
   * at once, outside any add-in request, and worksheets.onChanged handlers hear of it afterwards.
   * null or '' empties the cell. The edit is not an add-in write, so it is not in recorder.writes.
   */
  editCell(sheetName: string, address: string, value: string | number | boolean | null): void {
    const sheet = findSheet(this.document.workbook, sheetName);
    const at = parseA1(address);
    if (!sheet || !at) throw new Error(`no cell ${sheetName}!${address}`);
    if (value === null || value === '') sheet.cells.delete(cellKey(at.row, at.col));
    else sheet.cells.set(cellKey(at.row, at.col), { value });
    const event: FakeChangedEvent = { type: 'WorksheetChanged', changeType: 'RangeEdited', source: 'Local', worksheetId: sheet.id, address: address.toUpperCase() };
    this.recorder.notify();
    // Excel raises the event asynchronously, after the edit is committed.
    for (const handler of [...this.recorder.changeHandlers]) setTimeout(() => void handler(event), 0);
  }

  /** For the browser preview: window.Excel and window.Office. */
  install(target: Record<string, unknown>): void {
    target.Excel = this.Excel;
    target.Office = this.Office;
  }
}

export interface FakeHostOptions {
  /** ExcelApi level of the simulated Excel (default LATEST_API_LEVEL). */
  readonly apiLevel?: ApiLevel;
}

export function createFakeHost(workbook: FakeWorkbook, limits: Partial<FakeLimits> = {}, options: FakeHostOptions = {}): FakeExcelHost {
  return new FakeExcelHost({ workbook, savedSettings: {} }, { ...DEFAULT_LIMITS, ...limits }, options.apiLevel ?? LATEST_API_LEVEL);
}
