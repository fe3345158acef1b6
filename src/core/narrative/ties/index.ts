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
 * already reported the same mistake. `afterAmounts` runs once every amount is tied, before the
 * shares and rates are recomputed from the tables (check.ts settles cascades there). Returns the ties, claim by claim.
 */
export function tieToTables(
  ctx: NarrativeContext, model: WorkbookModel, afterAmounts?: (ties: ReadonlyMap<number, ClaimTie>) => void,
): ClaimTie[] {
  const spans = (): Span[] => ctx.findings.flatMap((f) => (f.narrative ? [{ start: f.narrative.start, end: f.narrative.end }] : []));
  const t: TieContext = { ctx, model, ties: new Map(), reported: spans() };
  tieAmounts(t);
  // The text-internal findings that only followed from an amount the tables contradict are gone
  // (cascades.ts): the shares and rates below may then speak where those spoke.
  if (afterAmounts) {
    afterAmounts(t.ties);
    t.reported = spans();
  }
  tieShares(t);
  tieRates(t);
  tieItemLists(t);
  return [...t.ties.values()].sort((a, b) => a.claim - b.claim);
}
