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
  return { classCode, kuanCode, xiangCode };
}
