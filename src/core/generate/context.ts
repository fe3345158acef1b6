import Decimal from 'decimal.js';
import { WorkbookModel } from '../model/types';
import { TABLE_BY_ID, TableId } from '../tables/catalog';
import { grandTotals, totalValue } from './figures';
import { GenerateInputs, GenerateOptions } from './types';
import { inferAdminUnit, UnitKindInference } from './unitKind';
import { Money, SectionWriter } from './writer';

/** Everything a section builder reads. */
export interface GenerateContext {
  readonly model: WorkbookModel;
  readonly inputs: GenerateInputs;
  readonly options: GenerateOptions;
  /** "2023年度", or "本年度" when no year is known. */
  readonly yearLabel: string;
  /** "2022年度", or "上年度". */
  readonly priorLabel: string;
  /** "截至2023年12月31日". */
  readonly yearEnd: string;
  /** The unit's name, or 本部门. */
  readonly entity: string;
  /** The reasons given, with 一/四/五（一）'s shared one filled in where the user gave it once (sharedReasons). */
  readonly reasons: Readonly<Record<string, string>>;
  /** Which of those were filled from another section: key → the key it came from. */
  readonly reusedReasons: Readonly<Record<string, string>>;
  /** 行政单位 as the user said, else as the tables and the name suggest. */
  readonly adminUnit: boolean | undefined;
  /** Set when adminUnit was inferred rather than given. */
  readonly adminInference?: UnitKindInference;
}

export function makeContext(model: WorkbookModel, inputs: GenerateInputs, options: GenerateOptions): GenerateContext {
  const priorYear = inputs.prior?.year;
  const year = model.year ?? (priorYear !== undefined ? priorYear + 1 : null);
  const entity = inputs.entity?.trim() || model.entity?.trim() || '本部门';
  const inference = inputs.adminUnit === undefined ? inferAdminUnit(model, entity) : undefined;
  const { reasons, reused } = sharedReasons(model, inputs);
  return {
    model,
    inputs,
    options,
    yearLabel: year === null ? '本年度' : `${year}年度`,
    priorLabel: year === null ? (priorYear !== undefined ? `${priorYear}年度` : '上年度') : `${priorYear ?? year - 1}年度`,
    yearEnd: year === null ? '截至本年度末' : `截至${year}年12月31日`,
    entity,
    reasons,
    reusedReasons: reused,
    adminUnit: inputs.adminUnit ?? inference?.adminUnit,
    ...(inference ? { adminInference: inference } : {}),
  };
}

/** The three sections that usually give one reason: 一 (T01 总计), 四 (T04 总计), 五（一） (T06 合计). */
export const SHARED_REASON_KEYS = ['totalChange', 'fiscalTotalChange', 'generalBudgetChange'] as const;
type SharedReasonKey = (typeof SHARED_REASON_KEYS)[number];

/** Where a missing shared reason is taken from, nearest section first. */
const REASON_SOURCES: Readonly<Record<SharedReasonKey, readonly SharedReasonKey[]>> = {
  totalChange: ['fiscalTotalChange', 'generalBudgetChange'],
  fiscalTotalChange: ['totalChange', 'generalBudgetChange'],
  generalBudgetChange: ['fiscalTotalChange', 'totalChange'],
};

function given(reasons: Readonly<Record<string, string>> | undefined, key: string): string | undefined {
  const text = reasons?.[key]?.trim();
  return text ? reasons?.[key] : undefined;
}

/**
 * A reason typed once for 一, 四 or 五（一） fills the other two where the user gave none and the
 * change goes the same way (a reason for a fall does not explain a rise; an unknown direction
 * does not stop it). A reason the user gave for a section always stays its own.
 */
export function sharedReasons(model: WorkbookModel, inputs: GenerateInputs): { reasons: Record<string, string>; reused: Record<string, string> } {
  const prior = inputs.prior;
  const t01 = grandTotals(model.tables.T01, 'amount');
  const t04 = grandTotals(model.tables.T04, 'total');
  const current: Record<SharedReasonKey, Decimal | undefined> = {
    totalChange: (t01.income ?? t01.expenditure)?.value,
    fiscalTotalChange: (t04.income ?? t04.expenditure)?.value,
    generalBudgetChange: totalValue(model.tables.T06, 'total')?.value,
  };
  const previous: Record<SharedReasonKey, Decimal | undefined> = {
    totalChange: prior?.total,
    fiscalTotalChange: prior?.fiscalTotal,
    generalBudgetChange: prior?.generalBudgetExpenditure,
  };
  const direction = (k: SharedReasonKey): number | undefined => {
    const c = current[k];
    const p = previous[k];
    return c === undefined || p === undefined ? undefined : c.comparedTo(p);
  };
  const reasons: Record<string, string> = { ...(inputs.reasons ?? {}) };
  const reused: Record<string, string> = {};
  for (const key of SHARED_REASON_KEYS) {
    if (given(inputs.reasons, key) !== undefined) continue;
    const mine = direction(key);
    if (mine === 0) continue; // 持平: no reason is asked
    const source = REASON_SOURCES[key].find((s) => {
      if (given(inputs.reasons, s) === undefined) return false;
      // Only where both changes are known and go the same way: a reason written for an increase
      // must not explain a change whose direction the text still asks for.
      const theirs = direction(s);
      return mine !== undefined && theirs === mine;
    });
    if (source) {
      reasons[key] = given(inputs.reasons, source) as string;
      reused[key] = source;
    }
  }
  return { reasons, reused };
}

/**
 * "1889.05万元", or a placeholder naming the table the figure should have come from (the
 * workbook lacks it, or the line is missing).
 */
export function wanOrAsk(w: SectionWriter, m: Money | undefined, table: TableId, what: string): string {
  if (m) return w.wan(m);
  return `${w.ask(`tables.${table}`, `${what}（工作簿中未找到“${TABLE_BY_ID[table].title}”的相应数据）`)}万元`;
}

const SHARED_REASON_SECTION: Readonly<Record<string, string>> = {
  totalChange: '一',
  fiscalTotalChange: '四',
  generalBudgetChange: '五（一）',
};

/**
 * A reason from ctx.reasons or its placeholder; one filled from another section (sharedReasons)
 * is noted beside the text, so the user sees where it came from and can give this section its own.
 */
export function reasonOf(ctx: GenerateContext, w: SectionWriter, key: string, label: string): string {
  const source = ctx.reusedReasons[key];
  if (source) w.note(`reasons.${key}`, `变动原因沿用${SHARED_REASON_SECTION[source] ?? ''}的原因；如不同，请为本节单独填写。`);
  return w.reason(ctx.reasons, key, label);
}
