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
  /** Cells of exactly holding equalities (a large workbook confirms some 100,000 figures). */
  private readonly confirmedCells = new CellSet();
  /** Loosely holding identities by the cells in them (same keys), in the order observed; each
   * one's Constraint is worked out when a suspect's cell first asks for it (looseAt). */
  private readonly looseCells = new Map<string, Map<number, Loose>>();
  private readonly looseOther = new Map<string, Comparison[]>();
  private lastLooseSheet: string | null = null;
  private lastLoose: Map<number, Loose> | null = null;
  private readonly constraints = new Map<Comparison, Constraint>();

  readonly observe: ComparisonObserver = (c: Comparison, outcome: Outcome) => {
    const relation = c.relation ?? 'eq';
    if (outcome === 'skipped') return;
    if (outcome === 'held' && relation === 'eq') {
      this.confirm(c.stated.plus);
      if (c.stated.minus) this.confirm(c.stated.minus);
      this.confirm(c.expected.plus);
      if (c.expected.minus) this.confirm(c.expected.minus);
      return;
    }
    if (outcome === 'held' || outcome.severity === 'info') {
      this.addLoose(c, c.stated.plus);
      if (c.stated.minus) this.addLoose(c, c.stated.minus);
      this.addLoose(c, c.expected.plus);
      if (c.expected.minus) this.addLoose(c, c.expected.minus);
      return;
    }
    this.broken.push({ ...constraintOf(c), finding: outcome });
  };

  private confirm(figures: readonly Figure[]): void {
    for (let i = 0; i < figures.length; i++) this.confirmedCells.add(figures[i].cell);
  }

  /** Files c under each of its cells once (a cell on both sides is one term of it). */
  private addLoose(c: Comparison, figures: readonly Figure[]): void {
    for (let i = 0; i < figures.length; i++) {
      const cell = figures[i].cell;
      const key = looseKey(cell);
      if (key < 0) {
        const other = cellKey(cell);
        const list = this.looseOther.get(other);
        if (!list) this.looseOther.set(other, [c]);
        else if (list[list.length - 1] !== c) list.push(c);
        continue;
      }
      const cells = this.looseSheet(cell.sheet, true) as Map<number, Loose>;
      // Most cells are in one loose identity: the comparison itself, a list from the second.
      const held = cells.get(key);
      if (held === undefined) cells.set(key, c);
      else if (Array.isArray(held)) {
        if (held[held.length - 1] !== c) held.push(c);
      } else if (held !== c) cells.set(key, [held, c]);
    }
  }

  private looseSheet(sheet: string, create: boolean): Map<number, Loose> | undefined {
    if (sheet === this.lastLooseSheet && this.lastLoose) return this.lastLoose;
    let cells = this.looseCells.get(sheet);
    if (!cells) {
      if (!create) return undefined;
      this.looseCells.set(sheet, (cells = new Map()));
    }
    this.lastLooseSheet = sheet;
    this.lastLoose = cells;
    return cells;
  }

  private looseList(cell: CellRef): readonly Comparison[] | undefined {
    const key = looseKey(cell);
    if (key < 0) return this.looseOther.get(cellKey(cell));
    const held = this.looseSheet(cell.sheet, false)?.get(key);
    return held === undefined ? undefined : Array.isArray(held) ? held : [held];
  }

  /** The loosely holding identities the cell takes part in. */
  looseAt(cell: CellRef): readonly Constraint[] {
    const list = this.looseList(cell);
    if (!list) return [];
    return list.map((c) => {
      let constraint = this.constraints.get(c);
      if (!constraint) this.constraints.set(c, (constraint = constraintOf(c)));
      return constraint;
    });
  }

  /** Whether an exactly holding equality includes the cell. */
  confirmed(cell: CellRef): boolean {
    return this.confirmedCells.has(cell);
  }
}

/**
 * A set of cells: per sheet, one bit mask per row for the first 30 columns (where the figures
 * are), row × 2^20 + column in a Set beyond them, cellKey for anything else.
 */
class CellSet {
  private readonly sheets = new Map<string, { readonly bits: number[]; readonly wide: Set<number> }>();
  private readonly other = new Set<string>();
  private lastSheet: string | null = null;
  private last: { readonly bits: number[]; readonly wide: Set<number> } | null = null;

  add(cell: CellRef): void {
    const { row, col } = cell;
    if (!isIndex(row) || !isIndex(col)) {
      this.other.add(cellKey(cell));
      return;
    }
    let sheet = this.last;
    if (cell.sheet !== this.lastSheet || sheet === null) {
      sheet = this.sheets.get(cell.sheet) ?? null;
      if (sheet === null) this.sheets.set(cell.sheet, (sheet = { bits: [], wide: new Set() }));
      this.lastSheet = cell.sheet;
      this.last = sheet;
    }
    if (col < MASK_COLUMNS) {
      const bits = sheet.bits;
      // Rows fill in order; a row first seen out of order (a total row on top) leaves holes.
      while (bits.length < row) bits.push(0);
      bits[row] = (bits[row] ?? 0) | (1 << col);
    } else sheet.wide.add(row * SPAN + col);
  }

  has(cell: CellRef): boolean {
    const { row, col } = cell;
    if (!isIndex(row) || !isIndex(col)) return this.other.has(cellKey(cell));
    const sheet = this.sheets.get(cell.sheet);
    if (!sheet) return false;
    if (col < MASK_COLUMNS) return ((sheet.bits[row] ?? 0) & (1 << col)) !== 0;
    return sheet.wide.has(row * SPAN + col);
  }
}

const MASK_COLUMNS = 30;

const SPAN = 2 ** 20;

/** A row or column a sheet can hold (Excel: 1,048,576 rows, 16,384 columns). */
function isIndex(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n < SPAN;
}

/** The loose identities of one cell: one comparison, or a list once there are two. */
type Loose = Comparison | Comparison[];

const LOOSE_COLUMNS = 1024;

/**
 * row × 1024 + col for the cells a sheet can hold in its first 1,024 columns, a small integer
 * (below 2^30) that a Map keys without a boxed number; −1 for any other (then cellKey is used).
 */
function looseKey(cell: CellRef): number {
  const { row, col } = cell;
  return isIndex(row) && Number.isInteger(col) && col >= 0 && col < LOOSE_COLUMNS ? row * LOOSE_COLUMNS + col : -1;
}
