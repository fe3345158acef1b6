import { findingsOf, sampleModel } from './wordingKindsFixtures';

/**
 * Kinds of share wording that gave false errors on unseen reports: the amounts listed first and
 * their shares after 分别占; the share before its amount (A占p%，为a万元); a share naming no whole
 * where more than one whole is plausible. Each kind has its correct form (no error) and the same
 * form with a real mistake planted (still found, at the right figure). The figures are the bundled
 * sample's (SAMPLE_UNIT, samples/sample-2023.xlsx), so each is also checked against its tables.
 */
const HEAD = '第二部分 2023年度部门决算情况说明\n';

const errors = (body: string, withTables = false) => findingsOf('error', HEAD + body, withTables ? sampleModel() : undefined);

const THREE = '三、支出决算情况说明\n';
const FIVE2 = '五、一般公共预算财政拨款支出决算情况说明\n（二）一般公共预算财政拨款支出决算结构情况\n';
const SEVEN = '七、财政拨款“三公”经费支出决算情况说明\n';
const TEN = '十、其他重要事项的情况说明\n（二）政府采购支出情况\n';

describe('amounts listed, then their shares after 分别占', () => {
  it.each([
    ['two, 和, the whole named', THREE, '2023年度本年支出合计1889.05万元。基本支出1197.54万元、项目支出691.51万元，分别占本年支出合计的63.39%和36.61%。'],
    ['four, 、 between shares', FIVE2, '2023年度一般公共预算财政拨款支出1889.05万元，主要用于以下方面：一般公共服务支出1652.28万元、社会保障和就业支出108.57万元、卫生健康支出50.69万元、住房保障支出77.51万元，分别占87.47%、5.75%、2.68%、4.1%。'],
    ['三公, 其中', SEVEN, '2023年度“三公”经费财政拨款支出决算为5.91万元。其中，公务用车购置及运行维护费4.81万元、公务接待费1.1万元，分别占81.39%和18.61%。'],
    ['items one a clause', THREE, '2023年度本年支出合计1889.05万元，其中基本支出1197.54万元，项目支出691.51万元，分别占63.39%、36.61%。'],
    ['三公, one a clause, the whole named', SEVEN, '2023年度“三公”经费财政拨款支出决算为5.91万元。公务用车购置及运行维护费4.81万元，公务接待费1.1万元，分别占“三公”经费的81.39%、18.61%。'],
  ])('%s: each share is of the amount at its place', (_kind, section, body) => {
    expect(errors(section + body)).toEqual([]);
    expect(errors(section + body, true)).toEqual([]);
  });

  it('shares swapped are found, at the share that is wrong', () => {
    const e = errors(`${THREE}2023年度本年支出合计1889.05万元。基本支出1197.54万元、项目支出691.51万元，分别占本年支出合计的36.61%和63.39%。`);
    expect(e.map((x) => [x.rule, x.quote])).toEqual([['narrative-share', '36.61%'], ['narrative-share', '63.39%']]);
    expect(e[0].message).toContain('基本支出1197.54万元');
  });

  it('a wrong share in a list of four is found at its own figure', () => {
    const e = errors(`${FIVE2}2023年度一般公共预算财政拨款支出1889.05万元，主要用于以下方面：一般公共服务支出1652.28万元、社会保障和就业支出108.57万元、卫生健康支出50.69万元、住房保障支出77.51万元，分别占87.47%、5.75%、3.68%、4.1%。`);
    expect(e.map((x) => [x.rule, x.quote])).toEqual([['narrative-share', '3.68%']]);
  });

  it('三公 shares swapped are found', () => {
    const e = errors(`${SEVEN}2023年度“三公”经费财政拨款支出决算为5.91万元。其中，公务用车购置及运行维护费4.81万元、公务接待费1.1万元，分别占18.61%和81.39%。`);
    expect(e.map((x) => x.quote)).toEqual(['18.61%', '81.39%']);
  });

  it('changes and rates after 分别 follow the same amounts', () => {
    const body = `${SEVEN}2023年度“三公”经费财政拨款支出决算为5.91万元。其中，公务用车购置及运行维护费4.81万元、公务接待费1.1万元，分别较上年减少0.19万元、0.4万元，分别下降3.8%、26.67%。`;
    expect(errors(body)).toEqual([]);
    const e = errors(body.replace('26.67%', '3.67%'));
    expect(e.map((x) => [x.rule, x.quote])).toEqual([['narrative-growth', '3.67%']]);
  });

  it('more shares than listed amounts: whose is unknown, no error', () => {
    expect(errors(`${THREE}2023年度本年支出合计1889.05万元，其中基本支出1197.54万元、项目支出691.51万元，分别占63.39%、36.61%、0%。`)).toEqual([]);
  });
});

describe('the share before its amount (A占p%，为a万元)', () => {
  it.each([
    ['为', THREE, '2023年度本年支出合计1889.05万元，其中基本支出占63.39%，为1197.54万元；项目支出占36.61%，为691.51万元。'],
    ['所占比重为', THREE, '2023年度本年支出合计1889.05万元，其中基本支出所占比重为63.39%，为1197.54万元；项目支出所占比重为36.61%，为691.51万元。'],
    ['four items between 「；」', FIVE2, '2023年度一般公共预算财政拨款支出1889.05万元，其中一般公共服务支出占87.47%，为1652.28万元；社会保障和就业支出占5.75%，为108.57万元；卫生健康支出占2.68%，为50.69万元；住房保障支出占4.1%，为77.51万元。'],
    ['支出, 三公', SEVEN, '2023年度“三公”经费财政拨款支出决算为5.91万元，其中公务用车购置及运行维护费占81.39%，支出4.81万元；公务接待费占18.61%，支出1.1万元。'],
  ])('%s: the amount is the share’s subject’s, not the total’s', (_kind, section, body) => {
    expect(errors(section + body)).toEqual([]);
    expect(errors(section + body, true)).toEqual([]);
  });

  it.each([['占'], ['所占比重为']])('a wrong share before its amount (%s) is found', (verb) => {
    const e = errors(`${THREE}2023年度本年支出合计1889.05万元，其中基本支出${verb}36.61%，为1197.54万元；项目支出${verb}63.39%，为691.51万元。`);
    expect(e.map((x) => [x.rule, x.quote])).toEqual([['narrative-share', '36.61%'], ['narrative-share', '63.39%']]);
    expect(e[0].message).toContain('基本支出1197.54万元 ÷ 1889.05万元');
  });

  it('a wrong amount after its share is found against the tables, at the amount', () => {
    const e = errors(`${SEVEN}2023年度“三公”经费财政拨款支出决算为5.91万元，其中公务用车购置及运行维护费占81.39%，支出4.91万元；公务接待费占18.61%，支出1.1万元。`, true);
    expect(e.map((x) => x.quote)).toContain('4.91万元');
    expect(e.every((x) => x.rule !== 'narrative-cross-section')).toBe(true);
  });
});

describe('shares adding to 100 say the list is whole, in either order', () => {
  it.each([
    ['share after amount', '其中基本支出1197.54万元，占63.39%；项目支出681.51万元，占36.61%。'],
    ['share before amount', '其中基本支出占63.39%，为1197.54万元；项目支出占36.61%，为681.51万元。'],
    ['shares after 分别占', '其中基本支出1197.54万元、项目支出681.51万元，分别占63.39%和36.61%。'],
  ])('%s: parts short of the total are an error', (_kind, list) => {
    const e = errors(`${THREE}2023年度本年支出合计1889.05万元，${list}`);
    expect(e.map((x) => x.rule)).toContain('narrative-parts-sum');
  });
});

describe('a share naming no whole, where more than one is plausible', () => {
  const SME = '2023年度政府采购支出总额13.73万元，其中：政府采购货物支出10.5万元、政府采购服务支出3.23万元。授予中小企业合同金额12.35万元，占政府采购支出总额的89.95%，其中授予小微企业合同金额8.2万元，占';

  it('holds of the whole an earlier share of the sentence names: no error', () => {
    expect(errors(`${TEN}${SME}59.72%。`)).toEqual([]);
    expect(errors(`${TEN}${SME}59.72%。`, true)).toEqual([]);
  });

  it('holds of the total its paragraph opens with: no error', () => {
    const body = `${TEN}2023年度政府采购支出总额13.73万元，其中：政府采购货物支出10.5万元、政府采购服务支出3.23万元。授予中小企业合同金额12.35万元，占89.95%，其中授予小微企业合同金额8.2万元，占59.72%。`;
    expect(errors(body)).toEqual([]);
    expect(errors(body, true)).toEqual([]);
    expect(errors(body.replace('占59.72%', '占57.72%')).map((x) => x.quote)).toEqual(['57.72%']);
  });

  it('holds of its 其中 total: no error', () => {
    expect(errors(`${TEN}${SME}66.4%。`)).toEqual([]);
  });

  it('wrong under every plausible whole: an error that says which whole it assumed', () => {
    const e = errors(`${TEN}${SME}62.72%。`);
    expect(e.map((x) => [x.rule, x.quote])).toEqual([['narrative-share', '62.72%']]);
    expect(e[0].message).toContain('文中未写明是占哪一项的比重');
    expect(e[0].message).toContain('政府采购支出总额');
  });

  it('a wrong share with its whole named is still an error', () => {
    const e = errors(`${TEN}2023年度政府采购支出总额13.73万元。授予中小企业合同金额12.35万元，占政府采购支出总额的88.95%。`);
    expect(e.map((x) => [x.rule, x.quote])).toEqual([['narrative-share', '88.95%']]);
    expect(e[0].message).not.toContain('未写明');
  });
});
