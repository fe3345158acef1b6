import { ClassRow } from '../model/types';

/**
 * The 类/款/项 hierarchy of a coded list as printed. A row's parent is its nearest ancestor
 * code that the table prints (a 项 whose 款 is missing hangs under the 类), so "leaf rows are
 * the most detailed codes present" (tables.md §4) and every printed row is summed exactly once.
 */
export interface ClassTree {
  /** Rows without a printed ancestor: normally the 类 rows; what the 合计 row adds up. */
  readonly roots: readonly ClassRow[];
  /** Printed children of a row, in reading order; absent for leaf rows. */
  readonly children: ReadonlyMap<ClassRow, readonly ClassRow[]>;
}

const PREFIX_LENGTHS = [3, 5];

export function classTree(rows: readonly ClassRow[]): ClassTree {
  const byCode = new Map<string, ClassRow>();
  for (const r of rows) if (!byCode.has(r.code)) byCode.set(r.code, r);
  const roots: ClassRow[] = [];
  const children = new Map<ClassRow, ClassRow[]>();
  for (const r of rows) {
    let parent: ClassRow | undefined;
    for (const len of PREFIX_LENGTHS) {
      if (len >= r.code.length) break;
      const p = byCode.get(r.code.slice(0, len));
      if (p && p !== r) parent = p;
    }
    if (!parent) {
      roots.push(r);
      continue;
    }
    const list = children.get(parent) ?? [];
    list.push(r);
    children.set(parent, list);
  }
  return { roots, children };
}
