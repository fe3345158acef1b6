import { NARRATIVE_SECTIONS } from '../narrativeSections';
import type { ExpenditurePart, IncomeLine, RECEPTION_PARTS, SanGongKey } from '../tables/lines';

/**
 * What a 说明 figure is about, as one typed union (vocabulary.ts maps words to it, ties/cells.ts
 * maps it to table cells). A misspelt key is a compile error, not a figure silently never tied.
 */

/** Lines and totals the 说明 names by their words. */
export type NamedSubject =
  | 'grandTotal' | 'fiscalGrandTotal' | 'incomeTotal' | 'expenditureTotal'
  | `income.${IncomeLine}`
  | `expenditure.${ExpenditurePart}`
  | 'generalBudget.expenditure' | 'generalBudget.basic' | 'personnel' | 'public'
  | `sanGong.${SanGongKey | keyof typeof RECEPTION_PARTS}`
  | 'govFund.expenditure' | 'soeCapital.expenditure' | 'operatingCost'
  | `procurement.${'total' | 'goods' | 'works' | 'services' | 'sme' | 'micro'}`
  | 'vehicles' | 'vehicles.held' | 'vehicles.purchased' | 'projects';

/**
 * - `func:<code>`: a 功能分类 类/款/项 by code; `funcPath:<类>/<款>/<项>` when the names do not resolve;
 * - `econ:<code>`: a 经济分类 款;
 * - `raw:<words>`: words the vocabulary does not know — only ever the same as the same words in
 *   the same clause, never compared across the text;
 * - `group:<member>+<member>…`: names closed by 等 (社会保障缴费、住房公积金等), each member a
 *   subject key or `raw:<name>`: the group holds at least its members, perhaps more (groupMembers);
 * - `sum:<member>+<member>…`: names closed by 合计/共计/小计 (基本工资、津贴补贴、奖金合计): the sum
 *   of exactly its members.
 */
export type Subject = NamedSubject | `func:${string}` | `funcPath:${string}` | `econ:${string}` | `raw:${string}` | `group:${string}` | `sum:${string}`;

/** The members of a `group:` or `sum:` subject, null for any other subject. */
export function groupMembers(key: Subject): Subject[] | null {
  const m = /^(group|sum):/.exec(key);
  return m ? key.slice(m[0].length).split('+') as Subject[] : null;
}

/** A group closed by 等 may hold more than its members; a `sum:` is exactly theirs. */
export function groupMayHoldMore(key: Subject): boolean {
  return key.startsWith('group:');
}

/** The sections of the 说明 by number (core/narrativeSections.ts), for checks that depend on where
 * a figure stands. */
export const SECTION = {
  overview: NARRATIVE_SECTIONS.overview.number,
  income: NARRATIVE_SECTIONS.income.number,
  expenditure: NARRATIVE_SECTIONS.expenditure.number,
  fiscalOverview: NARRATIVE_SECTIONS.fiscal.number,
  /** 类/款/项 */
  generalBudget: NARRATIVE_SECTIONS.generalBudget.number,
  /** 经济分类 */
  basicExpenditure: NARRATIVE_SECTIONS.basic.number,
  sanGong: NARRATIVE_SECTIONS.sanGong.number,
  govFund: NARRATIVE_SECTIONS.govFund.number,
  soeCapital: NARRATIVE_SECTIONS.soeCapital.number,
  /** 机关运行经费、政府采购、国有资产、绩效 */
  other: NARRATIVE_SECTIONS.other.number,
} as const;
