import { checkWorkbook } from '../../../../src/core/check';
import { segment } from '../../../../src/core/narrative';
import { buildWorkbook, SAMPLE_UNIT } from '../../../fixtures/generator';
import { narrativeFindings } from './wordingKindsFixtures';

/**
 * Years named on purpose beside the report's own (wordingKinds.test.ts has the first kinds): a
 * budget base of this year (较2023年初预算), sentences about next year's budget or plan that compare
 * with this year (2024年预算较2023年决算, 力争…较2023年下降), and the report year read from the
 * document's title, not outvoted by those sentences. Each with the same wording carrying a real slip.
 */
const TITLE = '2023年度部门决算情况说明\n';
const ONE = '一、收入支出决算总体情况说明\n2023年度收、支总计均为1889.05万元。';

const findings = (text: string) => narrativeFindings(text);
const errors = (text: string) => findings(text).filter((f) => f.severity === 'error');

describe('a comparison with this year’s 年初 (budget or balance) names this year on purpose', () => {
  it.each([
    ['较…年初预算', `${ONE}较2023年初预算增加89.05万元。`],
    ['与…年年初预算相比', `${ONE}与2023年年初预算相比，增加89.05万元。`],
    ['比…年初批复预算', `${ONE}比2023年初批复预算增加89.05万元。`],
    ['a balance against the start of the year', `${ONE}年末资产总额较2023年初增加12.00万元。`],
  ])('%s', (_kind, body) => {
    expect(errors(TITLE + body)).toEqual([]);
  });

  it('the same sentence comparing this year’s actual figure with this year is a slip', () => {
    const e = errors(`${TITLE}${ONE}较2023年增加89.05万元。`);
    expect(e.map((x) => x.rule)).toEqual(['narrative-year']);
    expect(e[0].quote).toBe('2023年');
    expect(e[0].message).toContain('应与2022年比较');
  });
});

describe('a sentence about next year’s budget or plan compares from next year', () => {
  it.each([
    ['2024年将…，力争…较2023年下降', `${ONE}2024年将继续压减非刚性支出，力争一般性支出较2023年下降5%以上。`],
    ['预计2024年…比2023年增长', `${ONE}预计2024年支出比2023年增长3%左右。`],
    ['2024年预算较2023年决算', `${ONE}2024年预算较2023年决算减少10.50万元。`],
    ['2024年度“三公”经费预算较2023年压减', `${ONE}2024年度“三公”经费预算较2023年压减5%。`],
    ['2024年度“三公”经费预算压减', `${ONE}2024年度“三公”经费预算压减5%。`],
    ['力争 without a year', `${ONE}下一步将严控一般性支出，力争较2023年压减5%。`],
    ['2024年，拟…比2023年', `${ONE}2024年，拟安排项目支出比2023年减少20.00万元。`],
  ])('%s', (_kind, body) => {
    expect(errors(TITLE + body)).toEqual([]);
  });

  it('beside a plan, this year’s change against this year is still a slip', () => {
    const e = errors(`${TITLE}${ONE}与2023年度相比，收、支总计各减少35.32万元。2024年将继续压减非刚性支出，力争一般性支出较2023年下降5%以上。`);
    expect(e.map((x) => x.rule)).toEqual(['narrative-year']);
    expect(e[0].quote).toBe('2023年');
  });

  it('a budget beside its 决算 is this year’s statement: next year’s number there is a slip', () => {
    const e = errors(`${TITLE}七、财政拨款“三公”经费支出决算情况说明\n2024年度“三公”经费财政拨款预算为10.00万元，支出决算为9.00万元。`);
    expect(e.map((x) => x.rule)).toEqual(['narrative-year']);
    expect(e[0].quote).toBe('2024年');
  });

  it('last year’s number on this year’s 年初预算 and 决算 is a slip', () => {
    const e = errors(`${TITLE}五、一般公共预算财政拨款支出决算情况说明\n2022年度一般公共预算财政拨款支出年初预算为500.00万元，支出决算为480.00万元。`);
    expect(e.map((x) => x.rule)).toEqual(['narrative-year']);
    expect(e[0].quote).toBe('2022年');
  });

  it('this year’s budget compared with this year is a slip (no plan’s year is later)', () => {
    const e = errors(`${TITLE}七、财政拨款“三公”经费支出决算情况说明\n2023年度“三公”经费预算为10.00万元，较2023年增加1.00万元。`);
    expect(e.map((x) => x.rule)).toEqual(['narrative-year']);
    expect(e[0].quote).toBe('2023年');
  });
});

describe('the report year is the one the report states', () => {
  const planned = `${ONE}2024年度“三公”经费预算较2023年压减5%。`;

  it.each([
    ['a title line', TITLE + planned],
    ['a unit’s title with 年 only', `某县统计局2023年“三公”经费决算情况说明\n${planned}`],
    ['a title and a publication date', `某县统计局2023年度部门决算\n公开时间：2024年9月16日\n${planned}`],
    ['a title naming next year’s 预算 and this year’s 决算', `某县统计局2024年部门预算及2023年决算公开\n${planned}`],
    ['a title with the year after 决算', `部门决算情况说明（2023年度）\n${planned}`],
    ['no title: next year’s budget does not vote', planned],
  ])('%s', (_kind, text) => {
    expect(segment(text).year).toBe(2023);
    expect(errors(text)).toEqual([]);
  });

  it('a title’s year is not outvoted by slips in the text: the slips are found', () => {
    const text = `${TITLE}一、收入支出决算总体情况说明\n2022年度收、支总计均为1889.05万元。\n二、收入决算情况说明\n2022年度本年收入合计1889.05万元。`;
    expect(segment(text).year).toBe(2023);
    const e = errors(text);
    expect(e.map((x) => x.rule)).toEqual(['narrative-year', 'narrative-year']);
    expect(e.map((x) => x.quote)).toEqual(['2022年', '2022年']);
  });

  const grids = buildWorkbook(SAMPLE_UNIT).grids;

  it('with the 2023 workbook: the same year, and the figures are compared with the tables', () => {
    const r = checkWorkbook(grids, { narrative: TITLE + planned });
    expect(r.findings.filter((f) => f.narrative && f.severity === 'error')).toEqual([]);
    expect(r.narrative!.verified).toBeGreaterThan(0);
    // A figure the tables contradict is still found.
    const wrong = checkWorkbook(grids, { narrative: TITLE + planned.replace('1889.05', '1898.05') });
    expect(wrong.findings.some((f) => f.rule === 'narrative-table-amount' && f.severity === 'error')).toBe(true);
  });

  it('a 2022 说明 with its own next-year plan is still another year than the 2023 workbook', () => {
    const text = `2022年度部门决算情况说明\n一、收入支出决算总体情况说明\n2022年度收、支总计均为1889.05万元。2023年度“三公”经费预算较2022年压减5%。`;
    const r = checkWorkbook(grids, { narrative: text });
    expect(r.findings.filter((f) => f.rule === 'narrative-other-year').map((f) => f.message)).toEqual([
      expect.stringContaining('这份说明是2022年度的，工作簿是2023年度的决算'),
    ]);
  });
});

describe('without a title, this year’s statement outweighs a comparison', () => {
  it('a slip comparing with this year does not make the report next year’s', () => {
    const text = '一、收入支出决算总体情况说明\n2023年度收、支总计均为1889.05万元，较2023年增加10.00万元。2024年度“三公”经费预算较2023年压减5%。';
    expect(segment(text).year).toBe(2023);
    const e = errors(text);
    expect(e.map((x) => x.rule)).toEqual(['narrative-year']);
    expect(e[0].message).toContain('应与2022年比较，文中写“较2023年”');
  });
});
