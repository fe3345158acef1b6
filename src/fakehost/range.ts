import { CellRange } from '../core/grid/types';
import { FakeClientObject, unknownProperty } from './clientObject';
import { FakeConditionalFormatCollection } from './conditionalFormat';
import { FakeContextCore } from './context';
import { accessDenied, FakeOfficeError, invalidArgument } from './errors';
import { FakeRangeFormat } from './format';
import { FakeCell, cellKey, officeValue, officeValueType } from './model';
import { numberFormatCategory } from './numberFormat';
import { assertApi } from './apiLevel';
import { intersects, qualifiedAddress } from './address';
import { assertResponseFits, assertWritable, cellCount, describeWrite, RangeTarget, TargetResolver } from './rangeTarget';

type Matrix = unknown[][];

function matrix(t: RangeTarget, cell: (c: FakeCell | undefined) => unknown): Matrix {
  const a = t.areas[0];
  const out: Matrix = [];
  for (let r = a.top; r <= a.bottom; r++) {
    const row: unknown[] = [];
    for (let c = a.left; c <= a.right; c++) row.push(cell(t.sheet.cells.get(cellKey(r, c))));
    out.push(row);
  }
  return out;
}

/** The merges of the sheet that overlap the target, as Range.getMergedAreasOrNullObject gives them. */
function mergedAreas(t: RangeTarget): CellRange[] {
  return t.sheet.merges.filter((m) => t.areas.some((a) => intersects(a, m)));
}

abstract class FakeRangeBase extends FakeClientObject<RangeTarget> {
  private formatProxy?: FakeRangeFormat;
  private cfProxy?: FakeConditionalFormatCollection;

  constructor(core: FakeContextCore, protected readonly target: TargetResolver, nullable = false) {
    super(core, nullable);
  }
  protected tryResolve(): RangeTarget | null {
    return this.target();
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === 'format' ? this.format : undefined;
  }
  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.core, this.target));
  }
  /** For the fake's own objects that take a range argument (charts.add): the target, resolved now. */
  resolveTarget(): RangeTarget | null {
    return this.target();
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    if (!this.cfProxy) this.core.requireApi('Range.conditionalFormats');
    return (this.cfProxy ??= new FakeConditionalFormatCollection(this.core, this.target));
  }
  get address(): string {
    return this.get('address');
  }
  /** Range.select is ExcelApi 1.1, RangeAreas.select 1.18. A protected sheet whose protection
   * forbids selecting (selectionMode "None", or "Unlocked" while every cell is locked, as by
   * default) refuses with AccessDenied; Excel's default protection ("Normal") allows it. */
  select(): void {
    if (this.kind() === 'RangeAreas') this.core.requireApi('RangeAreas.select');
    this.command({
      describe: `${this.kind()}.select()`,
      write: () => describeWrite('select', this.resolve()),
      run: () => {
        const t = this.resolve();
        const wb = this.core.document.workbook;
        if (t.sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidSelection', `sheet ${t.sheet.name} is hidden`);
        if (t.sheet.protected && (t.sheet.selectionMode ?? 'Normal') !== 'Normal') throw accessDenied(t.sheet.name);
        wb.activeSheetId = t.sheet.id;
        wb.selection = { sheetId: t.sheet.id, areas: t.areas.map((a) => ({ ...a })) };
      },
    });
  }
  /** Fails (GeneralException, as Excel documents "will fail to return the result") when the range
   * holds more merged areas than the limit (512 in Excel). */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.core.requireApi('Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(
      this.core,
      () => {
        const t = this.target();
        if (!t) return null;
        const areas = mergedAreas(t);
        if (areas.length > this.core.limits.maxMergedAreas) {
          throw new FakeOfficeError('GeneralException', `There are more than ${this.core.limits.maxMergedAreas} merged areas in the range (${areas.length}).`);
        }
        return areas.length ? { sheet: t.sheet, areas } : null;
      },
      true,
    );
  }
}

/** One rectangle of a sheet. */
export class FakeRange extends FakeRangeBase {
  protected kind(): string {
    return 'Range';
  }
  protected defaultScalars(): string[] {
    return ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'valueTypes', 'numberFormat', 'formulas'];
  }
  protected scalar(t: RangeTarget, name: string): unknown {
    const a = t.areas[0];
    const limit = this.core.limits.maxResponseBytes;
    if (t.sheet.readError && (name === 'values' || name === 'valueTypes')) throw new FakeOfficeError(t.sheet.readError, `sheet ${t.sheet.name} cannot be read`);
    switch (name) {
      case 'address':
        return qualifiedAddress(t.sheet.name, a);
      case 'rowIndex':
        return a.top;
      case 'columnIndex':
        return a.left;
      case 'rowCount':
        return a.bottom - a.top + 1;
      case 'columnCount':
        return a.right - a.left + 1;
      case 'cellCount':
        return cellCount(t.areas);
      // Excel gives null rather than a matrix for ranges above 5 million cells.
      case 'values':
        if (cellCount(t.areas) > this.core.limits.maxValueCells) return null;
        assertResponseFits(t.areas, limit);
        return matrix(t, officeValue);
      case 'valueTypes':
        if (cellCount(t.areas) > this.core.limits.maxValueCells) return null;
        assertResponseFits(t.areas, limit);
        return matrix(t, officeValueType);
      case 'numberFormatCategories':
        assertApi(this.core.apiLevel, 'Range.numberFormatCategories');
        if (cellCount(t.areas) > this.core.limits.maxValueCells) return null;
        assertResponseFits(t.areas, limit);
        return matrix(t, (c) => numberFormatCategory(c?.numberFormat));
      case 'text':
        assertResponseFits(t.areas, limit);
        return matrix(t, (c) => String(officeValue(c)));
      case 'numberFormat':
        assertResponseFits(t.areas, limit);
        return matrix(t, (c) => c?.numberFormat ?? 'General');
      case 'formulas':
        assertResponseFits(t.areas, limit);
        return matrix(t, (c) => c?.formula ?? officeValue(c));
      default:
        throw unknownProperty(this.kind(), name);
    }
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  get numberFormatCategories(): string[][] {
    return this.get('numberFormatCategories');
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  get text(): string[][] {
    return this.get('text');
  }
  /** Writes like Excel: "=…" becomes a formula, a leading apostrophe forces text and is not stored. */
  set values(rows: unknown[][]) {
    this.command({
      describe: 'Range.values=',
      payload: rows,
      write: () => describeWrite('values', this.resolve(), rows.length),
      run: () => {
        const t = this.resolve();
        assertWritable(t.sheet);
        const a = t.areas[0];
        const h = a.bottom - a.top + 1;
        const w = a.right - a.left + 1;
        if (rows.length !== h || rows.some((r) => r.length !== w)) {
          throw invalidArgument(`values are ${rows.length}×${rows[0]?.length ?? 0} but the range is ${h}×${w}`);
        }
        rows.forEach((row, i) =>
          row.forEach((v, j) => {
            const key = cellKey(a.top + i, a.left + j);
            if (v === '' || v === null || v === undefined) t.sheet.cells.delete(key);
            else if (typeof v === 'string' && v.startsWith("'")) t.sheet.cells.set(key, { value: v.slice(1) });
            else if (typeof v === 'string' && v.startsWith('=')) t.sheet.cells.set(key, { value: { error: '#NAME?' }, formula: v });
            else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') t.sheet.cells.set(key, { value: v });
            else throw invalidArgument(`value ${JSON.stringify(v)}`);
          }),
        );
      },
    });
  }
  set numberFormat(formats: string[][]) {
    this.command({
      describe: 'Range.numberFormat=',
      payload: formats,
      write: () => describeWrite('numberFormat', this.resolve()),
      run: () => {
        const t = this.resolve();
        assertWritable(t.sheet);
        const a = t.areas[0];
        formats.forEach((row, i) =>
          row.forEach((f, j) => {
            const key = cellKey(a.top + i, a.left + j);
            const cell = t.sheet.cells.get(key);
            if (cell) t.sheet.cells.set(key, { ...cell, numberFormat: f });
          }),
        );
      },
    });
  }
}

/** Several rectangles of one sheet (getRanges, getMergedAreasOrNullObject). */
export class FakeRangeAreas extends FakeRangeBase {
  protected kind(): string {
    return 'RangeAreas';
  }
  protected defaultScalars(): string[] {
    return ['address', 'areaCount', 'cellCount'];
  }
  protected scalar(t: RangeTarget, name: string): unknown {
    switch (name) {
      case 'address':
        return t.areas.map((a) => qualifiedAddress(t.sheet.name, a)).join(',');
      case 'areaCount':
        return t.areas.length;
      case 'cellCount':
        return cellCount(t.areas);
      default:
        throw unknownProperty(this.kind(), name);
    }
  }
  get areaCount(): number {
    return this.get('areaCount');
  }
}
