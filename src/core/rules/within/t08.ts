import { comparisonRule } from '../comparisonRule';
import type { TotalRow } from '../totalRows';
import { isPersonnelCode } from '../../classification/economic';
import { BasicExpenditureTable, ClassRow, Figure } from '../../model/types';
import { classTree, t08Value } from '../../model/query';
import { Comparison } from '../compare';
import { cellLabel, classLabel } from '../labels';
import { Rule, RuleMeta } from '../types';

/**
 * T08 一般公共预算财政拨款基本支出决算表 (tables.md §4, certain). 人员经费 = 301 + 303, 公用经费 =
 * every other 类 printed. Sums run over the top printed codes (normally the 类 rows), so a table
 * that prints only 款 rows is still checked.
 */

function amounts(rows: readonly ClassRow[]): Figure[] {
  return rows.map(t08Value).filter((f): f is Figure => f !== undefined);
}

/** 人员经费 and 公用经费 as the 类 rows say. */
export function t08Split(t: BasicExpenditureTable): { personnel: ClassRow[]; public: ClassRow[] } {
  const roots = classTree(t.rows).roots;
  return {
    personnel: roots.filter((r) => isPersonnelCode(r.code)),
    public: roots.filter((r) => !isPersonnelCode(r.code)),
  };
}

function t08Rule<I extends string>(
  id: I,
  titleText: string,
  identity: string,
  doc: string,
  build: (t: BasicExpenditureTable, rule: RuleMeta) => (Comparison | undefined)[],
  absent?: { readonly reason: string; readonly layout?: boolean },
  totals?: readonly TotalRow[],
): Rule<I> {
  // The single-table case of the shared comparison rule; a total row it states is named when missing.
  return comparisonRule({
    id, title: titleText, doc, identity, certainty: 'certain', tables: ['T08'], absent: absent?.reason, absentIsLayout: absent?.layout,
    ...(totals ? { totals: [{ table: 'T08', rows: totals }] } : {}),
    build: (tables, rule) => build(tables.T08, rule),
  });
}

export const T08_RULES = [
  t08Rule(
    't08-personnel-total',
    '基本支出决算表：人员经费合计等于 301、303 之和',
    'T08: 人员经费合计 = 301 + 303',
    '一般公共预算财政拨款基本支出决算表的人员经费合计，应等于工资福利支出（301）与对个人和家庭的补助（303）之和。',
    (t, rule) => [
      t.personnelTotal
        ? {
            rule,
            table: 'T08',
            stated: { label: cellLabel('T08', '人员经费合计'), plus: [t.personnelTotal] },
            expected: { label: '301 工资福利支出＋303 对个人和家庭的补助', plus: amounts(t08Split(t).personnel), unit: t.unit },
          }
        : undefined,
    ],
    undefined,
    ['personnelTotal'],
  ),
  t08Rule(
    't08-public-total',
    '基本支出决算表：公用经费合计等于其余各类之和',
    'T08: 公用经费合计 = every other 类 present',
    '一般公共预算财政拨款基本支出决算表的公用经费合计，应等于除 301、303 以外列出的各类（302 商品和服务支出、307、309、310、311、312、313、399 等）之和。',
    (t, rule) => [
      t.publicTotal
        ? {
            rule,
            table: 'T08',
            stated: { label: cellLabel('T08', '公用经费合计'), plus: [t.publicTotal] },
            expected: { label: '除 301、303 外各类之和', plus: amounts(t08Split(t).public), unit: t.unit },
          }
        : undefined,
    ],
    undefined,
    ['publicTotal'],
  ),
  t08Rule(
    't08-class-sums',
    '基本支出决算表：各类等于其下各款之和',
    'T08: each 类 = Σ its 款',
    '一般公共预算财政拨款基本支出决算表中，每个经济分类类级科目应等于其下列出的各款之和。',
    (t, rule) => {
      const tree = classTree(t.rows);
      const keys = new Set<string>();
      for (const r of t.rows) for (const k of Object.keys(r.values)) keys.add(k);
      const out: Comparison[] = [];
      for (const key of keys) {
        for (const [row, kids] of tree.children) {
          const fig = row.values[key];
          if (!fig) continue;
          out.push({
            rule,
            table: 'T08',
            stated: { label: cellLabel('T08', classLabel(row)), plus: [fig] },
            expected: {
              label: '其下各款之和',
              plus: kids.map((k) => k.values[key]).filter((f): f is Figure => f !== undefined),
              unit: t.unit,
            },
          });
        }
      }
      return out;
    },
  ),
  t08Rule(
    't08-grand-total',
    '基本支出决算表：合计等于人员经费与公用经费之和',
    'T08: 合计 = 人员经费合计 + 公用经费合计（版式印有合计时）',
    '一般公共预算财政拨款基本支出决算表印有总合计时，应等于人员经费合计与公用经费合计之和。',
    (t, rule) => [
      t.total && t.personnelTotal && t.publicTotal
        ? {
            rule,
            table: 'T08',
            stated: { label: cellLabel('T08', '合计'), plus: [t.total] },
            expected: { label: '人员经费合计＋公用经费合计', plus: [t.personnelTotal, t.publicTotal] },
          }
        : undefined,
    ],
    { reason: '基本支出决算表未印总合计', layout: true },
  ),
] as const;
