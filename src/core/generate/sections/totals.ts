import Decimal from 'decimal.js';
import { GenerateContext, reasonOf, wanOrAsk } from '../context';
import { grandTotals } from '../figures';
import { changeWithReason } from '../sentences';
import { Section } from '../types';
import { Money, SectionWriter } from '../writer';

/**
 * 一、收入支出决算总体情况说明 (T01 总计) and 四、财政拨款收入支出决算总体情况说明 (T04 总计):
 * "2023年度收、支总计均为1889.05万元。与2022年度相比，收、支总计各减少35.32万元，下降1.84%。
 * 主要变动原因是…。"
 */
export function overviewSection(ctx: GenerateContext, w: SectionWriter): Section {
  const t = grandTotals(ctx.model.tables.T01, 'amount');
  w.paragraph(totalsParagraph(ctx, w, t, {
    subject: '收、支总计', table: 'T01', prior: ctx.inputs.prior?.total, priorInput: 'prior.total', reasonKey: 'totalChange',
  }));
  return w.done();
}

export function fiscalSection(ctx: GenerateContext, w: SectionWriter): Section {
  const t = grandTotals(ctx.model.tables.T04, 'total');
  w.paragraph(totalsParagraph(ctx, w, t, {
    subject: '财政拨款收、支总计', table: 'T04', prior: ctx.inputs.prior?.fiscalTotal, priorInput: 'prior.fiscalTotal', reasonKey: 'fiscalTotalChange',
  }));
  return w.done();
}

interface TotalsSpec {
  readonly subject: string;
  readonly table: 'T01' | 'T04';
  readonly prior: Decimal | undefined;
  readonly priorInput: string;
  readonly reasonKey: string;
}

function totalsParagraph(ctx: GenerateContext, w: SectionWriter, t: { income?: Money; expenditure?: Money }, spec: TotalsSpec): string {
  const { subject } = spec;
  const incomeSide = subject.replace('收、支总计', '收入总计');
  const expenditureSide = subject.replace('收、支总计', '支出总计');
  let opening: string;
  // A balanced table (always, when the table is right) is stated once with 均为.
  if (t.income && t.expenditure && !t.income.value.equals(t.expenditure.value)) {
    opening = `${ctx.yearLabel}${incomeSide}${w.wan(t.income)}，${expenditureSide}${w.wan(t.expenditure)}。`;
  } else {
    const total = t.income ?? t.expenditure;
    opening = `${ctx.yearLabel}${subject}均为${wanOrAsk(w, total, spec.table, subject)}。`;
  }
  const current = t.income ?? t.expenditure;
  if (!current) return opening;
  const change = changeWithReason(
    w,
    { current, prior: spec.prior, priorInput: spec.priorInput, priorLabel: ctx.priorLabel, subject, each: true },
    () => reasonOf(ctx, w, spec.reasonKey, '变动原因'),
  );
  return opening + change;
}
