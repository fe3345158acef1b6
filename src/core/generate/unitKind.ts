import { functionalName } from '../classification/functional';
import { ClassRow, WorkbookModel } from '../model/types';
import { lineValue, rowValue } from './figures';

/**
 * Whether the unit is a 行政单位 (its 机关运行经费 is T08's 公用经费) or a 事业单位, read from the
 * tables and the unit's name when the user has not said so (inputs.adminUnit):
 * - tables: a non-zero 行政运行 项 (xxxxx01, "反映行政单位（包括实行公务员管理的事业单位）的基本支出")
 *   with no 事业运行 项 and no 事业收入 points to a 行政单位; 事业运行 (xxxxx50) or 事业收入 without
 *   any 行政运行 points to a 事业单位; both at once (a 部门 consolidating its 事业单位) decide nothing;
 * - the name: …局 / 委员会 / 办公室 / 政府 / 部 / 厅 / 法院 / 检察院 vs …中心 / 学校 / 医院 / 院 / 站 / 所 / 馆 / 队.
 * The two agree, or one is silent: that answer. They disagree (a 中心 with 行政运行, often 参公), or
 * both are silent: unknown, and the 说明 asks.
 */
export interface UnitKindInference {
  /** undefined: the tables and the name do not tell. */
  readonly adminUnit: boolean | undefined;
  /** What it rests on, in Chinese: "表中有行政运行支出（2010301）、无事业收入；单位名称为“…办公室”". */
  readonly basis: string;
}

type Lean = 'admin' | 'institution' | undefined;

/** Suffixes of 行政单位 names; checked before the 事业单位 list, so 人民法院 is not read as …院. */
const ADMIN_NAME = /(人民政府|政府|办公室|办公厅|委员会|常委会|局|厅|部|委|办|署|法院|检察院|人大|政协)$/;
const INSTITUTION_NAME = /(中心|学校|校|小学|中学|大学|学院|幼儿园|医院|卫生院|院|站|所|馆|队|台|社|园|场)$/;

/** The name's lean and the suffix it rests on. A 办公室 of a 中心 ("…中心办公室") is still an office. */
export function nameLean(entity: string | undefined): { lean: Lean; suffix?: string } {
  const name = (entity ?? '').trim().replace(/[（(][^）)]*[）)]$/, ''); // "（本级）", "(汇总)"
  if (name === '' || name === '本部门') return { lean: undefined };
  const admin = name.match(ADMIN_NAME);
  if (admin) return { lean: 'admin', suffix: admin[1] };
  const inst = name.match(INSTITUTION_NAME);
  if (inst) return { lean: 'institution', suffix: inst[1] };
  return { lean: undefined };
}

function itemName(row: ClassRow): string {
  return row.name.replace(/\s/g, '') || functionalName(row.code) || '';
}

/** Non-zero 项 rows named 行政运行 (…01) or 事业运行 (…50) in T03, T05 or T06. */
function runningRows(model: WorkbookModel, name: '行政运行' | '事业运行'): string[] {
  const codes = new Set<string>();
  for (const table of [model.tables.T03, model.tables.T05, model.tables.T06]) {
    for (const row of table?.rows ?? []) {
      if (row.code.length !== 7 || itemName(row) !== name) continue;
      const v = rowValue(row, 'total');
      if (v && !v.value.isZero()) codes.add(row.code);
    }
  }
  return [...codes].sort();
}

function codesText(codes: readonly string[]): string {
  return codes.length <= 2 ? codes.join('、') : `${codes.slice(0, 2).join('、')}等`;
}

export function inferAdminUnit(model: WorkbookModel, entity: string | undefined): UnitKindInference {
  const admin = runningRows(model, '行政运行');
  const business = runningRows(model, '事业运行');
  const businessIncome = lineValue(model.tables.T01?.left, 'business', 'amount');
  const hasBusinessIncome = businessIncome !== undefined && !businessIncome.value.isZero();
  const institutionSigns = business.length > 0 || hasBusinessIncome;

  const facts: string[] = [];
  if (admin.length > 0) facts.push(`表中有行政运行支出（${codesText(admin)}）`);
  if (business.length > 0) facts.push(`有事业运行支出（${codesText(business)}）`);
  if (hasBusinessIncome) facts.push('有事业收入');
  else if (businessIncome !== undefined) facts.push('无事业收入');
  let tables: Lean;
  if (admin.length > 0 && !institutionSigns) tables = 'admin';
  else if (admin.length === 0 && institutionSigns) tables = 'institution';

  const { lean: byName, suffix } = nameLean(entity);
  if (suffix) facts.push(`单位名称以“${suffix}”结尾`);
  const basis = facts.join('，') || '表中没有行政运行、事业运行支出或事业收入，单位名称也看不出';

  if (tables && byName && tables !== byName) return { adminUnit: undefined, basis };
  const lean = tables ?? byName;
  return { adminUnit: lean === undefined ? undefined : lean === 'admin', basis };
}
