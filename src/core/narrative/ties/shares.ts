import Decimal from 'decimal.js';
import { CellRef } from '../../grid/cellRef';
import { money, report, shown, nameOf } from '../context';
import { adjustment, expectedText, judgePercent, PercentStatus, ratioRange } from '../checks/percent';
import { adjustedStructures, assumedWhole, bestJudged, partOf, plausibleWholes, SHARE, structuresByPart } from '../checks/shares';
import { Claim } from '../types';
import { subjectLabel } from '../vocabulary';
import { tableFiguresFor, valuedOf } from './cells';
import { TieContext, Valued, valuedOfTie } from './types';

interface TableShare {
  readonly share: Claim;
  /** The part's stated figure; the share itself when the text states none (人员经费和公用经费分别占…). */
  readonly part: Claim;
  readonly partName: string;
  readonly wholeName: string;
  readonly partValue: Valued;
  readonly wholeValue: Valued;
  readonly exact: Decimal;
  readonly status: PercentStatus;
  /** Which whole was assumed, when the text names none and others were plausible too. */
  readonly assumed: string;
}

/**
 * Shares recomputed from the table cells of the part and of the whole (narrative.md §2), with the
 * rules of checks/percent.ts. Where the text states both figures and both agree with the tables,
 * the text-internal share check has already judged the same division, so nothing more is said;
 * where the whole is only named (占本年支出合计的…) or a figure is missing, the tables decide.
 */
export function tieShares(t: TieContext): void {
  const { ctx, model } = t;
  const structureOf = structuresByPart(ctx);
  const evals = new Map<number, TableShare>();
  for (const s of ctx.claims) {
    if (s.measure !== 'share') continue;
    const stated = partOf(ctx, s);
    let partValue: Valued;
    if (stated) {
      // A part or whole that contradicts the table is its own finding; the share is judged on the
      // table's figures and said only when it needs correcting too.
      const partTie = t.ties.get(stated.id);
      if (!partTie) continue;
      partValue = valuedOfTie(partTie);
    } else {
      // "人员经费和公用经费分别占基本支出的57.74%和42.26%": each share names its own item and the
      // sentence states no amount of it; the item's table figure is the part.
      if (s.listIndex === undefined || s.subject.startsWith('raw:')) continue;
      const figs = tableFiguresFor(model, { subject: s.subject, measure: 'amount', section: s.section });
      if (figs.length === 0) continue;
      partValue = valuedOf(figs[0]);
    }
    const part = stated ?? s;
    const partName = stated ? nameOf(stated) : subjectLabel(s.subject, s.subject);
    const judged: TableShare[] = [];
    let skip = false;
    let valued = false;
    for (const w of plausibleWholes(ctx, s, structureOf.get(part.id), structureOf)) {
      let whole: Valued;
      if (w.claim) {
        const tie = t.ties.get(w.claim.id);
        if (!tie) {
          skip = true; // a stated whole not tied to a cell: the text's own check judged it
          continue;
        }
        whole = valuedOfTie(tie);
      } else {
        const figs = tableFiguresFor(model, { subject: w.subject, measure: 'amount', section: part.section });
        if (figs.length === 0) continue;
        whole = valuedOf(figs[0]);
      }
      valued = true;
      if (whole.wan.isZero()) continue;
      const exact = partValue.wan.div(whole.wan).times(100);
      const status = judgePercent(s.value, s.decimals, exact, ratioRange(partValue.wan, whole.wan));
      const wholeName = w.claim?.subjectText || subjectLabel(w.subject, w.subject);
      judged.push({ share: s, part, partName, wholeName, partValue, wholeValue: whole, exact, status, assumed: '' });
    }
    if (!valued) continue;
    ctx.verified.add(s.id);
    const best = bestJudged(judged);
    // Holding against a whole the tables could not give (a stated whole not tied): not wrong for sure.
    if (!best || (skip && best.status !== 'ok')) continue;
    const assumed = best.status === 'wrong' ? assumedWhole(judged.map((e) => `${e.wholeName}${money(e.wholeValue.wan)}`)) : '';
    evals.set(s.id, { ...best, assumed });
  }

  const nudged = new Set<number>();
  for (const { list, adjustment: n } of adjustedStructures(ctx, evals)) {
    for (const i of n.indices) {
      const w = list[i];
      nudged.add(w.share.id);
      if (textJudged(w)) continue;
      report(ctx, SHARE, 'warning', w.share.span,
        `${base(w)}，按四舍五入应为${expectedText(w.exact, w.share.decimals)}，文中写作${shown(w.share)}：${adjustment(w.share.value, w.exact, w.share.decimals, n)}`,
        { expected: expectedText(w.exact, w.share.decimals), actual: shown(w.share), cells: cellsOfShare(w) });
    }
  }

  for (const e of evals.values()) {
    if (e.status === 'ok' || nudged.has(e.share.id)) continue;
    if (textJudged(e)) continue;
    // A share the tables prove wrong is an error even where the text alone only saw a nudge or
    // a 尾差 (78.1% written for 78.04% is a nudge; against a table 201 of 756.15 it is 82.9%):
    // settleFigures lets the error replace that milder share finding.
    const exp = expectedText(e.exact, e.share.decimals);
    const extra = { expected: exp, actual: shown(e.share), cells: cellsOfShare(e) };
    if (e.status === 'truncated') {
      report(ctx, SHARE, 'warning', e.share.span, `${base(e)}，按四舍五入应为${exp}，文中写作${shown(e.share)}（截尾而非四舍五入）。`, extra);
    } else if (e.status === 'tail') {
      report(ctx, SHARE, 'info', e.share.span, `${base(e)}，按四舍五入应为${exp}，文中写作${shown(e.share)}；差异在金额四舍五入（尾差）可能造成的范围内。`, extra);
    } else {
      report(ctx, SHARE, 'error', e.share.span, `${base(e)}，应为${exp}，文中写作${shown(e.share)}${e.assumed}。`, extra);
    }
  }
}

/** Both figures stated in the text and equal to the tables: the text-internal check judged it. */
function textJudged(e: TableShare): boolean {
  return e.partValue.statedOk && e.wholeValue.statedOk;
}

function cellsOfShare(e: TableShare): CellRef[] {
  return [...e.partValue.cells, ...e.wholeValue.cells];
}

function base(e: TableShare): string {
  return `按表格计算，${e.partName}${money(e.partValue.wan)} ÷ ${e.wholeName}${money(e.wholeValue.wan)} = ${e.exact.toFixed(4)}%`;
}
