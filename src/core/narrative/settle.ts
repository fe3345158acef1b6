import { Finding, SEVERITY_RANK } from '../findings/types';
import { NarrativeContext } from './context';

const place = (f: Finding) => (f.narrative ? `${f.narrative.start}:${f.narrative.end}` : null);

/**
 * One finding per figure. The shares and rates recomputed from the tables (ties/shares.ts,
 * ties/rates.ts) judge figures the text-internal checks may have judged already: each joins the
 * findings only when it is stronger than every finding already on its figure, and then replaces
 * the milder ones of its own rule (a share the tables prove wrong replaces the text's 尾差
 * notice on it). Equal strength keeps the text's, which names the figures the reader sees.
 */
export function settleFigures(ctx: NarrativeContext, fromTables: readonly Finding[]): void {
  for (const f of fromTables) {
    const at = place(f);
    if (at === null) continue;
    const onFigure = ctx.findings.filter((g) => place(g) === at);
    if (onFigure.some((g) => SEVERITY_RANK[g.severity] >= SEVERITY_RANK[f.severity])) continue;
    for (const g of onFigure) {
      if (g.rule !== f.rule) continue;
      ctx.findings.splice(ctx.findings.indexOf(g), 1);
      ctx.uses.delete(g);
    }
    ctx.findings.push(f);
  }
}
