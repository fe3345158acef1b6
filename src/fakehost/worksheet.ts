import { CellRange } from '../core/grid/types';
import { FakeChartCollection } from './chart';
import { FakeClientObject, unknownProperty } from './clientObject';
import { FakeCollection } from './collection';
import { byteLength, FakeChangedEvent, FakeContextCore } from './context';
import { FakeOfficeError, invalidArgument, itemNotFound } from './errors';
import { addSheet, FakeSheet, findSheet, MAX_COLS, MAX_ROWS } from './model';
import { parseArea, parseAreaList, WHOLE_SHEET } from './address';
import { FakeRange, FakeRangeAreas } from './range';
import { RangeTarget } from './rangeTarget';
import { assertApi } from './apiLevel';

type SheetResolver = () => FakeSheet | null;

/** Bounding box of the cells holding values (valuesOnly) or also formatting (fills, merged cells); null for an empty sheet. */
function usedArea(sheet: FakeSheet, valuesOnly: boolean): CellRange | null {
  const mergeCorners = sheet.merges.flatMap((m) => [`${m.top},${m.left}`, `${m.bottom},${m.right}`]);
  const keys = valuesOnly ? [...sheet.cells.keys()] : [...sheet.cells.keys(), ...sheet.fills.keys(), ...mergeCorners];
  if (keys.length === 0) return null;
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  for (const k of keys) {
    const [r, c] = k.split(',').map(Number);
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  return { top, left, bottom, right };
}

export class FakeWorksheetProtection extends FakeClientObject<FakeSheet> {
  constructor(core: FakeContextCore, private readonly sheet: SheetResolver) {
    super(core);
  }
  protected kind(): string {
    return 'WorksheetProtection';
  }
  protected tryResolve(): FakeSheet | null {
    return this.sheet();
  }
  protected defaultScalars(): string[] {
    return ['protected'];
  }
  protected scalar(t: FakeSheet, name: string): unknown {
    // Read while the sync runs (also through "items/protection/protected"), so checked here.
    assertApi(this.core.apiLevel, 'Worksheet.protection');
    if (name === 'protected') return t.protected;
    throw unknownProperty(this.kind(), name);
  }
  get protected(): boolean {
    return this.get('protected');
  }
}

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  private protectionProxy?: FakeWorksheetProtection;
  private chartsProxy?: FakeChartCollection;

  constructor(core: FakeContextCore, private readonly sheet: SheetResolver, nullable = false) {
    super(core, nullable);
  }
  protected kind(): string {
    return 'Worksheet';
  }
  protected tryResolve(): FakeSheet | null {
    return this.sheet();
  }
  protected defaultScalars(): string[] {
    return ['id', 'name', 'position', 'visibility'];
  }
  protected scalar(t: FakeSheet, name: string): unknown {
    switch (name) {
      case 'id':
        return t.id;
      case 'name':
        return t.name;
      case 'visibility':
        return t.visibility;
      case 'position':
        return this.core.document.workbook.sheets.indexOf(t);
      default:
        throw unknownProperty(this.kind(), name);
    }
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === 'protection' ? this.protection : undefined;
  }
  get id(): string {
    return this.get('id');
  }
  get name(): string {
    return this.get('name');
  }
  get visibility(): string {
    return this.get('visibility');
  }
  get position(): number {
    return this.get('position');
  }
  get protection(): FakeWorksheetProtection {
    return (this.protectionProxy ??= new FakeWorksheetProtection(this.core, this.sheet));
  }
  get charts(): FakeChartCollection {
    return (this.chartsProxy ??= new FakeChartCollection(this.core, this.sheet));
  }

  private targetOf(areas: () => CellRange[]): () => RangeTarget | null {
    return () => {
      const sheet = this.sheet();
      return sheet ? { sheet, areas: areas() } : null;
    };
  }

  /** No address: the whole sheet. */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.core, this.targetOf(() => [address === undefined || address === '' ? WHOLE_SHEET : parseArea(address)]));
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): FakeRange {
    this.core.requireApi('Worksheet.getRangeByIndexes');
    return new FakeRange(
      this.core,
      this.targetOf(() => {
        if (row < 0 || col < 0 || rowCount < 1 || colCount < 1 || row + rowCount > MAX_ROWS || col + colCount > MAX_COLS) {
          throw invalidArgument(`getRangeByIndexes(${row}, ${col}, ${rowCount}, ${colCount})`);
        }
        return [{ top: row, left: col, bottom: row + rowCount - 1, right: col + colCount - 1 }];
      }),
    );
  }

  /** Long address lists fail in Excel; the fake refuses more areas than the limit. */
  getRanges(address: string): FakeRangeAreas {
    this.core.requireApi('Worksheet.getRanges');
    const max = this.core.limits.maxAreasPerCall;
    return new FakeRangeAreas(
      this.core,
      this.targetOf(() => {
        const areas = parseAreaList(address);
        if (areas.length === 0 || areas.length > max) throw invalidArgument(`getRanges with ${areas.length} areas (limit ${max})`);
        return areas;
      }),
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.core.requireApi('Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(
      this.core,
      () => {
        const sheet = this.sheet();
        const area = sheet && usedArea(sheet, valuesOnly);
        return sheet && area ? { sheet, areas: [area] } : null;
      },
      true,
    );
  }

  /** Excel returns A1 for an empty sheet instead of failing. */
  getUsedRange(valuesOnly = false): FakeRange {
    if (valuesOnly) this.core.requireApi('Worksheet.getUsedRange(valuesOnly)');
    return new FakeRange(
      this.core,
      this.targetOf(() => {
        const sheet = this.sheet();
        return [(sheet && usedArea(sheet, valuesOnly)) ?? { top: 0, left: 0, bottom: 0, right: 0 }];
      }),
    );
  }

  activate(): void {
    this.command({
      describe: 'Worksheet.activate()',
      write: () => ({ op: 'activate', sheet: this.resolve().name }),
      run: () => {
        const t = this.resolve();
        if (t.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', `sheet ${t.name} is hidden`);
        this.core.document.workbook.activeSheetId = t.id;
      },
    });
  }
}

const FORBIDDEN = /[\\/?*:[\]]/;

export class FakeWorksheetCollection extends FakeCollection<FakeSheet, FakeWorksheet> {
  constructor(core: FakeContextCore) {
    super(core);
  }
  protected kind(): string {
    return 'WorksheetCollection';
  }
  private get wb() {
    return this.core.document.workbook;
  }
  protected members(): FakeSheet[] {
    return [...this.wb.sheets];
  }
  protected proxy(member: FakeSheet): FakeWorksheet {
    return new FakeWorksheet(this.core, () => (this.wb.sheets.includes(member) ? member : null));
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.core, () => findSheet(this.wb, key) ?? null);
  }
  /** worksheets.onChanged: the handler is registered when the batch syncs, as in Excel. */
  get onChanged(): { add(handler: (event: FakeChangedEvent) => Promise<unknown> | void): { remove(): void } } {
    const handlers = this.core.recorder.changeHandlers;
    return {
      add: (handler) => {
        this.core.requireApi('WorksheetCollection.onChanged');
        this.core.enqueue({ describe: 'WorksheetCollection.onChanged.add()', requestBytes: 60, run: () => void handlers.push(handler) });
        return {
          remove: () => {
            this.core.enqueue({
              describe: 'EventHandlerResult.remove()',
              requestBytes: 60,
              run: () => {
                const i = handlers.indexOf(handler);
                if (i >= 0) handlers.splice(i, 1);
              },
            });
          },
        };
      },
    };
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    this.core.requireApi('WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(this.core, () => findSheet(this.wb, key) ?? null, true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.core, () => this.wb.sheets.find((s) => s.id === this.wb.activeSheetId) ?? null);
  }
  /** Excel's naming rules: 1–31 characters, none of \ / ? * : [ ], not starting or ending with ', unique ignoring case. */
  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.core.enqueue({
      describe: 'WorksheetCollection.add()',
      requestBytes: 80 + byteLength(name ?? ''),
      write: () => ({ op: 'sheet.add', sheet: created!.name }),
      run: () => {
        let n = name;
        if (n === undefined) {
          let i = this.wb.sheets.length + 1;
          while (findSheet(this.wb, `Sheet${i}`)) i++;
          n = `Sheet${i}`;
        }
        if (n.length === 0 || n.length > 31 || FORBIDDEN.test(n) || n.startsWith("'") || n.endsWith("'")) throw invalidArgument(`sheet name "${n}"`);
        if (this.wb.sheets.some((s) => s.name.toLowerCase() === n!.toLowerCase())) {
          throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${n}" already exists.`);
        }
        created = addSheet(this.wb, n);
      },
    });
    return new FakeWorksheet(this.core, () => {
      if (!created) throw itemNotFound('Worksheet (not yet added)');
      return this.wb.sheets.includes(created) ? created : null;
    });
  }
}
