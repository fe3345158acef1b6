import { WorkbookModel } from '../../model/types';
import { Claim, FunctionalPath } from '../types';
import { rowsNamed } from './cells';

/**
 * 五（三） items named without their 类 or code ("1.行政运行：支出决算960.77万元"): 行政运行 is a 项
 * of many 款, so the text alone does not say where it belongs. The workbook's T06 does when it
 * has one row of that name: the item takes that row's codes (and subject), so its 类 sum and its
 * tie to the table are judged like any other item's. A name the table has twice, or not at all,
 * stays unplaced (checks/sums.ts then cannot be certain).
 */
export function placePathsByRows(claims: readonly Claim[], model: WorkbookModel | undefined): Claim[] {
  const t06 = model?.tables.T06;
  if (!t06 || t06.rows.length === 0) return [...claims];
  const placed = new Map<number, FunctionalPath | null>();
  const place = (p: FunctionalPath): FunctionalPath | null => {
    if (p.classCode || p.kuanCode || p.xiangCode) return null;
    const rows = p.xiangName ? rowsNamed(t06, 3, p.xiangName) : p.kuanName ? rowsNamed(t06, 2, p.kuanName) : [];
    if (rows.length !== 1) return null;
    const code = rows[0].code;
    return { ...p, classCode: code.slice(0, 3), kuanCode: code.slice(0, 5), xiangCode: code.length === 7 ? code : null };
  };
  return claims.map((c) => {
    if (!c.path) return c;
    if (!placed.has(c.path.span.start)) placed.set(c.path.span.start, place(c.path));
    const path = placed.get(c.path.span.start);
    if (!path) return c;
    const subject = c.subject.startsWith('funcPath:') ? `func:${path.xiangCode ?? path.kuanCode}` as const : c.subject;
    return { ...c, path, subject };
  });
}
