import { comparisonRule } from '../comparisonRule';
import type { TotalRow } from '../totalRows';
import { Figure, LineItem, TwoSidedTable } from '../../model/types';
import { classItems, lineItem, lineAmount } from '../../model/query';
import { FISCAL_INCOME, INCOME_LINES, TOTAL_ROWS } from '../../tables/lines';
import { Comparison, Side } from '../compare';
import { cellLabel } from '../labels';
import { Rule, RuleMeta } from '../types';

/** T01 收入支出决算总表, within the table (tables.md §4, certain). */

/** 'fiscal': the single 一、财政拨款收入 line of templates before 2019, in place of the three funds. */
const INCOME_SOURCES = [FISCAL_INCOME.key, ...INCOME_LINES];

function present(items: readonly LineItem[], keys: readonly string[]): Figure[] {
  return keys.map((k) => lineAmount(items, k)).filter((f): f is Figure => f !== undefined);
}

/** One printed row as the stated side, labelled as printed. */
export function lineSide(t: TwoSidedTable, items: readonly LineItem[], key: string, fallback: string): Side | undefined {
  const it = lineItem(items, key);
  const fig = lineAmount(items, key);
  if (!it || !fig) return undefined;
  return { label: cellLabel(t.id, it.label || fallback), plus: [fig] };
}


const INCOME_TOTAL: TotalRow = 'incomeTotal';
const EXPENDITURE_TOTAL: TotalRow = 'expenditureTotal';
const INCOME_GRAND: TotalRow = 'incomeGrandTotal';
const EXPENDITURE_GRAND: TotalRow = 'expenditureGrandTotal';

function t01Rule<I extends string>(
  id: I,
  titleText: string,
  identity: string,
  doc: string,
  needs: readonly TotalRow[],
  build: (t: TwoSidedTable, rule: RuleMeta) => (Comparison | undefined)[],
): Rule<I> {
  // The single-table case of the shared comparison rule; a missing total row is named, not passed over.
  return comparisonRule({
    id, title: titleText, doc, identity, certainty: 'certain', tables: ['T01'],
    totals: needs.length > 0 ? [{ table: 'T01', rows: needs }] : [],
    build: (tables, rule) => build(tables.T01, rule),
  });
}

function eq(rule: RuleMeta, stated: Side | undefined, expected: Side | undefined): Comparison | undefined {
  return stated && expected ? { rule, table: 'T01', stated, expected } : undefined;
}

export const T01_RULES = [
  t01Rule(
    't01-income-total',
    '收入支出决算总表：本年收入合计等于各项收入之和',
    'T01: 本年收入合计 = Σ 一…八',
    '收入支出决算总表左侧的本年收入合计，应等于一般公共预算财政拨款收入至其他收入（一至八项）之和。',
    [INCOME_TOTAL],
    (t, rule) => [
      eq(rule, lineSide(t, t.left, 'incomeTotal', TOTAL_ROWS.incomeTotal.name), {
        label: '一至八项收入之和',
        plus: present(t.left, INCOME_SOURCES),
        unit: t.unit,
      }),
    ],
  ),
  t01Rule(
    't01-expenditure-total',
    '收入支出决算总表：本年支出合计等于各类支出之和',
    'T01: 本年支出合计 = Σ 类 rows',
    '收入支出决算总表右侧的本年支出合计，应等于各功能分类类级支出之和。',
    [EXPENDITURE_TOTAL],
    (t, rule) => [
      eq(rule, lineSide(t, t.right, 'expenditureTotal', TOTAL_ROWS.expenditureTotal.name), {
        label: '各类支出之和',
        plus: present(t.right, classItems(t.right).map((i) => i.key)),
        unit: t.unit,
      }),
    ],
  ),
  t01Rule(
    't01-income-grand-total',
    '收入支出决算总表：收入总计',
    'T01: 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余',
    '收入支出决算总表左侧的总计，应等于本年收入合计、使用非财政拨款结余与年初结转和结余之和。',
    [INCOME_GRAND, INCOME_TOTAL],
    (t, rule) => [
      eq(rule, lineSide(t, t.left, 'grandTotal', '总计'), {
        label: '本年收入合计＋使用非财政拨款结余＋年初结转和结余',
        plus: present(t.left, ['incomeTotal', 'useNonFiscalBalance', 'carryIn']),
        unit: t.unit,
      }),
    ],
  ),
  t01Rule(
    't01-expenditure-grand-total',
    '收入支出决算总表：支出总计',
    'T01: 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余',
    '收入支出决算总表右侧的总计，应等于本年支出合计、结余分配与年末结转和结余之和。',
    [EXPENDITURE_GRAND, EXPENDITURE_TOTAL],
    (t, rule) => [
      eq(rule, lineSide(t, t.right, 'grandTotal', '总计'), {
        label: '本年支出合计＋结余分配＋年末结转和结余',
        plus: present(t.right, ['expenditureTotal', 'surplusDistribution', 'carryOut']),
        unit: t.unit,
      }),
    ],
  ),
  t01Rule(
    't01-grand-totals',
    '收入支出决算总表：收入总计等于支出总计',
    'T01: 收入总计 = 支出总计',
    '收入支出决算总表左右两侧的总计应相等。',
    [INCOME_GRAND, EXPENDITURE_GRAND],
    (t, rule) => {
      const left = lineSide(t, t.left, 'grandTotal', '总计');
      const right = lineSide(t, t.right, 'grandTotal', '总计');
      return [
        eq(
          rule,
          left && { ...left, label: `${left.label}（收入）` },
          right && { ...right, label: `${right.label.replace(/^\S+ /, '')}（支出）` },
        ),
      ];
    },
  ),
] as const;
