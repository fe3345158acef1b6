import { WorkbookModel } from '../../model/types';
import { NarrativeContext } from '../context';
import { Span } from '../types';
import { tieAmounts } from './amounts';
import { tieItemLists } from './itemLists';
import { tieRates } from './rates';
import { tieShares } from './shares';
import { ClaimTie, TieContext } from './types';

export type { ClaimTie, TieStatus } from './types';
export { tableFiguresFor } from './cells';
export type { TableFigure } from './cells';

/**
 * Phase 2 of the narrative check: every figure of the 说明 against the table cells it restates
 * (narrative.md §1, §4). Runs after the text-internal checks so that it can stay silent where they
 * already reported the same mistake. Returns the ties, claim by claim.
 */
export function tieToTables(ctx: NarrativeContext, model: WorkbookModel): ClaimTie[] {
  const reported: Span[] = ctx.findings.flatMap((f) => (f.narrative ? [{ start: f.narrative.start, end: f.narrative.end }] : []));
  const t: TieContext = { ctx, model, ties: new Map(), reported };
  tieAmounts(t);
  tieShares(t);
  tieRates(t);
  tieItemLists(t);
  return [...t.ties.values()].sort((a, b) => a.claim - b.claim);
}
