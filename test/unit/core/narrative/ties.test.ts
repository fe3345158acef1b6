import { a1, CellRef } from '../../../../src/core/grid/cellRef';
import { readWorkbook } from '../../../../src/core/model/readWorkbook';
import { WorkbookModel } from '../../../../src/core/model/types';
import { checkNarrative, coverage } from '../../../../src/core/narrative';
import { resolveSubject } from '../../../../src/core/narrative/vocabulary';
import { buildWorkbook, FUNDS_UNIT, LAYOUT_VARIANTS, SAMPLE_UNIT, UnitDescription } from '../../../fixtures/generator';

/**
 * Phase 2 of the narrative check: figures of the 说明 against the table cells they restate.
 * Workbooks come from the fixture generator (SAMPLE_UNIT is the 巴州 sample made consistent:
 * 收支总计 1889.05, 基本支出 1197.54, 项目支出 691.51, 人员经费 975.36, 公用经费 222.18, 三公
 * 决算 5.91 with 公务用车 4.81 (预算 5.00) and 接待 1.1 (预算 1.27)). Sentences use the samples'
 * wording.
 */
const HEAD = '第二部分 2023年度部门决算情况说明\n';

const models = new Map<string, WorkbookModel>();
function modelOf(unit: UnitDescription = SAMPLE_UNIT, variant = 'default'): WorkbookModel {
  const key = `${unit.entity}|${variant}`;
  if (!models.has(key)) models.set(key, readWorkbook(buildWorkbook(unit, LAYOUT_VARIANTS[variant]).grids, { profile: 'auto' }).model);
  return models.get(key)!;
}

function run(body: string, model = modelOf(), head = HEAD) {
  return checkNarrative(head + body, model);
}

function serious(body: string, model = modelOf(), head = HEAD) {
  return run(body, model, head).findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${f.message}`);
}

const addr = (c: CellRef) => `${c.sheet}!${a1(c.row, c.col)}`;

const RIGHT = [
  '一、收入支出决算总体情况说明',
  '2023年度收、支总计均为1889.05万元。',
  '二、收入决算情况说明',
  '2023年度本年收入合计1889.05万元，其中：一般公共预算财政拨款收入1889.05万元，占100%；政府性基金预算财政拨款收入0万元，占0%；事业收入0万元，占0%。',
  '三、支出决算情况说明',
  '2023年度本年支出合计1889.05万元，其中：基本支出1197.54万元，占63.39%；项目支出691.51万元，占36.61%。',
  '四、财政拨款收入支出决算总体情况说明',
  '2023年度财政拨款收、支总计均为1889.05万元。',
  '五、一般公共预算财政拨款支出决算情况说明',
  '（一）一般公共预算财政拨款支出决算总体情况',
  '2023年度一般公共预算财政拨款支出1889.05万元，占本年支出合计的100%。',
  '（二）一般公共预算财政拨款支出决算结构情况',
  '2023年度一般公共预算财政拨款支出1889.05万元，主要用于以下方面：一般公共服务支出1652.28万元，占87.47%；社会保障和就业支出108.57万元，占5.75%；卫生健康支出50.69万元，占2.68%；住房保障支出77.51万元，占4.1%。',
  '（三）一般公共预算财政拨款支出决算具体情况',
  '1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：支出决算为960.77万元。',
  '2.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）：支出决算为622.51万元。',
  '3.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）机关服务（项）：支出决算为43万元。',
  '4.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）其他政府办公厅（室）及相关机构事务支出（项）：支出决算为26万元。',
  '六、一般公共预算财政拨款基本支出决算情况说明',
  '2023年度一般公共预算财政拨款基本支出1197.54万元，其中：',
  '人员经费975.36万元，主要包括：基本工资236.95万元、津贴补贴164万元、奖金258.97万元、机关事业单位基本养老保险缴费94.54万元、职业年金缴费14.03万元、职工基本医疗保险缴费42.07万元、公务员医疗补助缴费8.62万元、其他社会保障缴费2.54万元、住房公积金77.51万元、抚恤金45.14万元、生活补助26.3万元、奖励金1.86万元、其他对个人和家庭的补助支出2.83万元。',
  '公用经费222.18万元，主要包括：办公费、印刷费、咨询费、水费、电费、邮电费、物业管理费、差旅费、维修（护）费、租赁费、会议费、培训费、公务接待费、劳务费、工会经费、福利费、公务用车运行维护费、其他交通费、其他商品和服务支出等。',
  '七、财政拨款“三公”经费支出决算情况说明',
  '2023年度“三公”经费财政拨款支出预算为6.27万元，支出决算为5.91万元，完成预算的94.26%。',
  '2.公务用车购置及运行维护费预算为5万元，支出决算为4.81万元，完成预算的96.2%。',
  '八、政府性基金预算支出决算情况说明',
  '2023年度政府性基金预算财政拨款支出0万元。',
  '九、国有资本经营预算支出决算情况说明',
  '2023年度国有资本经营预算财政拨款支出0万元。',
  '十、其他重要事项的情况说明',
  '（一）机关运行经费支出情况',
  '2023年度，巴中市巴州区人民政府办公室机关运行经费支出222.18万元。',
].join('\n');

describe('figures that agree with the tables', () => {
  test.each(Object.keys(LAYOUT_VARIANTS))('%s: no error, no warning, every amount tied', (variant) => {
    const model = modelOf(SAMPLE_UNIT, variant);
    const r = run(RIGHT, model);
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual([]);
    expect(r.ties.filter((t) => t.status !== 'ok')).toEqual([]);
    // Every money figure of this text is in the tables (三公 budgets are T13 预算数).
    const money = r.claims.filter((c) => c.measure === 'amount' || c.measure === 'budget');
    expect(r.ties.map((t) => t.claim).sort((a, b) => a - b)).toEqual(money.map((c) => c.id));
    expect(r.findings.filter((f) => f.rule === 'narrative-unverified')).toEqual([]);
    expect(r.verified).toBe(r.figures);
  });

  test('a figure written with fewer decimals (258.6 for 258.60) is the same figure', () => {
    const p = serious('六、一般公共预算财政拨款基本支出决算情况说明\n人员经费975.36万元，主要包括：基本工资236.950万元、生活补助26.30万元、津贴补贴164.0万元。');
    expect(p).toEqual([]);
  });

  test('a shorter figure may be trimmed or rounded: 691.5 against 691.51 is said, as a warning', () => {
    const p = serious('三、支出决算情况说明\n2023年度项目支出691.5万元。');
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^narrative-table-amount: .*691\.51万元/);
  });

  test('a figure in 亿元 matches at the decimals written', () => {
    const r = run('一、收入支出决算总体情况说明\n2023年度收、支总计均为0.2亿元。');
    expect(r.ties.map((t) => t.status)).toEqual(['rounded']);
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['narrative-table-amount', 'info']]);
  });
});

describe('amounts that contradict the tables', () => {
  test('三\'s 基本支出 (the 巴州 sample\'s 1197.55) is an error citing T03 合计/基本支出', () => {
    const model = modelOf();
    const r = run('三、支出决算情况说明\n2023年度本年支出合计1889.05万元，其中：基本支出1197.55万元，占63.39%；项目支出691.51万元，占36.61%。', model);
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.narrative!.quote])).toEqual([['narrative-table-amount', '1197.55万元']]);
    // 1197.55 + 691.51 misses 1889.05 by 0.01, but only through the mistyped 1197.55: with the
    // table's 1197.54 the parts add up, so no 尾差 notice either (cascades.ts).
    expect(r.findings.filter((f) => f.rule === 'narrative-parts-sum')).toEqual([]);
    const f = errors.find((x) => x.rule === 'narrative-table-amount')!;
    expect(f.cells.map(addr)).toEqual([addr(model.tables.T03!.total!.values.basic.cell)]);
    expect(f.message).toContain('1197.55万元');
    expect(f.message).toContain('1197.54万元');
    expect(f.message).toContain('支出决算表');
    expect(f.expected).toBe('1197.54万元');
    // The share is right for the table's figure: no cascade on it.
    expect(r.findings.filter((x) => x.narrative!.quote === '63.39%')).toEqual([]);
  });

  test('in a workbook in 元 the message names the cell in 元 and its 万元 value', () => {
    const model = modelOf(SAMPLE_UNIT, 'yuan');
    const r = run('一、收入支出决算总体情况说明\n2023年度收、支总计均为1889.06万元。', model);
    const f = r.findings.find((x) => x.rule === 'narrative-table-amount')!;
    const cell = model.tables.T01!.left.find((i) => i.key === 'grandTotal')!.values.amount.cell;
    expect(f.cells.map(addr)).toEqual([addr(cell)]);
    expect(f.message).toContain(`${a1(cell.row, cell.col)} 为 18890500.00元，即 1889.05万元`);
    expect(f.message).toContain('“1889.06万元”');
  });

  test('a figure in 元 is compared in 元', () => {
    expect(serious('七、财政拨款“三公”经费支出决算情况说明\n2023年度“三公”经费财政拨款支出决算为59100元。')).toEqual([]);
    expect(serious('七、财政拨款“三公”经费支出决算情况说明\n2023年度“三公”经费财政拨款支出决算为59000元。')).toHaveLength(1);
  });

  test('a figure without unit is tried as 万元, then as 元', () => {
    const r = run('七、财政拨款“三公”经费支出决算情况说明\n2023年度“三公”经费财政拨款支出决算为59100，完成预算的94.26%。');
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual(['narrative-missing-unit']);
    expect(r.ties).toHaveLength(1);
    expect(r.ties[0].status).toBe('ok');
  });

  test('a 功能分类 项 and a 经济分类 款 are compared with T06 and T08', () => {
    const model = modelOf();
    const r = run([
      '五、一般公共预算财政拨款支出决算情况说明', '（三）一般公共预算财政拨款支出决算具体情况',
      '1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：支出决算为960.7万元。',
      '六、一般公共预算财政拨款基本支出决算情况说明', '公用经费222.18万元，主要包括：办公费4.76万元。',
    ].join('\n'), model);
    const errors = r.findings.filter((f) => f.rule === 'narrative-table-amount');
    expect(errors.map((f) => f.narrative!.quote)).toEqual(['960.7万元', '4.76万元']);
    expect(errors[0].cells.map(addr)).toEqual([addr(model.tables.T06!.rows.find((x) => x.code === '2010301')!.values.total.cell)]);
    const office = model.tables.T08!.rows.find((x) => x.code === '30201')!;
    expect(errors[1].cells.map(addr)).toEqual([addr((office.values.amount ?? office.values.total).cell)]);
  });

  test('a known 项 that T06 does not list is zero: a figure for it is an error pointing at its 类', () => {
    const model = modelOf();
    const body = '五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n1.社会保障和就业支出（类）抚恤（款）死亡抚恤（项）：支出决算为0.74万元。';
    const r = run(body, model);
    const f = r.findings.filter((x) => x.rule === 'narrative-table-amount');
    expect(f.map((x) => [x.severity, x.expected])).toEqual([['error', '0万元']]);
    expect(f[0].message).toContain('没有2080801 死亡抚恤这一行');
    expect(f[0].cells.map(addr)).toEqual([addr(model.tables.T06!.rows.find((x) => x.code === '208')!.values.total.cell)]);
    expect(serious(body.replace('0.74万元', '0万元'), model)).toEqual([]);
  });

  test('a 项 whose 款 the classification does not know is found in T06 by its names', () => {
    // FUNDS_UNIT's 21201 城乡社区管理事务 is a name of its own (kuanNames).
    const model = modelOf(FUNDS_UNIT);
    const body = '五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n1.城乡社区支出（类）城乡社区管理事务（款）城管执法（项）：支出决算为23万元。';
    const r = run(body, model, '第二部分 2024年度部门决算情况说明\n');
    expect(r.findings.filter((f) => f.rule === 'narrative-table-amount').map((f) => f.expected)).toEqual(['230万元']);
  });

  test('五\'s 基本支出/项目支出 are 一般公共预算 money (T06), 三\'s are all money (T03)', () => {
    // FUNDS_UNIT: T06 基本 598.83 / 项目 230; T03 基本 618.33 (other funds too).
    const model = modelOf(FUNDS_UNIT);
    const head = '第二部分 2024年度部门决算情况说明\n';
    expect(serious('五、一般公共预算财政拨款支出决算情况说明\n（一）一般公共预算财政拨款支出决算总体情况\n2024年度一般公共预算财政拨款支出828.83万元，其中：基本支出598.83万元，项目支出230万元。', model, head)).toEqual([]);
    const p = serious('三、支出决算情况说明\n2024年度基本支出598.83万元。', model, head);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^narrative-table-amount: .*618\.33万元/);
  });

  test('in 五 “国有资本经营预算支出” is the 类 223 (a T06 row), in 九 the fund\'s total', () => {
    expect(resolveSubject('国有资本经营预算支出', 5)).toBe('func:223');
    expect(resolveSubject('2023年度国有资本经营预算支出', 9)).toBe('soeCapital.expenditure');
  });

  test('机关运行经费 other than 公用经费合计 is a warning', () => {
    const p = serious('十、其他重要事项的情况说明\n（一）机关运行经费支出情况\n2023年度，本单位机关运行经费支出220万元。');
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^narrative-operating-cost: .*公用经费合计/);
  });
});

describe('rates recomputed from the tables', () => {
  test('a truncated share whose whole only the tables state is a warning', () => {
    // 691.51 ÷ 1889.05 = 36.6057%: 36.61% half-up, 36.60% truncated. The text never states 本年支出合计.
    const model = modelOf();
    const r = run('三、支出决算情况说明\n2023年度项目支出691.51万元，占本年支出合计的36.60%。', model);
    const f = r.findings.filter((x) => x.severity !== 'info');
    expect(f.map((x) => [x.rule, x.severity, x.narrative!.quote])).toEqual([['narrative-share', 'warning', '36.60%']]);
    expect(f[0].message).toContain('36.61%');
    expect(f[0].message).toContain('截尾');
    const total = model.tables.T01!.right.find((i) => i.key === 'expenditureTotal')!.values.amount.cell;
    expect(f[0].cells.map(addr)).toContain(addr(total));
    expect(run('三、支出决算情况说明\n2023年度项目支出691.51万元，占本年支出合计的36.61%。', model).findings
      .filter((x) => x.severity !== 'info')).toEqual([]);
  });

  test('a wrong share of a whole only the tables state is an error', () => {
    const p = serious('三、支出决算情况说明\n2023年度项目支出691.51万元，占本年支出合计的36.5%。');
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^narrative-share: 按表格计算.*36\.6%/);
  });

  test('a share already reported by the text check is not reported twice', () => {
    const r = run('三、支出决算情况说明\n2023年度本年支出合计1889.05万元，其中：基本支出1197.54万元，占63.38%；项目支出691.51万元，占36.61%。');
    expect(r.findings.filter((f) => f.narrative!.quote === '63.38%').map((f) => f.rule)).toEqual(['narrative-share']);
  });

  test('a 三公 completion rate without its budget in the text is checked against T13 预算数', () => {
    const ok = serious('七、财政拨款“三公”经费支出决算情况说明\n2.公务用车购置及运行维护费支出决算为4.81万元，完成预算的96.2%。');
    expect(ok).toEqual([]);
    const wrong = run('七、财政拨款“三公”经费支出决算情况说明\n2.公务用车购置及运行维护费支出决算为4.81万元，完成预算的95.2%。');
    const f = wrong.findings.filter((x) => x.severity !== 'info');
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['narrative-completion', 'error']]);
    expect(f[0].message).toContain('96.2%');
    expect(f[0].cells).toHaveLength(2);
    // The 巴州 sample's 96.12% (from budgets in 元) is within what 万元 rounding allows: a notice.
    const tail = run('七、财政拨款“三公”经费支出决算情况说明\n2.公务用车购置及运行维护费支出决算为4.81万元，完成预算的96.12%。');
    expect(tail.findings.map((x) => [x.rule, x.severity])).toEqual([['narrative-completion', 'info']]);
  });

  test('a 三公 budget in the text is compared with T13 预算数', () => {
    // 1.1 ÷ 1.5 = 73.33% agrees with the text, but the budget is wrong (T13: 1.27) and so is the
    // rate against it (86.61%): a reader who corrects the one must correct the other.
    const p = serious('七、财政拨款“三公”经费支出决算情况说明\n3.公务接待费预算为1.5万元，支出决算为1.1万元，完成预算的73.33%。');
    expect(p.map((x) => x.split(':')[0])).toEqual(['narrative-table-amount', 'narrative-completion']);
    expect(p[0]).toContain('1.27万元');
    expect(p[1]).toContain('86.61%');
    // 1.3 may be 1.27 rounded or 1.30 trimmed: the amount is a warning. The rate says which (1.1 ÷
    // 1.30 = 84.62%), and against the table's 1.27 it is wrong: an error.
    const r = run('七、财政拨款“三公”经费支出决算情况说明\n3.公务接待费预算为1.3万元，支出决算为1.1万元，完成预算的84.62%。');
    expect(r.findings.map((x) => [x.rule, x.severity])).toEqual([['narrative-table-amount', 'warning'], ['narrative-completion', 'error']]);
    // A right rate on a wrong amount is not a second finding: 1197.55 占 63.39% is 63.39% of the table too.
    expect(run('三、支出决算情况说明\n2023年度项目支出691.5万元，占本年支出合计的36.6%。').findings
      .filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual(['narrative-table-amount']);
  });

  test('a 三公 rate where T13 has no budget is an error', () => {
    const model = modelOf(FUNDS_UNIT);
    const head = '第二部分 2024年度部门决算情况说明\n';
    // FUNDS_UNIT: T13 因公出国 预算 0, 决算 0 — "完成预算0%" of nothing spent is not a finding.
    expect(serious('七、财政拨款“三公”经费支出决算情况说明\n1.因公出国（境）费支出决算为0万元，完成预算的0%。', model, head)).toEqual([]);
    // 三公 spent with no budget at all.
    const zero = modelOf({ ...SAMPLE_UNIT, entity: '无三公预算的单位', sanGong: { ...SAMPLE_UNIT.sanGong, budget: { abroad: '0', vehiclePurchase: '0', vehicleOperation: '0', reception: '0' } } });
    const p = serious('七、财政拨款“三公”经费支出决算情况说明\n2023年度“三公”经费财政拨款支出决算为5.91万元，完成预算的100%。', zero);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^narrative-completion: .*预算数为0/);
  });
});

describe('六 item lists against T08', () => {
  const SIX = '六、一般公共预算财政拨款基本支出决算情况说明\n';

  test('an item listed without amount but zero in T08 is a warning', () => {
    const r = run(`${SIX}公用经费222.18万元，主要包括：办公费、取暖费、差旅费等。`);
    const w = r.findings.filter((f) => f.severity === 'warning');
    expect(w.map((f) => [f.rule, f.narrative!.quote])).toEqual([['narrative-item-list', '取暖费']]);
    expect(w[0].cells).toHaveLength(1);
  });

  test('a T08 item with money left out of the list is info naming it', () => {
    const model = modelOf();
    const r = run(`${SIX}人员经费975.36万元，主要包括：基本工资236.95万元、津贴补贴164万元、奖金258.97万元。`, model);
    const info = r.findings.filter((f) => f.rule === 'narrative-item-list');
    expect(info.map((f) => f.severity)).toEqual(['info']);
    expect(info[0].message).toContain('30108 机关事业单位基本养老保险缴费');
    expect(info[0].message).not.toContain('30101');
    expect(info[0].cells).toHaveLength(10);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test('a 类 name covers its 款', () => {
    const r = run(`${SIX}人员经费975.36万元，主要包括：工资福利支出、对个人和家庭的补助支出等。`);
    expect(r.findings.filter((f) => f.rule === 'narrative-item-list')).toEqual([]);
  });
});

describe('untied figures and coverage', () => {
  test('a figure no table holds stays 未核对 info', () => {
    const r = run('十、其他重要事项的情况说明\n（二）政府采购支出情况\n2023年度，本单位政府采购支出总额13.73万元。');
    expect(r.findings.map((f) => [f.rule, f.severity, f.narrative!.quote])).toEqual([['narrative-unverified', 'info', '13.73万元']]);
    expect(r.ties).toEqual([]);
    expect(coverage(r)).toMatchObject({ figures: 1, verified: 0, tied: 0, untied: [r.claims[0]] });
  });

  test('without a model nothing is tied', () => {
    const r = checkNarrative(HEAD + RIGHT);
    expect(r.ties).toEqual([]);
    expect(r.findings.filter((f) => f.cells.length > 0)).toEqual([]);
  });

  test('coverage counts the 说明 part only and the ties', () => {
    const r = run(RIGHT, modelOf(), '第一部分 部门概况\n一、部门职责\n本单位有在职人员25人，车辆1辆，资产100万元。\n第二部分 2023年度部门决算情况说明\n');
    const c = coverage(r);
    expect(c.figures).toBe(r.claims.length);
    expect(r.claims.every((x) => x.section !== null)).toBe(true);
    expect(c.tied).toBe(r.ties.length);
    expect(c.verified).toBe(c.figures);
    expect(c.bySection.get(7)).toEqual({ figures: 6, verified: 6, unverifiable: 0 });
  });
});

describe('last-year figures across 七（一） and 七（二）', () => {
  const SEVEN = [
    '七、财政拨款“三公”经费支出决算情况说明',
    '（一）“三公”经费财政拨款支出决算总体情况说明',
    '2023年度“三公”经费财政拨款支出决算为5.91万元，比2022年度减少0.05万元，下降0.84%。',
    '（二）“三公”经费财政拨款支出决算具体情况说明',
    '1.因公出国（境）费支出决算为0万元。因公出国（境）费支出决算与2022年度持平。',
    '2.公务用车购置及运行维护费支出决算为4.81万元，比2022年度减少0.17万元，下降3.41%。',
    '3.公务接待费支出决算为1.1万元，比2022年度增加0.12万元，增长12.24%。',
  ];

  test('items whose last-year figures add up to the total\'s are fine', () => {
    expect(serious(SEVEN.join('\n'))).toEqual([]);
  });

  test('a total whose last-year figure is not the sum of the items\' is an error', () => {
    const body = [...SEVEN];
    body[2] = '2023年度“三公”经费财政拨款支出决算为5.91万元，比2022年度减少0.15万元，下降2.48%。';
    const p = serious(body.join('\n'));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^narrative-prior-year: .*6\.06万元.*5\.96万元/);
  });
});
