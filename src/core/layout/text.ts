import { CellValue, Grid, cellAt, isCellError } from '../grid/types';
import { asciiDigits } from '../numerals';

/** Label form used for matching: no white space, half-width brackets and colons made full-width,
 * no leading 其中： or enumeration (一、 1. （一）). */
export function labelKey(text: string): string {
  return text
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：')
    .replace(/^其中[：]?/, '')
    .replace(/^(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十\d]+）|\d+[、.．])/, '');
}

const CJK = /[\u4e00-\u9fa5]/;

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** Digits of a cell that may hold a classification code: integers as numbers, or digit text. */
export function digitsOf(v: CellValue): string | null {
  if (v === null || isCellError(v)) return null;
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? String(v) : null;
  if (typeof v !== 'string') return null;
  const plain = plainDigits(v);
  if (plain !== undefined) return plain;
  const t = asciiDigits(v.replace(/[\s\u3000\u00a0]+/g, ''));
  return /^\d+$/.test(t) ? t : null;
}

/**
 * What digitsOf says without its replacements, where that is plain: the text itself when it is
 * ASCII digits only, null when it holds a character that is neither a digit (ASCII or full-width)
 * nor white space; undefined (take the long way) otherwise.
 */
function plainDigits(v: string): string | null | undefined {
  if (v.length === 0) return undefined;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    // Anything \s, \u3000 or \u00a0 may match, and full-width digits: the long way decides.
    if (c <= 32 || (c >= 0x7f && c <= 0xa0) || c === 0x1680 || (c >= 0x2000 && c <= 0x205f) || c === 0x3000 || c === 0xfeff || (c >= 0xff10 && c <= 0xff19)) return undefined;
    return null;
  }
  return v;
}

/** A full 功能分类 (2xx) or 经济分类 (3xx) code of 3, 5 or 7 digits. */
export function isClassCode(digits: string | null): digits is string {
  return digits !== null && /^[23]\d{2}(?:\d{2}){0,2}$/.test(digits);
}

/** A cell that leads a code-and-name cell, e.g. "201 一般公共服务支出" (some sheets merge the two). */
export function splitCodeAndName(text: string): { code: string; name: string } | null {
  const m = /^([23]\d{2}(?:\d{2}){0,2})[\s\u3000]*([\u4e00-\u9fa5（(].*)$/.exec(text.trim());
  return m ? { code: m[1], name: m[2].replace(/[\s\u3000\u00a0]+/g, '') } : null;
}

/** A money-looking cell: a number, or text of digits/separators/dash placeholders. */
export function looksNumeric(v: CellValue): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v !== 'string') return false;
  const t = v.replace(/[\s\u3000\u00a0]+/g, '');
  return t !== '' && /^[-－—–(（]?[\d０-９.,，．]+[)）]?$|^[-－—–―]+$/.test(t);
}

/** 合计 / 总计 rows of coded tables (not 本年收入合计 etc., which are header texts there). */
export function isTotalLabel(text: string): boolean {
  return /^(?:合计|总计|本年合计|合计数|总合计)$/.test(labelKey(text));
}

/** Notes under a table: 注：… / 备注：… / 说明：…, or a bare "本表无数据" sentence. */
export function isNoteText(text: string): boolean {
  // Every form below needs 注, 说 or 本: most cells (names, codes) have none.
  if (text.indexOf('注') < 0 && text.indexOf('说') < 0 && text.indexOf('本') < 0) return false;
  const t = text.replace(/[\s\u3000\u00a0]+/g, '');
  return /^(?:注|备注|说明)\d*[:：]/.test(t) || /^注[一二三\d]?[、.]/.test(t) || /本表(?:为空表|无数据)|故本表/.test(t);
}

/** Raw text of a cell, trimmed ('' for empty and errors). */
export function rawText(grid: Grid, row: number, col: number): string {
  const v = cellAt(grid, row, col);
  if (v === null || isCellError(v)) return '';
  return String(v).trim();
}
