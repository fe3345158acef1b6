import Decimal from 'decimal.js';
import { parseAmount } from '../../../../src/core/amount/parse';
import { CellRef } from '../../../../src/core/grid/cellRef';
import { CellValue, Grid } from '../../../../src/core/grid/types';
import { readWorkbook } from '../../../../src/core/model/readWorkbook';
import { runRules } from '../../../../src/core/rules';
import { TableId } from '../../../../src/core/tables/catalog';
import { buildWorkbook, LayoutOptions, UnitDescription } from '../../../fixtures/generator';

/**
 * Single-typo workbooks: a workbook from the fixture generator with one amount retyped the way
 * accountants slip. The typo kinds are those the acceptance criterion of issue 13 names.
 */
export type PlantedTypo = 'transposition' | 'dropped' | 'extra' | 'changed' | 'decimal';
export const PLANTED_TYPOS: readonly PlantedTypo[] = ['transposition', 'dropped', 'extra', 'changed', 'decimal'];

/** A small deterministic generator (the cases must be the same on every run). */
export function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

/** How the figure is typed: two decimals at most, trailing zeros left off ("622.5", "6225200"). */
function typed(v: Decimal): string {
  return v.toFixed(2).replace(/\.?0+$/, '');
}

function digitPositions(s: string): number[] {
  return [...s].map((ch, i) => (ch >= '0' && ch <= '9' ? i : -1)).filter((i) => i >= 0);
}

/**
 * The value typed with one slip, or null when this figure cannot take this slip (a transposition
 * needs two different adjacent digits). The result always differs from the figure.
 */
export function mistype(v: Decimal, kind: PlantedTypo, random: () => number): Decimal | null {
  const s = typed(v);
  const digits = digitPositions(s);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const read = (t: string): Decimal | null => {
    if (!/\d/.test(t)) return null;
    const x = new Decimal(t.startsWith('.') ? `0${t}` : t.endsWith('.') ? t.slice(0, -1) : t);
    return x.eq(v) || x.isZero() ? null : x;
  };
  for (let attempt = 0; attempt < 20; attempt++) {
    let out: Decimal | null = null;
    switch (kind) {
      case 'transposition': {
        const pairs = digits.filter((i) => s[i + 1] !== undefined && s[i + 1] !== '.' && s[i] !== s[i + 1]);
        if (pairs.length === 0) return null;
        const i = pick(pairs);
        out = read(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
        break;
      }
      case 'dropped': {
        if (digits.length < 2) return null;
        const i = pick(digits);
        out = read(s.slice(0, i) + s.slice(i + 1));
        break;
      }
      case 'extra': {
        const i = Math.floor(random() * (s.length + 1));
        const t = s.slice(0, i) + String(Math.floor(random() * 10)) + s.slice(i);
        // A digit typed after the second decimal would not show in a two-decimal cell.
        out = /\.\d{3}/.test(t) ? null : read(t);
        break;
      }
      case 'changed': {
        const i = pick(digits);
        const d = (Number(s[i]) + 1 + Math.floor(random() * 9)) % 10;
        out = read(s.slice(0, i) + String(d) + s.slice(i + 1));
        break;
      }
      case 'decimal':
        out = random() < 0.5 ? v.times(10) : v.dividedBy(10);
        break;
    }
    if (out) return out;
  }
  return null;
}

function setCell(grids: readonly Grid[], cell: CellRef, value: CellValue): Grid[] {
  return grids.map((g) => {
    if (g.name !== cell.sheet) return g;
    const rows = g.rows.map((r) => r.slice());
    while (rows[cell.row].length <= cell.col) rows[cell.row].push(null);
    rows[cell.row][cell.col] = value;
    return { ...g, rows };
  });
}

export interface TypoCase {
  readonly name: string;
  readonly table: TableId;
  readonly kind: PlantedTypo;
  readonly cell: CellRef;
  readonly printed: Decimal;
  readonly intended: Decimal;
  readonly grids: Grid[];
  readonly profile: LayoutOptions['profile'];
}

/**
 * The cells a typo can be seen in: every nonzero figure some identity of the clean workbook
 * compares, by table, in sheet order.
 */
export function comparedCells(grids: readonly Grid[], profile: LayoutOptions['profile']): Map<TableId, { cell: CellRef; value: Decimal }[]> {
  const model = readWorkbook(grids, { profile }).model;
  const tableOf = new Map(model.placements.map((p) => [p.sheet, p.id]));
  const out = new Map<TableId, { cell: CellRef; value: Decimal }[]>();
  const seen = new Set<string>();
  runRules(model, {
    observe: (c) => {
      for (const side of [c.stated, c.expected]) {
        for (const f of [...side.plus, ...(side.minus ?? [])]) {
          const key = `${f.cell.sheet}!${f.cell.row},${f.cell.col}`;
          if (f.value.isZero() || seen.has(key)) continue;
          seen.add(key);
          const id = tableOf.get(f.cell.sheet);
          if (!id) continue;
          if (!out.has(id)) out.set(id, []);
          out.get(id)!.push({ cell: f.cell, value: f.value });
        }
      }
    },
  });
  for (const list of out.values()) list.sort((a, b) => a.cell.row - b.cell.row || a.cell.col - b.cell.col);
  return out;
}

/**
 * `perTable` cells of every table (evenly spread over its compared cells: totals, 类, 款, 项 and
 * their columns), each mistyped once with every kind, in one generated workbook.
 */
export function typoCases(unit: UnitDescription, layout: Partial<LayoutOptions>, perTable: number, seed: number): TypoCase[] {
  const wb = buildWorkbook(unit, layout);
  const profile = layout.profile ?? 'sichuan-13';
  const random = prng(seed);
  const cases: TypoCase[] = [];
  for (const [table, cells] of comparedCells(wb.grids, profile)) {
    const n = Math.min(perTable, cells.length);
    for (let k = 0; k < n; k++) {
      const { cell, value } = cells[Math.floor(((k + 0.5) * cells.length) / n)];
      for (const kind of PLANTED_TYPOS) {
        const printed = mistype(value, kind, random);
        if (!printed) continue;
        const original = wb.grids.find((g) => g.name === cell.sheet)!.rows[cell.row][cell.col];
        // Keep the cell's own form: a number stays a number.
        const asPrinted: CellValue = typeof original === 'number' ? printed.toNumber() : printed.toFixed();
        if (parseAmount(asPrinted).kind !== 'amount') continue;
        cases.push({
          name: `${table} ${cell.sheet}!R${cell.row + 1}C${cell.col + 1} ${value.toFixed()}→${printed.toFixed()} (${kind})`,
          table,
          kind,
          cell,
          printed,
          intended: value,
          grids: setCell(wb.grids, cell, asPrinted),
          profile,
        });
      }
    }
  }
  return cases;
}
