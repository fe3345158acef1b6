import Decimal from 'decimal.js';

/**
 * The one place numbers are rounded or formatted. Amounts and shares are rounded half-up,
 * as accountants and Excel's ROUND do (narrative.md §2); truncation is modelled separately
 * because writing a truncated share is a finding of its own.
 */
export function roundHalfUp(value: Decimal, decimals: number): Decimal {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

export function truncate(value: Decimal, decimals: number): Decimal {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_DOWN);
}

/** Amounts in tables carry two decimals in both 万元 and 元. */
export function formatAmount(value: Decimal, decimals = 2): string {
  return roundHalfUp(value, decimals).toFixed(decimals);
}

/** 258.60 → "258.6", 100.00 → "100": the samples' habit of trimming trailing zeros. */
export function formatAmountTrimmed(value: Decimal, decimals = 2): string {
  return roundHalfUp(value, decimals).toFixed(decimals).replace(/\.?0+$/, '') || '0';
}

/** Share of `part` in `whole` in percent, unrounded; null when the whole is zero. */
export function percent(part: Decimal, whole: Decimal): Decimal | null {
  if (whole.isZero()) return null;
  return part.dividedBy(whole).times(100);
}

/**
 * Largest-remainder (Hamilton) rounding: rounds each value down to `decimals`, then hands the
 * missing units to the values with the largest remainders (ties: earlier first) so the results
 * add up to `total`. Used when the user asks for the shares of a structure to sum to exactly 100.
 * Returns the half-up roundings unchanged when `total` is out of reach of the floors (it never
 * takes units away).
 */
export function largestRemainder(values: readonly Decimal[], total: Decimal, decimals: number): Decimal[] {
  const unit = new Decimal(1).dividedBy(new Decimal(10).pow(decimals));
  const floors = values.map((v) => truncate(v, decimals));
  const floorSum = floors.reduce((a, b) => a.plus(b), new Decimal(0));
  const missing = total.minus(floorSum).dividedBy(unit);
  if (missing.isNegative() || !missing.isInteger() || missing.greaterThan(values.length)) {
    return values.map((v) => roundHalfUp(v, decimals));
  }
  const order = values
    .map((v, i) => ({ i, rest: v.minus(floors[i]) }))
    .sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  const out = floors.slice();
  for (let k = 0; k < missing.toNumber(); k++) out[order[k].i] = out[order[k].i].plus(unit);
  return out;
}
