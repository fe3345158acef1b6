import { CodedTable, Figure, TwoSidedTable } from '../../model/types';
import { lineItem, lineAmount, nonZero, t04CarryIn, t04CarryOut } from '../../model/query';
import { Fund, FUND, FundWithOwnTables, TOTAL_ROWS } from '../../tables/lines';
import { Comparison } from '../compare';
import { comparisonRule } from '../comparisonRule';
import { columnLabel } from '../labels';
import { pairCodedRows } from '../pairs';
import { RuleMeta } from '../types';
import { tableSide } from './side';

/** 政府性基金 and 国有资本经营 between T04, T10, T11 and T12 (tables.md §4, inferred). */

/** Every T04 figure of a fund: its income row, 年初/年末, and its right-side column. */
export function t04FundFigures(t04: TwoSidedTable, fund: Fund): Figure[] {
  const out: Figure[] = [];
  const add = (f: Figure | undefined) => f && out.push(f);
  add(lineAmount(t04.left, fund));
  add(t04CarryIn(t04, fund));
  add(t04CarryOut(t04, fund));
  for (const it of t04.right) add(it.values[fund]);
  return out;
}

/** The fund's column of T04 is printed and holds nothing but zeros. */
export function t04FundIsZero(t04: TwoSidedTable, fund: Fund): boolean {
  const figs = t04FundFigures(t04, fund);
  return figs.length > 0 && !figs.some(nonZero);
}

function fundTotals(rule: RuleMeta, fund: FundWithOwnTables, t04: TwoSidedTable, t: CodedTable): Comparison[] {
  if (t04FundIsZero(t04, fund)) return []; // the empty-fund rule speaks for this case
  const id = t.id;
  const col04 = columnLabel(t04.rightColumns, fund);
  const expRow = lineItem(t04.right, 'expenditureTotal');
  const lines: [string, Figure | undefined, string][] = [
    ['carryIn', t04CarryIn(t04, fund), `年初财政拨款结转和结余·${FUND[fund].name}`],
    ['income', lineAmount(t04.left, fund), lineItem(t04.left, fund)?.label || `${FUND[fund].name}收入`],
    ['expenditure', expRow?.values[fund], `${expRow?.label || TOTAL_ROWS.expenditureTotal.name}「${col04}」`],
    ['carryOut', t04CarryOut(t04, fund), `年末财政拨款结转和结余·${FUND[fund].name}`],
  ];
  const out: Comparison[] = [];
  for (const [key, fig04, words04] of lines) {
    const fig = t.total?.values[key];
    if (!fig || !fig04) continue;
    out.push({
      rule,
      table: id,
      stated: tableSide(id, t.unit, '合计', columnLabel(t.columns, key), fig),
      expected: tableSide('T04', t04.unit, words04, undefined, fig04),
    });
  }
  return out;
}

export const FUND_RULES = [
  comparisonRule({
    id: 't04-t10-gov-fund',
    title: '政府性基金预算财政拨款收入支出决算表与财政拨款收入支出决算总表一致',
    doc: '政府性基金预算财政拨款收入支出决算表合计行的年初结转和结余、本年收入、本年支出、年末结转和结余，应分别等于财政拨款收入支出决算总表中政府性基金预算财政拨款的对应数。总表该栏全部为零时由“空表”规则检查。此关系为推断。',
    identity: 'T04 政府性基金 column = T10 totals (年初, 本年收入, 本年支出, 年末)（推断）',
    certainty: 'inferred',
    tables: ['T10', 'T04'],
    totals: [{ table: 'T10' }],
    build: ({ T10, T04 }, rule) => fundTotals(rule, 'govFund', T04, T10),
  }),
  comparisonRule({
    id: 't04-t11-soe-capital',
    title: '国有资本经营预算财政拨款收入支出决算表与财政拨款收入支出决算总表一致',
    doc: '国有资本经营预算财政拨款收入支出决算表合计行的年初结转和结余、本年收入、本年支出、年末结转和结余，应分别等于财政拨款收入支出决算总表中国有资本经营预算财政拨款的对应数。总表该栏全部为零时由“空表”规则检查。此关系为推断。',
    identity: 'T04 国有资本 column = T11 totals（推断）',
    certainty: 'inferred',
    tables: ['T11', 'T04'],
    totals: [{ table: 'T11' }],
    build: ({ T11, T04 }, rule) => fundTotals(rule, 'soeCapital', T04, T11),
  }),
  comparisonRule({
    id: 't11-t12-rows',
    title: '国有资本经营预算财政拨款支出决算表与收入支出决算表逐行一致',
    doc: '国有资本经营预算财政拨款支出决算表每一行（含合计行）的合计、基本支出、项目支出，应等于国有资本经营预算财政拨款收入支出决算表同一科目的本年支出小计、基本支出、项目支出。此关系为推断。',
    identity: 'T11 本年支出 = T12 row by row; T11 totals = T12 合计（推断）',
    certainty: 'inferred',
    tables: ['T12', 'T11'],
    totals: [{ table: 'T12' }, { table: 'T11' }],
    partialWithoutTotals: true,
    build: ({ T12, T11 }, rule) => {
      const out: Comparison[] = [];
      const keys: [string, string][] = [
        ['total', 'expenditure'],
        ['basic', 'basic'],
        ['project', 'project'],
      ];
      for (const p of pairCodedRows(T12, T11)) {
        for (const [k12, k11] of keys) {
          const a = p.a?.[k12];
          const b = p.b?.[k11];
          if (!a && !b) continue;
          if (!T12.columns.some((c) => c.key === k12) || !T11.columns.some((c) => c.key === k11)) continue;
          out.push({
            rule,
            table: 'T12',
            stated: tableSide('T12', T12.unit, p.label, columnLabel(T12.columns, k12), a),
            expected: tableSide('T11', T11.unit, p.label, columnLabel(T11.columns, k11), b),
          });
        }
      }
      return out;
    },
  }),
] as const;
