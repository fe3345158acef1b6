import Decimal from 'decimal.js';
import { CellValue, isCellError } from '../grid/types';

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
const FULL_WIDTH_DIGIT = /[０-９]/g;

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
  if (Number.isInteger(n)) return new Decimal(n);
  return new Decimal(Number(n.toPrecision(15)).toString());
}

export function parseAmountText(raw: string): AmountReading {
  let s = raw
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
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
