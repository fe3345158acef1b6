import { CodedTable, TwoSidedTable } from '../../model/types';
import { amountOf, classItems, lineAmount, lineItem, totalOrAmount } from '../../model/query';
import { Comparison } from '../compare';
import { comparisonRule } from '../comparisonRule';
import { cellLabel, columnLabel } from '../labels';
import { Keyed, keyedRows, pairByKey } from '../pairs';
import { RuleMeta } from '../types';
import { tableSide } from './side';
import { TOTAL_ROWS } from '../../tables/lines';

/** Expenditure between T03, T01, T05 and T04 (tables.md §4, between tables). */

/** The 类 rows of a two-sided table's expenditure side, keyed by code. */
export function classLines(t: TwoSidedTable): Keyed[] {
  return classItems(t.right).map((i) => {
    // "一、一般公共服务支出" → "201 一般公共服务支出", as the coded tables name it.
    const name = i.label.replace(/^[一二三四五六七八九十]+、/, '');
    return { key: i.key, label: name.includes(i.key) ? name : `${i.key} ${name}`, values: i.values };
  });
}

function t03VsT01Classes(rule: RuleMeta, t03: CodedTable, t01: TwoSidedTable): Comparison[] {
  const col = columnLabel(t03.columns, 'total');
  return pairByKey(keyedRows(t03.rows, (r) => r.level === 1), classLines(t01)).map((p) => ({
    rule,
    table: 'T03',
    stated: tableSide('T03', t03.unit, p.label, col, p.a?.total),
    expected: tableSide('T01', t01.unit, p.label, undefined, amountOf(p.b)),
  }));
}

export const EXPENDITURE_RULES = [
  comparisonRule({
    id: 't03-t01-expenditure-total',
    title: '支出决算表合计与收入支出决算总表本年支出合计一致',
    doc: '支出决算表合计行的本年支出合计，应等于收入支出决算总表的本年支出合计。',
    identity: 'T03 合计/本年支出合计 = T01 本年支出合计',
    certainty: 'certain',
    tables: ['T03', 'T01'],
    totals: [{ table: 'T03' }, { table: 'T01', rows: ['expenditureTotal'] }],
    build: ({ T03, T01 }, rule) => {
      const stated = T03.total?.values.total;
      const other = lineAmount(T01.right, 'expenditureTotal');
      if (!stated || !other) return [];
      return [
        {
          rule,
          table: 'T03',
          stated: { label: cellLabel('T03', '合计', columnLabel(T03.columns, 'total')), plus: [stated] },
          expected: { label: cellLabel('T01', lineItem(T01.right, 'expenditureTotal')?.label || TOTAL_ROWS.expenditureTotal.name), plus: [other] },
        },
      ];
    },
  }),
  comparisonRule({
    id: 't03-t01-classes',
    title: '支出决算表各类支出与收入支出决算总表一致',
    doc: '支出决算表每个功能分类类级科目的本年支出合计，应等于收入支出决算总表同一类的支出。同一类在两表中因四舍五入相差 0.01 万元时作为尾差提示。',
    identity: 'each T03 类 = the same 类 on T01',
    certainty: 'certain',
    tables: ['T03', 'T01'],
    build: ({ T03, T01 }, rule) => t03VsT01Classes(rule, T03, T01),
  }),
  comparisonRule({
    id: 't05-t04-total',
    title: '财政拨款支出决算明细表合计与财政拨款收入支出决算总表本年支出合计一致',
    doc: '财政拨款支出决算明细表的合计，应等于财政拨款收入支出决算总表的本年支出合计。此关系为推断。',
    identity: 'T05 合计 = T04 本年支出合计（推断）',
    certainty: 'inferred',
    tables: ['T05', 'T04'],
    totals: [{ table: 'T05' }, { table: 'T04', rows: ['expenditureTotal'] }],
    build: ({ T05, T04 }, rule) => {
      const stated = T05.total?.values.total;
      const expRow = lineItem(T04.right, 'expenditureTotal');
      const other = totalOrAmount(expRow);
      if (!stated || !other) return [];
      return [
        {
          rule,
          table: 'T05',
          stated: { label: cellLabel('T05', '合计', columnLabel(T05.columns, 'total')), plus: [stated] },
          expected: { label: cellLabel('T04', expRow?.label || TOTAL_ROWS.expenditureTotal.name, columnLabel(T04.rightColumns, 'total')), plus: [other] },
        },
      ];
    },
  }),
] as const;
