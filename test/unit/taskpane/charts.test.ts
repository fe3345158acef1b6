/** The figures behind 插入图表, from the generated sample workbook and last year's figures. */
import Decimal from 'decimal.js';
import { checkWorkbook } from '../../../src/core/check';
import { chartSpecs } from '../../../src/taskpane/viewModel/charts';
import { narrativeRows, docxFileName, generationNotes, placeholderLine } from '../../../src/taskpane/viewModel/generated';
import { generateNarrative } from '../../../src/core/generate/generateNarrative';
import { buildWorkbook, SAMPLE_UNIT } from '../../fixtures/generator';

const { model } = checkWorkbook(buildWorkbook(SAMPLE_UNIT).grids);
const prior = { year: 2022, total: new Decimal('1924.37'), fiscalTotal: new Decimal('1924.37'), generalBudgetExpenditure: new Decimal('1900') };

test('the Sichuan template\'s seven figures, in its order, with its titles', () => {
  const charts = chartSpecs(model, prior);
  expect(charts.map((c) => [c.title, c.kind])).toEqual([
    ['图1 收、支决算总计变动情况图', 'column'],
    ['图2 收入决算结构图', 'pie'],
    ['图3 支出决算结构图', 'pie'],
    ['图4 财政拨款收、支决算总计变动情况', 'column'],
    ['图5 一般公共预算财政拨款支出决算变动情况', 'column'],
    ['图6 一般公共预算财政拨款支出决算结构', 'pie'],
    ['图7 “三公”经费财政拨款支出结构', 'pie'],
  ]);
  // 收、支 side by side for each year; last year's one 总计 stands for both sides.
  const total = charts[0];
  expect(total.categories).toEqual(['2022年', '2023年']);
  expect(total.series).toEqual([
    { name: '收入总计（万元）', values: [1924.37, 1889.05] },
    { name: '支出总计（万元）', values: [1924.37, 1889.05] },
  ]);
  expect(charts[4].series).toEqual([{ name: '金额（万元）', values: [1900, 1889.05] }]);
});

test('图6 is the 类 structure of 五（二）, named and valued as the sentence states them', () => {
  const fig6 = chartSpecs(model, prior)[5];
  expect(fig6.categories).toEqual(['一般公共服务支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出']);
  expect(fig6.series[0].values).toEqual([1652.28, 108.57, 50.69, 77.51]);
  const text = generateNarrative(model, { prior }).text;
  fig6.categories.forEach((c, i) => expect(text).toContain(`${c}${fig6.series[0].values[i]}万元`));
});

test('a figure the tables cannot draw is left out; the others keep their template numbers', () => {
  const { T13: _dropped, ...tables } = model.tables;
  const titles = chartSpecs({ ...model, tables }, prior).map((c) => c.title);
  expect(titles).toHaveLength(6);
  expect(titles[5]).toBe('图6 一般公共预算财政拨款支出决算结构');
  expect(titles.some((t) => t.startsWith('图7'))).toBe(false);
  const { T06: _t06, ...noT06 } = model.tables;
  expect(chartSpecs({ ...model, tables: noT06 }, prior).map((c) => c.title.slice(0, 2))).toEqual(['图1', '图2', '图3', '图4', '图7']);
});

test('structure charts leave zero parts out and agree with the tables', () => {
  const charts = chartSpecs(model, prior);
  const income = charts.find((c) => c.title === '图2 收入决算结构图')!;
  // The sample has 一般公共预算 money only.
  expect(income.categories).toEqual(['一般公共预算财政拨款收入']);
  expect(income.series[0].values).toEqual([1889.05]);
  const spending = charts.find((c) => c.title === '图3 支出决算结构图')!;
  expect(spending.categories).toEqual(['基本支出', '项目支出']);
  expect(spending.series[0].values.reduce((a, b) => a + b, 0)).toBeCloseTo(1889.05, 2);
  const sanGong = charts.find((c) => c.title === '图7 “三公”经费财政拨款支出结构')!;
  for (const v of sanGong.series[0].values) expect(v).toBeGreaterThan(0);
  expect(sanGong.categories).not.toContain('因公出国（境）费');
});

test('without last year a change chart shows this year alone', () => {
  const charts = chartSpecs(model, undefined);
  expect(charts[0].categories).toEqual(['2023年']);
  expect(charts[0].series.map((s) => s.values)).toEqual([[1889.05], [1889.05]]);
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
  // 行政单位 was not given: the inference is said beside the text, not in it.
  expect(placeholderLine(narrative)).toContain('。 提示：（一）机关运行经费支出情况：按行政单位写机关运行经费（即六中的公用经费合计）：表中有行政运行支出（2010301）');
  expect(generationNotes(narrative)).toHaveLength(1);
  expect(narrative.text).not.toContain('提示');
});
