import { formatAmountTrimmed, roundHalfUp } from '../amount/round';
import { toYuan } from '../amount/units';
import { Finding, SEVERITY_RANK } from '../findings/types';
import { NarrativeContext, newContext, shown } from './context';
import { inClaimUnit, OPERATING_COST, TABLE_AMOUNT } from './ties/amounts';
import { ClaimTie } from './ties/types';
import { Claim } from './types';

/**
 * No cascades: one mistake, one finding. A figure that contradicts its table cell is reported by
 * ties/amounts.ts; the text-internal findings computed from it (parts that miss their total, a
 * share, a change or growth rate, the same figure stated twice) are judged again with the table's
 * figure in its place, by running the same checks (`recheck`) on the corrected claims.
 * - A finding that then passes only followed from the mistyped figure: it is dropped
 *   (691.15 for 691.51 makes 基本 + 项目 miss 1889.05 and 36.61% look wrong; both are right).
 * - A finding that still fails is a mistake of its own: it stays, recomputed from the table's
 *   figure, with a note saying which figure was replaced (36.71% is wrong for 691.51 too, and
 *   should read 36.61%, not the 36.59% the mistyped figure gives).
 * A finding the table's figures make worse stays as it was. Findings that did not use a mistyped
 * figure are left alone.
 */
export function settleCascades(
  ctx: NarrativeContext, ties: ReadonlyMap<number, ClaimTie>, recheck: (again: NarrativeContext) => void,
): void {
  const amountErrors = new Set(
    ctx.findings.filter((f) => f.rule === TABLE_AMOUNT.id && f.severity === 'error' && f.narrative).map((f) => place(f.narrative!)),
  );
  const corrected = new Map<number, Claim>();
  for (const tie of ties.values()) {
    const c = ctx.claims[tie.claim];
    if (tie.status === 'wrong' && amountErrors.has(place(c.span))) corrected.set(c.id, withTableFigure(c, tie));
  }
  settleUncertainAmounts(ctx, ties, recheck);
  if (corrected.size === 0) return;
  const dependent = ctx.findings.filter((f) => ctx.uses.get(f)?.some((id) => corrected.has(id)));
  if (dependent.length === 0) return;

  const swap = (c: Claim) => corrected.get(c.id) ?? c;
  const again = swapped(ctx, swap);
  recheck(again);
  const rejudged = new Map(again.findings.map((f) => [key(f), f]));

  for (const f of dependent) {
    const at = ctx.findings.indexOf(f);
    if (at < 0) continue;
    const g = rejudged.get(key(f));
    if (!g) {
      ctx.findings.splice(at, 1);
      ctx.uses.delete(f);
      continue;
    }
    // Worse with the table's figures than with the text's: the tables disagree among themselves
    // (T08 公用经费合计 against T06 基本支出), which the table rules report; the text's finding stays.
    if (SEVERITY_RANK[g.severity] > SEVERITY_RANK[f.severity]) continue;
    const used = (again.uses.get(g) ?? []).filter((id) => corrected.has(id));
    if (used.length === 0) continue;
    const note = used.map((id) => `${ctx.claims[id].subjectText}${shown(ctx.claims[id])}应为${shown(corrected.get(id)!)}`).join('，');
    const replaced: Finding = { ...g, message: `${g.message.replace(/。$/, '')}（按表格金额计算：${note}）。` };
    ctx.findings[at] = replaced;
    ctx.uses.delete(f);
    ctx.uses.set(replaced, again.uses.get(g) ?? []);
  }
}

/** The rules that report a figure against its table cell (ties/amounts.ts), at whatever severity. */
const UNCERTAIN_AMOUNT_RULES: ReadonlySet<string> = new Set([TABLE_AMOUNT.id, OPERATING_COST.id]);

/**
 * A figure the tables contradict only as a warning (the tie is inferred: 机关运行经费 read as T08's
 * 公用经费合计), with findings computed from it: "222.81万元，比上年增加38.65万元，增长21.06%"
 * against a table's 222.18 makes the text's own rate look wrong (38.65 ÷ 184.16 = 20.99%), while
 * with the table's figure every part of the sentence holds. Then the rate was never the mistake:
 * the findings that pass with the table's figure are dropped, and the amount's warning becomes an
 * error saying so (the text contradicts itself, and only the table's figure reconciles it). When
 * the table's figure does not reconcile them (or makes another figure wrong), nothing changes: the
 * tie may be the wrong one, and the rate's finding is the text's own.
 */
function settleUncertainAmounts(ctx: NarrativeContext, ties: ReadonlyMap<number, ClaimTie>, recheck: (again: NarrativeContext) => void): void {
  for (const tie of ties.values()) {
    if (tie.status !== 'wrong') continue;
    const c = ctx.claims[tie.claim];
    const amount = ctx.findings.find((f) => UNCERTAIN_AMOUNT_RULES.has(f.rule) && f.severity === 'warning' && f.narrative && place(f.narrative) === place(c.span));
    if (!amount) continue;
    const dependent = ctx.findings.filter((f) => f !== amount && f.severity !== 'info' && ctx.uses.get(f)?.includes(c.id));
    if (dependent.length === 0) continue;
    const fixed = withTableFigure(c, tie);
    const settled = followedFrom(ctx, fixed, dependent, recheck);
    if (!settled || settled.length === 0) continue;
    drop(ctx, settled);
    const at = ctx.findings.indexOf(amount);
    const upgraded: Finding = {
      ...amount,
      severity: 'error',
      message: `${amount.message.replace(/。$/, '')}。同句的增减额、增长率或占比按文中的${shown(c)}推算不符，按表中的${shown(fixed)}推算全部相符，应是金额写错。`,
    };
    ctx.findings[at] = upgraded;
    ctx.uses.set(upgraded, ctx.uses.get(amount) ?? []);
    ctx.uses.delete(amount);
  }
}

function place(s: { start: number; end: number }): string {
  return `${s.start}:${s.end}`;
}

function key(f: Finding): string {
  return `${f.rule}|${f.narrative ? place(f.narrative) : ''}`;
}

/** The claim as it should have been written: the table figure in the claim's unit, at the
 * precision the tie compares at (two decimals, or more if the text wrote more). */
function withTableFigure(c: Claim, tie: ClaimTie): Claim {
  const unit = c.unit === '元' || c.unit === '亿元' ? c.unit : '万元';
  const decimals = Math.max(2, c.decimals);
  const value = roundHalfUp(inClaimUnit(toYuan(tie.wan, '万元'), unit), decimals);
  const written = formatAmountTrimmed(value, decimals);
  const dot = written.indexOf('.');
  return { ...c, value, written, decimals: dot < 0 ? 0 : written.length - dot - 1 };
}

/**
 * The same for a total the text contradicts itself (checks/sums.ts ctx.implied): a share or rate
 * computed from "本年支出合计,401.29万元" whose parts add to 9,401.29 is judged again with the sum;
 * when it then holds it only followed from the mistyped total and is dropped (one mistake, one
 * finding). Findings still wrong with the sum stay as they were: the text alone cannot say more.
 */
export function settleTextCascades(ctx: NarrativeContext, recheck: (again: NarrativeContext) => void): void {
  const sources = new Set([...ctx.implied.values()].map((x) => x.finding));
  // Each contradicted total on its own: two sums in one text may have different culprits.
  for (const [id, { wan }] of ctx.implied) {
    const dependent = ctx.findings.filter((f) => !sources.has(f) && f.severity !== 'info' && ctx.uses.get(f)?.includes(id));
    if (dependent.length === 0) continue;
    const c = ctx.claims[id];
    const fixed: Claim = { ...c, unit: '万元', value: wan, written: formatAmountTrimmed(wan, 2) };
    const settled = followedFrom(ctx, fixed, dependent, recheck);
    if (settled) drop(ctx, settled);
  }
}

/**
 * Of the findings computed from one claim, those that only followed from it: they pass when the
 * text is checked again with `fixed` in its place. The correction must explain findings, not move
 * them: when it makes a figure wrong that was right (84.32% = 172.36 ÷ 204.40 holds with the printed
 * total), the claim was not the mistake, and the answer is null.
 */
function followedFrom(ctx: NarrativeContext, fixed: Claim, dependent: readonly Finding[], recheck: (again: NarrativeContext) => void): Finding[] | null {
  const again = swapped(ctx, (x) => (x.id === fixed.id ? fixed : x));
  recheck(again);
  const still = new Set(again.findings.filter((g) => g.severity !== 'info').map(key));
  const before = new Set(ctx.findings.filter((g) => g.severity !== 'info').map(key));
  if ([...still].some((k) => !before.has(k))) return null;
  return dependent.filter((f) => !still.has(key(f)));
}

function drop(ctx: NarrativeContext, findings: readonly Finding[]): void {
  for (const f of findings) {
    const at = ctx.findings.indexOf(f);
    if (at >= 0) ctx.findings.splice(at, 1);
    ctx.uses.delete(f);
  }
}

/** The same text with some figures replaced (a corrected value), checked afresh. */
function swapped(ctx: NarrativeContext, swap: (c: Claim) => Claim): NarrativeContext {
  return newContext(ctx.seg, ctx.claims.map(swap),
    ctx.structures.map((st) => ({ ...st, opener: st.opener && swap(st.opener), parts: st.parts.map(swap) })), ctx.year);
}
