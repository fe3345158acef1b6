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
}

const CLASS_MARK = '（类）';
const KUAN_MARK = '（款）';
const XIANG_MARK = '（项）';

export function parsePath(phrase: string): ParsedPath | null {
  const c = phrase.indexOf(CLASS_MARK);
  if (c < 0) return null;
  // The class name starts after the item number ("1.") or the last separator.
  let start = c;
  while (start > 0 && !/[.、:：，,。；\s\d]/.test(phrase[start - 1])) start--;
  const className = phrase.slice(start, c);
  const afterClass = c + CLASS_MARK.length;
  const k = phrase.indexOf(KUAN_MARK, afterClass);
  if (k < 0) return { className, kuanName: null, xiangName: null, start, end: afterClass };
  const kuanName = phrase.slice(afterClass, k);
  const afterKuan = k + KUAN_MARK.length;
  const x = phrase.indexOf(XIANG_MARK, afterKuan);
  if (x >= 0) return { className, kuanName, xiangName: phrase.slice(afterKuan, x), start, end: x + XIANG_MARK.length };
  // No （项）: the name runs to the colon.
  const m = /^[^:：，,。；]+/.exec(phrase.slice(afterKuan));
  const xiang = m ? m[0].trim() : '';
  return { className, kuanName, xiangName: xiang || null, start, end: afterKuan + (m ? m[0].length : 0) };
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
  const classCode = functionalClassByName(p.className) ?? null;
  const kuans = p.kuanName ? kuanCodesByName(p.kuanName) : [];
  const kuanCode = kuans.find((k) => classCode !== null && k.startsWith(classCode)) ?? kuans[0] ?? null;
  const xiangCode = kuanCode && p.xiangName ? xiangCodeUnder(kuanCode, p.xiangName) : null;
  return { classCode, kuanCode, xiangCode };
}
