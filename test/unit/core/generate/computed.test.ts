import Decimal from 'decimal.js';
import { generateNarrative, GenerateInputs, priorFromModel } from '../../../../src/core/generate';
import { inferAdminUnit, nameLean } from '../../../../src/core/generate/unitKind';
import { WorkbookModel } from '../../../../src/core/model/types';
import { checkNarrative } from '../../../../src/core/narrative';
import { readWorkbook } from '../../../../src/core/model/readWorkbook';
import { EMPTY_FUNDS_UNIT, FUNDS_UNIT, PUBLISHED_REPORTS, publishedWorkbook, SAMPLE_UNIT, UnitDescription } from '../../../fixtures/generator';
import { modelOf, sampleInputs } from './fixture';

/**
 * Issue 16 item 2, "compute, don't ask": the 行政单位 inferred from the tables and the name (and
 * said beside the text), one reason for 一/四/五（一）, and every ratio whose operands are known.
 */
const d = (s: string) => new Decimal(s);
const model = modelOf();
const full = sampleInputs(model);
const { adminUnit: _given, ...noAdmin } = full;

function paragraphOf(inputs: GenerateInputs, m: WorkbookModel, key: string): string {
  const find = (sections: ReturnType<typeof generateNarrative>['sections']): string | undefined => {
    for (const s of sections) {
      if (s.key === key) return s.paragraphs.map((p) => p.text).join('\n');
      const inner = find(s.subsections);
      if (inner !== undefined) return inner;
    }
    return undefined;
  };
  return find(generateNarrative(m, inputs).sections) as string;
}

describe('行政单位 inferred', () => {
  test('行政运行 rows, no 事业收入 and an office name: a 行政单位, with the basis', () => {
    const r = inferAdminUnit(model, model.entity ?? undefined);
    expect(r.adminUnit).toBe(true);
    expect(r.basis).toBe('表中有行政运行支出（2010301），无事业收入，单位名称以“办公室”结尾');
  });

  test('事业运行 and 事业收入 under a 中心 name: a 事业单位', () => {
    const m = modelOf(EMPTY_FUNDS_UNIT);
    expect(inferAdminUnit(m, m.entity ?? undefined)).toEqual({
      adminUnit: false,
      basis: '有事业运行支出（2013150），有事业收入，单位名称以“中心”结尾',
    });
  });

  test('a 局 consolidating 事业收入 beside its 行政运行: the tables do not decide, the name does', () => {
    const m = modelOf(FUNDS_UNIT);
    const r = inferAdminUnit(m, m.entity ?? undefined);
    expect(r.adminUnit).toBe(true);
    expect(r.basis).toContain('有事业收入');
    expect(r.basis).toContain('单位名称以“局”结尾');
  });

  test('a 中心 with 行政运行 and no 事业收入 (often 参公): the two disagree, so it is asked', () => {
    const centre: UnitDescription = { ...SAMPLE_UNIT, entity: '巴中市巴州区政务服务中心' };
    const m = modelOf(centre);
    expect(inferAdminUnit(m, m.entity ?? undefined).adminUnit).toBeUndefined();
    const g = generateNarrative(m, noAdmin);
    expect(g.placeholders.map((p) => p.input)).toEqual(['adminUnit']);
    expect(g.notes).toEqual([
      {
        input: 'adminUnit',
        section: '（一）机关运行经费支出情况',
        text: '无法判断是否为行政单位：表中有行政运行支出（2010301），无事业收入，单位名称以“中心”结尾。',
      },
    ]);
  });

  test('the name alone, when the tables are silent', () => {
    expect(nameLean('某县人民法院')).toEqual({ lean: 'admin', suffix: '法院' });
    expect(nameLean('某市农业科学研究院')).toEqual({ lean: 'institution', suffix: '院' });
    expect(nameLean('某县财政局（本级）')).toEqual({ lean: 'admin', suffix: '局' });
    expect(nameLean('某县第一中学')).toEqual({ lean: 'institution', suffix: '中学' });
    expect(nameLean('某县疾病预防控制中心')).toEqual({ lean: 'institution', suffix: '中心' });
    expect(nameLean('某某')).toEqual({ lean: undefined });
    expect(nameLean(undefined)).toEqual({ lean: undefined });
  });

  test('inferred: 十（一） is written in full with its change, and the inference is a note, not text', () => {
    const g = generateNarrative(model, noAdmin);
    expect(g.placeholders).toEqual([]);
    expect(paragraphOf(noAdmin, model, 'other.runningCost')).toBe(
      '2023年度，巴中市巴州区人民政府办公室机关运行经费支出222.18万元，比2022年度增加38.65万元，增长21.06%。主要原因是新增代管非独立核算单位国防动员办公室，相关运行经费增加。',
    );
    expect(g.notes).toEqual([
      {
        input: 'adminUnit',
        section: '（一）机关运行经费支出情况',
        text: '按行政单位写机关运行经费（即六中的公用经费合计）：表中有行政运行支出（2010301），无事业收入，单位名称以“办公室”结尾。如不是行政单位，请将“行政单位”改为“否”。',
      },
    ]);
    expect(g.text).not.toContain('行政运行支出（2010301）');
    // The same text as when the user says so, apart from the note.
    expect(g.text).toBe(generateNarrative(model, full).text);
    expect(generateNarrative(model, full).notes).toEqual([]);
  });

  test('the user\'s answer overrides the inference', () => {
    const g = generateNarrative(model, { ...full, adminUnit: false });
    expect(paragraphOf({ ...full, adminUnit: false }, model, 'other.runningCost')).toBe('2023年度，巴中市巴州区人民政府办公室为事业单位，不涉及机关运行经费。');
    expect(g.notes).toEqual([]);
  });

  test('a 事业单位 inferred: no 机关运行经费 and nothing asked', () => {
    const m = modelOf(EMPTY_FUNDS_UNIT);
    const { adminUnit: _a, ...inputs } = sampleInputs(m);
    const g = generateNarrative(m, inputs);
    expect(g.text).toContain('示例县党员教育中心为事业单位，不涉及机关运行经费。');
    expect(g.placeholders.filter((p) => p.input === 'adminUnit')).toEqual([]);
    expect(g.notes.filter((n) => n.input === 'adminUnit').map((n) => n.text)).toEqual([expect.stringMatching(/^按事业单位写（不涉及机关运行经费）：有事业运行支出/)]);
    // The inputs are the 巴州 sample's: its 2010302, which this unit's T06 does not print, is said, not dropped.
    expect(g.notes.filter((n) => n.input !== 'adminUnit').map((n) => n.input)).toEqual(['budget.generalBudgetByCode.2010302', 'reasons.budgetGap:2010302']);
  });

  test('last year\'s 机关运行经费 unknown: the change alone is asked, not the unit kind', () => {
    const g = generateNarrative(model, { ...noAdmin, prior: { ...full.prior, runningCost: undefined } });
    expect(g.placeholders.map((p) => p.input)).toEqual(['prior.runningCost']);
  });
});

describe('one reason for 一, 四 and 五（一）', () => {
  const reason = '部分项目进行调整，项目支出减少';
  const reasons = { ...full.reasons, totalChange: reason, fiscalTotalChange: '', generalBudgetChange: undefined as unknown as string };

  test('given once (for 一), it fills 四 and 五（一）, each with a note', () => {
    const inputs = { ...full, reasons };
    const g = generateNarrative(model, inputs);
    expect(g.placeholders).toEqual([]);
    expect(paragraphOf(inputs, model, 'fiscal')).toContain(`财政拨款收、支总计各减少35.32万元，下降1.84%。主要变动原因是${reason}。`);
    expect(paragraphOf(inputs, model, 'generalBudget.overall')).toContain(`一般公共预算财政拨款支出减少35.32万元，下降1.84%。主要变动原因是${reason}。`);
    expect(g.notes.map((n) => [n.input, n.section, n.text])).toEqual([
      ['reasons.fiscalTotalChange', '四、财政拨款收入支出决算总体情况说明', '变动原因沿用一的原因；如不同，请为本节单独填写。'],
      ['reasons.generalBudgetChange', '（一）一般公共预算财政拨款支出决算总体情况', '变动原因沿用一的原因；如不同，请为本节单独填写。'],
    ]);
    // Word for word the text with the reason typed three times.
    expect(g.text).toBe(generateNarrative(model, full).text);
  });

  test('given for 五（一） only, it fills 一 and 四', () => {
    const inputs = { ...full, reasons: { ...full.reasons, totalChange: '', fiscalTotalChange: '', generalBudgetChange: reason } };
    const g = generateNarrative(model, inputs);
    expect(g.placeholders).toEqual([]);
    expect(g.notes.map((n) => n.input)).toEqual(['reasons.totalChange', 'reasons.fiscalTotalChange']);
  });

  test('not where a change is unknown: the text asks for that change, and for its own reason', () => {
    // Last year's 财政拨款 and 一般公共预算 totals not given: 四 and 五（一）'s directions are unknown.
    const inputs = { ...full, reasons, prior: { ...full.prior, fiscalTotal: undefined, generalBudgetExpenditure: undefined } };
    const g = generateNarrative(model, inputs);
    expect(g.notes.filter((n) => n.text.startsWith('变动原因沿用'))).toEqual([]);
    expect(g.placeholders.map((p) => p.input)).toEqual(expect.arrayContaining(['reasons.fiscalTotalChange', 'reasons.generalBudgetChange']));
    expect(paragraphOf(inputs, model, 'fiscal')).not.toContain(reason);
    expect(paragraphOf(inputs, model, 'overview')).toContain(`主要变动原因是${reason}。`);
  });

  test('a reason given for a section stays its own', () => {
    const inputs = { ...full, reasons: { ...reasons, fiscalTotalChange: '财政拨款项目压减' } };
    expect(paragraphOf(inputs, model, 'fiscal')).toContain('主要变动原因是财政拨款项目压减。');
    expect(paragraphOf(inputs, model, 'generalBudget.overall')).toContain('主要变动原因是财政拨款项目压减。');
    expect(paragraphOf(inputs, model, 'overview')).toContain(`主要变动原因是${reason}。`);
  });

  test('a change the other way is not explained by the same reason', () => {
    // Last year's 一般公共预算 spending lower: 五（一） rose while 一 and 四 fell.
    const inputs = { ...full, prior: { ...full.prior, generalBudgetExpenditure: d('1800') }, reasons };
    const g = generateNarrative(model, inputs);
    expect(g.placeholders.map((p) => p.input)).toEqual(['reasons.generalBudgetChange']);
    expect(paragraphOf(inputs, model, 'generalBudget.overall')).toContain('增加89.05万元，增长4.95%。主要变动原因是【请填写：变动原因】。');
  });
});

describe('ratios computed from known operands', () => {
  test('五（三）: completion of the total from the sum of the item budgets, and of each item', () => {
    const text = paragraphOf(full, model, 'generalBudget.items');
    // Σ 项 budgets = 1889.05 − 622.51 + 650 = 1916.54; 1889.05 ÷ 1916.54 = 98.57%.
    expect(text).toContain('2023年度一般公共预算财政拨款支出全年预算数为1916.54万元，支出决算数为1889.05万元，完成全年预算数的98.57%。');
    expect(text).toContain('一般行政管理事务（项）：全年预算为650万元，支出决算为622.51万元，完成全年预算的95.77%。');
  });

  test('三公: a budget T13 lacks is the sum of its parts (合计 = three items, 公务用车 = 购置 + 运行维护)', () => {
    const t13 = model.tables.T13!;
    const { total: _t, vehicleTotal: _v, ...budget } = t13.budget;
    const m: WorkbookModel = { ...model, tables: { ...model.tables, T13: { ...t13, budget } } };
    const overall = paragraphOf(full, m, 'sanGong.overall');
    // 0 + (0 + 5) + 1.27 = 6.27; 5.91 ÷ 6.27 = 94.26%.
    expect(overall).toContain('预算为6.27万元，支出决算为5.91万元，完成预算的94.26%');
    expect(paragraphOf(full, m, 'sanGong.items')).toContain('公务用车购置及运行维护费预算为5万元，支出决算为4.81万元，完成预算的96.2%。');
    expect(generateNarrative(m, full).placeholders).toEqual([]);
  });

  test('三公: budgets given by the user for the items alone give the total\'s completion', () => {
    const t13 = model.tables.T13!;
    const m: WorkbookModel = { ...model, tables: { ...model.tables, T13: { ...t13, budget: {} } } };
    const inputs = { ...full, budget: { ...full.budget, sanGong: { abroad: d('0'), vehicleTotal: d('5'), reception: d('1.27') } } };
    expect(paragraphOf(inputs, m, 'sanGong.overall')).toContain('预算为6.27万元，支出决算为5.91万元，完成预算的94.26%');
    expect(generateNarrative(m, inputs).placeholders).toEqual([]);
  });

  test('三公: last year\'s total from last year\'s three items', () => {
    const inputs = { ...full, prior: { ...full.prior, sanGong: { ...full.prior?.sanGong, total: undefined } } };
    expect(paragraphOf(inputs, model, 'sanGong.overall')).toContain('比2022年度减少0.05万元，下降0.84%');
    expect(generateNarrative(model, inputs).placeholders).toEqual([]);
  });

  test('政府采购: the total from its parts, and both shares of it', () => {
    const inputs = { ...full, procurement: { goods: d('10'), works: d('5'), services: d('5.5'), sme: d('8.2'), smallMicro: d('4.1') } };
    expect(paragraphOf(inputs, model, 'other.procurement')).toBe(
      '2023年度，巴中市巴州区人民政府办公室政府采购支出总额20.5万元，其中：政府采购货物支出10万元、政府采购工程支出5万元、政府采购服务支出5.5万元。' +
        '授予中小企业合同金额8.2万元，占政府采购支出总额的40%，其中：授予小微企业合同金额4.1万元，占政府采购支出总额的20%。',
    );
  });
});

test('a workbook plus last year\'s workbook and the inputs, no 行政单位 and one reason: no placeholder, and the check finds nothing', () => {
  // Last year: 100万元 more 一般行政管理事务 project spending, so every total fell.
  const lastYear: UnitDescription = {
    ...SAMPLE_UNIT,
    year: 2022,
    items: SAMPLE_UNIT.items.map((i) => (i.code === '2010302' ? { ...i, gbProject: '722.51' } : i)),
    projectEconomic: { ...SAMPLE_UNIT.projectEconomic, '30227': '315' },
  };
  const prior = priorFromModel(modelOf(lastYear));
  const inputs: GenerateInputs = {
    ...noAdmin,
    prior,
    reasons: { ...full.reasons, totalChange: '部分项目进行调整，项目支出减少', fiscalTotalChange: '', generalBudgetChange: '', runningCostChange: '', sanGongChange: '', vehicleChange: '', receptionChange: '' },
  };
  const g = generateNarrative(model, inputs);
  expect(g.placeholders).toEqual([]);
  expect(g.text).not.toMatch(/【请填写/);
  expect(g.text).toContain('与2022年度相比，收、支总计各减少100万元，下降5.03%。主要变动原因是部分项目进行调整，项目支出减少。');
  // Same 三公 and 机关运行经费 both years: 持平, nothing to explain.
  expect(g.text).toContain('机关运行经费支出222.18万元，与2022年度持平。');
  const result = checkNarrative(g.text, model);
  expect(result.findings.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual([]);
  expect(result.ties.filter((t) => t.status !== 'ok')).toEqual([]);
});

test.each([
  ['SAMPLE_UNIT', SAMPLE_UNIT],
  ['FUNDS_UNIT', FUNDS_UNIT],
  ['EMPTY_FUNDS_UNIT', EMPTY_FUNDS_UNIT],
] as const)('%s without 行政单位: inferred as the fixture describes it, and the text checks clean', (_name, unit) => {
  const m = modelOf(unit);
  const { adminUnit: _a, ...inputs } = sampleInputs(m);
  const g = generateNarrative(m, inputs);
  expect(g.placeholders).toEqual([]);
  expect(g.notes.filter((n) => n.input === 'adminUnit').map((n) => n.text.startsWith(unit.adminUnit ? '按行政单位' : '按事业单位'))).toEqual([true]);
  const result = checkNarrative(g.text, m);
  expect(result.findings.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual([]);
});

test.each([
  ['BAZHOU_2023', '表中有行政运行支出（2010301），无事业收入，单位名称以“办公室”结尾'],
  ['ZUZHIBU_2023', '表中有行政运行支出（2013201），无事业收入，单位名称以“部”结尾'],
  // No 行政运行 line (its basic spending sits under 政务公开审批): the name decides.
  ['SHENPIJU_2022', '无事业收入，单位名称以“局”结尾'],
] as const)('the published %s: a 行政单位, as its 说明 says', (name, basis) => {
  const report = PUBLISHED_REPORTS[name];
  const m = readWorkbook(publishedWorkbook(report).grids, { profile: 'auto' }).model;
  expect(report.unit.adminUnit).toBe(true);
  expect(inferAdminUnit(m, m.entity ?? undefined)).toEqual({ adminUnit: true, basis });
});
