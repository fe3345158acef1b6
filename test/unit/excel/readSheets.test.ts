import { Grid } from '../../../src/core/grid/types';
import { buildWorkbook, LAYOUT_VARIANTS, SAMPLE_UNIT } from '../../fixtures/generator';
import { adapterOver, fakeOf } from './helpers';

describe('readAllSheets', () => {
  test.each(['default', 'ordinalSheets', 't04SubRows', 'national', 'textNumbers'])('reads the generated workbook (%s) back exactly, in two syncs', async (variant) => {
    const grids = buildWorkbook(SAMPLE_UNIT, LAYOUT_VARIANTS[variant]).grids;
    const fake = fakeOf(grids);
    const read = await adapterOver(fake).readAllSheets();
    expect(read).toEqual(grids);
    expect(fake.recorder.syncCount).toBe(2);
    expect(fake.recorder.writes).toEqual([]);
  });

  test('hidden sheets are read and flagged', async () => {
    const grids = buildWorkbook(SAMPLE_UNIT, LAYOUT_VARIANTS.t04SubRows).grids;
    expect(grids.some((g) => g.hidden)).toBe(true);
    const read = await adapterOver(fakeOf(grids)).readAllSheets();
    expect(read.filter((g) => g.hidden).map((g) => g.name)).toEqual(grids.filter((g) => g.hidden).map((g) => g.name));
  });

  test('a used range that starts below and right of A1, errors, booleans, a merge wider than the values, an empty sheet', async () => {
    const grid: Grid = {
      name: "收入 支出'表",
      rows: [
        [null, null, null, null],
        [null, null, '标题', null],
        [null, null, 1.5, { error: '#DIV/0!' }],
        [null, null, true, '文本'],
      ],
      merges: [{ top: 1, left: 2, bottom: 1, right: 3 }],
    };
    const empty: Grid = { name: '空表', rows: [], merges: [] };
    const fake = fakeOf([grid, empty]);
    // A title merged across columns past the last value is clipped to the grid, as the Grid contract says.
    fake.workbook.sheets[0].merges.push({ top: 5, left: 0, bottom: 5, right: 2 }, { top: 0, left: 3, bottom: 0, right: 9 });
    const read = await adapterOver(fake).readAllSheets();
    expect(read[0]).toEqual({ ...grid, merges: [{ top: 0, left: 3, bottom: 0, right: 3 }, { top: 1, left: 2, bottom: 1, right: 3 }] });
    expect(read[1]).toEqual(empty);
  });

  test('falls back to row blocks when the answer would pass the response limit, and still reads exactly', async () => {
    const grids = buildWorkbook(SAMPLE_UNIT).grids;
    const fake = fakeOf(grids, { maxResponseBytes: 40_000 });
    const { readAllSheets } = await import('../../../src/excel/readSheets');
    const read = await readAllSheets(fake.Excel.run as never, { responseBudget: 30_000 });
    expect(read).toEqual(grids);
    expect(fake.recorder.syncs.some((s) => s.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(fake.recorder.syncs.filter((s) => !s.error).every((s) => s.responseBytes <= 40_000)).toBe(true);
  });

  test('listSheets reports hidden and protected sheets in one sync', async () => {
    const grids = buildWorkbook(SAMPLE_UNIT, LAYOUT_VARIANTS.t04SubRows).grids;
    const fake = fakeOf(grids);
    fake.workbook.sheets[2].protected = true;
    const sheets = await adapterOver(fake).listSheets();
    expect(sheets.map((s) => s.name)).toEqual(grids.map((g) => g.name));
    expect(sheets.map((s) => s.hidden)).toEqual(grids.map((g) => !!g.hidden));
    expect(sheets.map((s) => s.protected)).toEqual(grids.map((_, i) => i === 2));
    expect(fake.recorder.syncCount).toBe(1);
  });
});
