import { Finding } from '../../findings/types';
import { Figure, SanGongTable } from '../../model/types';
import { SAN_GONG, SanGongKey, sanGongParts } from '../../tables/lines';
import { compareAll, Comparison } from '../compare';
import { cellLabel } from '../labels';
import { defineRule, RuleMeta } from '../types';

/** T13 财政拨款“三公”经费支出决算表, 预算数 and 决算数 separately (tables.md §4, certain). */

type Block = 'budget' | 'actual';
const BLOCK_WORDS: Record<Block, string> = { budget: '预算数', actual: '决算数' };

function sumComparisons(
  t: SanGongTable,
  rule: RuleMeta,
  total: SanGongKey,
): Comparison[] {
  const parts = sanGongParts(total);
  const partsWords = parts.map((k) => SAN_GONG[k].name).join('＋');
  const out: Comparison[] = [];
  for (const block of ['budget', 'actual'] as const) {
    const values = t[block];
    const stated = values[total];
    if (!stated) continue;
    const figs = parts.map((k) => values[k]).filter((f): f is Figure => f !== undefined);
    if (figs.length === 0) continue;
    out.push({
      rule,
      table: 'T13',
      stated: { label: cellLabel('T13', `${BLOCK_WORDS[block]}·${SAN_GONG[total].name}`), plus: [stated] },
      expected: { label: partsWords, plus: figs, unit: t.unit },
    });
  }
  return out;
}

export const T13_RULES = [
  defineRule({
    id: 't13-total',
    title: '“三公”经费表：合计等于三项之和',
    doc: '财政拨款“三公”经费支出决算表中，预算数和决算数各自的合计，应等于因公出国（境）费、公务用车购置及运行维护费、公务接待费之和。',
    identity: 'T13 (预算数, 决算数): 合计 = 出国 + 用车小计 + 接待',
    certainty: 'certain',
    tables: ['T13'],
    check: ({ model, observe }, rule): Finding[] => {
      const t = model.tables.T13;
      if (!t) return [];
      return compareAll(sumComparisons(t, rule, 'total'), observe);
    },
  }),
  defineRule({
    id: 't13-vehicle',
    title: '“三公”经费表：公务用车小计等于购置费与运行维护费之和',
    doc: '财政拨款“三公”经费支出决算表中，预算数和决算数各自的公务用车购置及运行维护费小计，应等于公务用车购置费与公务用车运行维护费之和。',
    identity: 'T13 (预算数, 决算数): 用车小计 = 购置 + 运行',
    certainty: 'certain',
    tables: ['T13'],
    check: ({ model, observe }, rule): Finding[] => {
      const t = model.tables.T13;
      if (!t) return [];
      return compareAll(sumComparisons(t, rule, 'vehicleTotal'), observe);
    },
  }),
] as const;
