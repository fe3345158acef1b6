import { Grid } from '../../../../src/core/grid/types';
import { widestRow } from '../../../../src/core/grid/widestRow';
import { findCodeGroups } from '../../../../src/core/layout/codeColumns';

/**
 * A table of 200,000 rows: measuring the widest row by spreading every row's width as arguments
 * (Math.max(...widths)) overflows the stack from about 120,000 rows. These helpers must loop.
 */
const ROWS = 200_000;
const grid: Grid = {
  name: '支出决算表',
  rows: Array.from({ length: ROWS }, (_, i) => (i === ROWS - 1 ? ['2010301', '行政运行', 1, 2] : ['2010301', '行政运行', 1])),
  merges: [],
};

test('widestRow measures 200,000 rows', () => {
  expect(widestRow(grid, Array.from({ length: ROWS }, (_, i) => i))).toBe(4);
});

test('findCodeGroups scans 200,000 rows and finds the code column', () => {
  const groups = findCodeGroups(grid, 0, ROWS);
  expect(groups.length).toBeGreaterThan(0);
});
