import { chineseNumeral, parseChineseNumeral } from '../../../src/core/numerals';

describe('Chinese numerals of headings', () => {
  test.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [12, '十二'],
    [20, '二十'],
    [23, '二十三'],
    [99, '九十九'],
  ])('%i is %s, and back', (n, numeral) => {
    expect(chineseNumeral(n)).toBe(numeral);
    expect(parseChineseNumeral(numeral)).toBe(n);
  });

  test('outside 1 … 99 a number stays in digits; what is not a numeral parses to null', () => {
    expect(chineseNumeral(100)).toBe('100');
    expect(chineseNumeral(0)).toBe('0');
    expect(parseChineseNumeral('12')).toBe(12);
    expect(parseChineseNumeral('一二')).toBeNull();
    expect(parseChineseNumeral('甲')).toBeNull();
  });
});
