import { FakeClientObject, unknownProperty } from './clientObject';
import { FakeContextCore } from './context';
import { FakeFill, normalizeColor, resolveFillColor, sameFill } from './fills';
import { cellKey } from './model';
import { assertWritable, describeWrite, RangeTarget, TargetResolver } from './rangeTarget';

function fillsOf(t: RangeTarget): FakeFill[] {
  const out: FakeFill[] = [];
  for (const a of t.areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) {
    out.push(t.sheet.fills.get(cellKey(r, c)) ?? { kind: 'none' });
  }
  return out;
}

/**
 * Range.format.fill. color reads "#FFFFFF" for No Fill, exactly as for a white fill, and the RGB
 * of a theme colour; null when the cells differ. pattern tells "None" from "Solid".
 */
export class FakeRangeFill extends FakeClientObject<RangeTarget> {
  constructor(core: FakeContextCore, private readonly target: TargetResolver) {
    super(core);
  }
  protected kind(): string {
    return 'RangeFill';
  }
  protected tryResolve(): RangeTarget | null {
    return this.target();
  }
  protected defaultScalars(): string[] {
    return ['color', 'pattern'];
  }
  protected scalar(t: RangeTarget, name: string): unknown {
    const fills = fillsOf(t);
    if (name === 'color') {
      const colors = new Set(fills.map(resolveFillColor));
      return colors.size === 1 ? [...colors][0] : null;
    }
    if (name === 'pattern') {
      const patterns = new Set(fills.map((f) => (f.kind === 'none' ? 'None' : 'Solid')));
      return patterns.size === 1 ? [...patterns][0] : null;
    }
    throw unknownProperty(this.kind(), name);
  }
  get color(): string {
    return this.get('color');
  }
  set color(value: string) {
    this.command({
      describe: 'RangeFill.color=',
      payload: value,
      write: () => describeWrite('fill.color', this.resolve(), value),
      run: () => {
        const t = this.resolve();
        assertWritable(t.sheet);
        const fill: FakeFill = { kind: 'rgb', color: normalizeColor(value) };
        for (const a of t.areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) t.sheet.fills.set(cellKey(r, c), fill);
      },
    });
  }
  get pattern(): string {
    return this.get('pattern');
  }
  clear(): void {
    this.command({
      describe: 'RangeFill.clear()',
      write: () => describeWrite('fill.clear', this.resolve()),
      run: () => {
        const t = this.resolve();
        assertWritable(t.sheet);
        for (const a of t.areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) t.sheet.fills.delete(cellKey(r, c));
      },
    });
  }
  /** True when every cell of the range holds exactly this stored fill (test helper, no Office twin). */
  static uniform(t: RangeTarget, fill: FakeFill): boolean {
    return fillsOf(t).every((f) => sameFill(f, fill));
  }
}

/** Range.format: the fill plus the layout writeSheet sets (column width, wrap, row heights fitted). */
export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  private fillProxy?: FakeRangeFill;
  constructor(core: FakeContextCore, private readonly target: TargetResolver) {
    super(core);
  }
  protected kind(): string {
    return 'RangeFormat';
  }
  protected tryResolve(): RangeTarget | null {
    return this.target();
  }
  protected defaultScalars(): string[] {
    return ['columnWidth', 'wrapText'];
  }
  protected scalar(t: RangeTarget, name: string): unknown {
    if (name === 'columnWidth') return t.sheet.columnWidths[t.areas[0].left] ?? 48;
    if (name === 'wrapText') {
      // Excel: true or false when every cell agrees, null when they differ.
      const states = new Set<boolean>();
      for (const a of t.areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) states.add(t.sheet.wrapped.has(cellKey(r, c)));
      return states.size === 1 ? [...states][0] : null;
    }
    throw unknownProperty(this.kind(), name);
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === 'fill' ? this.fill : undefined;
  }
  get fill(): FakeRangeFill {
    return (this.fillProxy ??= new FakeRangeFill(this.core, this.target));
  }
  set columnWidth(points: number) {
    this.core.requireApi('RangeFormat.columnWidth');
    this.command({
      describe: 'RangeFormat.columnWidth=',
      payload: points,
      write: () => describeWrite('format.columnWidth', this.resolve(), points),
      run: () => {
        const t = this.resolve();
        assertWritable(t.sheet);
        for (const a of t.areas) for (let c = a.left; c <= a.right; c++) t.sheet.columnWidths[c] = points;
      },
    });
  }
  set wrapText(value: boolean) {
    this.command({
      describe: 'RangeFormat.wrapText=',
      write: () => describeWrite('format.wrapText', this.resolve()),
      run: () => {
        const t = this.resolve();
        assertWritable(t.sheet);
        for (const a of t.areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) {
          if (value) t.sheet.wrapped.add(cellKey(r, c));
          else t.sheet.wrapped.delete(cellKey(r, c));
        }
      },
    });
  }
  /** Row heights to fit the (wrapped) text; the fake models no heights, it records the call. */
  autofitRows(): void {
    this.core.requireApi('RangeFormat.autofitRows');
    this.command({
      describe: 'RangeFormat.autofitRows()',
      write: () => describeWrite('format.autofitRows', this.resolve()),
      run: () => assertWritable(this.resolve().sheet),
    });
  }
}
