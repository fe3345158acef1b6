import { checkNarrative } from '../../../../src/core/narrative';
import { findingsOf, publishedModel } from './wordingKindsFixtures';

/**
 * Kinds of wording about names and the document's layout that gave false errors (or a silent
 * miss) on unseen reports: a contents page before the 说明, a 款/项 name that contains a 类 name
 * (其他社会保障和就业支出, 城乡社区管理事务), a PDF break inside a name of a 功能分类 path, the share
 * reserved for 中小企业 beside the amount awarded to them, and the fleet of all vehicles beside the
 * 公务用车. Each kind has its correct wording (no error) and the same wording with a real mistake
 * (still found). Workbooks: the generator's ZUZHIBU_2023 (T06: 208 社会保障和就业支出 76.44, 20899
 * 其他社会保障和就业支出 0.74, 2080801 死亡抚恤 42.49) and SHENPIJU_2022 (收、支总计 715.87).
 */
type Unit = 'ZUZHIBU_2023' | 'SHENPIJU_2022';
const errors = (text: string, tables?: Unit) => findingsOf('error', text, tables ? publishedModel(tables) : undefined);
const warnings = (text: string, tables?: Unit) => findingsOf('warning', text, tables ? publishedModel(tables) : undefined);

describe('a contents page does not delimit the 说明', () => {
  const body = (total: string, rate: string) =>
    '第一部分 部门概况\n本单位内设4个股室。\n第二部分 2022年度部门决算情况说明\n一、收入支出决算总体情况说明\n' +
    `2022年度收、支总计均为${total}万元。与2021年度相比，收、支总计各增加294.81万元，增长${rate}%。\n` +
    '第三部分 名词解释\n一、财政拨款收入：指单位从同级财政部门取得的财政预算资金。\n';
  const pages: [string, string][] = [
    ['目录 and the parts', '目录\n第一部分 部门概况\n第二部分 2022年度部门决算情况说明\n第三部分 名词解释\n'],
    ['dot leaders and page numbers', '目  录\n第一部分 部门概况……………1\n一、部门职责……1\n第二部分 2022年度部门决算情况说明…………3\n一、收入支出决算总体情况说明……3\n第三部分 名词解释……9\n'],
    ['no 目录 heading, page numbers after a blank', '第一部分 部门概况 1\n第二部分 2022年度部门决算情况说明 3\n第三部分 名词解释 9\n'],
  ];

  it.each(pages)('%s: the 说明 after it is read and agrees with the tables', (_kind, page) => {
    const r = checkNarrative(page + body('715.87', '70.02'), publishedModel('SHENPIJU_2022'), { listUnverified: false });
    expect(r.figures).toBe(3);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.each(pages)('%s: a wrong total and rate after it are still found', (_kind, page) => {
    const e = errors(page + body('751.87', '90.02'), 'SHENPIJU_2022');
    expect(e.map((x) => [x.rule, x.quote])).toEqual([
      ['narrative-table-amount', '751.87万元'],
      ['narrative-growth', '90.02%'],
    ]);
  });

  it('a contents page followed by a 说明 that starts with its own part heading', () => {
    const page = '目录\n第一部分 部门概况\n第二部分 2022年度部门决算情况说明\n第三部分 名词解释\n';
    const text = `${page}第二部分 2022年度部门决算情况说明\n一、收入支出决算总体情况说明\n2022年度收、支总计均为751.87万元。\n`;
    expect(errors(text, 'SHENPIJU_2022').map((x) => [x.rule, x.quote])).toEqual([['narrative-table-amount', '751.87万元']]);
  });

  it('a text with no figure at all says that nothing was checked', () => {
    const w = warnings('目录\n第一部分 部门概况\n第二部分 2022年度部门决算情况说明\n第三部分 名词解释\n');
    expect(w.map((x) => x.rule)).toEqual(['narrative-no-figures']);
    expect(w[0].message).toContain('未作任何核对');
    expect(warnings(body('715.87', '70.02')).map((x) => x.rule)).toEqual([]);
  });
});

const FIVE = '2023年度部门决算情况说明\n五、一般公共预算财政拨款支出决算情况说明\n';

describe('a name matches as a whole: 其他 + a 类 name, or a 类 name with more name after it, is not the 类', () => {
  it.each([
    ['with 款', '（三）一般公共预算财政拨款支出决算具体情况\n其他社会保障和就业支出（款）'],
    ['bare', '（三）一般公共预算财政拨款支出决算具体情况\n其他社会保障和就业支出'],
  ])('其他社会保障和就业支出 %s is its own 款, tied to its row', (_kind, head) => {
    expect(errors(`${FIVE}${head}0.74万元。`, 'ZUZHIBU_2023')).toEqual([]);
    const e = errors(`${FIVE}${head}0.84万元。`, 'ZUZHIBU_2023');
    expect(e.map((x) => [x.rule, x.quote])).toEqual([['narrative-table-amount', '0.84万元']]);
    expect(e[0].message).toContain('20899 其他社会保障和就业支出');
  });

  const five2 = (other: string) =>
    `${FIVE}（二）一般公共预算财政拨款支出决算结构情况\n2023年度一般公共预算财政拨款支出912.26万元，其中社会保障和就业支出76.44万元，占8.38%，` +
    `主要是机关事业单位基本养老保险缴费支出29.74万元、死亡抚恤42.49万元、其他社会保障和就业支出${other}万元。`;
  it('in a list of the 类’s own items, with and without the tables', () => {
    expect(errors(five2('0.74'))).toEqual([]);
    expect(errors(five2('0.74'), 'ZUZHIBU_2023')).toEqual([]);
    expect(errors(five2('0.84'), 'ZUZHIBU_2023').map((x) => [x.rule, x.quote])).toEqual([['narrative-table-amount', '0.84万元']]);
  });

  const nested = (other: string) =>
    '2022年度部门决算情况说明\n五、一般公共预算财政拨款支出决算情况说明\n（二）一般公共预算财政拨款支出决算结构情况\n' +
    '2022年度一般公共预算财政拨款支出715.87万元，主要用于以下方面：一般公共服务支出399.04万元，占55.74%；' +
    `社会保障和就业支出26.95万元，占3.76%（含其他社会保障和就业支出${other}万元）；卫生健康支出9.91万元，占1.38%；农林水支出258.6万元，占36.12%；住房保障支出21.36万元，占2.98%。`;
  it('its 款 in brackets after the 类 is inside that part of the list, not one more part', () => {
    expect(errors(nested('0.89'))).toEqual([]);
    expect(errors(nested('0.89'), 'SHENPIJU_2022')).toEqual([]);
    expect(errors(nested('0.98'), 'SHENPIJU_2022').map((x) => [x.rule, x.quote])).toEqual([['narrative-table-amount', '0.98万元']]);
  });

  const loose = (cls: string, kuan: string, again = '') =>
    `${FIVE}（二）一般公共预算财政拨款支出决算结构情况\n2023年度一般公共预算财政拨款支出中，${cls}100.00万元，占10%。\n` +
    `（三）一般公共预算财政拨款支出决算具体情况\n${kuan}30.00万元。\n${again}`;
  it.each([
    ['城乡社区管理事务 (a 款 of 城乡社区支出)', '城乡社区支出', '城乡社区管理事务'],
    ['城乡社区住宅 (a 款 of 住房保障支出)', '城乡社区支出', '城乡社区住宅支出'],
    ['卫生健康管理事务', '卫生健康支出', '卫生健康管理事务'],
  ])('%s is not the 类 named without 支出', (_kind, cls, kuan) => {
    expect(errors(loose(cls, kuan))).toEqual([]);
  });
  it('the 类 named without 支出 is still the 类', () => {
    const e = errors(loose('城乡社区支出', '城乡社区管理事务', '城乡社区120.00万元。'));
    expect(e.map((x) => [x.rule, x.quote])).toEqual([['narrative-cross-section', '120.00万元']]);
  });
});

describe('a PDF break inside a name of a 功能分类 path', () => {
  const text = (broken: string, amount: string) =>
    `${FIVE}（二）一般公共预算财政拨款支出决算结构情况\n2023年度一般公共预算财政拨款支出912.26万元，其中社会保障和就业支出76.44万元，占8.38%。\n` +
    '（三）一般公共预算财政拨款支出决算具体情况\n' +
    '1.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：支出决算为29.74万元。\n' +
    '2.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）：支出决算为3.46万元。\n' +
    `3.社会保障和就业支出（类）抚恤（款）${broken}（项）：支出决算为${amount}万元。\n` +
    '4.社会保障和就业支出（类）其他社会保障和就业支出（款）其他社会保障和就业支出（项）：支出决算为0.74万元。\n';

  it.each([['死亡抚⏎恤', '死亡抚\n恤'], ['死亡⏎抚恤', '死亡\n抚恤'], ['indented', '死亡抚\n　　恤']])('%s is one name, its item counted in the 类', (_kind, broken) => {
    expect(errors(text(broken, '42.49'))).toEqual([]);
    expect(errors(text(broken, '42.49'), 'ZUZHIBU_2023')).toEqual([]);
    // Read as the 项 死亡抚恤 of its path, not as a figure of nothing (raw:支出决算为).
    expect(checkNarrative(text(broken, '42.49')).claims.find((c) => c.written === '42.49')?.subject).toBe('func:2080801');
  });

  it('a wrong figure of the broken item is still found, against the 类 and against its row', () => {
    expect(errors(text('死亡抚\n恤', '42.59')).map((x) => x.rule)).toEqual(['narrative-class-sum']);
    const e = errors(text('死亡抚\n恤', '42.59'), 'ZUZHIBU_2023');
    expect(e.map((x) => [x.rule, x.quote])).toEqual([['narrative-table-amount', '42.59万元']]);
    expect(e[0].message).toContain('2080801 死亡抚恤');
  });
});

describe('the share reserved for 中小企业 is not the amount awarded to them', () => {
  const TEN = '2023年度部门决算情况说明\n十、其他重要事项的情况说明\n（二）政府采购支出情况\n';
  it.each([
    ['面向中小企业预留采购份额', '面向中小企业预留采购份额40万元，授予中小企业合同金额50.4万元。'],
    ['为中小企业预留的份额', '为中小企业预留的采购份额40万元，授予中小企业合同金额50.4万元，其中授予小微企业合同金额32.6万元；预留给小微企业的份额20万元。'],
  ])('%s', (_kind, sentence) => {
    expect(errors(`${TEN}2023年度政府采购支出总额56.8万元。${sentence}`)).toEqual([]);
    expect(errors(`${TEN}2023年度政府采购支出总额56.8万元。${sentence}`, 'ZUZHIBU_2023')).toEqual([]);
  });

  it('the amount awarded stated twice differently is still found', () => {
    const e = errors(`${TEN}2023年度政府采购支出总额56.8万元。面向中小企业预留采购份额40万元，授予中小企业合同金额50.4万元。\n（四）其他\n授予中小企业合同金额50.5万元。`);
    expect(e.map((x) => [x.rule, x.quote])).toEqual([['narrative-cross-section', '50.5万元']]);
  });
});

describe('every vehicle held (国有资产) is not the 公务用车 fleet (三公)', () => {
  const text = (official: string, assets: string) =>
    '2023年度部门决算情况说明\n七、财政拨款“三公”经费支出决算情况说明\n' +
    `截至2023年12月31日，本部门共有公务用车${official}。\n十、其他重要事项的情况说明\n（三）国有资产占有使用情况\n截至2023年12月31日，本部门${assets}\n`;

  it('more vehicles than 公务用车 is no finding', () => {
    const t = text('0辆', '共有车辆2辆，其中其他用车2辆（为下属事业单位业务用车）。');
    expect(errors(t)).toEqual([]);
    expect(errors(t, 'ZUZHIBU_2023')).toEqual([]);
    expect(warnings(t)).toEqual([]);
  });

  it('fewer vehicles than 公务用车 is a warning about the scopes', () => {
    const t = text('3辆', '共有车辆2辆，其中其他用车2辆。');
    expect(errors(t)).toEqual([]);
    const w = warnings(t);
    expect(w.map((x) => [x.rule, x.quote])).toEqual([['narrative-cross-section', '2辆']]);
    expect(w[0].message).toContain('口径');
  });

  it('the same 公务用车 fleet stated twice differently is still an error', () => {
    const e = errors(text('1辆', '共有公务用车2辆。'));
    expect(e.map((x) => [x.rule, x.quote])).toEqual([['narrative-cross-section', '2辆']]);
  });
});
