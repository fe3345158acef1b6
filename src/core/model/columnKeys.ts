/**
 * Canonical column keys per table, so rules never depend on how a header was worded.
 * The reader maps header paths to these by keywords; a column it cannot place keeps its path
 * as key and rules ignore it.
 *
 * T02: "total", "fiscal" and the income sources; T03: "total" and the expenditure parts; T04's
 * right side: "total" and the funds — declared with their names in tables/lines.ts.
 *
 * T05/T07 by 功能分类 rows: "total" then one column per 经济分类 类, "class:301" …
 * (economicColumnKey); when grouped under 基本支出/项目支出 the key is "basic:301" / "project:301",
 * with "basic" and "project" for the group subtotals. T09: "amount" (or total/basic/project when so printed).
 * T08 block layout and T01: "amount".
 */
export const AMOUNT = 'amount';

/**
 * The key of a 经济分类 类 column of T05/T07: "class:301", or "basic:301" / "project:301" under
 * 基本支出 / 项目支出. Never the bare code: a key that is an array index ("301") makes every
 * row's record keep its figures as dictionary elements, several times slower to build and to
 * read than named properties (docs/performance.md, fourth round).
 */
export function economicColumnKey(code: string, group?: 'basic' | 'project'): string {
  return `${group ?? 'class'}:${code}`;
}

/** The 类 code and group of a key economicColumnKey made, or null for any other key. */
export function economicColumnOf(key: string): { readonly code: string; readonly group: 'basic' | 'project' | null } | null {
  const m = /^(class|basic|project):(\d{3})$/.exec(key);
  if (!m) return null;
  return { code: m[2], group: m[1] === 'class' ? null : (m[1] as 'basic' | 'project') };
}

