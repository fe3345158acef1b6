import { GenerateContext, wanOrAsk } from '../context';
import { lineValue, totalValue } from '../figures';
import { Section } from '../types';
import { Money, SectionWriter } from '../writer';
import { EXPENDITURE_PART_LABELS, INCOME_PART_LABELS } from '../partLabels';
import { TOTAL_ROWS } from '../../tables/lines';

export interface Part {
  readonly label: string;
  readonly value: Money;
}

/**
 * "一般公共预算财政拨款收入1889.05万元，占100%；政府性基金预算财政拨款收入0万元，占0%" — the
 * parts of a total with their shares, zero parts listed or left out as the options say.
 */
export function partsWithShares(ctx: GenerateContext, w: SectionWriter, parts: readonly Part[], whole: Money): string {
  const listed = ctx.options.zeroItems === 'omit' ? parts.filter((p) => !p.value.value.isZero()) : parts;
  // Shares of a zero whole do not exist; the parts are then stated without them.
  if (whole.value.isZero()) return listed.map((p) => `${p.label}${w.wan(p.value)}`).join('；');
  const shares = w.structureShares(listed.map((p) => p.value.value), whole.value);
  return listed.map((p, i) => `${p.label}${w.wan(p.value)}，占${shares[i]}`).join('；');
}


/** 二、收入决算情况说明, from T01's income side (the same figures as T02's 合计 row). */
export function incomeSection(ctx: GenerateContext, w: SectionWriter): Section {
  const left = ctx.model.tables.T01?.left;
  const total = lineValue(left, 'incomeTotal', 'amount');
  const parts = INCOME_PART_LABELS.flatMap(([key, label]) => {
    const value = lineValue(left, key, 'amount');
    return value ? [{ label, value }] : [];
  });
  w.paragraph(structureParagraph(ctx, w, TOTAL_ROWS.incomeTotal.name, total, parts, 'T01'));
  return w.done();
}


/** 三、支出决算情况说明, from T03's 合计 row. */
export function expenditureSection(ctx: GenerateContext, w: SectionWriter): Section {
  const t03 = ctx.model.tables.T03;
  const total = totalValue(t03, 'total');
  const parts = EXPENDITURE_PART_LABELS.flatMap(([key, label]) => {
    const value = totalValue(t03, key);
    return value ? [{ label, value }] : [];
  });
  w.paragraph(structureParagraph(ctx, w, TOTAL_ROWS.expenditureTotal.name, total, parts, 'T03'));
  return w.done();
}

function structureParagraph(
  ctx: GenerateContext,
  w: SectionWriter,
  subject: string,
  total: Money | undefined,
  parts: readonly Part[],
  table: 'T01' | 'T03',
): string {
  const opening = `${ctx.yearLabel}${subject}${wanOrAsk(w, total, table, subject)}`;
  if (!total || parts.length === 0) return `${opening}。`;
  const listed = partsWithShares(ctx, w, parts, total);
  return listed ? `${opening}，其中：${listed}。` : `${opening}。`;
}
