import { comparisonRule } from '../comparisonRule';
import type { TotalRow } from '../totalRows';
import { Figure, TwoSidedTable } from '../../model/types';
import { amountOf, classItems, lineItem, lineAmount, t04CarryIn, t04CarryOut, t04CarryOutTotal } from '../../model/query';
import { FUND, FUNDS, TOTAL_ROWS } from '../../tables/lines';
import { Comparison, Side } from '../compare';
import { cellLabel, columnLabel } from '../labels';
import { Certainty, Rule, RuleMeta } from '../types';

/** T04 财政拨款收入支出决算总表, within the table (tables.md §4). */

function figs(list: (Figure | undefined)[]): Figure[] {
  return list.filter((f): f is Figure => f !== undefined);
}

/** Right-side value of a row in a column; "total" falls back to the row's single amount. */
export function rightValue(t: TwoSidedTable, key: string, col: string): Figure | undefined {
  const it = lineItem(t.right, key);
  if (!it) return undefined;
  return it.values[col] ?? (col === 'total' ? amountOf(it.values) : undefined);
}

function rightLabel(t: TwoSidedTable, key: string, col: string, fallback: string): string {
  const it = lineItem(t.right, key);
  return cellLabel('T04', it?.label || fallback, columnLabel(t.rightColumns, col));
}

function leftSide(t: TwoSidedTable, key: string, fallback: string): Side | undefined {
  const f = lineAmount(t.left, key);
  return f ? { label: cellLabel('T04', lineItem(t.left, key)?.label || fallback), plus: [f] } : undefined;
}

function t04Rule<I extends string>(
  id: I,
  titleText: string,
  identity: string,
  doc: string,
  certainty: Certainty,
  build: (t: TwoSidedTable, rule: RuleMeta) => (Comparison | undefined)[],
  needs: readonly TotalRow[] = [],
): Rule<I> {
  // The single-table case of the shared comparison rule; a missing total row is named, not passed over.
  return comparisonRule({
    id, title: titleText, doc, identity, certainty: certainty, tables: ['T04'],
    totals: needs.length > 0 ? [{ table: 'T04', rows: needs }] : [],
    build: (tables, rule) => build(tables.T04, rule),
  });
}

const INCOME_TOTAL: TotalRow = 'incomeTotal';
const EXPENDITURE_TOTAL: TotalRow = 'expenditureTotal';
const INCOME_GRAND: TotalRow = 'incomeGrandTotal';
const EXPENDITURE_GRAND: TotalRow = 'expenditureGrandTotal';

function eq(rule: RuleMeta, stated: Side | undefined, expected: Side | undefined): Comparison | undefined {
  return stated && expected && stated.plus.length > 0 ? { rule, table: 'T04', stated, expected } : undefined;
}

const COLUMNS = ['total', ...FUNDS];

export const T04_RULES = [
  t04Rule(
    't04-income-total',
    '财政拨款收入支出决算总表：本年收入合计等于三项财政拨款之和',
    'T04: 本年收入合计 = 一 + 二 + 三',
    '财政拨款收入支出决算总表左侧的本年收入合计，应等于一般公共预算、政府性基金预算、国有资本经营预算三项财政拨款收入之和。',
    'certain',
    (t, rule) => [
      eq(rule, leftSide(t, 'incomeTotal', TOTAL_ROWS.incomeTotal.name), {
        label: '一、二、三项财政拨款之和',
        plus: figs(FUNDS.map((k) => lineAmount(t.left, k))),
        unit: t.unit,
      }),
    ],
    [INCOME_TOTAL],
  ),
  t04Rule(
    't04-expenditure-total',
    '财政拨款收入支出决算总表：本年支出合计等于各类支出之和',
    'T04: 本年支出合计 = Σ 类 rows（每个金额列）',
    '财政拨款收入支出决算总表右侧每个金额列（合计及三项财政拨款）的本年支出合计，应等于各功能分类类级支出之和。',
    'certain',
    (t, rule) =>
      COLUMNS.map((col) => {
        const stated = rightValue(t, 'expenditureTotal', col);
        if (!stated) return undefined;
        return eq(
          rule,
          { label: rightLabel(t, 'expenditureTotal', col, TOTAL_ROWS.expenditureTotal.name), plus: [stated] },
          { label: '各类支出之和', plus: figs(classItems(t.right).map((i) => rightValue(t, i.key, col))), unit: t.unit },
        );
      }),
    [EXPENDITURE_TOTAL],
  ),
  t04Rule(
    't04-row-funds',
    '财政拨款收入支出决算总表：各行合计等于三项财政拨款之和',
    'T04: each expenditure row 合计 = the three fund columns',
    '财政拨款收入支出决算总表右侧每一行的合计列，应等于一般公共预算、政府性基金预算、国有资本经营预算三列之和。',
    'certain',
    (t, rule) => {
      // With 年末 fund sub-rows the carry-over rows print one figure (in 合计), not a fund split.
      const subRows = FUNDS.some((f) => lineItem(t.right, `carryOut:${f}`));
      return t.right.map((it) => {
        if (subRows && (it.key === 'carryOut' || it.key.startsWith('carryOut:'))) return undefined;
        const total = it.values.total;
        const parts = figs(FUNDS.map((k) => it.values[k]));
        if (!total || parts.length === 0) return undefined;
        return eq(
          rule,
          { label: cellLabel('T04', it.label, columnLabel(t.rightColumns, 'total')), plus: [total] },
          { label: '三项财政拨款之和', plus: parts, unit: t.unit },
        );
      });
    },
  ),
  t04Rule(
    't04-carry-sub-rows',
    '财政拨款收入支出决算总表：年初（年末）结转和结余等于其三个子项之和',
    'T04: 年初结转 = its three sub-rows（年末分行列示时同）',
    '财政拨款收入支出决算总表的年初财政拨款结转和结余，应等于其下一般公共预算、政府性基金预算、国有资本经营预算三个子项之和；年末结转和结余分行列示时同样适用。',
    'certain',
    (t, rule) => {
      const out: (Comparison | undefined)[] = [];
      const carryInSubs = figs(FUNDS.map((k) => lineAmount(t.left, `carryIn:${k}`)));
      if (carryInSubs.length > 0) {
        out.push(eq(rule, leftSide(t, 'carryIn', '年初财政拨款结转和结余'), { label: '其下三个子项之和', plus: carryInSubs }));
      }
      const carryOutSubs = figs(FUNDS.map((k) => (lineItem(t.right, `carryOut:${k}`) ? t04CarryOut(t, k) : undefined)));
      const carryOutTotal = t04CarryOutTotal(t);
      if (carryOutSubs.length > 0 && carryOutTotal) {
        out.push(
          eq(
            rule,
            { label: cellLabel('T04', lineItem(t.right, 'carryOut')?.label || '年末财政拨款结转和结余'), plus: [carryOutTotal] },
            { label: '其下三个子项之和', plus: carryOutSubs },
          ),
        );
      }
      return out;
    },
  ),
  t04Rule(
    't04-income-grand-total',
    '财政拨款收入支出决算总表：收入总计',
    'T04: 收入总计 = 本年收入合计 + 年初结转',
    '财政拨款收入支出决算总表左侧的总计，应等于本年收入合计与年初财政拨款结转和结余之和。',
    'certain',
    (t, rule) => [
      eq(rule, leftSide(t, 'grandTotal', '总计'), {
        label: '本年收入合计＋年初财政拨款结转和结余',
        plus: figs([lineAmount(t.left, 'incomeTotal'), lineAmount(t.left, 'carryIn')]),
        unit: t.unit,
      }),
    ],
    [INCOME_GRAND, INCOME_TOTAL],
  ),
  t04Rule(
    't04-expenditure-grand-total',
    '财政拨款收入支出决算总表：支出总计',
    'T04: 支出总计 = 本年支出合计 + 年末结转',
    '财政拨款收入支出决算总表右侧的总计（各列），应等于本年支出合计与年末财政拨款结转和结余之和。',
    'certain',
    (t, rule) =>
      COLUMNS.map((col) => {
        const stated = rightValue(t, 'grandTotal', col);
        if (!stated) return undefined;
        const carryOut = col === 'total' ? t04CarryOutTotal(t) : t04CarryOut(t, col as (typeof FUNDS)[number]);
        return eq(
          rule,
          { label: rightLabel(t, 'grandTotal', col, '总计'), plus: [stated] },
          { label: '本年支出合计＋年末财政拨款结转和结余', plus: figs([rightValue(t, 'expenditureTotal', col), carryOut]), unit: t.unit },
        );
      }),
    [EXPENDITURE_GRAND, EXPENDITURE_TOTAL],
  ),
  t04Rule(
    't04-grand-totals',
    '财政拨款收入支出决算总表：收入总计等于支出总计',
    'T04: 收入总计 = 支出总计',
    '财政拨款收入支出决算总表左右两侧的总计应相等。',
    'certain',
    (t, rule) => {
      const left = leftSide(t, 'grandTotal', '总计');
      const right = rightValue(t, 'grandTotal', 'total');
      return [
        eq(rule, left && { ...left, label: `${left.label}（收入）` }, right && { label: `${lineItem(t.right, 'grandTotal')?.label || '总计'}（支出）`, plus: [right] }),
      ];
    },
    [INCOME_GRAND, EXPENDITURE_GRAND],
  ),
  t04Rule(
    't04-fund-balance',
    '财政拨款收入支出决算总表：各项财政拨款年初＋本年收入＝本年支出＋年末',
    'T04 per fund column: 年初 + 本年收入 = 本年支出 + 年末（推断）',
    '财政拨款收入支出决算总表中，每一项财政拨款（一般公共预算、政府性基金预算、国有资本经营预算）的年初结转和结余加本年收入，应等于本年支出加年末结转和结余。此关系为推断，不相符时提示核对。',
    'inferred',
    (t, rule) =>
      FUNDS.map((fund) => {
        const carryIn = t04CarryIn(t, fund);
        const income = lineAmount(t.left, fund);
        const spent = rightValue(t, 'expenditureTotal', fund);
        const carryOut = t04CarryOut(t, fund);
        if (!carryIn || !income || !spent || !carryOut) return undefined;
        return eq(
          rule,
          { label: `财政拨款收入支出决算总表 ${FUND[fund].name}年初结转和结余＋本年收入`, plus: [carryIn, income] },
          { label: '本年支出＋年末结转和结余', plus: [spent, carryOut] },
        );
      }),
  ),
] as const;
