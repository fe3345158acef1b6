import { FUNCTIONAL_ITEMS, functionalClassByName, looseName } from '../classification/functional';

/**
 * 功能分类 name paths as the 说明 writes them in 五（三）:
 * "一般公共服务（类）政府办公厅（室）及相关机构事务（款）行政运行（项）".
 * Names may themselves hold parentheses (政府办公厅（室）), so we split on the literal level
 * markers. The 项 marker is sometimes missing ("住房改革支出（款）住房公积金：").
 */
export interface ParsedPath {
  readonly className: string;
  readonly kuanName: string | null;
  readonly xiangName: string | null;
  /** Offsets of the path inside the phrase. */
  readonly start: number;
  readonly end: number;
  readonly printed?: PrintedCodes;
}

const CLASS_MARK = '（类）';
const KUAN_MARK = '（款）';
const XIANG_MARK = '（项）';

/** "水利03" → name 水利, code 03; "213" alone (the name stood before it) → code only. Codes are
 * printed after names in some templates: 农林水213（类）水利03（款）行政运行01（项）. */
function splitCode(s: string): { name: string; code: string | null } {
  const m = /^(\d{2,3})?(.*?)(\d{2,3})?$/.exec(s.trim())!;
  return { name: m[2].trim(), code: m[3] ?? m[1] ?? null };
}

export function parsePath(phrase: string): ParsedPath | null {
  const c = phrase.indexOf(CLASS_MARK);
  if (c < 0) return null;
  // The class name starts after the item number ("1.") or the last separator; a code printed
  // right before the marker (农林水213（类）) belongs to it.
  let start = c;
  while (start > 0 && /\d/.test(phrase[start - 1])) start--;
  while (start > 0 && !/[.、:：，,。；\s\d]/.test(phrase[start - 1])) start--;
  const cls = splitCode(phrase.slice(start, c));
  let className = cls.name;
  let afterClass = c + CLASS_MARK.length;
  // Code first, name after (主要用于213（类）农林水支出…): when the words before the code name no
  // 类 and the words after the marker do, those are the class name.
  if (cls.code && !functionalClassByName(className)) {
    const tail = /^[\u4e00-\u9fff]{2,20}/.exec(phrase.slice(afterClass))?.[0] ?? '';
    for (let n = tail.length; n >= 2; n--) {
      if (!functionalClassByName(tail.slice(0, n))) continue;
      className = tail.slice(0, n);
      start = c - cls.code.length;
      afterClass += n;
      break;
    }
  }
  const k = phrase.indexOf(KUAN_MARK, afterClass);
  const codes = (kuan: string | null, xiang: string | null): PrintedCodes | undefined =>
    cls.code || kuan || xiang ? { classCode: cls.code, kuanCode: kuan, xiangCode: xiang } : undefined;
  if (k < 0) return { className, kuanName: null, xiangName: null, start, end: afterClass, printed: codes(null, null) };
  const kuan = splitCode(phrase.slice(afterClass, k));
  const afterKuan = k + KUAN_MARK.length;
  const x = phrase.indexOf(XIANG_MARK, afterKuan);
  if (x >= 0) {
    const xiang = splitCode(phrase.slice(afterKuan, x));
    return { className, kuanName: kuan.name, xiangName: xiang.name, start, end: x + XIANG_MARK.length, printed: codes(kuan.code, xiang.code) };
  }
  // No （项）: the name runs to the colon.
  const m = /^[^:：，,。；]+/.exec(phrase.slice(afterKuan));
  const xiang = splitCode(m ? m[0] : '');
  return { className, kuanName: kuan.name, xiangName: xiang.name || null, start, end: afterKuan + (m ? m[0].length : 0), printed: codes(kuan.code, xiang.code) };
}

/** An item number at the head of a 五（三） item: 1. / 1、 / （1） / （一）. */
const ITEM_NUMBER = /^[\s\u3000]*(?:\d{1,2}[.．、]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)])[\s\u3000]*/;
/** Where an item's name ends: its colon, a comma, or the words of its first figure. */
const HEAD_END = /[:：，,；;]|(?:年初|全年|调整后?)?预算|(?:支出)?决算/;
/** A 功能分类 code printed with the name: (2010301), 2010301行政运行, 行政运行2010301. */
const PRINTED_CODE = /[（(][\s\u3000]*(2\d{2}(?:\d{2}){0,2})[\s\u3000]*[）)]|^(2\d{2}(?:\d{2}){0,2})[\s\u3000]*(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[\s\u3000]*(2\d{2}(?:\d{2}){0,2})$/;

/**
 * The head of a 五（三） item that does not write its 类 (parsePath reads those): "行政运行
 * （2010301）：", "2010301行政运行：", "政府办公厅（室）及相关机构事务（款）行政运行（项）：", or
 * a bare 项 or 款 name, "行政运行：". `phrase` starts at the item's number. The class is then the
 * printed code's or the 款's; a bare name that several 款 share (行政运行) leaves every code
 * unknown, for the workbook's rows to settle (placePaths.ts). Null when the head names no 项 or
 * 款 at all (a 类 alone, 一般公共服务支出：, is a subject of the vocabulary).
 */
export function parseItemHead(phrase: string): ParsedPath | null {
  const number = ITEM_NUMBER.exec(phrase);
  if (!number) return null;
  const start = number[0].length;
  const rest = phrase.slice(start);
  const end = HEAD_END.exec(rest)?.index ?? -1;
  if (end <= 0) return null;
  let head = rest.slice(0, end).trim();
  const code = PRINTED_CODE.exec(head);
  const digits = code ? code[1] ?? code[2] ?? code[3] : null;
  if (code) head = (head.slice(0, code.index) + head.slice(code.index + code[0].length)).trim();
  // A 类 code (一般公共服务支出（201）) heads a 类 line: a subject of the vocabulary, not an item.
  if (digits && digits.length === 3) return null;
  let kuanName: string | null = null;
  let xiangName: string | null = head.replace(/[（(]项[）)]$/, '').trim();
  const k = head.indexOf(KUAN_MARK);
  if (k >= 0) {
    kuanName = head.slice(0, k).trim();
    xiangName = head.slice(k + KUAN_MARK.length).replace(/[（(]项[）)]$/, '').trim() || null;
  } else if (xiangName && (digits ? digits.length === 5 : xiangCodesByName(xiangName).length === 0)) {
    // A 款 named alone (or printed with a 款 code), or words no 项 has: only a 款 is an item head then.
    if (!digits && kuanCodesByName(xiangName).length === 0) return null;
    kuanName = xiangName;
    xiangName = null;
  }
  if (!xiangName && !kuanName && !digits) return null;
  // A code that is another item's than the name (行政运行（2080501）) is the classification check's
  // error; which of the two is wrong is not known, so the item is placed by neither (its 类 sum is
  // then a warning that names it, not an error blaming a correct 类 figure).
  if (digits && digits.length >= 5) {
    const named = digits.length === 7 && xiangName ? xiangCodesByName(xiangName) : !xiangName && kuanName ? kuanCodesByName(kuanName) : [];
    if (named.length > 0 && !named.includes(digits)) return null;
  }
  const printed: PrintedCodes | undefined = digits
    ? { classCode: digits.slice(0, 3), kuanCode: digits.slice(3, 5) || null, xiangCode: digits.slice(5, 7) || null }
    : undefined;
  return { className: '', kuanName, xiangName: xiangName || null, start, end: start + end, printed };
}

/** Codes printed beside the names, each level's own digits (213 | 03 | 01). */
export interface PrintedCodes {
  readonly classCode: string | null;
  readonly kuanCode: string | null;
  readonly xiangCode: string | null;
}

const byLoose = new Map<string, string[]>();
for (const [code, name] of Object.entries(FUNCTIONAL_ITEMS)) {
  const key = `${code.length}:${looseName(name)}`;
  const list = byLoose.get(key) ?? [];
  list.push(code);
  byLoose.set(key, list);
}

/** 款 codes whose name matches (several 款 never share a name in our table, but be safe). */
export function kuanCodesByName(name: string): readonly string[] {
  return byLoose.get(`5:${looseName(name)}`) ?? [];
}

/** The 项 code under `kuan` with this name, if known. */
export function xiangCodeUnder(kuan: string, name: string): string | null {
  const list = byLoose.get(`7:${looseName(name)}`) ?? [];
  return list.find((c) => c.startsWith(kuan)) ?? null;
}

/** All known 项 codes with this name (行政运行 exists under many 款). */
export function xiangCodesByName(name: string): readonly string[] {
  return byLoose.get(`7:${looseName(name)}`) ?? [];
}

export interface ResolvedPath {
  readonly classCode: string | null;
  readonly kuanCode: string | null;
  readonly xiangCode: string | null;
}

/**
 * Resolves each level independently so that a 款 written under the wrong 类 keeps its own code
 * (住房改革支出 is 22102 whatever 类 the text puts it under): the check compares them.
 */
export function resolvePath(p: ParsedPath): ResolvedPath {
  const printed = p.printed;
  // Printed codes name the levels the names do not (a name we do not know, or an abbreviation).
  const printedClass = printed?.classCode && printed.classCode.length === 3 ? printed.classCode : null;
  const classCode = functionalClassByName(p.className) ?? printedClass;
  const kuans = p.kuanName ? kuanCodesByName(p.kuanName) : [];
  const printedKuan = printedClass && printed?.kuanCode?.length === 2 ? printedClass + printed.kuanCode : null;
  const kuanCode = kuans.find((k) => classCode !== null && k.startsWith(classCode)) ?? kuans[0] ?? printedKuan;
  const printedXiang = kuanCode && printed?.xiangCode?.length === 2 ? kuanCode + printed.xiangCode : null;
  const xiangCode = (kuanCode && p.xiangName ? xiangCodeUnder(kuanCode, p.xiangName) : null) ?? printedXiang;
  // An item head that writes no 类 (政府办公厅（室）及相关机构事务（款）行政运行（项）) is in its 款's.
  return { classCode: classCode ?? (p.className ? null : kuanCode?.slice(0, 3) ?? null), kuanCode, xiangCode };
}
