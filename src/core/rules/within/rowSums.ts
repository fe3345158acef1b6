import { Finding } from '../../findings/types';
import { economicColumnOf } from '../../model/columnKeys';
import { propertyKey } from '../../model/query';
import { ClassRow, CodedTable, Figure, LineItem } from '../../model/types';
import { EXPENDITURE_PARTS, FISCAL_INCOME, INCOME_SOURCES } from '../../tables/lines';
import { TableId } from '../../tables/catalog';
import { Comparison, compareEmitted } from '../compare';
import { CellSide, title } from '../labels';
import { Certainty, defineRule, Rule, RuleMeta } from '../types';

/**
 * Across a row: a total column equals the sum of its part columns (tables.md §4, "each row").
 * Checked on every class row and on the 合计 row.
 */
export interface RowSum {
  readonly total: string;
  readonly parts: readonly string[];
}

function lastSegment(path: string): string {
  const segs = path.split('/');
  return segs[segs.length - 1] || path;
}

/** Each comparison handed to `emit` as it is made: a long table's are never all held at once. */
function rowSumComparisons(rule: RuleMeta, id: TableId, table: CodedTable, sums: readonly RowSum[], emit: (c: Comparison) => void): void {
  const pathOf = (key: string) => table.columns.find((c) => c.key === key)?.path ?? key;
  // The 合计 row, then every class row (a class row's words are made only for a finding).
  const rows: { label: string | ClassRow; values: Readonly<Record<string, Figure>> }[] = [];
  if (table.total) rows.push({ label: '合计', values: (table.total as LineItem).values });
  for (const r of table.rows as ClassRow[]) rows.push({ label: r, values: r.values });
  for (const sum of sums) {
    const parts = sum.parts.filter((k) => table.columns.some((c) => c.key === k));
    if (parts.length === 0 || !table.columns.some((c) => c.key === sum.total)) continue;
    const partsWords = parts.map((k) => lastSegment(pathOf(k))).join('＋');
    const totalPath = pathOf(sum.total);
    const totalKey = propertyKey(sum.total);
    const partKeys = parts.map(propertyKey);
    for (const row of rows) {
      const stated = row.values[totalKey];
      if (!stated) continue;
      emit({
        rule,
        table: id,
        stated: new CellSide(id, row.label, totalPath, stated, table.unit),
        expected: { label: partsWords, plus: present(row.values, partKeys), unit: table.unit },
      });
    }
  }
}

/** The row's figures of these columns that it prints, in their order, in an array of that length. */
function present(values: Readonly<Record<string, Figure>>, keys: readonly (string | number)[]): Figure[] {
  let n = 0;
  for (let i = 0; i < keys.length; i++) if (values[keys[i]] !== undefined) n++;
  const out = new Array<Figure>(n);
  n = 0;
  for (let i = 0; i < keys.length; i++) {
    const f = values[keys[i]];
    if (f !== undefined) out[n++] = f;
  }
  return out;
}

function rowSumRule<I extends string>(
  ruleId: I,
  id: TableId,
  certainty: Certainty,
  identity: string,
  doc: string,
  sums: (table: CodedTable) => readonly RowSum[],
): Rule<I> {
  return defineRule({
    id: ruleId,
    title: `${title(id)}：各行合计与分项相加`,
    doc,
    identity,
    certainty,
    tables: [id],
    check: ({ model, observe }, rule): Finding[] => {
      const table = model.tables[id] as CodedTable | undefined;
      if (!table) return [];
      return compareEmitted((emit) => rowSumComparisons(rule, id, table, sums(table), emit), observe);
    },
  });
}

const BASIC_PROJECT: RowSum[] = [{ total: 'total', parts: ['basic', 'project'] }];
const FUND_EXPENDITURE: RowSum[] = [{ total: 'expenditure', parts: ['basic', 'project'] }];

/**
 * T05/T07 by 功能分类 rows: 合计 = Σ 经济分类 columns ("class:301" …); when the columns are grouped
 * under 基本支出/项目支出: 合计 = 基本 + 项目, 基本 = Σ "basic:3xx", 项目 = Σ "project:3xx".
 * Transposed (经济分类 rows with 合计 | 基本支出 | 项目支出): 合计 = 基本 + 项目.
 */
export function economicColumnSums(table: CodedTable): RowSum[] {
  const keys = table.columns.map((c) => c.key);
  const grouped = keys.filter((k) => economicColumnOf(k)?.group);
  if (grouped.length > 0 || (keys.includes('basic') && keys.includes('project'))) {
    const sums: RowSum[] = [{ total: 'total', parts: ['basic', 'project'] }];
    for (const g of ['basic', 'project'] as const) {
      const parts = keys.filter((k) => economicColumnOf(k)?.group === g);
      if (parts.length > 0) sums.push({ total: g, parts });
    }
    return sums;
  }
  return [{ total: 'total', parts: keys.filter((k) => economicColumnOf(k)?.group === null) }];
}

export const ROW_SUM_RULES = [
  rowSumRule(
    't02-row-sums',
    'T02',
    'certain',
    'T02 each row: 本年收入合计 = Σ 财政拨款收入…其他收入（六个来源列）',
    '收入决算表每一行（含合计行）的本年收入合计，应等于财政拨款收入、上级补助收入、事业收入、经营收入、附属单位上缴收入、其他收入之和。',
    () => [{ total: 'total', parts: [FISCAL_INCOME.key, ...INCOME_SOURCES] }],
  ),
  rowSumRule(
    't03-row-sums',
    'T03',
    'certain',
    'T03 each row: 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助',
    '支出决算表每一行（含合计行）的本年支出合计，应等于基本支出、项目支出、上缴上级支出、经营支出、对附属单位补助支出之和。',
    () => [{ total: 'total', parts: [...EXPENDITURE_PARTS] }],
  ),
  rowSumRule(
    't05-row-sums',
    'T05',
    'inferred',
    'T05 each row: 合计 = Σ 经济分类列（推断）',
    '财政拨款支出决算明细表每一行的合计，应等于各经济分类列之和（分基本支出、项目支出列示时，合计 = 基本支出 + 项目支出，且各自等于其下经济分类之和）。版式未经确认，按推断提示。',
    economicColumnSums,
  ),
  rowSumRule(
    't06-row-sums',
    'T06',
    'certain',
    'T06 each row: 合计 = 基本支出 + 项目支出',
    '一般公共预算财政拨款支出决算表每一行（含合计行）的合计，应等于基本支出与项目支出之和。',
    () => BASIC_PROJECT,
  ),
  rowSumRule(
    't07-row-sums',
    'T07',
    'inferred',
    'T07 each row: 合计 = Σ 经济分类列（推断）',
    '一般公共预算财政拨款支出决算明细表每一行的合计，应等于各经济分类列之和（分基本支出、项目支出列示时同 T05）。版式未经确认，按推断提示。',
    economicColumnSums,
  ),
  rowSumRule(
    't10-row-sums',
    'T10',
    'certain',
    'T10 each row: 本年支出小计 = 基本支出 + 项目支出',
    '政府性基金预算财政拨款收入支出决算表每一行（含合计行）的本年支出小计，应等于基本支出与项目支出之和。',
    () => FUND_EXPENDITURE,
  ),
  rowSumRule(
    't11-row-sums',
    'T11',
    'certain',
    'T11 each row: 本年支出小计 = 基本支出 + 项目支出',
    '国有资本经营预算财政拨款收入支出决算表每一行（含合计行）的本年支出小计，应等于基本支出与项目支出之和。',
    () => FUND_EXPENDITURE,
  ),
  rowSumRule(
    't12-row-sums',
    'T12',
    'certain',
    'T12 each row: 合计 = 基本支出 + 项目支出',
    '国有资本经营预算财政拨款支出决算表每一行（含合计行）的合计，应等于基本支出与项目支出之和。',
    () => BASIC_PROJECT,
  ),
] as const;
