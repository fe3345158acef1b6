import { Finding } from '../../findings/types';
import { WorkbookModel } from '../../model/types';
import { NarrativeContext } from '../context';
import { tieAmounts } from './amounts';
import { tieItemLists } from './itemLists';
import { tieRates } from './rates';
import { tieShares } from './shares';
import { ClaimTie, TieContext } from './types';

export type { ClaimTie } from './types';

/**
 * Phase 2 of the narrative check, first step: every amount of the 说明 against the table cells it
 * restates (narrative.md §1, §4). The ties, claim by claim; each wrong one is a finding.
 */
export function tieAmountsToTables(ctx: NarrativeContext, model: WorkbookModel): Map<number, ClaimTie> {
  const t: TieContext = { ctx, model, ties: new Map() };
  tieAmounts(t);
  return t.ties;
}

/**
 * Second step, once the text-internal findings that only followed from a mistyped amount are
 * settled (cascades.ts): shares and rates recomputed from the tables where the text does not
 * state every operand, and 经济分类 item lists. The share and rate findings are returned, not
 * reported: settle.ts keeps one finding per figure. Item-list findings are reported directly.
 */
export function tieRestToTables(ctx: NarrativeContext, model: WorkbookModel, ties: Map<number, ClaimTie>): Finding[] {
  const judged: NarrativeContext = { ...ctx, findings: [] };
  const t: TieContext = { ctx: judged, model, ties };
  tieShares(t);
  tieRates(t);
  tieItemLists({ ctx, model, ties });
  return judged.findings;
}
