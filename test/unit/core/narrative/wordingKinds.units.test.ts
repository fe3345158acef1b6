import { checkWorkbook } from '../../../../src/core/check';
import { WorkbookModel } from '../../../../src/core/model/types';
import { PUBLISHED_REPORTS, publishedWorkbook } from '../../../fixtures/generator';
import { narrativeFindings } from './wordingKindsFixtures';

/**
 * Kinds of wording about units and wholes that gave false errors on unseen reports: rates computed
 * from figures printed in 亿元 (their rounding is ±50万元 at two decimals); a whole's figure written
 * inside its share (占基本支出686.2万元的42.26%); shares of items named before 分别占 with no amounts;
 * an amount printed with fewer decimals than the table's. Each kind has its correct form (no error)
 * and the same form with a real mistake planted (still found, at the right figure). The workbooks
 * are the published reports' (组织部 2023, 审批局 2022), so each is also checked against its tables.
 */
const HEAD_2023 = '2023年度部门决算情况说明\n';
const HEAD_2022 = '2022年度部门决算情况说明\n';

let zuzhibu: WorkbookModel;
let shenpiju: WorkbookModel;
beforeAll(() => {
  zuzhibu = checkWorkbook(publishedWorkbook(PUBLISHED_REPORTS.ZUZHIBU_2023).grids).model!;
  shenpiju = checkWorkbook(publishedWorkbook(PUBLISHED_REPORTS.SHENPIJU_2022).grids).model!;
});

const findings = narrativeFindings;
const errors = (text: string, model?: WorkbookModel) => findings(text, model).filter((f) => f.severity === 'error');

const ONE = '一、收入支出决算总体情况说明\n';
const THREE = '三、支出决算情况说明\n';
const SIX = '六、一般公共预算财政拨款基本支出决算情况说明\n';
const TEN_OP = '十、其他重要事项的情况说明\n（一）机关运行经费支出情况\n';
const TEN_PROCURE = '十、其他重要事项的情况说明\n（二）政府采购支出情况\n';

describe('rates of figures printed in 亿元 are judged over the range their rounding allows', () => {
  it.each([
    ['growth, 2 decimals', `${HEAD_2023}${ONE}2023年度收、支总计均为21.46亿元，与2022年度相比，收、支总计各增加1.23亿元，增长6.10%。`],
    ['shares, 2 decimals', `${HEAD_2023}${THREE}2023年度本年支出合计21.46亿元，其中：基本支出3.12亿元，占14.55%；项目支出18.34亿元，占85.45%。`],
    ['completion, 2 decimals', `${HEAD_2023}五、一般公共预算财政拨款支出决算情况说明\n2023年度一般公共预算财政拨款支出全年预算数为12.33亿元，支出决算数为12.14亿元，完成全年预算数的98.50%。`],
    ['growth, 4 decimals', `${HEAD_2022}${ONE}2022年度收、支总计均为0.0716亿元，与2021年度相比，收、支总计各增加0.0295亿元，增长70.02%。`],
  ])('%s: a rate from the unrounded figures is no error', (_kind, text) => {
    expect(errors(text)).toEqual([]);
  });

  it('against the tables too (0.0716亿元 is 715.87万元 rounded)', () => {
    expect(errors(`${HEAD_2022}${ONE}2022年度收、支总计均为0.0716亿元，与2021年度相比，收、支总计各增加0.0295亿元，增长70.02%。`, shenpiju)).toEqual([]);
  });

  it('the derived figures are said in the text’s unit, not mixed with 万元', () => {
    const f = findings(`${HEAD_2023}${ONE}2023年度收、支总计均为21.46亿元，与2022年度相比，收、支总计各增加1.23亿元，增长6.10%。`)
      .find((x) => x.rule === 'narrative-growth');
    expect(f?.severity).toBe('info');
    expect(f?.message).toContain('21.46亿元 − 1.23亿元 = 20.23亿元');
  });

  it.each([
    ['growth', `${HEAD_2023}${ONE}2023年度收、支总计均为21.46亿元，与2022年度相比，收、支总计各增加1.23亿元，增长6.50%。`, 'narrative-growth', '6.50%'],
    ['share', `${HEAD_2023}${THREE}2023年度本年支出合计21.46亿元，其中：基本支出3.12亿元，占15.55%；项目支出18.34亿元，占85.45%。`, 'narrative-share', '15.55%'],
    ['completion', `${HEAD_2023}五、一般公共预算财政拨款支出决算情况说明\n2023年度一般公共预算财政拨款支出全年预算数为12.33亿元，支出决算数为12.14亿元，完成全年预算数的99.50%。`, 'narrative-completion', '99.50%'],
    ['growth, 4 decimals', `${HEAD_2022}${ONE}2022年度收、支总计均为0.0716亿元，与2021年度相比，收、支总计各增加0.0295亿元，增长75.02%。`, 'narrative-growth', '75.02%'],
  ])('a wrong %s beyond that range is still an error', (_kind, text, rule, quote) => {
    expect(errors(text).map((e) => [e.rule, e.quote])).toEqual([[rule, quote]]);
  });

  it('a wrong rate in 亿元 is found against the tables too', () => {
    const e = errors(`${HEAD_2022}${ONE}2022年度收、支总计均为0.0716亿元，与2021年度相比，收、支总计各增加0.0295亿元，增长75.02%。`, shenpiju);
    expect(e.map((x) => [x.rule, x.quote])).toEqual([['narrative-growth', '75.02%']]);
  });

  it('万元 figures keep the tables’ ±0.005万元: 6.30% for 1.23 ÷ 20.23 is wrong', () => {
    const e = errors(`${HEAD_2023}${ONE}2023年度收、支总计均为21.46万元，与2022年度相比，收、支总计各增加1.23万元，增长6.30%。`);
    expect(e.map((x) => [x.rule, x.quote])).toEqual([['narrative-growth', '6.30%']]);
  });
});

describe('a whole written inside its share (占W X万元的p%) is the whole’s figure', () => {
  it.each([
    ['三, 其中', `${HEAD_2023}${THREE}2023年度本年支出合计912.26万元，其中：基本支出686.2万元，占本年支出合计912.26万元的75.22%；项目支出226.06万元，占本年支出合计912.26万元的24.78%。`],
    ['的比重为', `${HEAD_2023}${THREE}2023年度本年支出合计912.26万元，其中：基本支出686.2万元，占本年支出合计912.26万元的比重为75.22%。`],
    ['在W中占', `${HEAD_2023}${THREE}2023年度本年支出合计912.26万元，其中：基本支出686.2万元，在本年支出合计912.26万元中占75.22%。`],
    ['机关运行经费, a change after it', `${HEAD_2023}${TEN_OP}2023年度机关运行经费支出289.99万元，占基本支出686.2万元的42.26%，与2022年度相比减少35.56万元，下降10.92%。`],
    ['政府采购', `${HEAD_2023}${TEN_PROCURE}2023年度政府采购支出总额56.8万元。授予中小企业合同金额50.4万元，占政府采购支出总额56.8万元的88.73%，其中：授予小微企业合同金额32.6万元，占政府采购支出总额的57.39%。`],
  ])('%s: no error, with or without the tables', (_kind, text) => {
    expect(errors(text)).toEqual([]);
    expect(errors(text, zuzhibu)).toEqual([]);
  });

  it('a wrong share is found, of the part before 占', () => {
    const e = errors(`${HEAD_2023}${THREE}2023年度本年支出合计912.26万元，其中：基本支出686.2万元，占本年支出合计912.26万元的75.32%。`);
    expect(e.map((x) => [x.rule, x.quote])).toEqual([['narrative-share', '75.32%']]);
    expect(e[0].message).toContain('基本支出686.2万元 ÷ 912.26万元');
  });

  it('a wrong rate after it is found, of the part (289.99 + 35.56), not of the whole', () => {
    const e = errors(`${HEAD_2023}${TEN_OP}2023年度机关运行经费支出289.99万元，占基本支出686.2万元的42.26%，与2022年度相比减少35.56万元，下降10.29%。`, zuzhibu);
    expect(e.map((x) => [x.rule, x.quote])).toEqual([['narrative-growth', '10.29%']]);
    expect(e[0].message).toContain('325.55万元');
  });

  it('a wrong whole inside the share is found against the tables, and the share against it', () => {
    const text = `${HEAD_2023}${THREE}2023年度本年支出合计912.26万元，其中：基本支出686.2万元，占本年支出合计921.26万元的75.22%。`;
    expect(errors(text, zuzhibu).map((x) => [x.rule, x.quote])).toEqual([['narrative-table-amount', '921.26万元']]);
    expect(errors(text).map((x) => x.rule).sort()).toEqual(['narrative-cross-section', 'narrative-share']);
  });
});

describe('items named before 分别占, with no amounts in the sentence', () => {
  const body = (p: string, q: string) => `${HEAD_2023}${SIX}2023年度一般公共预算财政拨款基本支出686.2万元，其中人员经费和公用经费分别占基本支出的${p}和${q}。`;

  it('each share is of its item’s figure in the tables (396.22 and 289.99 of 686.2)', () => {
    expect(errors(body('57.74%', '42.26%'), zuzhibu)).toEqual([]);
    expect(errors(body('57.74%', '42.26%'))).toEqual([]);
  });

  it('shares swapped are found, each at its own figure', () => {
    const e = errors(body('42.26%', '57.74%'), zuzhibu);
    expect(e.map((x) => [x.rule, x.quote])).toEqual([['narrative-share', '42.26%'], ['narrative-share', '57.74%']]);
    expect(e[0].message).toContain('人员经费396.22万元');
  });

  it('with no tables, the items’ amounts stated later in the section are used, as a warning', () => {
    const text = (p: string, q: string) => `${HEAD_2023}${THREE}2023年度本年支出合计912.26万元，基本支出和项目支出分别占本年支出合计的${p}和${q}。其中基本支出686.2万元，项目支出226.06万元。`;
    expect(findings(text('75.22%', '24.78%')).filter((f) => f.severity !== 'info')).toEqual([]);
    const w = findings(text('24.78%', '75.22%')).filter((f) => f.severity !== 'info');
    expect(w.map((x) => [x.severity, x.rule, x.quote])).toEqual([['warning', 'narrative-share', '24.78%'], ['warning', 'narrative-share', '75.22%']]);
    expect(w[0].message).toContain('基本支出686.2万元 ÷ 912.26万元');
    expect(errors(text('24.78%', '75.22%'), zuzhibu).map((x) => x.quote)).toEqual(['24.78%', '75.22%']);
  });

  it('a name that holds 和 itself is not cut in two', () => {
    const text = `${HEAD_2023}五、一般公共预算财政拨款支出决算情况说明\n（二）一般公共预算财政拨款支出决算结构情况\n2023年度一般公共预算财政拨款支出912.26万元，其中社会保障和就业支出76.44万元，占8.38%。`;
    expect(errors(text, zuzhibu)).toEqual([]);
    expect(errors(text.replace('8.38%', '8.83%'), zuzhibu).map((x) => x.quote)).toEqual(['8.83%']);
  });
});

describe('an amount printed with fewer decimals than the table', () => {
  const text = (total: string) => `${HEAD_2022}${ONE}2022年度收、支总计均为${total}万元。与2021年度相比，收、支总计各增加294.8万元，增长70.0%。`;

  it('equal to the table rounded at its decimals (715.9 for 715.87) is a warning that says so', () => {
    const f = findings(text('715.9'), shenpiju).filter((x) => x.rule === 'narrative-table-amount');
    expect(f.map((x) => [x.severity, x.quote])).toEqual([['warning', '715.9万元']]);
    expect(f[0].message).toContain('四舍五入相符');
  });

  it('not equal even so (715.8 for 715.87) is an error', () => {
    const e = errors(text('715.8'), shenpiju);
    expect(e.map((x) => [x.rule, x.quote])).toEqual([['narrative-table-amount', '715.8万元']]);
  });
});
