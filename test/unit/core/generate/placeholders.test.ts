import Decimal from 'decimal.js';
import { generateNarrative, GenerateInputs, jsonKeyOf } from '../../../../src/core/generate';
import { EMPTY_FUNDS_UNIT, FUNDS_UNIT, SAMPLE_UNIT } from '../../../fixtures/generator';
import { modelOf, sampleInputs } from './fixture';

/** Placeholders appear exactly where inputs are missing: none with every input, and dropping one
 * input brings back placeholders for that input only. */
const model = modelOf();
const full = sampleInputs(model);

function placeholderInputs(inputs: GenerateInputs): string[] {
  const g = generateNarrative(model, inputs);
  // Every placeholder listed is in the text, and nothing else in the text looks like one.
  const inText = g.text.match(/【请填写：[^】]*】/g) ?? [];
  expect(inText.length).toBe(g.placeholders.length);
  return [...new Set(g.placeholders.map((p) => p.input))].sort();
}

test('no placeholder when every input is given', () => {
  expect(placeholderInputs(full)).toEqual([]);
});

const CASES: [string, GenerateInputs, string[]][] = [
  ['last year total', { ...full, prior: { ...full.prior, total: undefined } }, ['prior.total']],
  ['last year fiscal total', { ...full, prior: { ...full.prior, fiscalTotal: undefined } }, ['prior.fiscalTotal']],
  ['last year 一般公共预算', { ...full, prior: { ...full.prior, generalBudgetExpenditure: undefined } }, ['prior.generalBudgetExpenditure']],
  ['last year 机关运行经费', { ...full, prior: { ...full.prior, runningCost: undefined } }, ['prior.runningCost']],
  ['last year 公务接待费', { ...full, prior: { ...full.prior, sanGong: { ...full.prior?.sanGong, reception: undefined } } }, ['prior.sanGong.reception']],
  [
    'one 项 budget',
    { ...full, budget: { generalBudgetByCode: { ...full.budget?.generalBudgetByCode, '2101101': undefined as unknown as Decimal } } },
    // The total budget was the sum of the item budgets: it is unknown too.
    ['budget.generalBudgetByCode.2101101', 'budget.generalBudgetTotal'],
  ],
  ['a change reason', { ...full, reasons: { ...full.reasons, receptionChange: '' } }, ['reasons.receptionChange']],
  ['a budget-gap reason', { ...full, reasons: { ...full.reasons, 'budgetGap:2010302': ' ' } }, ['reasons.budgetGap:2010302']],
  ['vehicles held', { ...full, counts: { ...full.counts, vehiclesHeld: undefined } }, ['counts.vehiclesHeld']],
  ['外事接待 split', { ...full, counts: { ...full.counts, foreignReception: undefined } }, ['counts.foreignReception', 'counts.foreignReceptionBatches', 'counts.foreignReceptionPersons']],
  // 行政单位 left out is inferred from the tables and the name (computed.test.ts); asked only when they disagree.
  ['行政单位', { ...full, adminUnit: undefined }, []],
  // The shares' amounts are known; the total (through 工程) is what they wait for.
  ['procurement 工程', { ...full, procurement: { ...full.procurement, works: undefined } }, ['procurement', 'procurement.works']],
  ['procurement 授予中小企业', { ...full, procurement: { ...full.procurement, sme: undefined } }, ['procurement.sme']],
  ['assets', { ...full, assets: undefined }, ['assets.equipmentOver1m', 'assets.vehicles']],
  ['绩效自评', { ...full, performance: { ...full.performance, selfEvaluation: undefined } }, ['performance.selfEvaluation']],
];

test.each(CASES)('missing %s → placeholders for it only', (_name, inputs, expected) => {
  expect(placeholderInputs(inputs)).toEqual(expected);
});

test('a 事业单位 has no 机关运行经费 and needs no input for it', () => {
  const g = generateNarrative(model, { ...full, adminUnit: false, prior: { ...full.prior, runningCost: undefined } });
  expect(g.placeholders).toEqual([]);
  expect(g.text).toContain('为事业单位，不涉及机关运行经费。');
});

test('with no inputs at all, placeholders only ask for what the tables cannot know', () => {
  const g = generateNarrative(model, {});
  const inputs = new Set(g.placeholders.map((p) => p.input));
  expect([...inputs].some((i) => i.startsWith('tables.'))).toBe(false);
  expect(inputs).toContain('prior.total');
  expect(inputs).toContain('reasons.totalChange');
  // No figure is made up: the change sentence names what is missing instead.
  expect(g.text).toContain('与2022年度相比，收、支总计【请填写：增减情况（需2022年度收、支总计）】。');
  // Each placeholder says which section it sits in and maps to a JSON key.
  const first = g.placeholders[0];
  expect(first.section).toBe('一、收入支出决算总体情况说明');
  expect(jsonKeyOf(first.input)).toBe('收入支出总计');
});

test('a missing table becomes a placeholder naming it, not a zero', () => {
  const { T13: _dropped, ...tables } = model.tables;
  const g = generateNarrative({ ...model, tables, missing: [...model.missing, 'T13'] }, full);
  expect(g.placeholders.map((p) => p.input)).toContain('tables.T13');
  expect(g.text).toMatch(/【请填写：“三公”经费财政拨款支出决算数（工作簿中未找到“财政拨款三公经费支出决算表”的相应数据）】/);
});

test('every placeholder names an input the user can give: its JSON key (a misspelt path in a section builder would not have one)', () => {
  const models = [model, modelOf(FUNDS_UNIT), modelOf(SAMPLE_UNIT, 'national'), modelOf(EMPTY_FUNDS_UNIT, 'yuan')];
  const { T13: _t13, T06: _t06, ...someTables } = model.tables;
  models.push({ ...model, tables: someTables, missing: [...model.missing, 'T06', 'T13'] });
  let asked = 0;
  for (const m of models) {
    for (const g of [generateNarrative(m, {}), generateNarrative(m, { adminUnit: true })]) {
      for (const p of g.placeholders) {
        asked++;
        expect([p.input, jsonKeyOf(p.input)]).not.toEqual([p.input, p.input]);
      }
    }
  }
  expect(asked).toBeGreaterThan(100);
});

test('a 五（三） budget or reason the text cannot use is said in a note, not dropped', () => {
  const g = generateNarrative(model, {
    ...full,
    budget: { ...full.budget, generalBudgetByCode: { ...full.budget?.generalBudgetByCode, '9999999': new Decimal(900) } },
  });
  const byInput = new Map(g.notes.map((n) => [n.input, n.text]));
  expect(byInput.get('budget.generalBudgetByCode.9999999')).toBe('给出了科目 9999999 的全年预算数，但附表“一般公共预算财政拨款支出决算表”中没有科目 9999999，未使用；请核对科目编码。');
  expect(g.text).not.toContain('9999999');
  // With every input of the sample, nothing is unused.
  expect(generateNarrative(model, full).notes.filter((n) => n.input.startsWith('budget.') || n.input.startsWith('reasons.budgetGap'))).toEqual([]);
  // A reason for a listed line whose budget is not given: nothing to differ from.
  const withoutBudget = generateNarrative(model, { ...full, budget: { generalBudgetByCode: { ...full.budget?.generalBudgetByCode, '2010302': undefined as unknown as Decimal } } });
  expect(withoutBudget.notes.find((n) => n.input === 'reasons.budgetGap:2010302')?.text).toBe('给出了科目 2010302 决算数与预算数差异的原因，但没有它的全年预算数（预算.一般公共预算财政拨款支出.2010302），原因未写入。');
});
