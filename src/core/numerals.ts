/**
 * Chinese numerals as headings write them (一、 … 十二、, （三）, 第二部分): the one place that
 * turns numbers into numerals and back. Patterns that only match a numeral keep their own
 * character class ([一二三四五六七八九十]). Also the one full-width → ASCII digit conversion
 * (０-９ → 0-9) that the amount parser, the layout's code cells and the 说明's cleaning share.
 */

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 … 99 as a numeral: 一, 十, 十一, 二十, 二十三; any other number in digits. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = DIGITS[n % 10];
  if (tens === 0) return ones;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones}`;
}

/** A numeral 一 … 九十九 (or digits) back to its number; null for anything else. */
export function parseChineseNumeral(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[一二三四五六七八九十]+$/.test(s)) return null;
  if (s === '十') return 10;
  const digit = (c: string) => (c === '十' ? 10 : DIGITS.indexOf(c));
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? digit(s) : null;
  const tens = ten === 0 ? 1 : digit(s[0]);
  const ones = ten === s.length - 1 ? 0 : digit(s[s.length - 1]);
  return tens * 10 + ones;
}

const FULL_0 = 0xff10; // '０'
const FULL_9 = 0xff19; // '９'
const FULL_TO_ASCII = 0xfee0;
const FULL_WIDTH_DIGIT = /[０-９]/g;

/** The ASCII code of a full-width digit (０-９); any other code as it is. */
export function asciiDigitCode(code: number): number {
  return code >= FULL_0 && code <= FULL_9 ? code - FULL_TO_ASCII : code;
}

/** Full-width digits (０-９) as ASCII digits; every other character as it is (．stays ．). */
export function asciiDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(asciiDigitCode(d.charCodeAt(0))));
}
