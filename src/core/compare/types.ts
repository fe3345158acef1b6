import type { JsonFinding } from '../report/json';
import type { TableId } from '../tables/catalog';

/** One figure of a table whose value differs between the two versions (or that only one has). */
export interface CellChange {
  readonly table: TableId;
  /** "2010301 行政运行", "本年收入合计", "公务接待费". */
  readonly row: string;
  /** The column as printed ("本年支出/基本支出"), "预算数"/"决算数" for 三公. */
  readonly column: string;
  /** Where the figure is in the new version (in the old one when the new version has no such figure). */
  readonly sheet: string;
  readonly address: string;
  /** As read, in the table's unit (with the unit, "1,889.05万元", when the two versions print the
   * table in different units); null: the version has no such figure (a row added or removed). */
  readonly old: string | null;
  readonly new: string | null;
}

/** Errors and warnings of the two versions, matched by rule, cells and figures. */
export interface FindingChanges {
  /** In the old version only. */
  readonly fixed: readonly JsonFinding[];
  /** In both (new version's wording). */
  readonly remaining: readonly JsonFinding[];
  /** In the new version only. */
  readonly added: readonly JsonFinding[];
  /** Warnings of the new version marked 已说明 (answered, so in none of the lists above). */
  readonly explained: readonly JsonFinding[];
}

export interface ChangeCounts {
  readonly changedCells: number;
  readonly fixed: number;
  readonly remaining: number;
  readonly added: number;
  /** Warnings of the new version marked 已说明 (optional: batch's --previous builds counts too). */
  readonly explained?: number;
}

/** A table whose 金额单位 changed: its figures are compared by amount (in 元), not by digits. */
export interface UnitChange {
  readonly table: TableId;
  readonly old: string;
  readonly new: string;
}

export interface VersionComparison extends FindingChanges {
  readonly cells: readonly CellChange[];
  readonly units: readonly UnitChange[];
  readonly counts: ChangeCounts;
}
