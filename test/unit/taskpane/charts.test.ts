/** The figures behind 插入图表, from the generated sample workbook and last year's figures. */
import Decimal from 'decimal.js';
import { checkWorkbook } from '../../../src/core/check';
import { chartSpecs } from '../../../src/taskpane/viewModel/charts';
import { narrativeRows, docxFileName, placeholderLine } from '../../../src/taskpane/viewModel/generated';
import { generateNarrative } from '../../../src/core/generate/generateNarrative';
import { buildWorkbook, SAMPLE_UNIT } from '../../fixtures/generator';

const { model } = checkWorkbook(buildWorkbook(SAMPLE_UNIT).grids);
const prior = { year: 2022, total: new Decimal('1924.37'), fiscalTotal: new Decimal('1924.37'), generalBudgetExpenditure: new Decimal('1900') };

test('six charts with last year: changes as columns, structures as pies', () => {
  const charts = chartSpecs(model, prior);
  expect(charts.map((c) => [c.title, c.kind])).toEqual([
    ['收支总计变动', 'column'],
    ['收入结构', 'pie'],
    ['支出结构', 'pie'],
    ['财政拨款收支变动', 'column'],
    ['一般公共预算支出变动', 'column'],
    ['三公结构', 'pie'],
  ]);
  const total = charts[0];
  expect(total.categories).toEqual(['2022年', '2023年']);
  expect(total.series[0].values).toEqual([1924.37, 1889.05]);
  expect(charts[4].series[0].values[0]).toBe(1900);
});

test('structure charts leave zero parts out and agree with the tables', () => {
  const charts = chartSpecs(model, prior);
  const income = charts.find((c) => c.title === '收入结构')!;
  // The sample has 一般公共预算 money only.
  expect(income.categories).toEqual(['一般公共预算财政拨款收入']);
  expect(income.series[0].values).toEqual([1889.05]);
  const spending = charts.find((c) => c.title === '支出结构')!;
  expect(spending.categories).toEqual(['基本支出', '项目支出']);
  expect(spending.series[0].values.reduce((a, b) => a + b, 0)).toBeCloseTo(1889.05, 2);
  const sanGong = charts.find((c) => c.title === '三公结构')!;
  for (const v of sanGong.series[0].values) expect(v).toBeGreaterThan(0);
  expect(sanGong.categories).not.toContain('因公出国（境）费');
});

test('without last year a change chart shows this year alone', () => {
  const charts = chartSpecs(model, undefined);
  expect(charts[0].categories).toEqual(['2023年']);
  expect(charts[0].series[0].values).toEqual([1889.05]);
});

test('the generated 说明 as sheet rows: title first, every heading and paragraph once', () => {
  const narrative = generateNarrative(model, { prior });
  const rows = narrativeRows(narrative);
  expect(rows[0]).toEqual([narrative.title]);
  expect(rows.every((r) => r.length === 1)).toBe(true);
  const lines = narrative.text.split('\n').filter((l) => l.trim() !== '');
  expect(rows.map((r) => r[0])).toEqual(lines);
  expect(docxFileName(narrative)).toBe('巴中市巴州区人民政府办公室2023年度部门决算情况说明.docx');
  expect(placeholderLine(narrative)).toMatch(/^文中有 \d+ 处【请填写：…】/);
});
