import Decimal from 'decimal.js';
import { amountOf, money, report, shown } from '../context';
import { expectedText, inWan, judgePercent, ratioRange, roundingOf } from '../checks/percent';
import { COMPLETION, GROWTH } from '../checks/changes';
import { Subject } from '../subjects';
import { Claim, Measure } from '../types';
import { tableFiguresFor, valuedOf } from './cells';
import { TieContext, Valued, valuedOfTie } from './types';

const SEVERITY = { truncated: 'warning', tail: 'info', wrong: 'error' } as const;
const NOTE = { truncated: '（截尾而非四舍五入）', tail: '；差异在金额四舍五入（尾差）可能造成的范围内', wrong: '' } as const;

function before(t: TieContext, c: Claim, measure: Measure): Claim | null {
  const claims = t.ctx.claims;
  for (let k = c.id - 1; k >= 0 && claims[k].sentence === c.sentence; k--) if (claims[k].measure === measure) return claims[k];
  return null;
}

/**
 * The table figure behind a subject: the tie of the stated claim when it has one, else the table
 * cell itself (a rate whose amount the text never states is still checkable). Null when the
 * tables lack it.
 */
function valued(t: TieContext, stated: Claim | null, subject: Subject, measure: 'amount' | 'budget', section: number | null): Valued | null {
  if (stated) {
    // A stated figure that contradicts the table is its own finding; the rate is still judged on
    // the table's figure, so a rate that also needs correcting is said (9.4 ÷ 9.4 = 100% against
    // a budget of 10.00 is 94%).
    const tie = t.ties.get(stated.id);
    if (tie) return valuedOfTie(tie);
  }
  const figs = tableFiguresFor(t.model, { subject, measure, section });
  if (figs.length === 0) return null;
  return valuedOf(figs[0]);
}

/**
 * 完成预算 and 增长率 recomputed from the tables (narrative.md §2) where the text does not state
 * every figure the rate needs: the budget of a 三公 item (T13 预算数), or this year's amount.
 * Where the text states them and they agree with the tables, checks/changes.ts has judged the
 * same division already.
 */
export function tieRates(t: TieContext): void {
  const { ctx } = t;
  for (const k of ctx.claims) {
    if (k.measure !== 'completion' || !k.subject.startsWith('sanGong.')) continue;
    const actualClaim = before(t, k, 'amount') ?? amountOf(ctx, k.subject, k.id);
    const budgetClaim = before(t, k, 'budget');
    const actual = valued(t, actualClaim, k.subject, 'amount', k.section);
    const budget = valued(t, budgetClaim, k.subject, 'budget', k.section);
    if (!actual || !budget) continue;
    ctx.verified.add(k.id);
    if (actual.statedOk && budget.statedOk) continue;
    if (budget.wan.isZero()) {
      // No budget in T13 (年初未安排预算): a completion rate of spending against nothing.
      if (!k.value.isZero() && !actual.wan.isZero()) {
        report(ctx, COMPLETION, 'error', k.span,
          `表中${k.subject === 'sanGong.total' ? '“三公”经费' : '该项'}预算数为0（年初未安排预算），决算${money(actual.wan)}无从计算完成率，文中却写“完成预算${shown(k)}”。`,
          { expected: '年初未安排预算', actual: shown(k), cells: [...actual.cells, ...budget.cells] });
      }
      continue;
    }
    const exact = actual.wan.div(budget.wan).times(100);
    const status = judgePercent(k.value, k.decimals, exact, ratioRange(actual.wan, budget.wan));
    if (status === 'ok') continue;
    const exp = expectedText(exact, k.decimals);
    report(ctx, COMPLETION, SEVERITY[status], k.span,
      `按表格计算，决算${money(actual.wan)} ÷ 预算${money(budget.wan)} = ${exact.toFixed(4)}%，应为${exp}，文中写作${shown(k)}${NOTE[status]}。`,
      { expected: exp, actual: shown(k), cells: [...actual.cells, ...budget.cells] });
  }

  for (const g of ctx.claims) {
    if (g.measure !== 'growth') continue;
    const change = before(t, g, 'change');
    const prior = before(t, g, 'prior');
    if (!change && !prior) continue;
    const currentClaim = amountOf(ctx, g.subject, g.id);
    const current = valued(t, currentClaim, g.subject, 'amount', g.section);
    if (!current || current.statedOk) continue;
    const delta = change ? inWan(change) : current.wan.minus(inWan(prior!));
    const priorValue = change ? current.wan.minus(delta) : inWan(prior!);
    if (priorValue.lte(0)) continue;
    ctx.verified.add(g.id);
    const exact = delta.div(priorValue).times(100);
    // The table's figure carries ±0.005万元; a change or prior figure from the text its own rounding.
    const stated = roundingOf(change ?? prior);
    const rounding: [Decimal, Decimal] = change ? [stated, roundingOf().plus(stated)] : [roundingOf().plus(stated), stated];
    const status = judgePercent(g.value, g.decimals, exact, ratioRange(delta, priorValue, rounding));
    if (status === 'ok') continue;
    const exp = expectedText(exact, g.decimals);
    report(ctx, GROWTH, SEVERITY[status], g.span,
      `按表格本年数${money(current.wan)}计算，上年数为${money(priorValue)}，增长率 = ${money(delta)} ÷ ${money(priorValue)} = ${exact.abs().toFixed(4)}%，应为${exp}，文中写作${shown(g)}${NOTE[status]}。`,
      { expected: exp, actual: shown(g), cells: current.cells });
  }
}
