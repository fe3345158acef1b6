import Decimal from 'decimal.js';
import { CellValue, isCellError } from '../grid/types';
import { asciiDigits } from '../numerals';

/**
 * The one amount parser. Every money cell, in every table, goes through here.
 * Empty cells and dash placeholders mean zero (tables.md §2); Excel error values and
 * non-numeric text are reported, never silently read as numbers.
 */
export type AmountReading =
  | { readonly kind: 'amount'; readonly value: Decimal; readonly blank: boolean }
  | { readonly kind: 'error'; readonly error: string }
  | { readonly kind: 'text'; readonly text: string };

const ZERO = new Decimal(0);
const DASHES = /^[-－—–―‐ー一]+$/;

export function parseAmount(value: CellValue): AmountReading {
  if (value === null || value === undefined) return { kind: 'amount', value: ZERO, blank: true };
  if (isCellError(value)) return { kind: 'error', error: value.error };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'text', text: String(value) };
    return { kind: 'amount', value: decimalFromNumber(value), blank: false };
  }
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'TRUE' : 'FALSE' };
  return parseAmountText(value);
}

/**
 * Excel keeps 15 significant digits; a formula result such as 1889.0500000000002 is shown,
 * and meant, as 1889.05.
 */
export function decimalFromNumber(n: number): Decimal {
  // Zeros are most cells of a wide table, and the other figures repeat across tables (a 项 row's
  // amounts are printed on five or six of them): one shared, immutable Decimal per number.
  if (n === 0) return Object.is(n, -0) ? NEGATIVE_ZERO : ZERO;
  let d = byNumber.get(n);
  if (d === undefined) {
    if (byNumber.size >= CACHE_LIMIT) byNumber.clear();
    d = exactDecimal(n);
    byNumber.set(n, d);
  }
  return d;
}

const NEGATIVE_ZERO = new Decimal(-0);
const CACHE_LIMIT = 1 << 16;
const byNumber = new Map<number, Decimal>();

function exactDecimal(n: number): Decimal {
  if (Number.isInteger(n)) return new Decimal(n);
  // String(n) is the shortest text that reads back as n. With at most 15 significant digits it is
  // also what toPrecision(15) → Number → String gives (the nearest 15-digit decimal reads back as
  // n too), so the detour is only taken for the longer ones (1889.0500000000002 → 1889.05).
  const s = String(n);
  if (s.indexOf('e') < 0 && significantDigits(s) <= 15) return new Decimal(s);
  return new Decimal(Number(n.toPrecision(15)).toString());
}

function significantDigits(s: string): number {
  let count = 0;
  let leading = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) continue; // '-' and '.'
    if (leading && c === 48) continue;
    leading = false;
    count++;
  }
  return count;
}

export function parseAmountText(raw: string): AmountReading {
  let s = asciiDigits(raw)
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/[．]/g, '.')
    .replace(/[¥￥]/g, '');
  if (s === '') return { kind: 'amount', value: ZERO, blank: true };
  if (DASHES.test(s)) return { kind: 'amount', value: ZERO, blank: true };
  if (/^#[A-Z0-9/]+[!?]?[A-Z]*$/.test(s) && /^#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/.test(s)) {
    return { kind: 'error', error: s };
  }
  let negative = false;
  const paren = /^[(（](.*)[)）]$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  if (/^[-－−]/.test(s)) {
    negative = !negative;
    s = s.slice(1);
  }
  // Thousands separators only where they separate groups of three digits.
  if (/^\d{1,3}([,，]\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/[,，]/g, '');
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(s)) return { kind: 'text', text: raw };
  const d = new Decimal(s);
  return { kind: 'amount', value: negative ? d.negated() : d, blank: false };
}
