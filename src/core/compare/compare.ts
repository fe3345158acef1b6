import type { JsonFinding } from '../report/json';
import { toYuan } from '../amount/units';
import { Figure, WorkbookModel } from '../model/types';
import { figureAddress, figureText, labelledFigures, LabelledFigure } from './figures';
import { CellChange, UnitChange, VersionComparison } from './types';

/** One version of a workbook as compare needs it: its model and its findings (as in the JSON report). */
export interface Version {
  readonly model: WorkbookModel;
  readonly findings: readonly JsonFinding[];
}

/**
 * What changed between two versions of one unit's workbook (a resubmission): the table figures
 * whose values differ, and the errors and warnings fixed, remaining and new. Figures are paired
 * by table, row label and column (not by cell address), so a row inserted above does not make
 * every figure below it "changed"; findings by rule, cells (through the same pairing) and figures.
 * 尾差 notices and other 提示 are not compared.
 */
export function compareVersions(older: Version, newer: Version): VersionComparison {
  const oldFigures = labelledFigures(older.model);
  const newFigures = labelledFigures(newer.model);
  const cells = changedCells(oldFigures, newFigures);
  const findings = matchFindings(older, oldFigures, newer, newFigures);
  return {
    cells,
    units: unitChanges(older.model, newer.model),
    ...findings,
    counts: { changedCells: cells.length, fixed: findings.fixed.length, remaining: findings.remaining.length, added: findings.added.length, ...(findings.explained.length > 0 ? { explained: findings.explained.length } : {}) },
  };
}

function changedCells(oldFigures: readonly LabelledFigure[], newFigures: readonly LabelledFigure[]): CellChange[] {
  const oldByKey = new Map(oldFigures.map((f) => [f.key, f]));
  const out: CellChange[] = [];
  const seen = new Set<string>();
  for (const n of newFigures) {
    seen.add(n.key);
    const o = oldByKey.get(n.key);
    if (o && sameAmount(o.figure, n.figure)) continue;
    // Restated in another unit: each side says its unit, or 1,889.05 → 18,890,600.00 reads as a 10,000-fold change.
    const unitsDiffer = o !== undefined && o.figure.unit !== n.figure.unit;
    const now = withUnit(n.figure, unitsDiffer);
    const before = o ? withUnit(o.figure, unitsDiffer) : null;
    // A row the old version did not print, left blank or zero, changes nothing a reviewer asked for.
    if (before === null && !n.figure.invalid && n.figure.value.isZero()) continue;
    out.push({ table: n.table, row: n.row, column: n.column, ...figureAddress(n.figure), old: before, new: now });
  }
  for (const o of oldFigures) {
    if (seen.has(o.key) || (!o.figure.invalid && o.figure.value.isZero())) continue;
    out.push({ table: o.table, row: o.row, column: o.column, ...figureAddress(o.figure), old: figureText(o.figure), new: null });
  }
  return out;
}

function withUnit(f: Figure, say: boolean): string {
  return say && f.invalid === undefined ? `${figureText(f)}${f.unit}` : figureText(f);
}

/** The same amount, whatever the unit it is printed in (a table restated from 万元 to 元 is not a change of its figures). */
function sameAmount(a: Figure, b: Figure): boolean {
  if (a.invalid !== undefined || b.invalid !== undefined) return a.invalid === b.invalid;
  return toYuan(a.value, a.unit).eq(toYuan(b.value, b.unit));
}

function unitChanges(older: WorkbookModel, newer: WorkbookModel): UnitChange[] {
  return newer.placements.flatMap((p) => {
    const o = older.placements.find((x) => x.id === p.id);
    return o && o.unit !== p.unit ? [{ table: p.id, old: o.unit, new: p.unit }] : [];
  });
}

/** Errors and warnings only: a 尾差 notice is not something a unit is asked to fix. */
function problems(findings: readonly JsonFinding[]): JsonFinding[] {
  return findings.filter((f) => f.severity !== 'info');
}

function matchFindings(older: Version, oldFigures: readonly LabelledFigure[], newer: Version, newFigures: readonly LabelledFigure[]) {
  const oldCell = cellNamer(oldFigures);
  const newCell = cellNamer(newFigures);
  const oldList = problems(older.findings);
  const newList = problems(newer.findings);
  const where = (f: JsonFinding, name: (sheet: string, address: string) => string) =>
    [f.rule, ...f.cells.map((c) => name(c.sheet, c.address)), f.narrative ? `说明:${f.narrative.quote}` : ''].join('\u0001');
  const exact = (f: JsonFinding, name: (sheet: string, address: string) => string) => [where(f, name), f.actual ?? '', f.expected ?? ''].join('\u0002');

  const matchedOld = new Set<number>();
  const matchedNew = new Set<number>();
  // First the same rule, cells and figures; then the same rule and cells whose figures moved
  // (part of a sum corrected, the total still wrong): the problem remains.
  for (const key of [exact, where]) {
    const pool = new Map<string, number[]>();
    oldList.forEach((f, i) => {
      if (matchedOld.has(i)) return;
      const k = key(f, oldCell);
      pool.set(k, [...(pool.get(k) ?? []), i]);
    });
    newList.forEach((f, j) => {
      if (matchedNew.has(j)) return;
      const candidates = pool.get(key(f, newCell));
      const i = candidates?.shift();
      if (i === undefined) return;
      matchedOld.add(i);
      matchedNew.add(j);
    });
  }
  // A warning the unit explained (已说明) is answered, not open: it is neither remaining nor new,
  // and one explained before and gone now was not an open problem to fix.
  const open = (f: JsonFinding) => f.explained === undefined;
  return {
    fixed: oldList.filter((f, i) => !matchedOld.has(i) && open(f)),
    remaining: newList.filter((f, j) => matchedNew.has(j) && open(f)),
    added: newList.filter((f, j) => !matchedNew.has(j) && open(f)),
    explained: newList.filter((f) => !open(f)),
  };
}

/** A cited cell by the figure it holds (table|row|column) when it holds one, else by its address. */
function cellNamer(figures: readonly LabelledFigure[]): (sheet: string, address: string) => string {
  const byCell = new Map<string, string>();
  for (const f of figures) {
    const a = figureAddress(f.figure);
    byCell.set(`${a.sheet}!${a.address}`, f.key);
  }
  return (sheet, address) => byCell.get(`${sheet}!${address}`) ?? `${sheet}!${address}`;
}
