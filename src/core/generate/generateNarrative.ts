import { CannotCheckError } from '../errors';
import { WorkbookModel } from '../model/types';
import { NARRATIVE_SECTIONS as S, PERFORMANCE_SECTION_TITLE } from '../narrativeSections';
import { chineseNumeral } from '../numerals';
import { GenerateContext, makeContext } from './context';
import { basicSection } from './sections/basic';
import { govFundSection, soeCapitalSection } from './sections/funds';
import { generalBudgetSection } from './sections/generalBudget';
import { otherSection, performanceSection } from './sections/other';
import { sanGongSection } from './sections/sanGong';
import { expenditureSection, incomeSection } from './sections/structure';
import { fiscalSection, overviewSection } from './sections/totals';
import { renderText } from './renderText';
import { DEFAULT_OPTIONS, GenerateInputs, GenerateOptions, GeneratedNarrative, GenerationNote, Placeholder, Section } from './types';
import { SectionWriter } from './writer';

type Builder = (ctx: GenerateContext, w: SectionWriter) => Section;

/** Section titles and builders in the Sichuan order; the national order inserts 预算绩效管理 as 十. */
function plan(national: boolean): [string, string, Builder][] {
  const common: [string, string, Builder][] = [
    ['overview', S.overview.title, overviewSection],
    ['income', S.income.title, incomeSection],
    ['expenditure', S.expenditure.title, expenditureSection],
    ['fiscal', S.fiscal.title, fiscalSection],
    ['generalBudget', S.generalBudget.title, generalBudgetSection],
    ['basic', S.basic.title, basicSection],
    ['sanGong', S.sanGong.title, sanGongSection],
    ['govFund', S.govFund.title, govFundSection],
    ['soeCapital', S.soeCapital.title, soeCapitalSection],
  ];
  if (national) {
    return [
      ...common,
      ['performance', PERFORMANCE_SECTION_TITLE, performanceSection],
      ['other', S.other.title, (ctx, w) => otherSection(ctx, w, false)],
    ];
  }
  return [...common, ['other', S.other.title, (ctx, w) => otherSection(ctx, w, true)]];
}

/**
 * Writes the 说明 sections 一 to 十 (十一 in the national order) from the tables, in the wording of
 * the published samples. Every figure comes from the model or the inputs; whatever neither holds
 * is a 【请填写：…】 placeholder, also listed in `placeholders`.
 */
export function generateNarrative(
  model: WorkbookModel,
  inputs: GenerateInputs = {},
  options: Partial<GenerateOptions> = {},
): GeneratedNarrative {
  const national = model.profile === 'national-9';
  const merged: GenerateOptions = {
    ...DEFAULT_OPTIONS,
    // 不涉及的不列 is the national template's rule; Sichuan lists zero items.
    zeroItems: national ? 'omit' : 'list',
    ...options,
  };
  const priorYear = inputs.prior?.year;
  // A 决算 is compared with the year before it (narrative.md §2); a text "与2021年度相比" in a 2023
  // 说明 is one the 说明 check itself rejects, so it is not written.
  if (model.year != null && priorYear !== undefined && priorYear !== model.year - 1) {
    const how = priorYear === model.year ? '与本年相同' : priorYear > model.year ? '晚于本年' : '不是上一年度';
    throw new CannotCheckError(
      `上年数据的年度（${priorYear}年）${how}（本工作簿为${model.year}年度决算），未生成说明。请选择${model.year - 1}年度的决算工作簿或上年数据。`,
      'prior-not-earlier',
    );
  }
  const ctx = makeContext(model, inputs, merged);
  const placeholders: Placeholder[] = [];
  const notes: GenerationNote[] = [];
  const sections = plan(national).map(([key, title, build], i) =>
    build(ctx, new SectionWriter(key, `${chineseNumeral(i + 1)}、${title}`, merged, placeholders, notes)),
  );
  const title = `${ctx.yearLabel}${model.profile === 'national-9' ? '' : '部门'}决算情况说明`;
  const entity = ctx.entity === '本部门' ? undefined : ctx.entity;
  return { title, ...(entity ? { entity } : {}), sections, placeholders, notes, text: renderText(title, sections) };
}
