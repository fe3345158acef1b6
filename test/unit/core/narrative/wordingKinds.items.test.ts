import { checkNarrative } from '../../../../src/core/narrative';
import { findingsOf, sampleModel } from './wordingKindsFixtures';

/**
 * Kinds of wording about the items of a list that gave false errors on unseen reports: 五（三）
 * items named without their 类, groups closed by 等, and budget variances (节约, 超支) beside a
 * change from last year. Each kind has its correct wording (no error) and the same wording with a
 * real mistake (still found). The workbook is the fixture generator's SAMPLE_UNIT (T06: 2010301
 * 行政运行 960.77, 2010302 622.51, 2010303 43, 2010399 26; T08: 基本工资 236.95 …).
 */
const HEAD = '第二部分 2023年度部门决算情况说明\n';

const errors = (body: string, withTables = false) => findingsOf('error', HEAD + body, withTables ? sampleModel() : undefined);
const warnings = (body: string, withTables = false) => findingsOf('warning', HEAD + body, withTables ? sampleModel() : undefined);

describe('a budget variance is not a change from last year', () => {
  const SEVEN = '七、财政拨款“三公”经费支出决算情况说明\n';
  const body = (variance: string, change: string) =>
    `${SEVEN}2023年度“三公”经费财政拨款支出预算为6.27万元，支出决算为5.91万元，完成预算的94.26%，${variance}；与2022年度相比${change}，下降0.84%。`;

  it.each([
    ['节约', '节约0.36万元'],
    ['节省', '节省0.36万元'],
    ['结余', '结余0.36万元'],
    ['比预算减少', '比预算减少0.36万元'],
  ])('%s beside the year-on-year change', (_kind, variance) => {
    expect(errors(body(variance, '减少0.05万元'))).toEqual([]);
    expect(errors(body(variance, '减少0.05万元'), true)).toEqual([]);
  });

  it.each(['超支', '超出预算', '超预算'])('%s (决算 above 预算) is a variance too', (word) => {
    expect(errors(`${SEVEN}2023年度“三公”经费财政拨款支出预算为5.50万元，支出决算为5.91万元，${word}0.41万元；与2022年度相比减少0.05万元，下降0.84%。`)).toEqual([]);
  });

  it('a saving compared with last year is a change from last year', () => {
    expect(errors(`${SEVEN}2023年度“三公”经费财政拨款支出决算为5.91万元，与2022年度相比节约0.05万元，下降0.84%。`)).toEqual([]);
    const e = errors(`${SEVEN}2023年度“三公”经费财政拨款支出决算为5.91万元，与2022年度相比节约0.06万元，下降0.84%。`);
    expect(e.map((x) => x.rule)).toEqual(['narrative-growth']);
  });

  it('a wrong year-on-year change next to a saving is still found', () => {
    const e = errors(body('节约0.36万元', '减少0.06万元'));
    expect(e.map((x) => x.rule)).toEqual(['narrative-growth']);
    expect(e[0].quote).toBe('0.84%');
  });

  it('a wrong saving is found against its budget and amount', () => {
    const e = errors(body('节约0.46万元', '减少0.05万元'));
    expect(e.map((x) => x.rule)).toEqual(['narrative-change']);
    expect(e[0].quote).toBe('0.46万元');
    expect(e[0].message).toContain('0.36万元');
  });

  it('a saving written as 超支 is a wrong direction', () => {
    const e = errors(body('超支0.36万元', '减少0.05万元'));
    expect(e.map((x) => x.rule)).toEqual(['narrative-direction']);
  });
});

describe('names closed by 等 are a group, not its last name', () => {
  const SIX = '六、一般公共预算财政拨款基本支出决算情况说明\n';
  const HEAD6 = `${SIX}2023年度一般公共预算财政拨款基本支出1197.54万元，其中：人员经费975.36万元，主要包括`;

  it.each([
    ['…等其他人员支出 after 及', `${HEAD6}基本工资236.95万元、津贴补贴164万元、奖金258.97万元及社会保障缴费、住房公积金等其他人员支出315.44万元。`],
    ['…等 after a comma', `${SIX}人员经费975.36万元，主要包括：基本工资236.95万元、津贴补贴164万元、奖金258.97万元，社会保障缴费、住房公积金等315.44万元。`],
    ['one name and 等', `${HEAD6}基本工资236.95万元、津贴补贴164万元、奖金258.97万元、住房公积金等315.44万元。`],
    ['known names whose lines add up', `${HEAD6}基本工资236.95万元、津贴补贴164万元，职业年金缴费、住房公积金等91.54万元。`],
  ])('%s', (_kind, body) => {
    expect(errors(body)).toEqual([]);
    expect(errors(body, true)).toEqual([]);
  });

  it('the group is its own subject, with its words', () => {
    const r = checkNarrative(`${HEAD}${HEAD6}基本工资236.95万元，社会保障缴费、住房公积金等315.44万元。`);
    const group = r.claims.find((c) => c.written === '315.44')!;
    expect(group.subject).toBe('group:raw:社会保障缴费+econ:30113');
    expect(group.subjectText).toBe('社会保障缴费、住房公积金等');
  });

  it('等 inside a name, and 等于, are no group', () => {
    const r = checkNarrative(`${HEAD}五、一般公共预算财政拨款支出决算情况说明\n2023年度一般公共预算财政拨款支出100万元，主要用于商业服务业等支出100万元，占100%，决算数等于预算数。`);
    expect(r.claims.find((c) => c.written === '100' && c.subjectText.includes('商业'))!.subject).toBe('func:216');
    const words = checkNarrative(`${HEAD}三、支出决算情况说明\n高等教育支出100万元，一等奖奖金5万元。`);
    expect(words.claims.filter((c) => c.subject.startsWith('group:'))).toEqual([]);
  });

  it('a group below the sum of its known lines is still found', () => {
    const e = errors(`${HEAD6}基本工资236.95万元、津贴补贴164万元，职业年金缴费、住房公积金等80万元。`, true);
    expect(e.map((x) => x.rule)).toEqual(['narrative-table-amount']);
    expect(e[0].quote).toBe('80万元');
    expect(e[0].message).toContain('91.54万元');
  });

  it('a wrong group total is still found through its list', () => {
    const e = errors(`${SIX}人员经费975.36万元，其中：基本工资236.95万元、津贴补贴164万元、奖金258.97万元，社会保障缴费、住房公积金等325.44万元。`);
    expect(e.map((x) => x.rule)).toEqual(['narrative-parts-sum']);
    expect(e[0].message).toContain('985.36万元');
    expect(warnings(`${SIX}人员经费975.36万元，主要包括：基本工资236.95万元、津贴补贴164万元、奖金258.97万元，社会保障缴费、住房公积金等325.44万元。`)
      .map((x) => x.rule)).toEqual(['narrative-parts-sum']);
  });
});

describe('五（三） items named without their 类', () => {
  const FIVE = [
    '五、一般公共预算财政拨款支出决算情况说明',
    '（二）一般公共预算财政拨款支出决算结构情况',
    '2023年度一般公共预算财政拨款支出1889.05万元，主要用于以下方面：一般公共服务支出1652.28万元，占87.47%；社会保障和就业支出108.57万元，占5.75%；卫生健康支出50.69万元，占2.68%；住房保障支出77.51万元，占4.1%。',
    '（三）一般公共预算财政拨款支出决算具体情况',
  ].join('\n');
  const PATH = '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）';
  const REST = [
    `2.${PATH}一般行政管理事务（项）：支出决算为622.51万元。`,
    `3.${PATH}机关服务（项）：支出决算为43万元。`,
    `4.${PATH}其他政府办公厅（室）及相关机构事务支出（项）：支出决算为26万元。`,
  ].join('\n');
  const body = (first: string) => `${FIVE}\n${first}\n${REST}`;

  it.each([
    ['the code in brackets after the name', '1.行政运行（2010301）：支出决算960.77万元。'],
    ['the code before the name', '1、2010301行政运行：支出决算960.77万元。'],
    ['the code and a space before the name', '1.2010301 行政运行：支出决算960.77万元。'],
    ['the 款 and the 项 without the 类', '1.政府办公厅（室）及相关机构事务（款）行政运行（项）：支出决算960.77万元。'],
    ['a bare 项 name', '1.行政运行：支出决算960.77万元。'],
    ['a bare 项 name with its budget', '（1）行政运行：年初预算为900万元，支出决算为960.77万元，完成年初预算的106.75%。'],
  ])('%s is counted under its 类, or leaves the sum uncertain', (_kind, first) => {
    expect(errors(body(first))).toEqual([]);
    expect(errors(body(first), true)).toEqual([]);
  });

  it('a bare 项 name takes its 类 from the one row of that name in the table', () => {
    const r = checkNarrative(HEAD + body('1.行政运行：支出决算960.77万元。'), sampleModel());
    const item = r.claims.find((c) => c.written === '960.77')!;
    expect(item.subject).toBe('func:2010301');
    expect(r.verifiedClaims).toContain(item.id);
  });

  it('a wrong item amount is still found, by the 类 sum and against the table', () => {
    const wrong = body('1.行政运行（2010301）：支出决算950.77万元。');
    const e = errors(wrong);
    expect(e.map((x) => x.rule)).toEqual(['narrative-class-sum']);
    expect(e[0].quote).toBe('1652.28万元');
    const t = errors(wrong, true);
    expect(t.map((x) => x.rule)).toEqual(['narrative-table-amount']);
    expect(t[0].quote).toBe('950.77万元');
  });

  it('a wrong amount of a bare 项 name is found against the table', () => {
    const t = errors(body('1.行政运行：支出决算950.77万元。'), true);
    expect(t.map((x) => x.rule)).toEqual(['narrative-table-amount']);
    expect(t[0].quote).toBe('950.77万元');
  });

  it('a code after the name that is another 项’s is found', () => {
    const e = errors(body('1.行政运行（2010302）：支出决算960.77万元。'));
    expect(e.map((x) => x.rule)).toEqual(['narrative-classification']);
    expect(e[0].quote).toBe('行政运行（2010302）');
    expect(e[0].message).toContain('一般行政管理事务');
  });

  it('a 类 printed with its code is a 类 line, not an item of it', () => {
    const r = checkNarrative(`${HEAD}${FIVE}\n1.一般公共服务支出（201）：支出决算1652.28万元。\n${REST}`);
    expect(r.claims.find((c) => c.written === '1652.28' && c.item === 1)!.subject).toBe('func:201');
  });

  it('without the table, an item whose 类 is unknown makes a missing sum a warning naming it', () => {
    const wrong = body('1.行政运行：支出决算950.77万元。');
    expect(errors(wrong)).toEqual([]);
    const w = warnings(wrong).filter((x) => x.rule === 'narrative-class-sum');
    expect(w).toHaveLength(1);
    expect(w[0].message).toContain('第1项“行政运行”（950.77万元）');
  });
});
