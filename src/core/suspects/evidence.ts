import Decimal from 'decimal.js';
import { toYuan } from '../amount/units';
import { CellRef } from '../grid/cellRef';
import { Finding } from '../findings/types';
import { Figure } from '../model/types';
import { Comparison, ComparisonObserver, Outcome, roundingBound } from '../rules/compare';

/** A cell's figure in one broken identity and how the identity's difference depends on it. */
export interface Term {
  readonly figure: Figure;
  /** +1 or −1 (or more, when the cell is added twice): stated − expected changes by this many times the figure. */
  readonly coefficient: number;
  /** On the stated side: the figure the finding is written about (a total, or the left of an equality). */
  readonly stated: boolean;
}

/** An identity as the ranking sees it: its figures, how far it is off and its allowance. */
export interface Constraint {
  readonly comparison: Comparison;
  readonly terms: readonly Term[];
  /** stated − expected, in 元. */
  readonly difference: Decimal;
  /** The rounding allowance of the identity, in 元. */
  readonly bound: Decimal;
}

/** One identity that did not hold beyond rounding (an error or a warning). */
export interface Broken extends Constraint {
  readonly finding: Finding;
}

export function cellKey(cell: CellRef): string {
  return `${cell.sheet}\u0000${cell.row}\u0000${cell.col}`;
}

function termsOf(c: Comparison): Term[] {
  const byKey = new Map<string, { figure: Figure; coefficient: number; stated: boolean }>();
  const add = (figures: readonly Figure[] | undefined, sign: number, stated: boolean) => {
    for (const figure of figures ?? []) {
      const key = cellKey(figure.cell);
      const t = byKey.get(key);
      if (t) {
        t.coefficient += sign;
        t.stated ||= stated;
      } else byKey.set(key, { figure, coefficient: sign, stated });
    }
  };
  add(c.stated.plus, 1, true);
  add(c.stated.minus, -1, true);
  add(c.expected.plus, -1, false);
  add(c.expected.minus, 1, false);
  return [...byKey.values()];
}

function yuan(figures: readonly Figure[] | undefined): Decimal {
  let total = new Decimal(0);
  for (const f of figures ?? []) total = total.plus(toYuan(f.value, f.unit));
  return total;
}

function constraintOf(c: Comparison): Constraint {
  const difference = yuan(c.stated.plus).minus(yuan(c.stated.minus)).minus(yuan(c.expected.plus)).plus(yuan(c.expected.minus));
  return { comparison: c, terms: termsOf(c), difference, bound: roundingBound(c.stated, c.expected) };
}

/**
 * What the suspects ranking learns from a rules run: the identities that broke, with their
 * figures; the cells some exactly holding equality confirms; and the identities that hold only
 * loosely (an inequality, a 尾差 within its allowance), which confirm nothing (a wrong figure can
 * still be below its bound, a small slip can hide in a wide allowance) but which a correction
 * must not break. Pass `observe` to runRules.
 */
export class Evidence {
  readonly broken: Broken[] = [];
  private readonly confirmedFigures = new Set<Figure>();
  private confirmedKeys: Set<string> | null = null;
  /** Loosely holding identities by the cells in them. */
  private readonly loose = new Map<string, Constraint[]>();

  readonly observe: ComparisonObserver = (c: Comparison, outcome: Outcome) => {
    const relation = c.relation ?? 'eq';
    if (outcome === 'skipped') return;
    if (outcome === 'held' && relation === 'eq') {
      for (const f of c.stated.plus) this.confirmedFigures.add(f);
      for (const f of c.stated.minus ?? []) this.confirmedFigures.add(f);
      for (const f of c.expected.plus) this.confirmedFigures.add(f);
      for (const f of c.expected.minus ?? []) this.confirmedFigures.add(f);
      this.confirmedKeys = null;
      return;
    }
    if (outcome === 'held' || outcome.severity === 'info') {
      const loose = constraintOf(c);
      for (const t of loose.terms) {
        const key = cellKey(t.figure.cell);
        const list = this.loose.get(key);
        if (list) list.push(loose);
        else this.loose.set(key, [loose]);
      }
      return;
    }
    this.broken.push({ ...constraintOf(c), finding: outcome });
  };

  /** The loosely holding identities the cell takes part in. */
  looseAt(cell: CellRef): readonly Constraint[] {
    return this.loose.get(cellKey(cell)) ?? [];
  }

  /** Whether an exactly holding equality includes the cell. */
  confirmed(cell: CellRef): boolean {
    if (!this.confirmedKeys) {
      this.confirmedKeys = new Set();
      for (const f of this.confirmedFigures) this.confirmedKeys.add(cellKey(f.cell));
    }
    return this.confirmedKeys.has(cellKey(cell));
  }
}
