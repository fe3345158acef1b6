import { lineItem, lineAmount, t04CarryOutTotal } from '../../model/query';
import { Comparison } from '../compare';
import { comparisonRule } from '../comparisonRule';
import { tableSide } from './side';
import { TOTAL_ROWS } from '../../tables/lines';

/** T04 年初/年末 ≤ T01 年初/年末: 财政拨款 carry-overs are part of all carry-overs (inferred). */
export const CARRY_RULES = [
  comparisonRule({
    id: 't04-t01-carry',
    title: '财政拨款结转和结余不超过全部结转和结余',
    doc: '财政拨款收入支出决算总表的年初、年末财政拨款结转和结余，不应超过收入支出决算总表的年初、年末结转和结余（后者还包括非财政拨款资金）。此关系为推断。',
    identity: 'T04 年初/年末 ≤ T01 年初/年末（推断，不等式）',
    certainty: 'inferred',
    tables: ['T04', 'T01'],
    build: ({ T04, T01 }, rule) => {
      const out: Comparison[] = [];
      const in04 = lineAmount(T04.left, 'carryIn');
      const in01 = lineAmount(T01.left, 'carryIn');
      if (in04 && in01) {
        out.push({
          rule,
          table: 'T04',
          relation: 'le',
          stated: tableSide('T04', T04.unit, lineItem(T04.left, 'carryIn')?.label || '年初财政拨款结转和结余', undefined, in04),
          expected: tableSide('T01', T01.unit, lineItem(T01.left, 'carryIn')?.label || TOTAL_ROWS.carryIn.name, undefined, in01),
        });
      }
      const out04 = t04CarryOutTotal(T04);
      const out01 = lineAmount(T01.right, 'carryOut');
      if (out04 && out01) {
        out.push({
          rule,
          table: 'T04',
          relation: 'le',
          stated: tableSide('T04', T04.unit, lineItem(T04.right, 'carryOut')?.label || '年末财政拨款结转和结余', undefined, out04),
          expected: tableSide('T01', T01.unit, lineItem(T01.right, 'carryOut')?.label || TOTAL_ROWS.carryOut.name, undefined, out01),
        });
      }
      return out;
    },
  }),
] as const;
