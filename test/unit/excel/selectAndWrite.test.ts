import { HostError } from '../../../src/excel';
import { freeSheetName } from '../../../src/excel/writeSheet';
import { sheetByName, snapshotSheets } from '../../../src/fakehost';
import { buildWorkbook, SAMPLE_UNIT } from '../../fixtures/generator';
import { adapterOver, fakeOf } from './helpers';

const grids = buildWorkbook(SAMPLE_UNIT).grids;

describe('selectCells', () => {
  test('activates the sheet of the first cell and selects its cells as rectangles', async () => {
    const fake = fakeOf(grids);
    const sheet = grids[3].name;
    await adapterOver(fake).selectCells([
      { sheet, row: 5, col: 2 },
      { sheet, row: 6, col: 2 },
      { sheet, row: 9, col: 4 },
      { sheet: grids[0].name, row: 1, col: 1 },
    ]);
    const target = sheetByName(fake.workbook, sheet);
    expect(fake.workbook.activeSheetId).toBe(target.id);
    expect(fake.workbook.selection).toEqual({
      sheetId: target.id,
      areas: [
        { top: 5, left: 2, bottom: 6, right: 2 },
        { top: 9, left: 4, bottom: 9, right: 4 },
      ],
    });
  });

  test('a renamed sheet or a hidden one gives a Chinese reason', async () => {
    const fake = fakeOf(grids);
    const host = adapterOver(fake);
    await expect(host.selectCells([{ sheet: '已删除', row: 0, col: 0 }])).rejects.toEqual(new HostError('找不到工作表“已删除”，可能已被重命名或删除。请重新校验。'));
    fake.workbook.sheets[1].visibility = 'Hidden';
    await expect(host.selectCells([{ sheet: grids[1].name, row: 0, col: 0 }])).rejects.toThrow('已隐藏');
  });
});

describe('writeSheet', () => {
  test('writes a new sheet with a free name and never touches existing sheets', async () => {
    const fake = fakeOf([...grids, { name: '说明', rows: [['旧的说明']], merges: [] }]);
    const before = snapshotSheets(fake.workbook);
    const rows = [['一、部门基本情况'], ['=1+1 不是公式'], ["'引号开头"], ['-'], [12.5, '万元', null, true]];
    const name = await adapterOver(fake).writeSheet('说明', rows, { columnWidths: [400], wrapColumns: [0] });
    expect(name).toBe('说明 (2)');
    expect(snapshotSheets(fake.workbook)).toEqual([...(before as unknown[]), expect.anything()]);
    const read = await adapterOver(fake).readAllSheets();
    expect(read.find((g) => g.name === '说明 (2)')!.rows).toEqual([
      ['一、部门基本情况', null, null, null],
      ['=1+1 不是公式', null, null, null],
      ["'引号开头", null, null, null],
      ['-', null, null, null],
      [12.5, '万元', null, true],
    ]);
    const written = sheetByName(fake.workbook, '说明 (2)');
    expect([...written.cells.values()].some((c) => c.formula)).toBe(false);
    expect(fake.workbook.activeSheetId).toBe(written.id);
  });

  test('the paragraph column wraps at its width and the rows are fitted to the text', async () => {
    const fake = fakeOf(grids);
    const rows = [['一、收入支出决算总体情况说明'], ['2023年度收、支总计均为1889.05万元。'.repeat(20)]];
    const name = await adapterOver(fake).writeSheet('说明', rows, { columnWidths: [640], wrapColumns: [0] });
    const written = sheetByName(fake.workbook, name);
    expect(written.columnWidths[0]).toBe(640);
    expect([...written.wrapped].sort()).toEqual(['0,0', '1,0']);
    expect(fake.recorder.writes.filter((w) => w.op === 'format.autofitRows')).toHaveLength(1);
  });

  test('long texts go in several blocks within the request budget', async () => {
    const fake = fakeOf(grids, { maxRequestBytes: 20_000 });
    const rows = Array.from({ length: 200 }, (_, i) => [`第${i + 1}段：${'本年度收入支出情况说明。'.repeat(10)}`]);
    const name = await adapterOver(fake, { requestBudget: 10_000 }).writeSheet('决算说明', rows);
    expect(fake.recorder.syncs.every((s) => !s.error)).toBe(true);
    expect(fake.recorder.writes.filter((w) => w.op === 'values').length).toBeGreaterThan(1);
    const sheet = sheetByName(fake.workbook, name);
    expect(sheet.cells.size).toBe(200);
    expect(sheet.cells.get('199,0')!.value).toBe(rows[199][0]);
  });

  test('free names: forbidden characters, case, the 31-character limit', () => {
    expect(freeSheetName('说明[2023]/草稿', [])).toBe('说明_2023__草稿');
    expect(freeSheetName('Sheet', ['sheet', 'SHEET (2)'])).toBe('Sheet (3)');
    const long = '很'.repeat(40);
    const name = freeSheetName(long, ['很'.repeat(31)]);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name.endsWith(' (2)')).toBe(true);
  });
});
