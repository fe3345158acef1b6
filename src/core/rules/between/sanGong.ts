import { Figure, SAN_GONG_LABEL, SanGongKey } from '../../model/types';
import { economicName } from '../../classification/economic';
import { amountOf, rowsByCode } from '../access';
import { Comparison } from '../compare';
import { comparisonRule } from '../comparisonRule';
import { cellLabel } from '../labels';

/**
 * T13 决算数 ≥ the related T08 lines (inferred). Only an inequality: 三公 money can also come
 * from 项目支出, which T08 does not show.
 */
const LINES: readonly [string, SanGongKey][] = [
  ['30212', 'abroad'],
  ['30217', 'reception'],
  ['30231', 'vehicleOperation'],
  ['31013', 'vehiclePurchase'],
];

const T08_NAMES: Record<string, string> = {
  '30212': '因公出国（境）费用',
  '30217': '公务接待费',
  '30231': '公务用车运行维护费',
};

export const SAN_GONG_RULES = [
  comparisonRule({
    id: 't13-t08-lines',
    title: '“三公”经费决算数不少于基本支出中的对应科目',
    doc: '财政拨款“三公”经费支出决算表的决算数，不应少于一般公共预算财政拨款基本支出决算表中的对应科目：因公出国（境）费 ≥ 30212 因公出国（境）费用，公务接待费 ≥ 30217 公务接待费，公务用车运行维护费 ≥ 30231 公务用车运行维护费，公务用车购置费 ≥ 31013 公务用车购置。三公经费还可能来自项目支出，故只检查不等式。此关系为推断。',
    identity: 'T13 决算数 ≥ T08 30212/30217/30231/31013（推断，不等式）',
    certainty: 'inferred',
    tables: ['T13', 'T08'],
    build: ({ T13, T08 }, rule) => {
      const rows = rowsByCode(T08);
      const out: Comparison[] = [];
      for (const [code, key] of LINES) {
        const line = rows.get(code);
        const t08: Figure | undefined = line ? amountOf(line.values) : undefined;
        const t13 = T13.actual[key];
        if (!t08 || !t13) continue;
        out.push({
          rule,
          table: 'T13',
          relation: 'ge',
          stated: { label: cellLabel('T13', `决算数·${SAN_GONG_LABEL[key]}`), plus: [t13] },
          expected: { label: cellLabel('T08', `${code} ${line?.name || T08_NAMES[code] || economicName(code) || ''}`.trim()), plus: [t08] },
        });
      }
      return out;
    },
  }),
];
