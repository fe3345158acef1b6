import { WorkbookModel } from '../../model/types';
import { NarrativeContext, report, spanOf } from '../context';
import { narrativeRule } from '../rule';
import type { ClaimTie } from '../ties/types';

/**
 * Is this 说明 the workbook's? A 说明 of another year, or another unit's (most figures it restates
 * differ from these tables), is said once and then checked alone, not figure by figure against
 * tables it does not describe. checkNarrative (../check.ts) decides when; the findings are here.
 */

// The rules this file checks (the 说明 rules' registry is ../rules.ts).
export const OTHER_YEAR = narrativeRule({
  id: 'narrative-other-year',
  title: '说明：与工作簿不是同一年度',
  severity: 'error',
  doc: '说明标题（或全文多数年份）所说的报告年度与工作簿的年度不同：多半是配错了文件，或沿用了别的年度的说明。此时不与附表逐项核对（逐项不符没有意义），只报这一条和文字本身的检查。',
  identity: 'narrative.md §3 年份',
  certainWhen: '错误：说明的报告年度由标题或全文多数年份确定，且与工作簿从表头读出的年度不同。',
});

export const OTHER_UNIT = narrativeRule({
  id: 'narrative-other-unit',
  title: '说明：与工作簿不是同一单位（或同一版本）',
  severity: 'error',
  doc: '说明中复述附表的金额大多（六成以上，至少 10 个可对应时）与附表不符：多半是另一单位的说明，或说明与附表不是同一版本。此时只报这一条，不逐项列出不符的金额，文字本身的检查照常。',
  identity: 'narrative.md §1 各部分复述的表格数字',
  certainWhen: '错误：说明中能与附表对应的金额至少 10 个，其中六成以上与附表不符（逐个笔误不会这样多）。',
});

/** The one finding for a 说明 of another year, at the first place the text names its year. */
export function reportOtherYear(ctx: NarrativeContext, textYear: number, workbookYear: number): void {
  const clean = ctx.seg.clean.text;
  const at = Math.max(0, clean.indexOf(`${textYear}年`));
  report(ctx, OTHER_YEAR, 'error', spanOf(ctx, at, at + `${textYear}年`.length),
    `这份说明是${textYear}年度的，工作簿是${workbookYear}年度的决算，可能配错了文件或沿用了别的年度的说明；说明中的数字未与附表核对。`,
    { expected: `${workbookYear}年`, actual: `${textYear}年` });
}

/** At least this many figures tied to the tables, and this share of them wrong: not typos, another unit's text. */
const MISPAIRED = { ties: 10, wrong: 0.6 } as const;

/** The figures tied to the tables and how many of them disagree, when that many disagree; else null. */
export function mispairing(amountTies: ReadonlyMap<number, ClaimTie>): { ties: number; wrong: number } | null {
  const ties = [...amountTies.values()];
  const wrong = ties.filter((t) => t.status === 'wrong').length;
  return ties.length >= MISPAIRED.ties && wrong >= ties.length * MISPAIRED.wrong ? { ties: ties.length, wrong } : null;
}

/** The one finding for another unit's 说明 (or another version of the tables), at the text's start. */
export function reportOtherUnit(ctx: NarrativeContext, m: { ties: number; wrong: number }, model: WorkbookModel): void {
  const at = ctx.seg.clean.text.search(/\S/);
  const start = Math.max(0, at);
  report(ctx, OTHER_UNIT, 'error', spanOf(ctx, start, Math.min(ctx.seg.clean.text.length, start + 20)),
    `说明中与附表对应的 ${m.ties} 个金额有 ${m.wrong} 个与附表不符，多半不是这个工作簿${model.entity ? `（${model.entity}）` : ''}的说明，或附表与说明不是同一版本；未逐项与附表核对，请先确认文件是否配对。`,
    { actual: `${m.wrong}/${m.ties} 不符` });
}
