import { ECONOMIC_CLASSES } from '../classification/economic';
import { labelKey } from '../layout/text';
import { TableId } from '../tables/catalog';
import { EXPENDITURE, EXPENDITURE_PARTS, FISCAL_INCOME, FUND as FUND_LINE, FUNDS, INCOME, INCOME_SOURCES } from '../tables/lines';
import { AMOUNT, economicColumnKey } from './columnKeys';

/**
 * Header path → canonical column key (columnKeys.ts), by keywords, most specific first.
 * Real headers vary (本年收入合计 / 合计 / 小计; 本年支出 over 基本支出 or not), so keys are
 * decided by the words a column's path contains, not by exact text or position.
 */
type Matcher = readonly [RegExp, string];

const T02: readonly Matcher[] = [
  [FISCAL_INCOME.column, FISCAL_INCOME.key],
  ...INCOME_SOURCES.map((k): Matcher => [INCOME[k].column, k]),
  [/合计|小计|^本年收入$/, 'total'],
];

const T03: readonly Matcher[] = [
  ...EXPENDITURE_PARTS.map((k): Matcher => [EXPENDITURE[k].column, k]),
  [/合计|小计|^本年支出$/, 'total'],
];

const BASIC: Matcher = [EXPENDITURE.basic.column, 'basic'];
const PROJECT: Matcher = [EXPENDITURE.project.column, 'project'];

const BASIC_PROJECT: readonly Matcher[] = [
  BASIC,
  PROJECT,
  [/合计|小计|本年支出|决算数|金额/, 'total'],
];

const FUND: readonly Matcher[] = [
  [/年初/, 'carryIn'],
  [/年末/, 'carryOut'],
  BASIC,
  PROJECT,
  [/本年收入|^收入/, 'income'],
  [/本年支出|^支出/, 'expenditure'],
];

const T04_RIGHT: readonly Matcher[] = [
  ...FUNDS.map((f): Matcher => [FUND_LINE[f].pattern, f]),
  [/合计|小计|决算数|金额/, 'total'],
];

const T08_LIST: readonly Matcher[] = [
  [/人员经费/, 'personnel'],
  [/公用经费/, 'public'],
  [/合计|小计|决算数|金额/, 'total'],
];

function byMatchers(matchers: readonly Matcher[], segments: readonly string[]): string | null {
  // The lowest segment is the most specific; fall back to the whole path (本年支出/小计).
  const last = segments.length ? labelKey(segments[segments.length - 1]) : '';
  for (const [re, key] of matchers) if (re.test(last)) return key;
  const whole = segments.map(labelKey).join('/');
  for (const [re, key] of matchers) if (re.test(whole)) return key;
  return null;
}

/** 经济分类 类 code for a header such as 工资福利支出 or 301工资福利支出. */
export function economicClassByHeader(text: string): string | null {
  const t = labelKey(text).replace(/^([23]\d{2})/, '');
  const code = /^([23]\d{2})/.exec(labelKey(text))?.[1];
  if (code && ECONOMIC_CLASSES[code]) return code;
  for (const [c, name] of Object.entries(ECONOMIC_CLASSES)) if (labelKey(name) === t) return c;
  return null;
}

/**
 * T05/T07 with 功能分类 rows: 合计, then a column per 经济分类 类, possibly grouped under
 * 基本支出 / 项目支出 (keys "class:301", or "basic:301" and "basic" for the group's own 小计: economicColumnKey).
 */
function detailKey(segments: readonly string[]): string | null {
  const keys = segments.map(labelKey);
  const group = ([BASIC, PROJECT] as const).find(([re]) => keys.some((s) => re.test(s)))?.[1] ?? null;
  for (let i = keys.length - 1; i >= 0; i--) {
    const code = economicClassByHeader(keys[i]);
    if (code) return economicColumnKey(code, (group ?? undefined) as 'basic' | 'project' | undefined);
  }
  if (group) return group;
  if (keys.some((s) => /合计|小计|总计|决算数|本年支出/.test(s))) return 'total';
  return null;
}

export interface ColumnKeyContext {
  readonly id: TableId;
  /** For T05/T07/T09: whether rows are 经济分类 codes. */
  readonly economicRows?: boolean;
  /** How many money columns the table (or block) has. */
  readonly moneyColumns: number;
}

/** The canonical key of a money column, or null when its header says nothing we know. */
export function columnKey(ctx: ColumnKeyContext, segments: readonly string[]): string | null {
  switch (ctx.id) {
    case 'T02':
      return byMatchers(T02, segments);
    case 'T03':
      return byMatchers(T03, segments);
    case 'T06':
    case 'T12':
      return byMatchers(BASIC_PROJECT, segments);
    case 'T10':
    case 'T11':
      return byMatchers(FUND, segments);
    case 'T05':
    case 'T07':
      return ctx.economicRows ? byMatchers(BASIC_PROJECT, segments) : detailKey(segments);
    case 'T09':
      if (ctx.moneyColumns === 1) return AMOUNT;
      return byMatchers(BASIC_PROJECT, segments);
    case 'T08':
      if (ctx.moneyColumns === 1) return AMOUNT;
      return byMatchers(T08_LIST, segments);
    case 'T04':
      return byMatchers(T04_RIGHT, segments);
    default:
      return null;
  }
}
