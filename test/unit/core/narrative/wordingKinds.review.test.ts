import { findingsOf, sampleModel } from './wordingKindsFixtures';

/**
 * What a review of the day's fixes (years of plans, 节约 as a budget variance, 等 groups, the
 * nearest name of a figure) found they got wrong, each with its correct wording and a planted
 * mistake. The workbook is the fixture generator's SAMPLE_UNIT (2023; 三公 5.91 of 6.27, 公务用车运行
 * 维护费 4.81, 人员经费合计 975.36).
 */
const errors = (text: string, withTables = false) => findingsOf('error', text, withTables ? sampleModel() : undefined);
const HEAD = '第二部分 2023年度部门决算情况说明\n';
const SEVEN = '七、财政拨款“三公”经费支出决算情况说明\n';

describe('a title left from last year is one slip, not the report year', () => {
  const body = '一、收入支出决算总体情况说明\n2023年度收、支总计均为1889.05万元。\n三、支出决算情况说明\n2023年度本年支出合计1889.05万元。\n七、财政拨款“三公”经费支出决算情况说明\n2023年度“三公”经费财政拨款支出决算为5.91万元。\n';
  it('the text states its year again and again: the title is the slip, the figures are compared with the tables', () => {
    const e = errors(`2022年度部门决算情况说明\n${body}`, true);
    expect(e.map((x) => x.rule)).toEqual(['narrative-year']);
    expect(e[0].quote).toContain('2022');
  });
  it('a title with a text that does not say otherwise decides', () => {
    expect(errors(`2023年度部门决算情况说明\n${body}`, true)).toEqual([]);
  });
});

describe('节约 of a part, or after last year’s figure, is not the whole budget variance', () => {
  it.each([
    ['parts of the saving named after it', '2023年度“三公”经费财政拨款支出预算为6.27万元，支出决算为5.91万元，比预算节约0.36万元，主要是公务接待费节约0.17万元、公务用车运行维护费节约0.19万元。'],
    ['how it was saved', '2023年度“三公”经费财政拨款支出预算为6.27万元，支出决算为5.91万元，比预算节约0.36万元，主要是通过集中加油节约0.1万元，减少维修节约0.09万元。'],
    ['a saving against last year’s figure', '2023年度“三公”经费财政拨款支出预算为6.27万元，支出决算为5.91万元，比2022年度的6.20万元节约0.29万元。'],
  ])('%s', (_kind, sentence) => {
    expect(errors(HEAD + SEVEN + sentence)).toEqual([]);
  });
  it('a wrong whole variance, or a wrong saving against last year, is still found', () => {
    expect(errors(`${HEAD}${SEVEN}2023年度“三公”经费财政拨款支出预算为6.27万元，支出决算为5.91万元，比预算节约0.46万元，主要是公务接待费节约0.17万元。`).map((x) => x.quote)).toEqual(['0.46万元']);
    expect(errors(`${HEAD}${SEVEN}2023年度“三公”经费财政拨款支出预算为6.27万元，支出决算为5.91万元，比2022年度的6.20万元节约0.27万元。`).map((x) => x.rule)).toEqual(['narrative-change']);
  });
});

describe('a remark between a figure and its subject names nothing', () => {
  it.each([
    ['比上年减少公务接待费', '2023年度“三公”经费财政拨款支出年初预算为6.27万元，比上年减少公务接待费，支出决算为5.91万元，完成预算的94.26%。'],
    ['公务用车购置费未安排', '2.公务用车购置及运行维护费预算为5万元，公务用车购置费未安排，支出决算为4.81万元，完成预算的96.2%。'],
  ])('%s', (_kind, sentence) => {
    expect(errors(HEAD + SEVEN + sentence, true)).toEqual([]);
  });
  it('a clause that only names the item still names it (所占比重最大，为81.39%，支出4.81万元)', () => {
    const text = (car: string) => `${HEAD}${SEVEN}2023年度“三公”经费财政拨款支出决算为5.91万元，其中公务用车购置及运行维护费所占比重最大，为81.39%，支出${car}万元；公务接待费占18.61%，支出1.1万元。`;
    expect(errors(text('4.81'), true)).toEqual([]);
    expect(errors(text('4.18'), true).some((x) => x.quote === '4.18万元' && x.message.includes('4.81'))).toBe(true);
  });
  it('a wrong figure after the remark is still found against its own subject', () => {
    const e = errors(`${HEAD}${SEVEN}2.公务用车购置及运行维护费预算为5万元，公务用车购置费未安排，支出决算为4.18万元，完成预算的96.2%。`, true);
    expect(e.some((x) => x.quote === '4.18万元')).toBe(true);
  });
});

describe('this year’s budget compared with a wrong year is a slip', () => {
  it.each([
    ['a budget', '2023年度“三公”经费财政拨款支出预算为6.27万元，较2021年减少0.5万元。'],
    ['a cut of this year’s budget', '2023年度“三公”经费预算较2021年压减5%。'],
  ])('%s', (_kind, sentence) => {
    expect(errors(HEAD + SEVEN + sentence).map((x) => x.rule)).toEqual(['narrative-year']);
  });
  it('the start of this year is a base, the start of an earlier year a slip', () => {
    expect(errors(`${HEAD}一、收入支出决算总体情况说明\n2023年末结转和结余10万元，较2023年初减少1万元。`)).toEqual([]);
    expect(errors(`${HEAD}一、收入支出决算总体情况说明\n2023年末结转和结余10万元，较2021年初减少1万元。`).map((x) => x.rule)).toEqual(['narrative-year']);
  });
  it('next year’s budget compared with this year is not', () => {
    expect(errors(`${HEAD}${SEVEN}2024年度“三公”经费预算较2023年压减5%。`)).toEqual([]);
  });
});

describe('the words after 等 name the figure, the names before it are examples', () => {
  it('correct figures are not compared with the examples', () => {
    expect(errors(`${HEAD}六、一般公共预算财政拨款基本支出决算情况说明\n2023年度一般公共预算财政拨款基本支出1197.54万元，其中：基本工资、津贴补贴等人员经费975.36万元，办公费、印刷费等公用经费222.18万元。`, true)).toEqual([]);
    expect(errors(`${HEAD}${SEVEN}公务用车购置及运行维护费4.81万元，用于燃油、维修、保险等公务用车运行维护费4.81万元。`, true)).toEqual([]);
  });
  it('a wrong figure is found against the line named after 等', () => {
    const e = errors(`${HEAD}六、一般公共预算财政拨款基本支出决算情况说明\n2023年度一般公共预算财政拨款基本支出1197.54万元，其中：基本工资、津贴补贴等人员经费965.36万元，办公费、印刷费等公用经费222.18万元。`, true);
    expect(e.some((x) => x.quote === '965.36万元' && x.message.includes('975.36'))).toBe(true);
  });
});

describe('a 五（三） item whose code is another item’s than its name', () => {
  const text = (code: string) => `${HEAD}五、一般公共预算财政拨款支出决算情况说明\n（二）一般公共预算财政拨款支出决算结构情况\n2023年度一般公共预算财政拨款支出1889.05万元，主要用于以下方面：一般公共服务支出1652.28万元，占87.47%；社会保障和就业支出108.57万元，占5.75%；卫生健康支出50.69万元，占2.68%；住房保障支出77.51万元，占4.1%。\n（三）一般公共预算财政拨款支出决算具体情况\n1.行政运行（${code}）：支出决算960.77万元。\n2.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）：支出决算为622.51万元。\n3.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）机关服务（项）：支出决算为43万元。\n4.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）其他政府办公厅（室）及相关机构事务支出（项）：支出决算为26万元。`;
  it('is one classification error, not also a 类 sum blaming the correct 五（二） figure', () => {
    expect(errors(text('2080501'), true).map((x) => x.rule)).toEqual(['narrative-classification']);
  });
  it('its right code places it', () => {
    expect(errors(text('2010301'), true)).toEqual([]);
  });
});
