import { FUND } from '../../tables/lines';
import { GenerateContext, wanOrAsk } from '../context';
import { lineValue, totalValue } from '../figures';
import { Section } from '../types';
import { Money, SectionWriter } from '../writer';

/** 八、政府性基金预算支出决算情况说明: T10 本年支出 (T04's 政府性基金 column when T10 is absent). */
export function govFundSection(ctx: GenerateContext, w: SectionWriter): Section {
  const t10 = ctx.model.tables.T10;
  const total = totalValue(t10, 'expenditure') ?? lineValue(ctx.model.tables.T04?.right, 'expenditureTotal', 'govFund');
  w.paragraph(fundParagraph(ctx, w, `${FUND.govFund.name}支出`, total, 'T10'));
  return w.done();
}

/** 九、国有资本经营预算支出决算情况说明: T11 本年支出, else T12 合计, else T04's 国有资本 column. */
export function soeCapitalSection(ctx: GenerateContext, w: SectionWriter): Section {
  const { T11, T12, T04 } = ctx.model.tables;
  const total = totalValue(T11, 'expenditure') ?? totalValue(T12, 'total') ?? lineValue(T04?.right, 'expenditureTotal', 'soeCapital');
  w.paragraph(fundParagraph(ctx, w, `${FUND.soeCapital.name}支出`, total, 'T11'));
  return w.done();
}

/**
 * "2023年度政府性基金预算财政拨款支出0万元。" — usually zero. Under 'omit' a zero fund says
 * 本部门无…. No 基本支出/项目支出 split: in prose those words mean the totals of 三.
 */
function fundParagraph(
  ctx: GenerateContext,
  w: SectionWriter,
  subject: string,
  total: Money | undefined,
  table: 'T10' | 'T11',
): string {
  if (total && total.value.isZero() && ctx.options.zeroItems === 'omit') {
    w.wan(total, false);
    return `${ctx.yearLabel}${ctx.entity}无${subject}。`;
  }
  return `${ctx.yearLabel}${subject}${wanOrAsk(w, total, table, subject)}。`;
}
