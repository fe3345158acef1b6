import Decimal from 'decimal.js';
import { toYuan } from '../amount/units';
import { Finding } from '../findings/types';
import { CellRef } from '../grid/cellRef';
import { CodedTable, Figure, TableModel, WorkbookModel } from '../model/types';
import { TableId, displayTitle } from '../tables/catalog';
import { SAN_GONG_ECONOMIC } from '../tables/lines';
import { amountOf, lineItem, rowsByCode } from '../model/query';
import { rightValue } from './within/t04';
import { address } from './labels';
import { defineRule } from './types';

/**
 * 元/万元 mix-up (issue 12): a table whose figures are about 10,000 times (or 1/10,000 of) those of
 * the tables it ties to was filled in the other unit than its 金额单位 line says. The ties
 * compared are figures that should be equal or close (totals between tables, the 三公 items and
 * their 经济分类 lines); each is compared in 元, so correctly labelled mixed units never trip it.
 */
interface Tie {
  readonly a: TableId;
  readonly b: TableId;
  figures(model: WorkbookModel): readonly [Figure[], Figure[]] | null;
}

const total = (t: TableModel | undefined, col: string): Figure[] => {
  const f = t && t.kind === 'coded' ? t.total?.values[col] : undefined;
  return f ? [f] : [];
};
const line = (t: TableModel | undefined, side: 'left' | 'right', key: string): Figure[] => {
  const f = t && t.kind === 'two-sided' ? amountOf(lineItem(t[side], key)?.values) : undefined;
  return f ? [f] : [];
};
const t04Column = (t: TableModel | undefined, col: string): Figure[] => {
  const f = t && t.kind === 'two-sided' ? rightValue(t, 'expenditureTotal', col) : undefined;
  return f ? [f] : [];
};


const TIES: readonly Tie[] = [
  { a: 'T02', b: 'T01', figures: (m) => [total(m.tables.T02, 'total'), line(m.tables.T01, 'left', 'incomeTotal')] },
  { a: 'T03', b: 'T01', figures: (m) => [total(m.tables.T03, 'total'), line(m.tables.T01, 'right', 'expenditureTotal')] },
  { a: 'T04', b: 'T01', figures: (m) => [line(m.tables.T04, 'left', 'generalBudget'), line(m.tables.T01, 'left', 'generalBudget')] },
  { a: 'T06', b: 'T04', figures: (m) => [total(m.tables.T06, 'total'), t04Column(m.tables.T04, 'generalBudget')] },
  { a: 'T05', b: 'T04', figures: (m) => [total(m.tables.T05, 'total'), t04Column(m.tables.T04, 'total')] },
  { a: 'T07', b: 'T06', figures: (m) => [total(m.tables.T07, 'total'), total(m.tables.T06, 'total')] },
  {
    a: 'T08', b: 'T06',
    figures: (m) => {
      const t = m.tables.T08;
      if (!t || t.kind !== 'basic-expenditure') return null;
      return [[t.personnelTotal, t.publicTotal].filter((f): f is Figure => f !== null), total(m.tables.T06, 'basic')];
    },
  },
  { a: 'T09', b: 'T06', figures: (m) => [total(m.tables.T09, 'amount').concat(total(m.tables.T09, 'total')).slice(0, 1), total(m.tables.T06, 'project')] },
  { a: 'T10', b: 'T04', figures: (m) => [total(m.tables.T10, 'expenditure'), t04Column(m.tables.T04, 'govFund')] },
  { a: 'T11', b: 'T04', figures: (m) => [total(m.tables.T11, 'expenditure'), t04Column(m.tables.T04, 'soeCapital')] },
  {
    a: 'T13', b: 'T08',
    figures: (m) => {
      const t13 = m.tables.T13;
      const t08 = m.tables.T08;
      if (!t13 || t13.kind !== 'san-gong' || !t08 || t08.kind !== 'basic-expenditure') return null;
      const lines = [rowsByCode(t08), m.tables.T09?.kind === 'coded' ? rowsByCode(m.tables.T09 as CodedTable) : new Map()];
      const items: Figure[] = [];
      const economic: Figure[] = [];
      for (const [code, key] of SAN_GONG_ECONOMIC) {
        const parts = lines.map((rows) => (rows.get(code) ? amountOf(rows.get(code)!.values) : undefined)).filter((f): f is Figure => f !== undefined);
        const f = t13.actual[key];
        // Only items with both a 三公 figure and its 经济分类 lines say anything about units.
        if (!f || f.value.isZero() || parts.every((p) => p.value.isZero())) continue;
        items.push(f);
        economic.push(...parts);
      }
      return [items, economic];
    },
  },
];

const LOW = new Decimal(7000);
const HIGH = new Decimal(14000);

function yuan(figs: readonly Figure[]): Decimal {
  return figs.reduce((s, f) => s.plus(toYuan(f.value, f.unit)), new Decimal(0));
}

interface Anomaly {
  readonly tie: Tie;
  /** a's figures are about 10,000 times b's (true) or 1/10,000 (false). */
  readonly aLarger: boolean;
  readonly cells: CellRef[];
  readonly a: Decimal;
  readonly b: Decimal;
}

export const UNIT_MIXUP_RULES = [
  defineRule({
    id: 'unit-mixup',
    title: '疑似元与万元混用',
    doc: '一张表的数字约为与它勾稽的各表的 10000 倍（或万分之一），通常是按元填写却标为“金额单位：万元”（或相反）。比较的是应当相等或相近的数字（各表合计之间、“三公”经费与对应经济分类科目），都先换算为元，单位标注正确的混合表不会触发。提示指出该表的工作表和单位行。此关系为推断。该表因单位而不成立的其他勾稽关系（按另一单位读取后相符的）并入这一条，不再逐条列出；按另一单位读取后该表所有不成立的勾稽关系（至少两项）全部相符时，混用是确定的，报为错误。',
    identity: 'Unit plausibility: a table ≈ 10000 × (or 1/10000 of) the tables it ties to ⇒ 元/万元 mix-up（推断）',
    certainty: 'inferred',
    tables: [],
    check: ({ model }, rule): Finding[] => {
      const anomalies: Anomaly[] = [];
      for (const tie of TIES) {
        const figs = tie.figures(model);
        if (!figs || figs[0].length === 0 || figs[1].length === 0) continue;
        const a = yuan(figs[0]);
        const b = yuan(figs[1]);
        if (a.isZero() || b.isZero()) continue;
        const ratio = a.div(b).abs();
        const aLarger = ratio.gte(LOW) && ratio.lte(HIGH);
        const bLarger = ratio.gt(0) && new Decimal(1).div(ratio).gte(LOW) && new Decimal(1).div(ratio).lte(HIGH);
        if (aLarger || bLarger) anomalies.push({ tie, aLarger, cells: [...figs[0], ...figs[1]].map((f) => f.cell), a, b });
      }
      // The odd table is the one in most anomalies; on a tie, the one whose figures are the larger
      // under a 万元 line (元 figures labelled 万元 is the usual slip).
      const count = new Map<TableId, number>();
      for (const x of anomalies) for (const id of [x.tie.a, x.tie.b]) count.set(id, (count.get(id) ?? 0) + 1);
      const out: Finding[] = [];
      const reported = new Set<TableId>();
      for (const x of anomalies) {
        const ca = count.get(x.tie.a)!;
        const cb = count.get(x.tie.b)!;
        const ta = model.tables[x.tie.a]!;
        const odd = ca !== cb ? (ca > cb ? x.tie.a : x.tie.b) : (x.aLarger === (ta.unit === '万元') ? x.tie.a : x.tie.b);
        if (reported.has(odd)) continue;
        reported.add(odd);
        const t = model.tables[odd]!;
        const other = odd === x.tie.a ? x.tie.b : x.tie.a;
        const larger = odd === x.tie.a ? x.aLarger : !x.aLarger;
        const unitWhere = t.unitCell ? `单位行 ${address(t.unitCell)} 写“${t.unit}”` : `未写明单位，按${t.unit}读取`;
        const guess = larger ? (t.unit === '万元' ? '疑似按元填写却标为万元' : '数字偏大') : t.unit === '元' ? '疑似按万元填写却标为元' : '数字偏小';
        out.push({
          rule: rule.id,
          severity: rule.severity,
          table: odd,
          cells: [...(t.unitCell ? [t.unitCell] : []), ...x.cells],
          message:
            `“${displayTitle(odd)}”（工作表“${t.sheet}”，${unitWhere}）的数字约为“${displayTitle(other)}”相应数字的` +
            `${larger ? ' 10000 倍' : '万分之一'}，${guess}。请核对该表的金额单位（推断的勾稽关系，仅供参考）`,
        });
      }
      return out;
    },
  }),
] as const;
