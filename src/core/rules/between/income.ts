import { CodedTable, Figure, TwoSidedTable } from '../../model/types';
import { lineItem, lineAmount } from '../../model/query';
import { FUNDS, TOTAL_ROWS } from '../../tables/lines';
import { Fund, INCOME, INCOME_SOURCES } from '../../tables/lines';
import { Comparison } from '../compare';
import { comparisonRule } from '../comparisonRule';
import { cellLabel, columnLabel } from '../labels';
import { RuleMeta } from '../types';
import { present } from './side';

/** Income between T02, T01 and T04 (tables.md §4, between tables). */

function t02Total(t02: CodedTable, key: string): { label: string; fig: Figure } | undefined {
  const fig = t02.total?.values[key];
  return fig ? { label: cellLabel('T02', '合计', columnLabel(t02.columns, key)), fig } : undefined;
}

function lineLabel(table: 'T01' | 'T04', t: TwoSidedTable, key: string, fallback: string): string {
  return cellLabel(table, lineItem(t.left, key)?.label || fallback);
}

function t02VsLine(rule: RuleMeta, t02: CodedTable, col: string, table: 'T01' | 'T04', t: TwoSidedTable, key: string, fallback: string): Comparison | undefined {
  const stated = t02Total(t02, col);
  const other = lineAmount(t.left, key);
  if (!stated || !other) return undefined;
  return { rule, table: 'T02', stated: { label: stated.label, plus: [stated.fig] }, expected: { label: lineLabel(table, t, key, fallback), plus: [other] } };
}


export const INCOME_RULES = [
  comparisonRule({
    id: 't02-t01-income-total',
    title: '收入决算表合计与收入支出决算总表本年收入合计一致',
    doc: '收入决算表合计行的本年收入合计，应等于收入支出决算总表的本年收入合计。',
    identity: 'T02 合计/本年收入合计 = T01 本年收入合计',
    certainty: 'certain',
    tables: ['T02', 'T01'],
    totals: [{ table: 'T02' }, { table: 'T01', rows: ['incomeTotal'] }],
    build: ({ T02, T01 }, rule) => [t02VsLine(rule, T02, 'total', 'T01', T01, 'incomeTotal', TOTAL_ROWS.incomeTotal.name)],
  }),
  comparisonRule({
    id: 't02-t01-fiscal',
    title: '收入决算表财政拨款收入与收入支出决算总表三项财政拨款收入一致',
    doc: '收入决算表合计行的财政拨款收入，应等于收入支出决算总表一般公共预算、政府性基金预算、国有资本经营预算三项财政拨款收入之和。',
    identity: 'T02 合计/财政拨款收入 = T01 (一+二+三)',
    certainty: 'certain',
    tables: ['T02', 'T01'],
    totals: [{ table: 'T02' }],
    build: ({ T02, T01 }, rule) => {
      const stated = t02Total(T02, 'fiscal');
      // Before 2019 the three funds are one 财政拨款收入 line.
      const parts = present(['fiscal', ...FUNDS].map((k) => lineAmount(T01.left, k)));
      if (!stated || parts.length === 0) return [];
      return [
        {
          rule,
          table: 'T02',
          stated: { label: stated.label, plus: [stated.fig] },
          expected: { label: '收入支出决算总表 一、二、三项财政拨款收入之和', plus: parts },
        },
      ];
    },
  }),
  comparisonRule({
    id: 't02-t01-sources',
    title: '收入决算表各项收入与收入支出决算总表一致',
    doc: '收入决算表合计行的上级补助收入、事业收入、经营收入、附属单位上缴收入、其他收入，应分别等于收入支出决算总表的同名收入。',
    identity: 'T02 合计/其他收入 = T01 八、其他收入（上级补助, 事业, 经营, 附属单位上缴 同）',
    certainty: 'certain',
    tables: ['T02', 'T01'],
    totals: [{ table: 'T02' }],
    build: ({ T02, T01 }, rule) => INCOME_SOURCES.map((key) => t02VsLine(rule, T02, key, 'T01', T01, key, INCOME[key].name)),
  }),
  comparisonRule({
    id: 't02-t04-fiscal',
    title: '收入决算表财政拨款收入与财政拨款收入支出决算总表本年收入合计一致',
    doc: '收入决算表合计行的财政拨款收入，应等于财政拨款收入支出决算总表的本年收入合计。',
    identity: 'T02 合计/财政拨款收入 = T04 本年收入合计',
    certainty: 'certain',
    tables: ['T02', 'T04'],
    totals: [{ table: 'T02' }, { table: 'T04', rows: ['incomeTotal'] }],
    build: ({ T02, T04 }, rule) => [t02VsLine(rule, T02, 'fiscal', 'T04', T04, 'incomeTotal', TOTAL_ROWS.incomeTotal.name)],
  }),
  comparisonRule({
    id: 't01-t04-general-budget',
    title: '两张总表的一般公共预算财政拨款收入一致',
    doc: '收入支出决算总表的一般公共预算财政拨款收入，应等于财政拨款收入支出决算总表的一般公共预算财政拨款收入。',
    identity: 'T01 一 = T04 一',
    certainty: 'certain',
    tables: ['T01', 'T04'],
    build: ({ T01, T04 }, rule) => [lineVsLine(rule, T01, T04, 'generalBudget')],
  }),
  comparisonRule({
    id: 't01-t04-funds',
    title: '两张总表的政府性基金、国有资本经营预算财政拨款收入一致',
    doc: '收入支出决算总表的政府性基金预算、国有资本经营预算财政拨款收入，应分别等于财政拨款收入支出决算总表的对应收入。此关系为推断。',
    identity: 'T01 二/三 = T04 二/三（推断）',
    certainty: 'inferred',
    tables: ['T01', 'T04'],
    build: ({ T01, T04 }, rule) => [
      lineVsLine(rule, T01, T04, 'govFund'),
      lineVsLine(rule, T01, T04, 'soeCapital'),
    ],
  }),
] as const;

function lineVsLine(rule: RuleMeta, t01: TwoSidedTable, t04: TwoSidedTable, key: Fund): Comparison | undefined {
  const words = INCOME[key].name;
  const a = lineAmount(t01.left, key);
  const b = lineAmount(t04.left, key);
  if (!a || !b) return undefined;
  return {
    rule,
    table: 'T01',
    stated: { label: lineLabel('T01', t01, key, words), plus: [a] },
    expected: { label: lineLabel('T04', t04, key, words), plus: [b] },
  };
}
