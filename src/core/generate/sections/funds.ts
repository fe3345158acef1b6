import { GenerateContext, wanOrAsk } from '../context';
import { lineValue, rowValue } from '../figures';
import { Section } from '../types';
import { Money, SectionWriter } from '../writer';

/** 八、政府性基金预算支出决算情况说明: T10 本年支出 (T04's 政府性基金 column when T10 is absent). */
export function govFundSection(ctx: GenerateContext, w: SectionWriter): Section {
  const t10 = ctx.model.tables.T10;
  const total = rowValue(t10?.total, 'expenditure') ?? lineValue(ctx.model.tables.T04?.right, 'expenditureTotal', 'govFund');
  w.paragraph(fundParagraph(ctx, w, '政府性基金预算财政拨款支出', total, rowValue(t10?.total, 'basic'), rowValue(t10?.total, 'project'), 'T10'));
  return w.done();
}

/** 九、国有资本经营预算支出决算情况说明: T11 本年支出, else T12 合计, else T04's 国有资本 column. */
export function soeCapitalSection(ctx: GenerateContext, w: SectionWriter): Section {
  const { T11, T12, T04 } = ctx.model.tables;
  const total = rowValue(T11?.total, 'expenditure') ?? rowValue(T12?.total, 'total') ?? lineValue(T04?.right, 'expenditureTotal', 'soeCapital');
  const basic = rowValue(T11?.total, 'basic') ?? rowValue(T12?.total, 'basic');
  const project = rowValue(T11?.total, 'project') ?? rowValue(T12?.total, 'project');
  w.paragraph(fundParagraph(ctx, w, '国有资本经营预算财政拨款支出', total, basic, project, 'T11'));
  return w.done();
}

/**
 * "2023年度政府性基金预算财政拨款支出0万元。" — usually zero; a non-zero amount is split into
 * 基本支出 and 项目支出 as the table prints them. Under 'omit' a zero fund says 本部门无….
 */
function fundParagraph(
  ctx: GenerateContext,
  w: SectionWriter,
  subject: string,
  total: Money | undefined,
  basic: Money | undefined,
  project: Money | undefined,
  table: 'T10' | 'T11',
): string {
  if (total && total.value.isZero() && ctx.options.zeroItems === 'omit') {
    w.wan(total, false);
    return `${ctx.yearLabel}${ctx.entity}无${subject}。`;
  }
  const head = `${ctx.yearLabel}${subject}${wanOrAsk(w, total, table, subject)}`;
  if (!total || total.value.isZero() || !basic || !project) return `${head}。`;
  return `${head}，其中：基本支出${w.wan(basic)}，项目支出${w.wan(project)}。`;
}
