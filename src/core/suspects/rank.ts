import Decimal from 'decimal.js';
import { fromYuan, toYuan, Unit } from '../amount/units';
import { Figure } from '../model/types';
import { Broken, cellKey, Constraint, Evidence } from './evidence';
import { likeliestTypo, Typo, TypoKind, TYPO_LABEL } from './typos';

/**
 * Which cells are most likely wrong, from the identities that broke and those that held.
 *
 * Greedy cover, as an accountant reasons: take the cell that takes part in the most broken
 * identities still unexplained, leaving out cells an exactly holding equality confirms (a total
 * that agrees with another table is not the culprit); among cells that explain equally many,
 * prefer one whose corrected value is a typical slip of the printed one (likeliest slip first),
 * then the stated figure of the identity (the total, when nothing tells the parts apart). Then
 * drop the identities that cell explains and repeat. Across tables this picks the figure that
 * disagrees with the tables that agree with one another: they confirm each other, it does not.
 * Cells that explain the same identities just as well by a slip are kept as alternatives.
 */
export interface RankedSuspect {
  readonly figure: Figure;
  /** The value that makes every identity it explains hold, where one value does (in the figure's unit). */
  readonly expected?: Decimal;
  readonly typo?: TypoKind;
  readonly reason: string;
  /** The broken identities it explains. */
  readonly broken: readonly Broken[];
  /** For an alternative: the suspect it is an alternative to (same identities, also a slip). */
  readonly alternativeTo?: RankedSuspect;
}

/** Weight of a slip that makes the identities hold only within their rounding allowance. */
const INEXACT = 0.1;

/** At most this many alternatives per suspect: the list stays a short list. */
const MAX_ALTERNATIVES = 2;

/** ...except that the list is never cut inside a tie: a cell exactly as likely as the last one
 * shown is shown too (up to this many alternatives). Hiding one of two equally likely slips would
 * make the list look surer than it is. */
const MAX_ALTERNATIVES_IN_A_TIE = 5;

interface Candidate {
  readonly figure: Figure;
  readonly key: string;
  /** Indices into evidence.broken, ascending. */
  readonly broken: number[];
  readonly confirmed: boolean;
  /** First seen: a stable tie-break in finding order. */
  readonly order: number;
}

interface Evaluation {
  readonly candidate: Candidate;
  readonly cover: readonly number[];
  readonly consistent: boolean;
  readonly typo: Typo | null;
  /** δ in 元 that makes the equalities of the cover hold, from the one with the smallest allowance. */
  readonly delta?: Decimal;
  readonly stated: boolean;
}

/** Interval of changes (in 元) of one cell that make an identity hold within its allowance. */
interface Range {
  lo: Decimal | null;
  hi: Decimal | null;
}

function coefficientOf(b: Constraint, key: string): { coefficient: number; stated: boolean } | undefined {
  for (const t of b.terms) if (cellKey(t.figure.cell) === key) return t;
  return undefined;
}

/**
 * The change δ (元) of the cell with coefficient a that the identity admits: the difference D
 * becomes D + aδ, which must be within ±bound (eq), ≤ bound (le) or ≥ −bound (ge).
 */
function admitted(b: Constraint, a: number): Range {
  const relation = b.comparison.relation ?? 'eq';
  const lo = b.bound.negated().minus(b.difference).dividedBy(a);
  const hi = b.bound.minus(b.difference).dividedBy(a);
  const [min, max] = lo.lte(hi) ? [lo, hi] : [hi, lo];
  if (relation === 'eq') return { lo: min, hi: max };
  // le: D + aδ ≤ bound; ge: D + aδ ≥ −bound.
  const limit = relation === 'le' ? hi : lo;
  const upper = (relation === 'le') === a > 0;
  return upper ? { lo: null, hi: limit } : { lo: limit, hi: null };
}

function intersect(a: Range, b: Range): Range {
  const lo = a.lo === null ? b.lo : b.lo === null ? a.lo : Decimal.max(a.lo, b.lo);
  const hi = a.hi === null ? b.hi : b.hi === null ? a.hi : Decimal.min(a.hi, b.hi);
  return { lo, hi };
}

function inRange(r: Range, v: Decimal): boolean {
  return (r.lo === null || v.gte(r.lo)) && (r.hi === null || v.lte(r.hi));
}

function evaluate(evidence: Evidence, c: Candidate, cover: readonly number[]): Evaluation {
  let range: Range = { lo: null, hi: null };
  const exact: Decimal[] = [];
  let best: { delta: Decimal; bound: Decimal } | undefined;
  let stated = false;
  for (const j of cover) {
    const b = evidence.broken[j];
    const t = coefficientOf(b, c.key)!;
    stated ||= t.stated;
    range = intersect(range, admitted(b, t.coefficient));
    if ((b.comparison.relation ?? 'eq') === 'eq') {
      const delta = b.difference.negated().dividedBy(t.coefficient);
      exact.push(delta);
      if (!best || b.bound.lt(best.bound)) best = { delta, bound: b.bound };
    }
  }
  // A correction must not break what holds: an inequality that is met, a 尾差 within its allowance.
  for (const held of evidence.looseAt(c.figure.cell)) {
    const t = coefficientOf(held, c.key);
    if (t && t.coefficient !== 0) range = intersect(range, admitted(held, t.coefficient));
  }
  const consistent = range.lo === null || range.hi === null || range.lo.lte(range.hi);
  const { value, unit } = c.figure;
  const printedYuan = toYuan(value, unit);
  // A slip is only looked for where equalities pin the intended value down; an inequality alone
  // admits too many values for a slip to mean anything. A slip that undoes the difference only
  // within the rounding allowance counts far less than an exact one: in a wide sum nearly any
  // figure has some digit whose change comes that close.
  // Where the equalities agree on one value, only a slip that gives exactly that value counts
  // (5.00 for 5.91 is not 5.9 with a digit dropped); only where rounding makes them disagree
  // does a slip within the allowance count, and then for less.
  const pinned = exact.length > 0 && exact.every((d) => d.eq(exact[0]));
  const typo =
    consistent && exact.length > 0
      ? likeliestTypo(value, (intended) => {
          const delta = toYuan(intended, unit).minus(printedYuan);
          if (!inRange(range, delta)) return 0;
          if (exact.every((d) => d.eq(delta))) return 1;
          return pinned ? 0 : INEXACT;
        })
      : null;
  const delta = consistent && best && inRange(range, best.delta) ? best.delta : undefined;
  return { candidate: c, cover, consistent, typo, delta, stated };
}

/** Better first: consistent, then the likelier slip, then the stated figure, then a printed (non-blank) one, then finding order. */
function better(a: Evaluation, b: Evaluation): number {
  if (a.consistent !== b.consistent) return a.consistent ? -1 : 1;
  const la = a.typo?.likelihood ?? 0;
  const lb = b.typo?.likelihood ?? 0;
  if (la !== lb) return lb - la;
  if (a.stated !== b.stated) return a.stated ? -1 : 1;
  const za = a.candidate.figure.value.isZero();
  const zb = b.candidate.figure.value.isZero();
  if (za !== zb) return za ? 1 : -1;
  return a.candidate.order - b.candidate.order;
}

/** Nothing but finding order tells them apart (see better). */
function equallyLikely(a: Evaluation, b: Evaluation): boolean {
  return (
    a.consistent === b.consistent &&
    (a.typo?.likelihood ?? 0) === (b.typo?.likelihood ?? 0) &&
    a.stated === b.stated &&
    a.candidate.figure.value.isZero() === b.candidate.figure.value.isZero()
  );
}

function candidatesOf(evidence: Evidence): Candidate[] {
  const byKey = new Map<string, Candidate>();
  evidence.broken.forEach((b, j) => {
    for (const t of b.terms) {
      if (t.coefficient === 0) continue;
      const key = cellKey(t.figure.cell);
      let c = byKey.get(key);
      if (!c) {
        c = { figure: t.figure, key, broken: [], confirmed: evidence.confirmed(t.figure.cell), order: byKey.size };
        byKey.set(key, c);
      }
      c.broken.push(j);
    }
  });
  return [...byKey.values()];
}

function reasonOf(e: Evaluation, evidence: Evidence): string {
  if (e.typo) return TYPO_LABEL[e.typo.kind];
  if (e.cover.length > 1) return `所在的 ${e.cover.length} 个勾稽关系均不成立`;
  const b = evidence.broken[e.cover[0]];
  const others = b.terms.filter((t) => cellKey(t.figure.cell) !== e.candidate.key);
  if (others.length > 0 && others.every((t) => evidence.confirmed(t.figure.cell))) return '同一勾稽关系中的其他数字均已由成立的勾稽关系印证';
  return `“${b.comparison.rule.title}”不成立`;
}

function expectedOf(e: Evaluation, unit: Unit, value: Decimal): Decimal | undefined {
  if (e.typo) return e.typo.intended;
  if (e.delta === undefined) return undefined;
  return fromYuan(toYuan(value, unit).plus(e.delta), unit);
}

function toSuspect(e: Evaluation, evidence: Evidence, alternativeTo?: RankedSuspect): RankedSuspect {
  const { figure } = e.candidate;
  return {
    figure,
    expected: expectedOf(e, figure.unit, figure.value),
    typo: e.typo?.kind,
    reason: reasonOf(e, evidence),
    broken: e.cover.map((j) => evidence.broken[j]),
    alternativeTo,
  };
}

/** The suspects, most likely first: every cell chosen by the cover, then their alternatives.
 * `explained`: broken identities some other suspect accounts for. */
export function rankSuspects(evidence: Evidence, explained: ReadonlySet<Broken> = new Set()): RankedSuspect[] {
  const candidates = candidatesOf(evidence);
  // Identities already explained elsewhere (a table in the wrong unit) are left out of the cover.
  const remaining = new Set(evidence.broken.map((_, j) => j).filter((j) => !explained.has(evidence.broken[j])));
  const chosen = new Set<string>();
  const primaries: RankedSuspect[] = [];
  const alternatives: RankedSuspect[] = [];
  while (remaining.size > 0) {
    const touching = candidates.filter((c) => !chosen.has(c.key) && c.broken.some((j) => remaining.has(j)));
    if (touching.length === 0) break;
    const unconfirmed = touching.filter((c) => !c.confirmed);
    const pool = unconfirmed.length > 0 ? unconfirmed : touching;
    const covers = pool.map((c) => c.broken.filter((j) => remaining.has(j)));
    const most = Math.max(...covers.map((cv) => cv.length));
    const tied = pool
      .map((c, i) => ({ c, cover: covers[i] }))
      .filter((x) => x.cover.length === most)
      .map((x) => evaluate(evidence, x.c, x.cover))
      .sort(better);
    const top = tied[0];
    const suspect = toSuspect(top, evidence);
    primaries.push(suspect);
    chosen.add(top.candidate.key);
    for (const j of top.cover) remaining.delete(j);
    const sameCover = (e: Evaluation) => e.cover.length === top.cover.length && e.cover.every((j, i) => j === top.cover[i]);
    const others = tied.slice(1).filter((e) => e.consistent && e.typo && sameCover(e));
    let shown = Math.min(MAX_ALTERNATIVES, others.length);
    while (shown > 0 && shown < Math.min(others.length, MAX_ALTERNATIVES_IN_A_TIE) && equallyLikely(others[shown], others[shown - 1])) shown++;
    for (const alt of others.slice(0, shown)) {
      alternatives.push(toSuspect(alt, evidence, suspect));
    }
  }
  const primaryKeys = new Set(primaries.map((s) => cellKey(s.figure.cell)));
  return [...primaries, ...alternatives.filter((a) => !primaryKeys.has(cellKey(a.figure.cell)))];
}
