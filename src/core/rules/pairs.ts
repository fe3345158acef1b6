import { ClassRow, CodedTable, Figure } from '../model/types';
import { classLabel } from './labels';

/** Figures of one printed row, by column key. */
export type RowValues = Readonly<Record<string, Figure>>;

/** One row matched across two tables by code: either side may be absent (not printed). */
export interface RowPair {
  readonly label: string;
  readonly a?: RowValues;
  readonly b?: RowValues;
}

export interface Keyed {
  readonly key: string;
  readonly label: string;
  readonly values: RowValues;
}

export function keyedRows(rows: readonly ClassRow[], filter: (r: ClassRow) => boolean = () => true): Keyed[] {
  return rows.filter(filter).map((r) => ({ key: r.code, label: classLabel(r), values: r.values }));
}

/**
 * Matches rows by key, in the order of `a` then the rows only `b` prints. The first row wins
 * when a key repeats. A row only one table prints is compared with zero.
 */
export function pairByKey(a: readonly Keyed[], b: readonly Keyed[]): RowPair[] {
  const bByKey = new Map<string, Keyed>();
  for (const r of b) if (!bByKey.has(r.key)) bByKey.set(r.key, r);
  const seen = new Set<string>();
  const out: RowPair[] = [];
  for (const r of a) {
    if (seen.has(r.key)) continue;
    seen.add(r.key);
    out.push({ label: r.label, a: r.values, b: bByKey.get(r.key)?.values });
  }
  for (const r of b) {
    if (seen.has(r.key)) continue;
    seen.add(r.key);
    out.push({ label: r.label, b: r.values });
  }
  return out;
}

/**
 * The 合计 rows and every class row of two coded tables, matched by code. The 合计 rows pair only
 * when each table prints one (or is an empty frame): a missing 合计 is not zero, and the rules
 * that read it name it as missing (their `totals`).
 */
export function pairCodedRows(a: CodedTable, b: CodedTable): RowPair[] {
  const out: RowPair[] = [];
  if ((a.total || b.total) && (a.total || a.empty) && (b.total || b.empty)) out.push({ label: '合计', a: a.total?.values, b: b.total?.values });
  return [...out, ...pairByKey(keyedRows(a.rows), keyedRows(b.rows))];
}
