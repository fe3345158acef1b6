import { FakeClientObject, unknownProperty } from './clientObject';
import { FakeCollection } from './collection';
import { byteLength, FakeContextCore } from './context';
import { FakeOfficeError, itemNotFound } from './errors';
import { normalizeColor } from './fills';
import { FakeConditionalFormat, FakeSheet, newId } from './model';
import { intersects } from './address';
import { assertWritable, describeWrite, RangeTarget, TargetResolver } from './rangeTarget';

interface CfTarget {
  readonly sheet: FakeSheet;
  readonly cf: FakeConditionalFormat;
}
type CfResolver = () => CfTarget | null;

function cfWrite(op: string, t: CfTarget, detail?: unknown) {
  return describeWrite(op, { sheet: t.sheet, areas: t.cf.areas }, detail ?? t.cf.id);
}

/** ConditionalRangeFill of a conditional format: the colour the rule paints. */
export class FakeConditionalRangeFill extends FakeClientObject<CfTarget> {
  constructor(core: FakeContextCore, private readonly target: CfResolver) {
    super(core);
  }
  protected kind(): string {
    return 'ConditionalRangeFill';
  }
  protected tryResolve(): CfTarget | null {
    return this.target();
  }
  protected defaultScalars(): string[] {
    return ['color'];
  }
  protected scalar(t: CfTarget, name: string): unknown {
    if (name === 'color') return t.cf.fillColor;
    throw unknownProperty(this.kind(), name);
  }
  get color(): string | null {
    return this.get('color');
  }
  set color(value: string) {
    this.command({
      describe: 'ConditionalRangeFill.color=',
      payload: value,
      write: () => cfWrite('cf.fill.color', this.resolve(), value),
      run: () => {
        const t = this.resolve();
        assertWritable(t.sheet);
        t.cf.fillColor = normalizeColor(value);
      },
    });
  }
  clear(): void {
    this.command({
      describe: 'ConditionalRangeFill.clear()',
      write: () => cfWrite('cf.fill.clear', this.resolve()),
      run: () => {
        const t = this.resolve();
        assertWritable(t.sheet);
        t.cf.fillColor = null;
      },
    });
  }
}

export class FakeConditionalRangeFormat extends FakeClientObject<CfTarget> {
  private fillProxy?: FakeConditionalRangeFill;
  constructor(core: FakeContextCore, private readonly target: CfResolver) {
    super(core);
  }
  protected kind(): string {
    return 'ConditionalRangeFormat';
  }
  protected tryResolve(): CfTarget | null {
    return this.target();
  }
  protected defaultScalars(): string[] {
    return [];
  }
  protected scalar(_t: CfTarget, name: string): unknown {
    throw unknownProperty(this.kind(), name);
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === 'fill' ? this.fill : undefined;
  }
  get fill(): FakeConditionalRangeFill {
    return (this.fillProxy ??= new FakeConditionalRangeFill(this.core, this.target));
  }
}

export class FakeConditionalFormatRule extends FakeClientObject<CfTarget> {
  constructor(core: FakeContextCore, private readonly target: CfResolver) {
    super(core);
  }
  protected kind(): string {
    return 'ConditionalFormatRule';
  }
  protected tryResolve(): CfTarget | null {
    return this.target();
  }
  protected defaultScalars(): string[] {
    return ['formula'];
  }
  protected scalar(t: CfTarget, name: string): unknown {
    if (name === 'formula' || name === 'formulaLocal') return t.cf.formula ?? null;
    throw unknownProperty(this.kind(), name);
  }
  get formula(): string {
    return this.get('formula');
  }
  set formula(value: string) {
    this.command({
      describe: 'ConditionalFormatRule.formula=',
      payload: value,
      write: () => cfWrite('cf.rule.formula', this.resolve(), value),
      run: () => {
        const t = this.resolve();
        assertWritable(t.sheet);
        if (!value.startsWith('=')) throw new FakeOfficeError('InvalidArgument', `rule formula must start with "=": ${value}`);
        t.cf.formula = value;
      },
    });
  }
}

/** ConditionalFormat.custom: only valid on a "Custom" format (custom on another type fails, customOrNullObject is null). */
export class FakeCustomConditionalFormat extends FakeClientObject<CfTarget> {
  private ruleProxy?: FakeConditionalFormatRule;
  private formatProxy?: FakeConditionalRangeFormat;
  constructor(core: FakeContextCore, private readonly parent: CfResolver, nullable: boolean) {
    super(core, nullable);
  }
  protected kind(): string {
    return 'CustomConditionalFormat';
  }
  protected tryResolve(): CfTarget | null {
    const t = this.parent();
    if (t === null) return null;
    if (t.cf.type !== 'Custom') {
      if (this.nullable) return null;
      throw new FakeOfficeError('InvalidArgument', `conditional format ${t.cf.id} is of type ${t.cf.type}, not Custom`);
    }
    return t;
  }
  protected defaultScalars(): string[] {
    return [];
  }
  protected scalar(_t: CfTarget, name: string): unknown {
    throw unknownProperty(this.kind(), name);
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'rule') return this.rule;
    if (name === 'format') return this.format;
    return undefined;
  }
  private readonly self: CfResolver = () => this.tryResolve();
  get rule(): FakeConditionalFormatRule {
    return (this.ruleProxy ??= new FakeConditionalFormatRule(this.core, this.self));
  }
  get format(): FakeConditionalRangeFormat {
    return (this.formatProxy ??= new FakeConditionalRangeFormat(this.core, this.self));
  }
}

export class FakeConditionalFormatObject extends FakeClientObject<CfTarget> {
  private customProxy?: FakeCustomConditionalFormat;
  private customOrNullProxy?: FakeCustomConditionalFormat;
  constructor(core: FakeContextCore, private readonly target: CfResolver, nullable = false) {
    super(core, nullable);
  }
  protected kind(): string {
    return 'ConditionalFormat';
  }
  protected tryResolve(): CfTarget | null {
    return this.target();
  }
  protected defaultScalars(): string[] {
    return ['id', 'type', 'priority', 'stopIfTrue'];
  }
  protected scalar(t: CfTarget, name: string): unknown {
    switch (name) {
      case 'id':
        return t.cf.id;
      case 'type':
        return t.cf.type;
      case 'priority':
        return t.sheet.conditionalFormats.indexOf(t.cf);
      case 'stopIfTrue':
        return t.cf.stopIfTrue;
      default:
        throw unknownProperty(this.kind(), name);
    }
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'custom') return this.custom;
    if (name === 'customOrNullObject') return this.customOrNullObject;
    return undefined;
  }
  get id(): string {
    return this.get('id');
  }
  get type(): string {
    return this.get('type');
  }
  get priority(): number {
    return this.get('priority');
  }
  get stopIfTrue(): boolean {
    return this.get('stopIfTrue');
  }
  set stopIfTrue(value: boolean) {
    this.command({
      describe: 'ConditionalFormat.stopIfTrue=',
      write: () => cfWrite('cf.stopIfTrue', this.resolve(), value),
      run: () => {
        const t = this.resolve();
        assertWritable(t.sheet);
        t.cf.stopIfTrue = value;
      },
    });
  }
  get custom(): FakeCustomConditionalFormat {
    return (this.customProxy ??= new FakeCustomConditionalFormat(this.core, this.target, false));
  }
  get customOrNullObject(): FakeCustomConditionalFormat {
    return (this.customOrNullProxy ??= new FakeCustomConditionalFormat(this.core, this.target, true));
  }
  delete(): void {
    let deleted: CfTarget | undefined;
    this.command({
      describe: 'ConditionalFormat.delete()',
      write: () => ({ op: 'cf.delete', sheet: deleted?.sheet.name ?? '', detail: deleted?.cf.id }),
      run: () => {
        const t = this.resolve();
        assertWritable(t.sheet);
        t.sheet.conditionalFormats.splice(t.sheet.conditionalFormats.indexOf(t.cf), 1);
        deleted = t;
      },
    });
  }
}

/** Range.conditionalFormats: the formats overlapping the range, top priority first. */
export class FakeConditionalFormatCollection extends FakeCollection<CfTarget, FakeConditionalFormatObject> {
  constructor(core: FakeContextCore, private readonly target: TargetResolver) {
    super(core);
  }
  protected kind(): string {
    return 'ConditionalFormatCollection';
  }
  private resolveTarget(): RangeTarget {
    const t = this.target();
    if (!t) throw itemNotFound('Range');
    return t;
  }
  protected members(): CfTarget[] {
    const t = this.resolveTarget();
    return t.sheet.conditionalFormats
      .filter((cf) => cf.areas.some((a) => t.areas.some((b) => intersects(a, b))))
      .map((cf) => ({ sheet: t.sheet, cf }));
  }
  protected proxy(member: CfTarget): FakeConditionalFormatObject {
    const { sheet, cf } = member;
    return new FakeConditionalFormatObject(this.core, () => (sheet.conditionalFormats.includes(cf) ? { sheet, cf } : null));
  }
  /** Adds at the top priority, over the whole target (every area of a RangeAreas). */
  add(type: string): FakeConditionalFormatObject {
    let created: CfTarget | null = null;
    const known = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];
    this.core.enqueue({
      describe: `ConditionalFormatCollection.add(${type})`,
      requestBytes: 80 + byteLength(type),
      write: () => cfWrite('cf.add', created!, type),
      run: () => {
        const t = this.resolveTarget();
        assertWritable(t.sheet);
        if (!known.includes(type)) throw new FakeOfficeError('InvalidArgument', `unknown conditional format type ${type}`);
        const cf: FakeConditionalFormat = { id: newId(workbookOf(this.core), 'cf'), type, areas: t.areas.map((a) => ({ ...a })), fillColor: null, stopIfTrue: false };
        t.sheet.conditionalFormats.unshift(cf);
        created = { sheet: t.sheet, cf };
      },
    });
    return new FakeConditionalFormatObject(this.core, () => (created && created.sheet.conditionalFormats.includes(created.cf) ? created : null));
  }
  getItem(id: string): FakeConditionalFormatObject {
    return new FakeConditionalFormatObject(this.core, () => this.members().find((m) => m.cf.id === id) ?? null);
  }
  getItemOrNullObject(id: string): FakeConditionalFormatObject {
    return new FakeConditionalFormatObject(this.core, () => this.members().find((m) => m.cf.id === id) ?? null, true);
  }
  /** Exists because Excel has it; the adapter must never call it (it deletes the user's own rules too). */
  clearAll(): void {
    let sheetName = '';
    this.core.enqueue({
      describe: 'ConditionalFormatCollection.clearAll()',
      requestBytes: 80,
      write: () => ({ op: 'cf.clearAll', sheet: sheetName }),
      run: () => {
        const members = this.members();
        const t = this.resolveTarget();
        assertWritable(t.sheet);
        sheetName = t.sheet.name;
        for (const m of members) t.sheet.conditionalFormats.splice(t.sheet.conditionalFormats.indexOf(m.cf), 1);
      },
    });
  }
}

function workbookOf(core: FakeContextCore) {
  return core.document.workbook;
}
