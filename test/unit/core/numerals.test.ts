import { asciiDigitCode, asciiDigits, chineseNumeral, parseChineseNumeral } from '../../../src/core/numerals';

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

describe('full-width digits', () => {
  test('asciiDigits turns ０-９ into 0-9 and leaves every other character as it is', () => {
    expect(asciiDigits('２０２３年１８８９．０５万元')).toBe('2023年1889．05万元');
    expect(asciiDigits('201 一般公共服务支出')).toBe('201 一般公共服务支出');
    expect(asciiDigits('０１２３４５６７８９')).toBe('0123456789');
    expect(asciiDigits('')).toBe('');
  });

  test('asciiDigitCode maps a full-width digit code to ASCII and any other code to itself', () => {
    expect(asciiDigitCode('０'.charCodeAt(0))).toBe(0x30);
    expect(asciiDigitCode('９'.charCodeAt(0))).toBe(0x39);
    expect(asciiDigitCode('．'.charCodeAt(0))).toBe('．'.charCodeAt(0));
    expect(asciiDigitCode('7'.charCodeAt(0))).toBe(0x37);
  });
});
