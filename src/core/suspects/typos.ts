import Decimal from 'decimal.js';

/**
 * Typing slips an accountant recognises in a wrong figure: the printed value is the intended one
 * with two adjacent digits swapped (also across the decimal point), a digit left out or typed twice, one digit mistyped, the
 * decimal point in the wrong place, or 元 typed where 万元 was meant (or the other way round).
 */
export type TypoKind = 'transposition' | 'dropped' | 'extra' | 'changed' | 'decimal' | 'unit';

export const TYPO_LABEL: Readonly<Record<TypoKind, string>> = {
  transposition: '两位数字颠倒',
  dropped: '漏输一位数字',
  extra: '多输一位数字',
  changed: '输错一位数字',
  decimal: '小数点错位',
  unit: '元与万元混淆',
};

export interface Typo {
  readonly kind: TypoKind;
  /** The intended value: the printed one with the slip undone. */
  readonly intended: Decimal;
  /**
   * How likely this slip turns the intended value into the printed one: the slip's share of all
   * slips times one over the number of ways that kind of slip can change the intended figure
   * (a 5-digit figure has 4 adjacent swaps but 45 single-digit changes). Only the order matters.
   */
  readonly likelihood: number;
}

/** Shares of the slips, from how often accountants name them; the order of magnitude is what counts. */
const PRIOR: Readonly<Record<TypoKind, number>> = {
  transposition: 0.2,
  dropped: 0.2,
  extra: 0.2,
  changed: 0.3,
  decimal: 0.05,
  unit: 0.05,
};

/** Decimal shifts tried: × or ÷ 10, 100, 1000. */
const SHIFTS = [1, 2, 3];
const TEN = new Decimal(10);
const YUAN_PER_WAN = new Decimal(10000);

/**
 * The ways the printed figure could have been typed: its shortest form ("622.5") and the forms
 * with the trailing zeros up to two decimals ("622.50"), since a slip in a trailing zero shows
 * only in the longer form.
 */
function typedForms(value: Decimal): string[] {
  const forms = [value.toFixed()];
  for (let d = value.decimalPlaces() + 1; d <= 2; d++) forms.push(value.toFixed(d));
  return forms;
}

function digitCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= '0' && ch <= '9') n++;
  return n;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** A typed string back to a number; null for strings that are not one (".5" is read as 0.5) and for
 * leading zeros ("09.7"), which nobody types for the figure they mean. */
function parse(s: string): Decimal | null {
  if (!/^\d*\.?\d*$/.test(s) || !/\d/.test(s) || /^0\d/.test(s)) return null;
  return new Decimal(s.startsWith('.') ? `0${s}` : s.endsWith('.') ? s.slice(0, -1) : s);
}

/** What the user may have meant, each with the slip that would have produced `printed`. */
export function* repairs(printed: Decimal): Generator<{ kind: TypoKind; intended: Decimal; ways: number }> {
  const abs = printed.abs();
  for (const s of typedForms(abs)) {
    for (let i = 0; i + 1 < s.length; i++) {
      if (isDigit(s[i]) && isDigit(s[i + 1]) && s[i] !== s[i + 1]) {
        const v = parse(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
        if (v) yield { kind: 'transposition', intended: v, ways: Math.max(digitCount(s) - 1, 1) };
      }
      // The two digits either side of the point swapped (2.17 typed for 1.27): on the keypad they
      // are adjacent keystrokes with the point between them.
      if (s[i + 1] === '.' && isDigit(s[i]) && isDigit(s[i + 2]) && s[i] !== s[i + 2]) {
        const v = parse(s.slice(0, i) + s[i + 2] + '.' + s[i] + s.slice(i + 3));
        if (v) yield { kind: 'transposition', intended: v, ways: Math.max(digitCount(s) - 1, 1) };
      }
    }
    // A dropped digit is undone by putting one back; the intended figure had one digit more.
    for (let i = 0; i <= s.length; i++) {
      for (let d = 0; d <= 9; d++) {
        const v = parse(s.slice(0, i) + String(d) + s.slice(i));
        if (v) yield { kind: 'dropped', intended: v, ways: digitCount(s) + 1 };
      }
    }
    for (let i = 0; i < s.length; i++) {
      if (!isDigit(s[i])) continue;
      const rest = s.slice(0, i) + s.slice(i + 1);
      const v = parse(rest);
      if (v) yield { kind: 'extra', intended: v, ways: 10 * digitCount(s) };
      for (let d = 0; d <= 9; d++) {
        if (String(d) === s[i]) continue;
        const w = parse(s.slice(0, i) + String(d) + s.slice(i + 1));
        if (w) yield { kind: 'changed', intended: w, ways: 9 * digitCount(s) };
      }
    }
  }
  for (const k of SHIFTS) {
    const f = TEN.pow(k);
    yield { kind: 'decimal', intended: abs.times(f), ways: 2 * SHIFTS.length };
    yield { kind: 'decimal', intended: abs.dividedBy(f), ways: 2 * SHIFTS.length };
  }
  yield { kind: 'unit', intended: abs.times(YUAN_PER_WAN), ways: 2 };
  yield { kind: 'unit', intended: abs.dividedBy(YUAN_PER_WAN), ways: 2 };
}

/** Amounts in tables carry two decimals in both 万元 and 元: an intended figure has no more. */
const DECIMALS = 2;

/**
 * The likeliest slip that turns an acceptable intended value into `printed`, or null when no
 * single slip does. Intended values have at most two decimals. `fit` says how well an intended value agrees with what the identities
 * require: 1 exactly, between 0 and 1 within their rounding allowance, 0 not at all. The sign is
 * kept: a slip does not turn a figure negative.
 */
export function likeliestTypo(printed: Decimal, fit: (intended: Decimal) => number): Typo | null {
  if (printed.isZero()) return null;
  let best: Typo | null = null;
  for (const r of repairs(printed)) {
    if (r.intended.eq(printed.abs()) || r.intended.isZero() || r.intended.decimalPlaces() > DECIMALS) continue;
    const intended = printed.isNegative() ? r.intended.negated() : r.intended;
    const weight = fit(intended);
    if (weight <= 0) continue;
    const likelihood = (PRIOR[r.kind] / r.ways) * weight;
    if (!best || likelihood > best.likelihood) best = { kind: r.kind, intended, likelihood };
  }
  return best;
}

/** likeliestTypo for one intended value, exact or within `tolerance` (counted half). */
export function explainTypo(printed: Decimal, intended: Decimal, tolerance: Decimal = new Decimal(0)): Typo | null {
  return likeliestTypo(printed, (v) => {
    const off = v.minus(intended).abs();
    return off.isZero() ? 1 : off.lte(tolerance) ? 0.5 : 0;
  });
}
