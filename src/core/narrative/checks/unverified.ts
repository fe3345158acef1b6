import { WorkbookModel } from '../../model/types';
import { NarrativeContext, nameOf, report, shown } from '../context';
import { narrativeRule } from '../rule';
import { unverifiableReason } from '../unverifiable';

// The rule this file reports (the 说明 rules' registry is ../rules.ts).
export const UNVERIFIED = narrativeRule({
  id: 'narrative-unverified',
  title: '说明：未核对的数字',
  severity: 'info',
  doc: '未能与表格或文中其他数字核对的数字，列出供人工查看。',
  identity: 'narrative.md §4 覆盖率',
  certainWhen: '只报提示。',
});

/**
 * The figures no check confirmed, each listed as an info finding when `list` (the coverage's
 * "未核对" entries). Returns the ids of those nothing could confirm by their nature (counts,
 * rates whose base is neither stated nor in the tables; unverifiable.ts): the rest are the
 * engine's gaps.
 */
export function reportUnverified(ctx: NarrativeContext, model: WorkbookModel | undefined, list: boolean): number[] {
  const unverifiable: number[] = [];
  for (const c of ctx.claims) {
    if (ctx.verified.has(c.id)) continue;
    const why = unverifiableReason(ctx, model, c);
    if (why) unverifiable.push(c.id);
    if (!list) continue;
    const what = `${nameOf(c)}${shown(c)}`;
    report(ctx, UNVERIFIED, 'info', c.span, why ? `未核对：${what}无从核对（${why}）。` : `未核对：${what}未能与其他数字核对。`);
  }
  return unverifiable;
}
