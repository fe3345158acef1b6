import Decimal from 'decimal.js';
import { roundHalfUp, truncate } from '../../amount/round';
import { Claim } from '../types';

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

/** part ÷ whole × 100 with each amount allowed ±0.005万元 of rounding, for 尾差. */
export function ratioRange(part: Decimal, whole: Decimal): [Decimal, Decimal] | undefined {
  if (part.isZero() || whole.abs().lte(HALF_CENT)) return undefined;
  const lo = Decimal.max(part.abs().minus(HALF_CENT), 0).div(whole.abs().plus(HALF_CENT)).times(100);
  const hi = part.abs().plus(HALF_CENT).div(whole.abs().minus(HALF_CENT)).times(100);
  return [lo, hi];
}

export function expectedText(exact: Decimal, decimals: number): string {
  return `${roundHalfUp(exact.abs(), decimals).toFixed(decimals)}%`;
}

/** Amounts in 万元 for comparison (元 and 亿元 converted). */
export function inWan(c: Claim): Decimal {
  if (c.unit === '元') return c.value.div(10000);
  if (c.unit === '亿元') return c.value.times(10000);
  return c.value;
}
