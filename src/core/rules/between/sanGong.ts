import { ClassRow, CodedTable, Figure } from '../../model/types';
import { SAN_GONG, SAN_GONG_ECONOMIC } from '../../tables/lines';
import { economicName } from '../../classification/economic';
import { amountOf, rowsByCode, t08Value } from '../../model/query';
import { Comparison } from '../compare';
import { comparisonRule } from '../comparisonRule';
import { cellLabel } from '../labels';

/**
 * T13 决算数 ≥ the related T08 lines (inferred). Only an inequality: 三公 money can also come
 * from 项目支出, which T08 does not show.
 */
const LINES = SAN_GONG_ECONOMIC;

/** T09 shows 款 of the 经济分类 (or spends nothing): the 三公 lines of 项目支出 can be read from it. */
function t09Lines(t09: CodedTable): ReadonlyMap<string, ClassRow> | null {
  const spent = t09.total ? Object.values(t09.total.values).some((f) => !f.value.isZero()) : t09.rows.length > 0;
  if (!spent) return new Map();
  if (t09.classification !== 'economic' || !t09.rows.some((r) => r.code.length === 5)) return null;
  return rowsByCode(t09);
}

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
        const t08: Figure | undefined = line ? t08Value(line) : undefined;
        const t13 = T13.actual[key];
        if (!t08 || !t13) continue;
        out.push({
          rule,
          table: 'T13',
          relation: 'ge',
          stated: { label: cellLabel('T13', `决算数·${SAN_GONG[key].name}`), plus: [t13] },
          expected: { label: cellLabel('T08', `${code} ${line?.name || economicName(code) || ''}`.trim()), plus: [t08] },
        });
      }
      return out;
    },
  }),
  comparisonRule({
    id: 't13-upper-bounds',
    title: '“三公”经费决算数不超过基本支出与项目支出中的对应科目之和',
    doc: '财政拨款“三公”经费支出决算表的各项决算数，不应超过一般公共预算财政拨款基本支出决算表与项目支出决算表中对应经济分类科目之和：因公出国（境）费 ≤ 30212，公务接待费 ≤ 30217，公务用车运行维护费 ≤ 30231，公务用车购置费 ≤ 31013。超出很多时常见原因是“三公”表按元填写却标为万元。政府性基金安排的“三公”经费不在这两张表中，故此关系为推断。项目支出决算表未按经济分类款级列示时无法核对。',
    identity: 'T13 决算数 ≤ T08 + T09 30212/30217/30231/31013（推断，不等式）',
    certainty: 'inferred',
    tables: ['T13', 'T08', 'T09'],
    absent: '项目支出决算表未按经济分类款级列示，无法核对',
    build: ({ T13, T08, T09 }, rule) => {
      const project = t09Lines(T09);
      if (!project) return [undefined];
      const basic = rowsByCode(T08);
      const out: Comparison[] = [];
      for (const [code, key] of LINES) {
        const t13 = T13.actual[key];
        if (!t13) continue;
        const parts: Figure[] = [];
        for (const row of [basic.get(code), project.get(code)]) {
          const f = row ? amountOf(row.values) : undefined;
          if (f) parts.push(f);
        }
        const name = economicName(code) || '';
        out.push({
          rule,
          table: 'T13',
          relation: 'le',
          stated: { label: cellLabel('T13', `决算数·${SAN_GONG[key].name}`), plus: [t13] },
          expected: { label: `基本支出与项目支出决算表 ${code} ${name}之和`.trim(), plus: parts, unit: T08.unit },
        });
      }
      return out;
    },
  }),
] as const;
