import { Finding } from '../../findings/types';
import { CodedTable, Figure } from '../../model/types';
import { TableId } from '../../tables/catalog';
import { Comparison, compareAll } from '../compare';
import { cellLabel, classLabel, title } from '../labels';
import { defineRule, Rule, RuleMeta } from '../types';

/**
 * T10/T11 each row: 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余 (inferred: a fund can
 * also move by adjustments the table does not show).
 */
export function fundBalanceComparisons(rule: RuleMeta, id: TableId, table: CodedTable): Comparison[] {
  const path = (k: string) => table.columns.find((c) => c.key === k)?.path ?? k;
  const rows: { label: string; values: Readonly<Record<string, Figure>> }[] = [];
  if (table.total) rows.push({ label: '合计', values: table.total.values });
  for (const r of table.rows) rows.push({ label: classLabel(r), values: r.values });
  const out: Comparison[] = [];
  for (const row of rows) {
    const { carryIn, income, expenditure, carryOut } = row.values;
    if (!carryOut || !carryIn || !income || !expenditure) continue;
    out.push({
      rule,
      table: id,
      stated: { label: cellLabel(id, row.label, path('carryOut')), plus: [carryOut] },
      expected: { label: '年初结转和结余＋本年收入－本年支出', plus: [carryIn, income], minus: [expenditure] },
    });
  }
  return out;
}

function fundBalanceRule<I extends string>(ruleId: I, id: TableId): Rule<I> {
  return defineRule({
    id: ruleId,
    title: `${title(id)}：年初＋本年收入－本年支出＝年末`,
    doc: `${title(id)}每一行（含合计行）的年末结转和结余，应等于年初结转和结余加本年收入减本年支出。此关系为推断，不相符时提示核对。`,
    identity: `${id} each row: 年初 + 本年收入 − 本年支出 = 年末（推断）`,
    certainty: 'inferred',
    tables: [id],
    totals: [{ table: id }],
    partialWithoutTotals: true,
    check: ({ model, observe }, rule): Finding[] => {
      const table = model.tables[id] as CodedTable | undefined;
      return table ? compareAll(fundBalanceComparisons(rule, id, table), observe) : [];
    },
  });
}

export const FUND_BALANCE_RULES = [fundBalanceRule('t10-row-balance', 'T10'), fundBalanceRule('t11-row-balance', 'T11')] as const;
