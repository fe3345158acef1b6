import { Finding } from '../findings/types';
import { narrativeRule } from './rule';
import { WorkbookModel } from '../model/types';
import { extractClaims } from './claims';
import { NarrativeContext, nameOf, newContext, report, shown, spanOf } from './context';
import { settleCascades, settleTextCascades } from './cascades';
import { checkChanges, checkCompletion, checkPlateaus } from './checks/changes';
import { checkClassification } from './checks/classification';
import { checkCountList, checkCountMoney, checkCountSums } from './checks/counts';
import { checkCrossSection, checkPriorParts } from './checks/crossSection';
import { checkShares } from './checks/shares';
import { checkClassSums, checkPartsSum } from './checks/sums';
import { checkSections, checkTemplate, checkUnits, checkYears } from './checks/text';
import { attachTiedCells } from './findingCells';
import { segment } from './segment';
import { findStructures } from './structures';
import { ClaimTie, tieAmountsToTables, tieRestToTables } from './ties';
import { settleFigures } from './settle';
import { Claim } from './types';
import { unverifiableReason } from './unverifiable';

// The rules this file checks (the 说明 rules' registry is ../rules.ts).
export const UNVERIFIED = narrativeRule({
  id: 'narrative-unverified',
  title: '说明：未核对的数字',
  severity: 'info',
  doc: '未能与表格或文中其他数字核对的数字，列出供人工查看。',
  identity: 'narrative.md §4 覆盖率',
  certainWhen: '只报提示。',
});

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

export interface NarrativeOptions {
  /** List every figure no check could tie as an info finding (default true). */
  readonly listUnverified?: boolean;
  /** Report year when the text does not say it (otherwise the model's year). */
  readonly year?: number;
}

export interface NarrativeResult {
  readonly findings: Finding[];
  readonly claims: Claim[];
  /** Figures found in the 说明 and figures some check compared with something. */
  readonly figures: number;
  readonly verified: number;
  readonly year: number | null;
  /** Figures tied to table cells (when a model was given), claim by claim. */
  readonly ties: readonly ClaimTie[];
  /** Ids of the verified claims (coverage.ts). */
  readonly verifiedClaims: readonly number[];
  /** Unverified figures nothing could confirm by their nature (unverifiable.ts): counts, 完成预算
   * rates whose budget is neither stated nor in the tables. The rest of the unverified are the
   * engine's gaps ("not tied"). */
  readonly unverifiable: number;
  readonly unverifiableClaims: readonly number[];
}

/** The checks that relate figures of the text to each other; run again by cascades.ts with the
 * figures the tables contradict replaced by the tables'. */
function checkFigures(ctx: NarrativeContext): void {
  checkPartsSum(ctx);
  checkCountSums(ctx);
  checkClassSums(ctx);
  checkShares(ctx);
  checkChanges(ctx);
  checkCompletion(ctx);
  checkPlateaus(ctx);
  checkCrossSection(ctx);
  checkPriorParts(ctx);
}

/**
 * The narrative check. Phase 1: everything the text can prove about itself. Phase 2, when the
 * workbook's model is given: every figure against the table cells it restates (ties/). The model
 * also supplies the report year when the text does not state it.
 */
export function checkNarrative(text: string, workbookModel?: WorkbookModel, options: NarrativeOptions = {}): NarrativeResult {
  const seg = segment(text);
  const claims = extractClaims(seg);
  const structures = findStructures(seg, claims);
  // A 说明 of another year than the workbook's (the wrong file, or last year's text): every figure
  // would disagree with the tables for no reason of its own. Said once; the text is checked alone.
  const otherYear = workbookModel?.year != null && seg.year != null && seg.year !== workbookModel.year;
  const year = seg.year ?? options.year ?? workbookModel?.year ?? null;
  let model = otherYear ? undefined : workbookModel;
  const ctx: NarrativeContext = newContext(seg, claims, structures, year);
  if (otherYear) reportOtherYear(ctx, seg.year!, workbookModel!.year!);
  checkYears(ctx);
  checkTemplate(ctx);
  checkSections(ctx);
  checkUnits(ctx);
  checkClassification(ctx);
  checkCountList(ctx);
  checkFigures(ctx);
  settleTextCascades(ctx, checkFigures);
  let ties: ClaimTie[] = [];
  if (model) {
    const before = { findings: ctx.findings.length, verified: new Set(ctx.verified) };
    const amountTies = tieAmountsToTables(ctx, model);
    const pairing = mispairing(amountTies);
    if (pairing) {
      // Another unit's 说明 (same year): most of the figures it restates differ from these tables.
      // Their ties are taken back and said once; the text is checked alone.
      for (const f of ctx.findings.splice(before.findings)) ctx.uses.delete(f);
      ctx.verified.clear();
      for (const id of before.verified) ctx.verified.add(id);
      reportOtherUnit(ctx, pairing, model);
      model = undefined;
    } else {
      // The findings computed from an amount its table contradicts, judged again with the table's.
      settleCascades(ctx, amountTies, checkFigures);
      settleFigures(ctx, tieRestToTables(ctx, model, amountTies));
      ties = [...amountTies.values()].sort((a, b) => a.claim - b.claim);
    }
  }
  checkCountMoney(ctx, model);
  // Text-internal findings point at the table cells of the figures they used (task pane selection).
  attachTiedCells(ctx, ties);
  const unverifiableClaims: number[] = [];
  for (const c of claims) {
    if (ctx.verified.has(c.id)) continue;
    const why = unverifiableReason(ctx, model, c);
    if (why) unverifiableClaims.push(c.id);
    if (options.listUnverified === false) continue;
    const what = `${nameOf(c)}${shown(c)}`;
    report(ctx, UNVERIFIED, 'info', c.span, why ? `未核对：${what}无从核对（${why}）。` : `未核对：${what}未能与其他数字核对。`);
  }
  ctx.findings.sort((a, b) => (a.narrative?.start ?? 0) - (b.narrative?.start ?? 0));
  return {
    findings: ctx.findings, claims, figures: claims.length, verified: ctx.verified.size, year, ties,
    verifiedClaims: [...ctx.verified].sort((a, b) => a - b), unverifiable: unverifiableClaims.length, unverifiableClaims,
  };
}

/** The one finding for a 说明 of another year, at the first place the text names its year. */
function reportOtherYear(ctx: NarrativeContext, textYear: number, workbookYear: number): void {
  const clean = ctx.seg.clean.text;
  const at = Math.max(0, clean.indexOf(`${textYear}年`));
  report(ctx, OTHER_YEAR, 'error', spanOf(ctx, at, at + `${textYear}年`.length),
    `这份说明是${textYear}年度的，工作簿是${workbookYear}年度的决算，可能配错了文件或沿用了别的年度的说明；说明中的数字未与附表核对。`,
    { expected: `${workbookYear}年`, actual: `${textYear}年` });
}

/** At least this many figures tied to the tables, and this share of them wrong: not typos, another unit's text. */
const MISPAIRED = { ties: 10, wrong: 0.6 } as const;

/** The figures tied to the tables and how many of them disagree, when that many disagree; else null. */
function mispairing(amountTies: ReadonlyMap<number, ClaimTie>): { ties: number; wrong: number } | null {
  const ties = [...amountTies.values()];
  const wrong = ties.filter((t) => t.status === 'wrong').length;
  return ties.length >= MISPAIRED.ties && wrong >= ties.length * MISPAIRED.wrong ? { ties: ties.length, wrong } : null;
}

function reportOtherUnit(ctx: NarrativeContext, m: { ties: number; wrong: number }, model: WorkbookModel): void {
  const at = ctx.seg.clean.text.search(/\S/);
  const start = Math.max(0, at);
  report(ctx, OTHER_UNIT, 'error', spanOf(ctx, start, Math.min(ctx.seg.clean.text.length, start + 20)),
    `说明中与附表对应的 ${m.ties} 个金额有 ${m.wrong} 个与附表不符，多半不是这个工作簿${model.entity ? `（${model.entity}）` : ''}的说明，或附表与说明不是同一版本；未逐项与附表核对，请先确认文件是否配对。`,
    { actual: `${m.wrong}/${m.ties} 不符` });
}
