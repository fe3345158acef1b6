import { economicName } from '../../classification/economic';
import { economicColumnKey, economicColumnOf } from '../../model/columnKeys';
import { BasicExpenditureTable, CodedTable, Figure } from '../../model/types';
import { amountOf, classTree, lineItem, t08Basic, totalFigure } from '../../model/query';
import { Comparison } from '../compare';
import { comparisonRule } from '../comparisonRule';
import { cellLabel, columnLabel } from '../labels';
import { keyedRows, pairByKey, pairCodedRows } from '../pairs';
import { RuleMeta } from '../types';
import { classLines } from './expenditure';
import { tableSide } from './side';
import { TOTAL_ROWS } from '../../tables/lines';

/** 一般公共预算 expenditure between T04, T06, T03, T07, T08 and T09 (tables.md §4). */

/** Figures of each printed top 经济分类 code, grouped by 类 (a table printing only 款 rows still counts). */
export function economicByClass(rows: CodedTable['rows'] | BasicExpenditureTable['rows']): Map<string, Figure[]> {
  const out = new Map<string, Figure[]>();
  for (const r of classTree(rows).roots) {
    if (!/^3\d\d/.test(r.code)) continue;
    const f = amountOf(r.values);
    if (!f) continue;
    const c = r.code.slice(0, 3);
    out.set(c, [...(out.get(c) ?? []), f]);
  }
  return out;
}

function t07VsT08T09(rule: RuleMeta, t07: CodedTable, t08: BasicExpenditureTable, t09: CodedTable | undefined): Comparison[] {
  const basic = economicByClass(t08.rows);
  const project = t09 && t09.classification === 'economic' ? economicByClass(t09.rows) : undefined;
  const out: Comparison[] = [];
  const codes = new Set<string>([...basic.keys(), ...(project?.keys() ?? [])]);
  const keys = t07.columns.map((c) => c.key);
  const rowByCode = new Map(t07.rows.map((r) => [r.code, r] as const));
  for (const k of keys) {
    const column = economicColumnOf(k);
    if (column) codes.add(column.code);
  }
  if (t07.classification === 'economic') for (const r of t07.rows) if (r.level === 1) codes.add(r.code);
  const named = (c: string) => `${c} ${economicName(c) ?? ''}`.trim();
  const t08Side = (c: string) => ({ label: cellLabel('T08', named(c)), plus: basic.get(c) ?? [], unit: t08.unit });
  const t09Side = (c: string) => ({ label: cellLabel('T09', named(c)), plus: project?.get(c) ?? [], unit: t09?.unit });
  for (const c of [...codes].sort()) {
    // Where T07 prints the 类: a column of its 合计 row, or a row when transposed.
    let values: Readonly<Record<string, Figure>> | undefined;
    let rowLabel = '合计';
    let basicKey = economicColumnKey(c, 'basic');
    let projectKey = economicColumnKey(c, 'project');
    let totalKey = economicColumnKey(c);
    if (t07.classification === 'economic') {
      const row = rowByCode.get(c);
      values = row?.values;
      rowLabel = row ? `${row.code} ${row.name}` : c;
      basicKey = 'basic';
      projectKey = 'project';
      totalKey = 'total';
    } else {
      values = t07.total?.values;
    }
    if (!values) continue;
    const col = (k: string) => columnLabel(t07.columns, k);
    if (values[basicKey] || values[projectKey]) {
      if (values[basicKey]) {
        out.push({ rule, table: 'T07', stated: tableSide('T07', t07.unit, rowLabel, col(basicKey), values[basicKey]), expected: t08Side(c) });
      }
      if (values[projectKey] && project) {
        out.push({ rule, table: 'T07', stated: tableSide('T07', t07.unit, rowLabel, col(projectKey), values[projectKey]), expected: t09Side(c) });
      }
    } else if (values[totalKey] && project) {
      out.push({
        rule,
        table: 'T07',
        stated: tableSide('T07', t07.unit, rowLabel, col(totalKey), values[totalKey]),
        expected: { label: `基本支出决算表与项目支出决算表 ${named(c)} 之和`, plus: [...(basic.get(c) ?? []), ...(project.get(c) ?? [])], unit: t08.unit },
      });
    }
  }
  return out;
}

export const GENERAL_BUDGET_RULES = [
  comparisonRule({
    id: 't04-t06-general-budget',
    title: '财政拨款收入支出决算总表一般公共预算列与一般公共预算财政拨款支出决算表一致',
    doc: '财政拨款收入支出决算总表“一般公共预算财政拨款”列的本年支出合计和每个类，应分别等于一般公共预算财政拨款支出决算表的合计和同一类。',
    identity: 'T04 一般公共预算 column (本年支出合计 and each 类) = T06 合计 and 类',
    certainty: 'certain',
    tables: ['T04', 'T06'],
    totals: [{ table: 'T04', rows: ['expenditureTotal'] }, { table: 'T06' }],
    partialWithoutTotals: true,
    build: ({ T04, T06 }, rule) => {
      const out: Comparison[] = [];
      const col04 = columnLabel(T04.rightColumns, 'generalBudget');
      const col06 = columnLabel(T06.columns, 'total');
      const expTotal = lineItem(T04.right, 'expenditureTotal');
      if (expTotal?.values.generalBudget && T06.total?.values.total) {
        out.push({
          rule,
          table: 'T04',
          stated: tableSide('T04', T04.unit, expTotal.label || TOTAL_ROWS.expenditureTotal.name, col04, expTotal.values.generalBudget),
          expected: tableSide('T06', T06.unit, '合计', col06, T06.total.values.total),
        });
      }
      for (const p of pairByKey(classLines(T04), keyedRows(T06.rows, (r) => r.level === 1))) {
        out.push({
          rule,
          table: 'T04',
          stated: tableSide('T04', T04.unit, p.label, col04, p.a?.generalBudget),
          expected: tableSide('T06', T06.unit, p.label, col06, p.b?.total),
        });
      }
      return out;
    },
  }),
  comparisonRule({
    id: 't06-t08-basic',
    title: '一般公共预算财政拨款基本支出与基本支出决算表一致',
    doc: '一般公共预算财政拨款支出决算表合计行的基本支出，应等于一般公共预算财政拨款基本支出决算表的人员经费合计与公用经费合计之和。',
    identity: 'T06 合计/基本支出 = T08 人员经费合计 + 公用经费合计',
    certainty: 'certain',
    tables: ['T06', 'T08'],
    totals: [{ table: 'T06' }],
    build: ({ T06, T08 }, rule) => {
      const stated = totalFigure(T06, 'basic');
      const parts = t08Basic(T08)?.figures ?? [];
      if (!stated || parts.length === 0) return [];
      return [
        {
          rule,
          table: 'T06',
          stated: tableSide('T06', T06.unit, '合计', columnLabel(T06.columns, 'basic'), stated),
          expected: { label: `${cellLabel('T08', '人员经费合计＋公用经费合计')}`, plus: parts },
        },
      ];
    },
  }),
  comparisonRule({
    id: 't06-t03-rows',
    title: '一般公共预算财政拨款支出不超过支出决算表同一科目',
    doc: '一般公共预算财政拨款支出决算表每一行（含合计行）的基本支出、项目支出，不应超过支出决算表同一科目的基本支出、项目支出（后者还包括其他资金）。此关系为推断。',
    identity: 'each T06 row ≤ the same row of T03 (基本, 项目)（推断，不等式）',
    certainty: 'inferred',
    tables: ['T06', 'T03'],
    totals: [{ table: 'T06' }, { table: 'T03' }],
    partialWithoutTotals: true,
    build: ({ T06, T03 }, rule) => {
      const out: Comparison[] = [];
      const columns = ['basic', 'project'].map((key) => ({ key, t06: columnLabel(T06.columns, key), t03: columnLabel(T03.columns, key) }));
      for (const p of pairCodedRows(T06, T03)) {
        if (!p.a) continue;
        for (const { key, t06, t03 } of columns) {
          const a = p.a[key];
          if (!a) continue;
          out.push({
            rule,
            table: 'T06',
            relation: 'le',
            stated: tableSide('T06', T06.unit, p.label, t06, a),
            expected: tableSide('T03', T03.unit, p.label, t03, p.b?.[key]),
          });
        }
      }
      return out;
    },
  }),
  comparisonRule({
    id: 't07-t06-rows',
    title: '一般公共预算财政拨款支出决算明细表与支出决算表逐行一致',
    doc: '一般公共预算财政拨款支出决算明细表每一行（含合计行）的合计，应等于一般公共预算财政拨款支出决算表同一科目的合计。明细表按经济分类转置列示时只比较合计行。此关系为推断。',
    identity: 'T07 合计 = T06 合计 row by row（推断）',
    certainty: 'inferred',
    tables: ['T07', 'T06'],
    totals: [{ table: 'T07' }, { table: 'T06' }],
    partialWithoutTotals: true,
    build: ({ T07, T06 }, rule) => {
      const pairs = pairCodedRows(T07, T06).filter((p) => T07.classification === 'functional' || p.label === '合计');
      const col07 = columnLabel(T07.columns, 'total');
      const col06 = columnLabel(T06.columns, 'total');
      return pairs.map((p) => ({
        rule,
        table: 'T07' as const,
        stated: tableSide('T07', T07.unit, p.label, col07, p.a?.total),
        expected: tableSide('T06', T06.unit, p.label, col06, p.b?.total),
      }));
    },
  }),
  comparisonRule({
    id: 't09-t06-project',
    title: '项目支出决算表合计与一般公共预算财政拨款项目支出一致',
    doc: '一般公共预算财政拨款项目支出决算表的合计，应等于一般公共预算财政拨款支出决算表合计行的项目支出。此关系为推断。',
    identity: 'T09 合计 = T06 合计/项目支出（推断）',
    certainty: 'inferred',
    tables: ['T09', 'T06'],
    totals: [{ table: 'T09' }, { table: 'T06' }],
    build: ({ T09, T06 }, rule) => {
      const stated = amountOf(T09.total?.values);
      const other = T06.total?.values.project;
      if (!stated || !other) return [];
      return [
        {
          rule,
          table: 'T09',
          stated: tableSide('T09', T09.unit, '合计', undefined, stated),
          expected: tableSide('T06', T06.unit, '合计', columnLabel(T06.columns, 'project'), other),
        },
      ];
    },
  }),
  comparisonRule({
    id: 't07-t08-t09-economic',
    title: '一般公共预算财政拨款支出明细表各经济分类与基本支出、项目支出决算表一致',
    doc: '一般公共预算财政拨款支出决算明细表每个经济分类类级的金额，应等于基本支出决算表与项目支出决算表同一类之和（分基本支出、项目支出列示时分别比较）。此关系为推断。',
    identity: 'T07 economic columns = T08 + T09 by 类（推断）',
    certainty: 'inferred',
    tables: ['T07', 'T08'],
    totals: [{ table: 'T07' }],
    partialWithoutTotals: true,
    build: ({ T07, T08 }, rule, model) => t07VsT08T09(rule, T07, T08, model.tables.T09),
  }),
] as const;
