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
