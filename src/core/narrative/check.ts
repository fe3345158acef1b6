import { Finding } from '../findings/types';
import { WorkbookModel } from '../model/types';
import { extractClaims } from './claims';
import { NarrativeContext, newContext } from './context';
import { settleCascades, settleTextCascades } from './cascades';
import { mispairing, reportOtherUnit, reportOtherYear } from './checks/pairing';
import { reportUnverified } from './checks/unverified';
import { attachTiedCells } from './findingCells';
import { segment } from './segment';
import { AFTER_TIES_CHECKS, FIGURE_CHECKS, TEXT_CHECKS } from './rules';
import { findStructures } from './structures';
import { ClaimTie, tieAmountsToTables, tieRestToTables } from './ties';
import { settleFigures } from './settle';
import { placePathsByRows } from './ties/placePaths';
import { Claim } from './types';

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

/** The checks that relate figures of the text to each other (rules.ts); run again by cascades.ts
 * with the figures the tables contradict replaced by the tables'. */
function checkFigures(ctx: NarrativeContext): void {
  for (const check of FIGURE_CHECKS) check(ctx);
}

/**
 * The narrative check. Phase 1: everything the text can prove about itself (TEXT_CHECKS and
 * FIGURE_CHECKS of rules.ts). Phase 2, when the workbook's model is given: every figure against
 * the table cells it restates (ties/). Phase 3: AFTER_TIES_CHECKS, then the unverified. The model
 * also supplies the report year when the text does not state it.
 */
export function checkNarrative(text: string, workbookModel?: WorkbookModel, options: NarrativeOptions = {}): NarrativeResult {
  const seg = segment(text);
  // A 说明 of another year than the workbook's (the wrong file, or last year's text): every figure
  // would disagree with the tables for no reason of its own. Said once; the text is checked alone.
  const otherYear = workbookModel?.year != null && seg.year != null && seg.year !== workbookModel.year;
  const year = seg.year ?? options.year ?? workbookModel?.year ?? null;
  let model = otherYear ? undefined : workbookModel;
  // 五（三） items named by a bare 项 name take the codes of the one T06 row of that name.
  const claims = placePathsByRows(extractClaims(seg), model);
  const structures = findStructures(seg, claims);
  const ctx: NarrativeContext = newContext(seg, claims, structures, year);
  if (otherYear) reportOtherYear(ctx, seg.year!, workbookModel!.year!);
  for (const check of TEXT_CHECKS) check(ctx);
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
  for (const check of AFTER_TIES_CHECKS) check(ctx, model);
  // Text-internal findings point at the table cells of the figures they used (task pane selection).
  attachTiedCells(ctx, ties);
  const unverifiableClaims = reportUnverified(ctx, model, options.listUnverified !== false);
  ctx.findings.sort((a, b) => (a.narrative?.start ?? 0) - (b.narrative?.start ?? 0));
  return {
    findings: ctx.findings, claims, figures: claims.length, verified: ctx.verified.size, year, ties,
    verifiedClaims: [...ctx.verified].sort((a, b) => a - b), unverifiable: unverifiableClaims.length, unverifiableClaims,
  };
}
