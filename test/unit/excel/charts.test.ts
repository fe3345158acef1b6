/** ExcelHost.insertCharts over the fake host: a new sheet with each chart's data and a native chart over it. */
import { ChartSpec } from '../../../src/excel';
import { layoutCharts } from '../../../src/excel/insertCharts';
import { sheetByName } from '../../../src/fakehost';
import { cellKey } from '../../../src/fakehost/model';
import { buildWorkbook, SAMPLE_UNIT } from '../../fixtures/generator';
import { adapterOver, fakeOf } from './helpers';

const CHARTS: ChartSpec[] = [
  { title: '收支总计变动', kind: 'column', categoryHeader: '年度', categories: ['2022年', '2023年'], series: [{ name: '金额（万元）', values: [1924.37, 1889.05] }] },
  { title: '支出结构', kind: 'pie', categoryHeader: '项目', categories: ['基本支出', '项目支出', '=SUM(A1)'], series: [{ name: '金额（万元）', values: [1197.54, 691.51, 0] }] },
];

const value = (sheet: ReturnType<typeof sheetByName>, a1Row: number, col: number) => sheet.cells.get(cellKey(a1Row, col))?.value;

test('one new sheet, data blocks and charts recorded with type, source, title and position; two syncs', async () => {
  const fake = fakeOf(buildWorkbook(SAMPLE_UNIT).grids);
  const before = fake.workbook.sheets.map((s) => s.name);
  const name = await adapterOver(fake).insertCharts('说明图表', CHARTS);
  expect(name).toBe('说明图表');
  expect(fake.recorder.syncCount).toBe(2);
  expect(fake.workbook.sheets.map((s) => s.name)).toEqual([...before, '说明图表']);
  const sheet = sheetByName(fake.workbook, '说明图表');
  expect(fake.workbook.activeSheetId).toBe(sheet.id);

  const [first, second] = sheet.charts;
  expect(sheet.charts).toHaveLength(2);
  expect(first).toMatchObject({ type: 'ColumnClustered', title: '收支总计变动', seriesBy: 'Columns', sourceSheet: '说明图表' });
  expect(second).toMatchObject({ type: 'Pie', title: '支出结构', dataLabels: { showPercentage: true } });

  // Each chart reads exactly its block: header row then one row per category.
  const blocks = layoutCharts(CHARTS);
  blocks.forEach((block, i) => {
    const chart = sheet.charts[i];
    expect(value(sheet, block.top, 0)).toBe(CHARTS[i].title);
    expect(chart.source).toEqual({ top: block.top + 1, left: 0, bottom: block.top + 1 + CHARTS[i].categories.length, right: 1 });
    expect(chart.position).toEqual({ start: block.chartStart, end: block.chartEnd });
    expect(value(sheet, chart.source.top, 0)).toBe(CHARTS[i].categoryHeader);
    CHARTS[i].categories.forEach((c, j) => expect(value(sheet, chart.source.top + 1 + j, 1)).toBe(CHARTS[i].series[0].values[j]));
  });
  // A category that looks like a formula is written as text (leading apostrophe), never as a formula.
  expect(value(sheet, second.source.top + 3, 0)).toBe('=SUM(A1)');
  expect([...sheet.cells.values()].some((c) => c.formula)).toBe(false);
  // Blocks do not overlap.
  expect(blocks[1].top).toBeGreaterThan(first.source.bottom);
  // Nothing outside the new sheet was written.
  expect(new Set(fake.recorder.writes.map((w) => w.sheet))).toEqual(new Set(['说明图表']));
});

test('an existing sheet of that name is never reused', async () => {
  const fake = fakeOf(buildWorkbook(SAMPLE_UNIT).grids);
  const host = adapterOver(fake);
  await host.insertCharts('说明图表', CHARTS);
  const again = await host.insertCharts('说明图表', CHARTS.slice(0, 1));
  expect(again).toBe('说明图表 (2)');
  expect(sheetByName(fake.workbook, '说明图表').charts).toHaveLength(2);
  expect(sheetByName(fake.workbook, '说明图表 (2)').charts).toHaveLength(1);
});

test('the fake refuses chart types Excel does not know, and the failure is not half-recorded as a chart', async () => {
  const fake = fakeOf(buildWorkbook(SAMPLE_UNIT).grids);
  await expect(
    fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add('x');
      ws.charts.add('Pyramid3D', ws.getRange('A1:B2'));
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidArgument' });
  expect(sheetByName(fake.workbook, 'x').charts).toEqual([]);
});
