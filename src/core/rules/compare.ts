import Decimal from 'decimal.js';
import { formatAmount } from '../amount/round';
import { fromYuan, toYuan, Unit } from '../amount/units';
import { CellRef, sameCell } from '../grid/cellRef';
import { Finding } from '../findings/types';
import { ROUNDING_NOTICE_PREFIX } from '../findings/rounding';
import { Figure } from '../model/types';
import { TableId } from '../tables/catalog';
import { address } from './labels';
import type { TableRuleId } from './registry';
import { RuleMeta } from './types';

/**
 * The one comparison every rule uses. Figures are normalised to 元 (toYuan) so sheets in
 * different units compare exactly; a difference within the rounding bound of the identity is a
 * 尾差 notice (info), a larger one breaks the identity (the rule's severity).
 *
 * Rounding bound (tables.md §4 尾差): each 万元 figure is rounded from 元, so an identity between
 * n+1 printed non-zero figures (a total and n parts, or two figures: n = 1) can miss by up to
 * n × 0.005 万元; two figures from different tables at least 0.01 万元 (roundingBound).
 * Identities whose figures are all in 元 get none.
 */
export interface Side {
  /** Words for the side, naming the table: "收入支出决算总表 本年支出合计", or "各类支出之和". */
  readonly label: string;
  /** Figures added up. An empty side reads as zero (a row the table does not print). */
  readonly plus: readonly Figure[];
  /** Figures subtracted (年初 + 本年收入 − 本年支出 = 年末). */
  readonly minus?: readonly Figure[];
  /** Unit of an empty side (for the bound and for formatting). */
  readonly unit?: Unit;
}

/** stated = expected, stated ≤ expected, or stated ≥ expected. */
export type Relation = 'eq' | 'le' | 'ge';

export interface Comparison {
  /** The table rule comparing (its id a TableRuleId: only the registry's rules run, rules/run.ts).
   * Typed by its metadata alone: a rule's own type reaching its check's comparisons would make the
   * registry's id union circular. */
  readonly rule: RuleMeta;
  /** The table the finding is filed under (the stated figure's table). */
  readonly table: TableId;
  /** The figure as printed (usually one cell). */
  readonly stated: Side;
  /** What the identity says it should be. */
  readonly expected: Side;
  readonly relation?: Relation;
}

export const INFERRED_NOTE = '（推断的勾稽关系，仅供参考）';

const HALF_CENT_WAN_IN_YUAN = new Decimal(50);
const ZERO = new Decimal(0);

function figuresOf(side: Side): Figure[] {
  return [...side.plus, ...(side.minus ?? [])];
}

function yuanOf(side: Side): Decimal {
  let total = new Decimal(0);
  for (const f of side.plus) total = total.plus(toYuan(f.value, f.unit));
  for (const f of side.minus ?? []) total = total.minus(toYuan(f.value, f.unit));
  return total;
}

function unitOf(side: Side): Unit | undefined {
  return side.plus[0]?.unit ?? side.minus?.[0]?.unit ?? side.unit;
}

/**
 * The rounding bound of a comparison, in 元 (zero when every figure is in 元). Only non-zero
 * figures count as terms: a blank or zero cell carries no rounding, so a row whose total has one
 * non-zero part must equal it exactly (a one-cent typo there is an error, not a 尾差). An empty or
 * all-zero side stands for one printed figure. Figures printed on different sheets (or in different
 * units) were each rounded on their own: two of them keep the 0.01 万元 allowance (the same 类 as
 * 326.71 and 326.72); figures of one sheet get n × 0.005 万元 for n + 1 non-zero terms.
 */
export function roundingBound(stated: Side, expected: Side): Decimal {
  let count = 0;
  let anyWan = false;
  let sheet: string | null = null;
  let unit: Unit | null = null;
  let apart = false;
  for (const side of [stated, expected]) {
    const figs = figuresOf(side);
    const nonZero = figs.filter((f) => !f.value.isZero());
    count += Math.max(nonZero.length, 1);
    if (figs.length === 0 ? side.unit === '万元' : figs.some((f) => f.unit === '万元')) anyWan = true;
    for (const f of figs) {
      if (sheet === null) sheet = f.cell.sheet;
      else if (f.cell.sheet !== sheet) apart = true;
      if (unit === null) unit = f.unit;
      else if (f.unit !== unit) apart = true;
    }
  }
  if (!anyWan) return new Decimal(0);
  const n = Math.max(count - 1, apart ? 2 : 1);
  return HALF_CENT_WAN_IN_YUAN.times(n);
}

/** Two decimals, more when a figure converted from 元 (or a bound) needs them. */
export function formatIn(yuan: Decimal, unit: Unit): string {
  const v = fromYuan(yuan, unit);
  const decimals = Math.max(2, Math.min(v.decimalPlaces(), 6));
  return formatAmount(v, decimals);
}

function describe(side: Side, yuan: Decimal, unit: Unit): string {
  const figs = figuresOf(side);
  if (figs.length === 1 && !side.minus?.length) return `${side.label}（${address(figs[0].cell)}）${formatIn(yuan, unit)}`;
  return `${side.label} ${formatIn(yuan, unit)}`;
}

function cellsOf(...sides: Side[]): CellRef[] {
  const out: CellRef[] = [];
  for (const side of sides) {
    for (const f of figuresOf(side)) if (!out.some((c) => sameCell(c, f.cell))) out.push(f.cell);
  }
  return out;
}

/**
 * The side added up in its figures' own unit, in the same order as yuanOf. Zero figures (most
 * cells of a wide table are blank) are skipped: adding zero to a sum that is already rounded to
 * the precision changes nothing but the sign of a zero, which no comparison sees.
 */
function rawSum(side: Side): Decimal {
  let total = ZERO;
  for (const f of side.plus) if (!f.value.isZero()) total = total.plus(f.value);
  if (side.minus) for (const f of side.minus) if (!f.value.isZero()) total = total.minus(f.value);
  return total;
}

/**
 * The value × 10^6 when that is an integer a double holds exactly (at most six decimals: two in
 * 万元 or 元, more where converted), else null. Read from the Decimal's own digits (decimal.js keeps
 * them as base-10^7 words `d`, the exponent `e` of the first digit and the sign `s`): no string, no
 * Decimal, no lookup. Each step is exact or gives up: a product or sum of integers that a double
 * cannot hold comes out above MAX_EXACT, and a word is divided only by a power of ten dividing it.
 */
function microsOf(x: Decimal): number | null {
  const { d: words, e, s } = x as unknown as { d: number[] | null; e: number; s: number };
  if (!words || !Number.isFinite(e)) return null;
  const w0 = words[0];
  const len0 = w0 < 10 ? 1 : w0 < 100 ? 2 : w0 < 1e3 ? 3 : w0 < 1e4 ? 4 : w0 < 1e5 ? 5 : w0 < 1e6 ? 6 : 7;
  let total = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === 0) continue;
    // The word's last digit stands for 10^(p − 6); its value × 10^6 is w × 10^p.
    const p = e - len0 + 7 - 7 * i;
    let term: number;
    if (p >= 0) {
      if (p > 15) return null;
      term = w * POW10[p];
    } else {
      if (p < -7) return null;
      const q = POW10[-p];
      if (w % q !== 0) return null;
      term = w / q;
    }
    total += term;
    if (total > MAX_EXACT) return null;
  }
  return s < 0 ? -total : total;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const MAX_EXACT = Number.MAX_SAFE_INTEGER;

/**
 * Outcome of the one pass over a comparison's figures (scan): SKIP when a figure is unreadable,
 * MIXED when they mix units, INEXACT when a side's sum in integers of 10^-6 is not exact, else
 * EXACT with the two sums in `scanned`.
 */
const SKIP = 0;
const MIXED = 1;
const INEXACT = 2;
const EXACT = 3;
const scanned = { unit: null as Unit | null, stated: 0, expected: 0 };

/**
 * One pass over both sides: any unreadable figure, the unit every figure shares, and each side
 * summed in integers of 10^-6 where every figure and every partial sum (plus before minus, in
 * order) is such an integer below 2^53. Then each double addition is exact, and so is each
 * Decimal one: the sums have at most 16 significant digits, under the 20 of the Decimal precision.
 * Zero figures are skipped, as in rawSum.
 */
function scan(stated: Side, expected: Side): number {
  scanned.unit = null;
  let mixed = false;
  let sExact = true;
  let eExact = true;
  let s = 0;
  let e = 0;
  for (let k = 0; k < 4; k++) {
    const list = k === 0 ? stated.plus : k === 1 ? stated.minus : k === 2 ? expected.plus : expected.minus;
    if (!list) continue;
    const sign = k === 0 || k === 2 ? 1 : -1;
    const onStated = k < 2;
    for (let i = 0; i < list.length; i++) {
      const f = list[i];
      if (f.invalid !== undefined) return SKIP;
      if (scanned.unit === null) scanned.unit = f.unit;
      else if (f.unit !== scanned.unit) mixed = true;
      if (mixed || !(onStated ? sExact : eExact)) continue;
      const v = f.value;
      if (v.isZero()) continue;
      const m = microsOf(v);
      let total = onStated ? s : e;
      let exact = m !== null;
      if (m !== null) {
        total += sign * m;
        if (total > MAX_EXACT || total < -MAX_EXACT) exact = false;
      }
      if (onStated) {
        s = total;
        sExact = exact;
      } else {
        e = total;
        eExact = exact;
      }
    }
  }
  if (mixed) return MIXED;
  scanned.stated = s;
  scanned.expected = e;
  return sExact && eExact ? EXACT : INEXACT;
}

/**
 * The fast answer for the common case (most identities hold and all their figures share a unit):
 * true when the identity holds. Converting to 元 multiplies every figure by 10^4, which keeps
 * each figure's digits and so every rounding step of the sums; the identity holds in the printed
 * unit exactly when it holds in 元. False means "not known to hold": compare() then takes the
 * full path, which words the finding. The sums are taken in integers where they are exact there
 * (scan), which gives the same answer as the Decimal sums without a Decimal per addition.
 */
function holdsInOneUnit(scanResult: number, stated: Side, expected: Side, relation: Relation): boolean {
  if (scanResult === MIXED) return false;
  if (scanResult === EXACT) {
    const sm = scanned.stated;
    const em = scanned.expected;
    return relation === 'eq' ? sm === em : relation === 'le' ? sm <= em : em <= sm;
  }
  const s = rawSum(stated);
  const e = rawSum(expected);
  return relation === 'eq' ? s.eq(e) : relation === 'le' ? s.lte(e) : e.lte(s);
}

/**
 * What became of one comparison: it held (exactly, or an inequality was met), it was skipped (a
 * figure is unreadable), or it gave a finding (a 尾差 notice or a broken identity).
 */
export type Outcome = 'held' | 'skipped' | Finding;

/**
 * Told of every comparison a rule makes and its outcome, so a caller can see which identities
 * hold as well as which break (the suspects ranking needs both). Optional: rules run without one.
 */
export type ComparisonObserver = (comparison: Comparison, outcome: Outcome) => void;

/**
 * Compares the two sides. Returns null when they agree (or when a figure is unreadable: the
 * reader already reported it and any comparison would only repeat that).
 */
export function compare(c: Comparison): Finding | null {
  const outcome = compareOutcome(c);
  return typeof outcome === 'string' ? null : outcome;
}

/** compare(), telling a held comparison from a skipped one. */
export function compareOutcome(c: Comparison): Outcome {
  const { stated, expected, rule } = c;
  const relation = c.relation ?? 'eq';
  const scanResult = scan(stated, expected);
  if (scanResult === SKIP) return 'skipped';
  if (holdsInOneUnit(scanResult, stated, expected, relation)) return 'held';
  const s = yuanOf(stated);
  const e = yuanOf(expected);
  // How far the identity is broken, in 元; ≤ 0 means it holds.
  const excess = relation === 'eq' ? s.minus(e).abs() : relation === 'le' ? s.minus(e) : e.minus(s);
  if (excess.lte(0)) return 'held';
  const unit = unitOf(stated) ?? unitOf(expected) ?? '万元';
  const bound = roundingBound(stated, expected);
  const S = describe(stated, s, unit);
  const E = describe(expected, e, unit);
  const d = `${formatIn(excess, unit)} ${unit}`;
  const base = {
    rule: rule.id as TableRuleId,
    cells: cellsOf(stated, expected),
    expected: formatIn(e, unit),
    actual: formatIn(s, unit),
    table: c.table,
  };
  if (excess.lte(bound)) {
    const b = `${formatIn(bound, '万元')} 万元`;
    const what = relation === 'eq' ? `${S} 与 ${E} 相差 ${d}` : `${S} 比 ${E} ${relation === 'le' ? '多' : '少'} ${d}`;
    return { ...base, severity: 'info', message: `${ROUNDING_NOTICE_PREFIX}${what}，在四舍五入允许的尾差 ${b}以内。` };
  }
  const note = rule.certainty === 'inferred' ? INFERRED_NOTE : '';
  const message =
    relation === 'eq'
      ? `${S} ≠ ${E}，相差 ${d}${note}`
      : relation === 'le'
        ? `${S} 大于 ${E}，多 ${d}，前者不应超过后者${note}`
        : `${S} 小于 ${E}，少 ${d}，前者不应少于后者${note}`;
  return { ...base, severity: rule.severity, message };
}

/** Runs several comparisons and keeps the findings (a generator keeps a long table's comparisons
 * from being all alive at once). */
export function compareAll(comparisons: Iterable<Comparison>, observe?: ComparisonObserver): Finding[] {
  return compareEmitted((emit) => {
    for (const c of comparisons) emit(c);
  }, observe);
}

/**
 * Comparisons handed one at a time to `emit` (the rules over long tables): each is compared as it
 * is made, in the order made, with no generator between; the one place outcomes become findings.
 */
export function compareEmitted(produce: (emit: (c: Comparison) => void) => void, observe?: ComparisonObserver): Finding[] {
  const out: Finding[] = [];
  produce((c) => {
    const outcome = compareOutcome(c);
    observe?.(c, outcome);
    if (typeof outcome !== 'string') out.push(outcome);
  });
  return out;
}
