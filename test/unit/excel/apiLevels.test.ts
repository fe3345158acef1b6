import { Grid } from '../../../src/core/grid/types';
import { HostError, marksFromFindings } from '../../../src/excel';
import { cellKey, sheetByName } from '../../../src/fakehost';
import { buildWorkbook, SAMPLE_UNIT } from '../../fixtures/generator';
import { adapterOver, API_LEVELS, fakeOf } from './helpers';

const grids = buildWorkbook(SAMPLE_UNIT).grids;

describe.each(API_LEVELS)('the adapter at ExcelApi %s', (apiLevel) => {
  test('a whole session (read, highlight, select, write, charts, watch, clear) makes no call the host lacks', async () => {
    const fake = fakeOf(grids, {}, apiLevel);
    const host = adapterOver(fake);
    const read = await host.readWorkbook();
    expect(read).toEqual({ grids, failures: [] });
    expect(fake.recorder.syncCount).toBe(2);
    const marks = marksFromFindings([
      { rule: 't01-income-total', severity: 'error', message: '', cells: [{ sheet: grids[0].name, row: 6, col: 1 }, { sheet: grids[0].name, row: 9, col: 1 }] },
      { rule: 't02-class-sums', severity: 'warning', message: '', cells: [{ sheet: grids[1].name, row: 7, col: 2 }] },
    ]);
    expect((await host.highlight(marks)).cells).toBe(3);
    const sheet = grids[3].name;
    await host.selectCells([{ sheet, row: 5, col: 2 }, { sheet, row: 30, col: 4 }]);
    await host.writeSheet('说明', [['一、部门基本情况']]);
    await host.insertCharts('图表', [{ title: '收入结构', kind: 'pie', categoryHeader: '项目', categories: ['财政拨款收入', '其他收入'], series: [{ name: '金额', values: [10, 2] }] }]);
    await host.watchChanges!(() => undefined);
    expect((await host.clearHighlights()).removed).toBeGreaterThan(0);
    expect(fake.recorder.syncs.filter((s) => s.error)).toEqual([]);
  });

  test('several areas: all at once at 1.18, else the bounding rectangle of a compact finding, and says so', async () => {
    const fake = fakeOf(grids, {}, apiLevel);
    const sheet = grids[3].name;
    const target = sheetByName(fake.workbook, sheet);
    const result = await adapterOver(fake).selectCells([
      { sheet, row: 6, col: 2 },
      { sheet, row: 6, col: 4 },
      { sheet, row: 6, col: 5 },
    ]);
    if (apiLevel === '1.18') {
      expect(result).toMatchObject({ mode: 'all', areas: ['C7', 'E7:F7'], note: null });
      expect(fake.workbook.selection?.areas).toEqual([
        { top: 6, left: 2, bottom: 6, right: 2 },
        { top: 6, left: 4, bottom: 6, right: 5 },
      ]);
    } else {
      expect(result).toMatchObject({ mode: 'bounding', address: 'C7:F7', areas: ['C7', 'E7:F7'] });
      expect(result.note).toBe('此版本的 Excel 不能同时选中多个区域，已选中包含全部 2 处的区域 C7:F7。');
      expect(fake.workbook.selection).toEqual({ sheetId: target.id, areas: [{ top: 6, left: 2, bottom: 6, right: 5 }] });
    }
  });

  test('several far-apart areas: below 1.18 one at a time, the next on the next call, wrapping round', async () => {
    const fake = fakeOf(grids, {}, apiLevel);
    const sheet = grids[3].name;
    const cells = [
      { sheet, row: 5, col: 2 },
      { sheet, row: 30, col: 4 },
      { sheet: grids[0].name, row: 1, col: 1 },
    ];
    const host = adapterOver(fake);
    const first = await host.selectCells(cells);
    expect(first.otherSheets).toEqual([grids[0].name]);
    if (apiLevel === '1.18') {
      expect(first.mode).toBe('all');
      expect(fake.workbook.selection?.areas.length).toBe(2);
      expect(first.note).toBe(`其余单元格在工作表“${grids[0].name}”上，需另行查看。`);
      return;
    }
    expect(first).toMatchObject({ mode: 'one', address: 'C6', area: 0, areas: ['C6', 'E31'] });
    expect(first.note).toContain('已选中第 1 处 C6（共 2 处：C6、E31）；再次点击选中下一处。');
    const second = await host.selectCells(cells, { area: 1 });
    expect(second).toMatchObject({ mode: 'one', address: 'E31', area: 1 });
    expect(fake.workbook.selection?.areas).toEqual([{ top: 30, left: 4, bottom: 30, right: 4 }]);
    expect((await host.selectCells(cells, { area: 2 })).address).toBe('C6');
  });
});

describe('Excel limits the adapter works around', () => {
  test('more than 512 merges on a sheet: read over the values box in chunks, exactly', async () => {
    const rows = Array.from({ length: 700 }, (_, r) => [`项目${r}`, null, r, null, '备注']);
    const merges = Array.from({ length: 700 }, (_, r) => [
      { top: r, left: 0, bottom: r, right: 1 },
      { top: r, left: 2, bottom: r, right: 3 },
    ]).flat();
    const big: Grid = { name: '合并很多', rows, merges };
    const fake = fakeOf([grids[0], big]);
    const read = await adapterOver(fake).readWorkbook();
    expect(read.failures).toEqual([]);
    expect(read.grids).toEqual([grids[0], big]);
    expect(fake.recorder.syncs.some((s) => s.error === 'GeneralException')).toBe(true);
  });

  test('a merge taller than a chunk is reported once; a chunk failing down to one row fails the sheet, no endless retry', async () => {
    const tall: Grid = { name: '纵向合并', rows: Array.from({ length: 30 }, (_, r) => [r === 0 ? '类' : null, r]), merges: [{ top: 0, left: 0, bottom: 29, right: 0 }] };
    const fake = fakeOf([tall], { maxMergedAreas: 0 });
    fake.workbook.sheets[0].merges.push(...Array.from({ length: 5 }, (_, i) => ({ top: 40 + i, left: 5, bottom: 40 + i, right: 6 })));
    // maxMergedAreas 0 makes every non-empty merge query fail: the adapter must then fail the sheet, not loop.
    const read = await adapterOver(fake).readWorkbook();
    expect(read.grids).toEqual([]);
    expect(read.failures).toEqual([{ sheet: '纵向合并', code: 'GeneralException', message: '工作表“纵向合并”无法读取（Excel 报告 GeneralException），未校验；其余工作表已校验。' }]);
    const ok = fakeOf([tall]);
    const again = await adapterOver(ok, { mergeChunkRows: 7 }).readWorkbook();
    expect(again.grids).toEqual([tall]);
  });

  test('values null above the cell limit: that sheet is read again in blocks, exactly', async () => {
    const fake = fakeOf(grids, { maxValueCells: 200 });
    const read = await adapterOver(fake, { maxCellsPerRead: 150 }).readWorkbook();
    expect(read).toEqual({ grids, failures: [] });
  });

  test('one sheet Excel cannot read: the others are read, the failure is reported in Chinese', async () => {
    const fake = fakeOf(grids);
    fake.workbook.sheets[2].readError = 'GeneralException';
    const read = await adapterOver(fake).readWorkbook();
    expect(read.grids).toEqual(grids.filter((_, i) => i !== 2));
    expect(read.failures).toEqual([
      { sheet: grids[2].name, code: 'GeneralException', message: `工作表“${grids[2].name}”无法读取（Excel 报告 GeneralException），未校验；其余工作表已校验。` },
    ]);
    expect(await adapterOver(fake).readAllSheets()).toEqual(read.grids);
  });

  test('dates arrive as serial numbers; like the CLI, the grid holds their date text', async () => {
    const fake = fakeOf([{ name: '封面', rows: [['编制日期', 45306], ['时间', 45306.5], ['金额', 45306]], merges: [] }]);
    const sheet = fake.workbook.sheets[0];
    sheet.cells.set(cellKey(0, 1), { value: 45306, numberFormat: 'yyyy"年"m"月"d"日"' });
    sheet.cells.set(cellKey(1, 1), { value: 45306.5, numberFormat: 'yyyy-mm-dd hh:mm' });
    sheet.cells.set(cellKey(2, 1), { value: 45306, numberFormat: '#,##0.00' });
    const [grid] = await adapterOver(fake).readAllSheets();
    expect(grid.rows).toEqual([['编制日期', '2024-01-15'], ['时间', '2024-01-15 12:00:00'], ['金额', 45306]]);
  });

  test('a protected sheet that refuses selection: a Chinese reason naming the cells', async () => {
    const fake = fakeOf(grids);
    const sheet = fake.workbook.sheets[1];
    sheet.protected = true;
    sheet.selectionMode = 'None';
    await expect(adapterOver(fake).selectCells([{ sheet: sheet.name, row: 6, col: 1 }])).rejects.toEqual(
      new HostError(`工作表“${sheet.name}”受保护，不允许选中单元格。问题单元格：B7。`),
    );
  });

  test('清除标注 is offered when our formats are found, even though the saved record is gone', async () => {
    const fake = fakeOf(grids);
    const host = adapterOver(fake);
    await host.highlight([{ cell: { sheet: grids[0].name, row: 6, col: 1 }, severity: 'error' }]);
    fake.document.savedSettings = {};
    const reopened = fake.reopen();
    const later = adapterOver(reopened);
    expect(later.hasHighlights()).toBe(false);
    expect(await later.scanHighlights()).toBe(true);
    expect(later.hasHighlights()).toBe(true);
    expect((await later.clearHighlights()).removed).toBe(1);
    expect(later.hasHighlights()).toBe(false);
    expect(await later.scanHighlights()).toBe(false);
    expect(sheetByName(reopened.workbook, grids[0].name).conditionalFormats).toEqual([]);
  });
});
