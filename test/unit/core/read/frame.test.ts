import { MergeIndex } from '../../../../src/core/layout/mergeIndex';
import { labelColumn, moneyCandidates, scanFrame } from '../../../../src/core/layout/frame';
import { sheet } from './gridHelpers';

// The frame every row-listing reader shares (src/core/layout/frame.ts): header band, data rows, end.
const isCode = (grid: ReturnType<typeof sheet>) => (r: number) => /^\d{3}$/.test(String(grid.rows[r][0] ?? ''));

describe('scanFrame', () => {
  const grid = sheet('表3', [
    ['项目', null, '本年支出', null],
    [null, null, '合计', '基本支出'],
    ['栏次', null, 1, 2],
    [null, null, null, null],
    ['201', '一般公共服务支出', 10, 10],
    ['205', '教育支出', 5, 5],
    ['注：本表反映……', null, null, null],
    ['299', '不是本表的行', 1, 1],
  ]);

  test('header band without 栏次 and empty rows, data from the first data row to the note', () => {
    const f = scanFrame(grid, 0, isCode(grid));
    expect(f.headerRows).toEqual([0, 1]);
    expect(f.dataRows).toEqual([4, 5]);
    expect(f.endRow).toBe(6);
    expect(f.width).toBe(4);
  });

  test('no data row at all: the band stops five rows below the start (the note is further down)', () => {
    const f = scanFrame(grid, 0, () => false);
    expect(f.dataRows).toEqual([]);
    expect(f.headerRows).toEqual([0, 1, 4]);
    expect(f.endRow).toBe(5);
  });

  test('no data row before a note within five rows: the band stops at the note', () => {
    const short = sheet('表10', [
      ['项目', null, '本年支出'],
      [null, null, '合计'],
      ['注：本单位没有政府性基金预算财政拨款收入、支出和结转结余，故本表无数据。', null, null],
      ['201', '不是本表的行', 1],
    ]);
    const f = scanFrame(short, 0, isCode(short));
    expect(f.dataRows).toEqual([]);
    expect(f.headerRows).toEqual([0, 1]);
    expect(f.endRow).toBe(2);
  });

  test('scanFrom skips rows the reader has already placed (a 项目 header row)', () => {
    const f = scanFrame(grid, 0, (r) => r === 0 || isCode(grid)(r), 1);
    expect(f.headerRows).toEqual([0, 1]);
    expect(f.dataRows[0]).toBe(4);
  });

  test('scanFrom with no data row below it: no data, the band still measured from the start', () => {
    const f = scanFrame(grid, 0, () => false, 2);
    expect(f.dataRows).toEqual([]);
    expect(f.headerRows).toEqual([0, 1, 4]);
  });
});

describe('moneyCandidates and labelColumn', () => {
  test('行次 columns are not money; a merge reaching in hides a label', () => {
    const grid = sheet(
      '表1',
      [
        ['项目', '行次', '金额', '项目', '行次', '金额'],
        ['合计', 1, 10, '合计', 1, 10],
        ['其他', 2, 3, '合计', 2, 4],
      ],
      ['D3:E3'],
    );
    const f = scanFrame(grid, 0, (r) => r > 0);
    // The label column D is the reader's to leave out (it passes each block's range).
    expect(moneyCandidates(grid, f, 1)).toEqual([2, 3, 5]);
    expect(moneyCandidates(grid, f, 1, 3)).toEqual([2]);
    const merges = new MergeIndex(grid);
    expect(labelColumn(grid, merges, 1, [0, 3], (t) => t === '合计')).toBe(0);
    expect(labelColumn(grid, merges, 2, [0, 3], (t) => t === '合计')).toBe(3);
    expect(labelColumn(grid, merges, 2, [0, 4], (t) => t === '合计')).toBeUndefined();
  });
});
