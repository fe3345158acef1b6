import Decimal from 'decimal.js';
import { largestRemainder, roundHalfUp, truncate } from '../../amount/round';
import { Claim } from '../types';
import { fromYuan, ProseUnit, toYuan } from '../../amount/units';

/**
 * How a written percentage relates to the exact one (narrative.md §2): right when it equals
 * the exact value rounded half-up at the written precision; a truncation slip; within what the
 * rounding of the amounts themselves allows (尾差); or wrong.
 */
export type PercentStatus = 'ok' | 'truncated' | 'tail' | 'wrong';

const HALF_CENT = new Decimal('0.005');

export function judgePercent(written: Decimal, decimals: number, exact: Decimal, range?: [Decimal, Decimal]): PercentStatus {
  const w = written.abs();
  const e = exact.abs();
  if (roundHalfUp(e, decimals).eq(w)) return 'ok';
  if (truncate(e, decimals).eq(w)) return 'truncated';
  if (range) {
    const lo = roundHalfUp(range[0].abs(), decimals);
    const hi = roundHalfUp(range[1].abs(), decimals);
    if (w.gte(Decimal.min(lo, hi)) && w.lte(Decimal.max(lo, hi))) return 'tail';
  }
  return 'wrong';
}

/**
 * How far a printed figure may lie from the figure it rounds, in 万元: half of the last digit it
 * carries in its own unit (21.46亿元 is ±0.005亿元 = ±50万元, 0.0716亿元 ±0.5万元), never less than
 * the tables' own ±0.005万元. A 万元 figure printed with fewer decimals is read at two (the samples
 * trim trailing zeros: 691.5 stands for 691.50, as ties/amounts.ts reads it). Figures in 元 are
 * exact (tables.md §4). A figure taken from a table cell (no claim) carries the tables' ±0.005万元.
 */
export function roundingOf(c?: Claim | null): Decimal {
  if (!c) return HALF_CENT;
  if (c.unit === '元') return new Decimal(0);
  const unit: ProseUnit = c.unit === '亿元' ? '亿元' : '万元';
  const decimals = unit === '万元' ? Math.max(2, c.decimals) : c.decimals;
  const half = fromYuan(toYuan(new Decimal(10).pow(-decimals).div(2), unit), '万元');
  return Decimal.max(half, HALF_CENT);
}

/**
 * part ÷ whole × 100 over every value the printed figures allow, for 尾差: each amount ± its
 * rounding (roundingOf; both ±0.005万元 unless given). None when neither carries any (元).
 */
export function ratioRange(part: Decimal, whole: Decimal, rounding: readonly [Decimal, Decimal] = [HALF_CENT, HALF_CENT]): [Decimal, Decimal] | undefined {
  const [dp, dw] = rounding;
  if ((dp.isZero() && dw.isZero()) || part.isZero() || whole.abs().lte(dw)) return undefined;
  const lo = Decimal.max(part.abs().minus(dp), 0).div(whole.abs().plus(dw)).times(100);
  const hi = part.abs().plus(dp).div(whole.abs().minus(dw)).times(100);
  return [lo, hi];
}

export function expectedText(exact: Decimal, decimals: number): string {
  return `${roundHalfUp(exact.abs(), decimals).toFixed(decimals)}%`;
}

/** Amounts in 万元 for comparison (元 and 亿元 converted). */
export function inWan(c: Claim): Decimal {
  if (c.unit !== '元' && c.unit !== '亿元') return c.value;
  return fromYuan(toYuan(c.value, c.unit), '万元');
}

/** A written share with what it should be. */
export interface ShareJudgement {
  readonly value: Decimal;
  readonly decimals: number;
  readonly exact: Decimal;
  readonly status: PercentStatus;
}

/**
 * The share of a structure that was nudged so the written shares sum to exactly 100 (narrative.md
 * §2): the only wrong one, the largest, off by one unit of its last decimal, while half-up
 * rounding would not sum to 100. Returns its index and the half-up sum, or null.
 */
export function nudgedShare(list: readonly ShareJudgement[]): { index: number; roundedSum: Decimal } | null {
  if (list.length < 2) return null;
  const writtenSum = list.reduce((a, e) => a.plus(e.value), new Decimal(0));
  const roundedSum = list.reduce((a, e) => a.plus(roundHalfUp(e.exact, e.decimals)), new Decimal(0));
  const wrong = list.filter((e) => e.status === 'wrong');
  if (wrong.length !== 1 || !writtenSum.eq(100) || roundedSum.eq(100)) return null;
  const w = wrong[0];
  const unit = new Decimal(10).pow(-w.decimals);
  const largest = list.every((e) => e.exact.lte(w.exact));
  if (!largest || !w.value.minus(roundHalfUp(w.exact, w.decimals)).abs().eq(unit)) return null;
  return { index: list.indexOf(w), roundedSum };
}

/**
 * Shares of a structure adjusted so they sum to exactly 100: either the largest one nudged
 * (nudgedShare) or all of them rounded by largest remainder (the generator's option, and what
 * some authors do). Returns the indices of the shares that differ from half-up rounding, or null
 * when the written shares are not such an adjustment.
 */
export interface Adjustment {
  readonly indices: number[];
  readonly roundedSum: Decimal;
  readonly method: 'largest' | 'largest-remainder';
}

export function adjustedShares(list: readonly ShareJudgement[]): Adjustment | null {
  const nudged = nudgedShare(list);
  if (nudged) return { indices: [nudged.index], roundedSum: nudged.roundedSum, method: 'largest' };
  if (list.length < 2 || list.every((e) => e.status === 'ok')) return null;
  const decimals = Math.max(...list.map((e) => e.decimals));
  const hamilton = largestRemainder(list.map((e) => e.exact), new Decimal(100), decimals);
  if (!list.every((e, i) => e.value.eq(hamilton[i]))) return null;
  const roundedSum = list.reduce((a, e) => a.plus(roundHalfUp(e.exact, decimals)), new Decimal(0));
  if (roundedSum.eq(100)) return null;
  return { indices: list.map((_, i) => i).filter((i) => list[i].status !== 'ok'), roundedSum, method: 'largest-remainder' };
}

/** "为使各项占比合计为100%，调整了最大项0.1个百分点（按四舍五入合计为99.9%）。" */
export function adjustment(written: Decimal, exact: Decimal, decimals: number, a: Adjustment): string {
  const delta = written.minus(roundHalfUp(exact, decimals)).toFixed(decimals);
  const sum = `（按四舍五入合计为${a.roundedSum.toFixed(decimals)}%）`;
  return a.method === 'largest'
    ? `为使各项占比合计为100%，调整了最大项${delta}个百分点${sum}。`
    : `各项占比按最大余额法调整为合计100%，此项调整了${delta}个百分点${sum}。`;
}
