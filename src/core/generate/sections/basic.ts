import { economicName, isPersonnelCode } from '../../classification/economic';
import { ClassRow } from '../../model/types';
import { GenerateContext, wanOrAsk } from '../context';
import { generalBudgetBasic, optWan, t08RowValue } from '../figures';
import { Section } from '../types';
import { Money, SectionWriter } from '../writer';

/**
 * 六、一般公共预算财政拨款基本支出决算情况说明, from T08: the 基本支出 total, then 人员经费 and
 * 公用经费 each with their non-zero 经济分类 items ("基本工资236.95万元、津贴补贴164万元…"), or only
 * the item names when amounts are switched off.
 */
export function basicSection(ctx: GenerateContext, w: SectionWriter): Section {
  const t08 = ctx.model.tables.T08;
  const personnel = optWan(t08?.personnelTotal);
  const publicCost = optWan(t08?.publicTotal);
  const basic = generalBudgetBasic(ctx.model);
  w.paragraph(`${ctx.yearLabel}一般公共预算财政拨款基本支出${wanOrAsk(w, basic, 'T08', '基本支出')}，其中：`);
  const rows = t08?.rows ?? [];
  w.paragraph(group(w, '人员经费', personnel, listedItems(rows, true), ctx.options.basicItemAmounts));
  w.paragraph(group(w, '公用经费', publicCost, listedItems(rows, false), ctx.options.basicItemAmounts));
  return w.done();
}

interface Item {
  readonly name: string;
  readonly value: Money;
}

/** The non-zero 款 of each 类, or the 类 itself where it has no 款 rows (e.g. 399 其他支出). */
function listedItems(rows: readonly ClassRow[], personnel: boolean): Item[] {
  const mine = rows.filter((r) => isPersonnelCode(r.code) === personnel);
  const out: Item[] = [];
  for (const row of mine) {
    const value = t08RowValue(row);
    if (!value || value.value.isZero()) continue;
    const hasChildren = mine.some((o) => o.code.length > row.code.length && o.code.startsWith(row.code) && t08RowValue(o)?.value.isZero() === false);
    if (row.level === 1 && hasChildren) continue;
    out.push({ name: row.name || economicName(row.code) || row.code, value });
  }
  return out;
}

function group(w: SectionWriter, label: string, total: Money | undefined, items: readonly Item[], amounts: boolean): string {
  const head = `${label}${wanOrAsk(w, total, 'T08', `${label}合计`)}`;
  if (items.length === 0) return `${head}。`;
  const list = amounts ? items.map((i) => `${i.name}${w.wan(i.value)}`).join('、') : `${items.map((i) => i.name).join('、')}等`;
  return `${head}，主要包括：${list}。`;
}
