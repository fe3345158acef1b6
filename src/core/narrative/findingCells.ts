import { Finding } from '../findings/types';
import { CellRef } from '../grid/cellRef';
import { TableId } from '../tables/catalog';
import { NarrativeContext } from './context';
import { ClaimTie, TiePlace } from './ties/types';

/**
 * Gives each text-internal finding (one that recorded the claims it used, context.ts `uses`) the
 * table cells those claims are tied to, so that clicking it in the task pane selects the figures
 * it was computed from. Cells follow the order of the claims as the check listed them, each cell
 * once. Findings that already point at cells (the ties' own) keep them; which findings there
 * are, their rule, severity and message never change. Runs once, after the ties and cascades.
 */
export function attachTiedCells(ctx: NarrativeContext, ties: readonly ClaimTie[]): void {
  if (ties.length === 0) return;
  const byClaim = new Map(ties.map((t) => [t.claim, t]));
  for (let i = 0; i < ctx.findings.length; i++) {
    const f = ctx.findings[i];
    if (f.cells.length > 0) continue;
    const used = ctx.uses.get(f);
    if (!used) continue;
    const cells = tiedCells(used, byClaim);
    if (cells.length === 0) continue;
    const withCells: Finding = { ...f, cells };
    ctx.findings[i] = withCells;
    ctx.uses.delete(f);
    ctx.uses.set(withCells, used);
  }
}

/**
 * A figure held by two tables (本年支出合计: T01 and T03 合计) is tied to the first that matches,
 * so a share of 基本支出 (T03) in 本年支出合计 would point at two sheets. Each claim is cited in
 * the table most of the finding's figures are tied to, where that table holds the same figure;
 * otherwise at its own tie.
 */
function tiedCells(used: readonly number[], ties: ReadonlyMap<number, ClaimTie>): CellRef[] {
  const tied = [...new Set(used)].flatMap((id) => {
    const t = ties.get(id);
    return t ? [t] : [];
  });
  const count = new Map<TableId, number>();
  for (const t of tied) count.set(t.table, (count.get(t.table) ?? 0) + 1);
  // Map keeps first appearance; the sort is stable, so ties keep the order the check used.
  const preferred = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)!);

  const seen = new Set<string>();
  const out: CellRef[] = [];
  for (const tie of tied) {
    const places: TiePlace[] = [{ table: tie.table, cells: tie.cells }, ...tie.elsewhere];
    const place = preferred.map((table) => places.find((p) => p.table === table)).find((p) => p) ?? places[0];
    for (const c of place.cells) {
      const key = `${c.sheet}\u0000${c.row}\u0000${c.col}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(c);
    }
  }
  return out;
}
