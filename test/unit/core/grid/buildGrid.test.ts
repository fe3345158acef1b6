import { buildGrid, GridTooLargeError } from '../../../../src/core/grid/buildGrid';

describe('buildGrid', () => {
  const values = [
    { row: 0, col: 0, value: '标题' },
    { row: 2, col: 1, value: 12 },
    { row: 1, col: 1, value: null },
  ];
  // A note merged two rows down from the last value, a title merged past the last column,
  // a merge on an empty cell reaching past the values.
  const merges = [
    { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 0, left: 0, bottom: 0, right: 4 },
    { top: 1, left: 1, bottom: 1, right: 5 },
  ];

  test("'extend' (files): merges anchored on a value extend the grid; a merge clipped to one cell is dropped", () => {
    const grid = buildGrid('表', values, merges, false);
    expect(grid.rows).toEqual([
      ['标题', null, null, null, null],
      [null, null, null, null, null],
      [null, 12, null, null, null],
      [null, null, null, null, null],
    ]);
    expect(grid.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 1, left: 1, bottom: 1, right: 4 },
      { top: 2, left: 1, bottom: 3, right: 1 },
    ]);
    expect(grid.hidden).toBeUndefined();
  });

  test("'clip' (Office.js): the grid is the values' box; merges are clipped to it and kept, one cell or not", () => {
    const grid = buildGrid('表', values, merges, true, { merges: 'clip' });
    expect(grid.rows).toEqual([
      ['标题', null],
      [null, null],
      [null, 12],
    ]);
    expect(grid.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 1, left: 1, bottom: 1, right: 1 },
      { top: 2, left: 1, bottom: 2, right: 1 },
    ]);
    expect(grid.hidden).toBe(true);
  });

  test('more cells than allowed throws before allocating, naming the farthest values', () => {
    expect(() => buildGrid('表', values, [], false, { maxCells: 5 })).toThrow(GridTooLargeError);
    try {
      buildGrid('表', values, [], false, { maxCells: 5 });
    } catch (e) {
      expect((e as GridTooLargeError).farthest).toEqual([{ row: 2, col: 1 }]);
    }
  });
});
