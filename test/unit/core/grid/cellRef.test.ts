import { a1, columnIndex, columnLetters, parseA1 } from '../../../../src/core/grid/cellRef';

describe('cell references', () => {
  test.each([[0, 'A'], [25, 'Z'], [26, 'AA'], [701, 'ZZ'], [702, 'AAA'], [16383, 'XFD']])('column %i is %s', (i, s) => {
    expect(columnLetters(i)).toBe(s);
    expect(columnIndex(s)).toBe(i);
  });
  test('A1 addresses', () => {
    expect(a1(6, 2)).toBe('C7');
    expect(parseA1('$C$7')).toEqual({ row: 6, col: 2 });
    expect(parseA1('C7:D8')).toBeNull();
  });
});
