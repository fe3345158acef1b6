/**
 * Canonical column keys per table, so rules never depend on how a header was worded.
 * The reader maps header paths to these by keywords; a column it cannot place keeps its path
 * as key and rules ignore it.
 *
 * T02: "total", "fiscal" and the income sources; T03: "total" and the expenditure parts; T04's
 * right side: "total" and the funds — declared with their names in tables/lines.ts.
 *
 * T05/T07 by 功能分类 rows: "total" then one column per 经济分类 类 keyed by its code ("301" …);
 * when grouped under 基本支出/项目支出 the key is "basic:301" / "project:301", with "basic" and
 * "project" for the group subtotals. T09: "amount" (or total/basic/project when so printed).
 * T08 block layout and T01: "amount".
 */
export const AMOUNT = 'amount';

