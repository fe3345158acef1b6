import { checkNarrative } from '../../../../src/core/narrative';
import { findingsOf, publishedModel } from './wordingKindsFixtures';

/**
 * Kinds of wording about counts and the things counted that gave false errors on unseen reports:
 * an amount after a count (接待上级调研28批次5.8万元), two breakdowns of one count in one sentence,
 * the money a 绩效 evaluation covered (涉及一般公共预算支出174.6万元), and names closed by 合计.
 * Each kind has its correct form (no error) and the same form with a real mistake planted (still
 * found, at the right figure). The workbook is 昭化区委组织部 2023 (PUBLISHED_REPORTS.ZUZHIBU_2023:
 * 公务接待费 9.4, 一般公共预算财政拨款支出 912.26, 项目支出 226.06, 基本工资 95.35, 津贴补贴 74.23,
 * 奖金 99.26, 人员经费 396.22).
 */
const HEAD = '2023年度部门决算情况说明\n';

const tables = (withTables: boolean) => (withTables ? publishedModel('ZUZHIBU_2023') : undefined);
const errors = (body: string, withTables = false) => findingsOf('error', HEAD + body, tables(withTables));
const warnings = (body: string, withTables = false) => findingsOf('warning', HEAD + body, tables(withTables));
const both = (body: string) => [...errors(body), ...errors(body, true)];

const RECEPTION = '七、财政拨款“三公”经费支出决算情况说明\n（二）“三公”经费财政拨款支出决算具体情况说明\n';
const PERFORMANCE = '十、其他重要事项的情况说明\n（四）预算绩效管理情况\n';

describe('an amount after a count is the money of what was counted', () => {
  it.each([
    ['right after the count', '3.公务接待费支出决算为9.4万元，其中：接待上级调研28批次5.8万元，接待兄弟市州来昭考察17批次3.6万元。'],
    ['after the count and 支出', '公务接待费支出决算为9.4万元，其中接待上级调研28批次，支出5.8万元；接待兄弟市州来昭考察17批次，支出3.6万元。'],
    ['after 批次 and 人次', '3.公务接待费支出决算为9.4万元。国内公务接待45批次380人次，共计支出9.4万元，其中：接待上级调研28批次246人次5.8万元，接待兄弟市州来昭考察17批次134人次3.6万元。'],
    ['after 次, 共计', '3.公务接待费支出决算为9.4万元，其中：接待上级调研28次，共计5.8万元；接待兄弟市州来昭考察17次，共计3.6万元。'],
  ])('%s', (_kind, body) => {
    expect(both(RECEPTION + body)).toEqual([]);
  });

  it('the parts still add up to their whole', () => {
    const body = '3.公务接待费支出决算为9.4万元。国内公务接待45批次380人次，共计支出9.4万元，其中：接待上级调研28批次246人次5.8万元，接待兄弟市州来昭考察17批次134人次3.7万元。';
    const w = [...errors(RECEPTION + body), ...warnings(RECEPTION + body)];
    expect(w.map((x) => x.rule)).toContain('narrative-parts-sum');
    expect(w.find((x) => x.rule === 'narrative-parts-sum')!.message).toContain('3.7万元');
  });

  it('parts that name none of the total\'s own parts but miss it are a warning', () => {
    const body = '3.公务接待费支出决算为9.4万元，其中：接待上级调研28批次5.8万元，接待兄弟市州来昭考察17批次3.7万元。';
    expect(errors(RECEPTION + body)).toEqual([]);
    const w = warnings(RECEPTION + body);
    expect(w.map((x) => x.rule)).toEqual(['narrative-parts-sum']);
    expect(w[0].message).toContain('5.8万元 + 3.7万元');
  });

  it('a wrong total after the parts is still found against the tables', () => {
    const e = errors(`${RECEPTION}3.公务接待费支出决算为9.5万元，其中：接待上级调研28批次5.8万元，接待兄弟市州来昭考察17批次3.6万元。`, true);
    expect(e.map((x) => [x.rule, x.quote])).toEqual([['narrative-table-amount', '9.5万元']]);
  });

  it('a count whose parts do not add up is still found', () => {
    const e = errors(`${RECEPTION}3.公务接待费支出决算为9.4万元。国内公务接待45批次，其中：接待上级调研28批次5.8万元，接待兄弟市州来昭考察18批次3.6万元。`);
    expect(e.map((x) => x.rule)).toEqual(['narrative-parts-sum']);
    expect(e[0].message).toContain('46批次');
  });
});

describe('two breakdowns of one count in one sentence', () => {
  it.each([
    ['by level, then by grade', '共开展绩效自评项目9个，其中：一级项目1个、二级项目8个；评价结果为“优”的8个、“良”的1个。'],
    ['the second with its own 其中', '共开展绩效自评项目9个，其中：一级项目1个、二级项目8个；其中评价结果为“优”的8个、“良”的1个。'],
    ['the grades not all listed', '共开展绩效自评项目9个，其中：一级项目1个、二级项目8个；评价结果为“优”的7个、“良”的1个。'],
    ['one list split by ；', '共开展绩效自评项目9个，其中：一级项目1个；二级项目8个。'],
  ])('%s', (_kind, body) => {
    expect(both(PERFORMANCE + body)).toEqual([]);
  });

  it('a first breakdown that misses is still an error, naming only its own parts', () => {
    const e = errors(`${PERFORMANCE}共开展绩效自评项目9个，其中：一级项目1个、二级项目7个；评价结果为“优”的8个、“良”的1个。`);
    expect(e.map((x) => x.rule)).toEqual(['narrative-parts-sum']);
    expect(e[0].message).toContain('8个');
    expect(e[0].message).not.toContain('“良”');
  });

  it('a second breakdown that exceeds the whole is an error', () => {
    const e = errors(`${PERFORMANCE}共开展绩效自评项目9个，其中：一级项目1个、二级项目8个；评价结果为“优”的9个、“良”的1个。`);
    expect(e.map((x) => x.rule)).toEqual(['narrative-parts-sum']);
    expect(e[0].message).toContain('10个');
  });

  it('one list split by ； that misses is an error', () => {
    const e = errors(`${PERFORMANCE}共开展绩效自评项目9个，其中：一级项目1个；二级项目7个。`);
    expect(e.map((x) => x.rule)).toEqual(['narrative-parts-sum']);
  });
});

describe('the money a 绩效 evaluation covered is not the year\'s total', () => {
  it.each([
    ['涉及…支出, under 其他重要事项', PERFORMANCE, '组织对“东西部协作人才交流”等3个项目开展了部门评价，涉及一般公共预算支出174.6万元。'],
    ['涉及…支出, under a national heading', '十、预算绩效管理情况\n', '组织对“东西部协作人才交流”等3个项目开展了部门评价，涉及一般公共预算支出174.6万元。'],
    ['涉及…, then a share of 项目支出', PERFORMANCE, '组织对2个项目开展重点绩效评价，涉及一般公共预算财政拨款支出154.6万元，占项目支出的68.39%。'],
    ['纳入…范围的…, two funds', PERFORMANCE, '纳入绩效自评范围的一般公共预算支出226.06万元，政府性基金预算支出0万元。'],
    ['覆盖…资金', PERFORMANCE, '开展绩效自评项目9个，覆盖项目支出174.6万元。'],
    ['the evaluated money named', PERFORMANCE, '2023年度开展绩效自评的项目支出174.6万元，占项目支出总额的77.24%。'],
    ['评价…资金', PERFORMANCE, '对3个项目开展部门评价，评价项目资金174.6万元。'],
    ['涉及资金', PERFORMANCE, '对3个项目开展了部门评价，涉及资金174.6万元，占一般公共预算财政拨款支出的19.14%。'],
  ])('%s', (_kind, section, body) => {
    const text = `五、一般公共预算财政拨款支出决算情况说明\n（一）一般公共预算财政拨款支出决算总体情况\n2023年度一般公共预算财政拨款支出912.26万元。\n${section}${body}`;
    expect(both(text)).toEqual([]);
  });

  it('the year\'s total stated wrongly is still found', () => {
    const text = `五、一般公共预算财政拨款支出决算情况说明\n（一）一般公共预算财政拨款支出决算总体情况\n2023年度一般公共预算财政拨款支出912.27万元。\n${PERFORMANCE}组织对3个项目开展了部门评价，涉及一般公共预算支出174.6万元。`;
    expect(errors(text, true).map((x) => [x.rule, x.quote])).toEqual([['narrative-table-amount', '912.27万元']]);
  });

  it('outside an evaluation, the same words still restate the total', () => {
    const e = errors(`${PERFORMANCE}2023年度一般公共预算财政拨款支出174.6万元。`, true);
    expect(e.map((x) => [x.rule, x.quote])).toEqual([['narrative-table-amount', '174.6万元']]);
  });
});

describe('names closed by 合计 are the sum of their members', () => {
  const SIX = '六、一般公共预算财政拨款基本支出决算情况说明\n';
  it.each([
    ['合计', '人员经费396.22万元，其中：基本工资、津贴补贴、奖金合计268.84万元。'],
    ['共计', '人员经费396.22万元，其中：基本工资、津贴补贴、奖金共计268.84万元。'],
    ['小计 为', '人员经费396.22万元，其中：基本工资、津贴补贴和奖金小计为268.84万元。'],
    ['三项合计', '人员经费396.22万元，其中：基本工资、津贴补贴、奖金三项合计268.84万元。'],
  ])('%s', (_kind, body) => {
    expect(both(SIX + body)).toEqual([]);
  });

  it('a sum that misses its members is an error either way', () => {
    const less = errors(`${SIX}人员经费396.22万元，其中：基本工资、津贴补贴、奖金合计268.48万元。`, true);
    expect(less.map((x) => [x.rule, x.quote])).toEqual([['narrative-table-amount', '268.48万元']]);
    const more = errors(`${SIX}人员经费396.22万元，其中：基本工资、津贴补贴、奖金三项合计270.84万元。`, true);
    expect(more.map((x) => [x.rule, x.quote])).toEqual([['narrative-table-amount', '270.84万元']]);
    expect(more[0].message).toContain('268.84');
  });

  it('the subject is the sum of the names, and one name or 收、支 before 合计 is no list', () => {
    const subjects = (body: string) => checkNarrative(HEAD + body).claims.filter((c) => c.measure === 'amount').map((c) => c.subject);
    expect(subjects(`${SIX}人员经费396.22万元，其中：基本工资、津贴补贴和奖金合计268.84万元。`))
      .toEqual(['personnel', 'sum:econ:30101+econ:30102+econ:30103']);
    expect(subjects('一、收入支出决算总体情况说明\n2023年度收、支合计均为1889.05万元。')).toEqual(['grandTotal']);
    expect(subjects(`${SIX}人员经费合计396.22万元。`)).toEqual(['personnel']);
  });

  it('a total named with 合计 is still the total', () => {
    const e = errors(`${SIX}人员经费合计396.23万元。`, true);
    expect(e.map((x) => [x.rule, x.quote])).toEqual([['narrative-table-amount', '396.23万元']]);
  });
});
