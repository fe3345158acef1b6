import { CellRange } from '../../../src/core/grid/types';
import { parseAreasAddress, parseRangeAddress } from '../../../src/excel/addressList';
import { marksFromFindings } from '../../../src/excel';
import { chunk, splitByBudget } from '../../../src/excel/limits';
import { rangeAddress, toRectangles } from '../../../src/excel/rectangles';
import { rng } from './helpers';

function cellsOf(rects: readonly CellRange[]): string[] {
  const out: string[] = [];
  for (const r of rects) for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) out.push(`${i},${j}`);
  return out.sort();
}

describe('toRectangles', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])('covers exactly the input cells, without overlap (seed %i)', (seed) => {
    const random = rng(seed);
    const cells = Array.from({ length: 200 }, () => ({ row: Math.floor(random() * 15), col: Math.floor(random() * 10) }));
    const rects = toRectangles(cells);
    const covered = cellsOf(rects);
    expect(new Set(covered).size).toBe(covered.length);
    expect(covered).toEqual([...new Set(cells.map((c) => `${c.row},${c.col}`))].sort());
  });

  test('a block and a row become one rectangle each', () => {
    const cells = [];
    for (let r = 2; r <= 4; r++) for (let c = 1; c <= 3; c++) cells.push({ row: r, col: c });
    cells.push({ row: 8, col: 0 }, { row: 8, col: 1 }, { row: 8, col: 2 });
    expect(toRectangles(cells).map(rangeAddress)).toEqual(['B3:D5', 'A9:C9']);
  });
});

describe('addresses', () => {
  test('RangeAreas.address with plain, quoted and tricky sheet names', () => {
    expect(parseAreasAddress('表1!A1:C1,表1!B3')).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 2, left: 1, bottom: 2, right: 1 },
    ]);
    expect(parseAreasAddress("'收入, 支出''s!'!$A$2:$B$3, '收入, 支出''s!'!D4")).toEqual([
      { top: 1, left: 0, bottom: 2, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
    expect(parseAreasAddress('A1:B2')).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
    expect(parseRangeAddress('A1:B2:C3')).toBeNull();
  });
});

describe('budget helpers', () => {
  test('splitByBudget keeps order and budget; chunk keeps size', () => {
    expect(splitByBudget([5, 5, 5, 20, 1], (n) => n, 10)).toEqual([[5, 5], [5], [20], [1]]);
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});

describe('marksFromFindings', () => {
  test('one mark per cell at its highest severity; notices only on request', () => {
    const cell = { sheet: '表1', row: 1, col: 1 };
    const other = { sheet: '表1', row: 2, col: 1 };
    const findings = [
      { rule: 't01-income-total' as const, severity: 'warning' as const, message: '', cells: [cell] },
      { rule: 't02-class-sums' as const, severity: 'error' as const, message: '', cells: [cell] },
      { rule: 't03-class-sums' as const, severity: 'info' as const, message: '', cells: [other] },
    ];
    expect(marksFromFindings(findings)).toEqual([{ cell, severity: 'error' }]);
    expect(marksFromFindings(findings, { includeInfo: true })).toEqual([{ cell, severity: 'error' }, { cell: other, severity: 'info' }]);
  });
});
