import { CellRef } from '../grid/cellRef';
import { TableId } from '../tables/catalog';
import type { RuleId } from './rule';

export type Severity = 'error' | 'warning' | 'info';

/** The severities, most serious first: the order of every report, list and filter. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** How serious a severity is: higher is more serious (error 2, warning 1, info 0). */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 2, warning: 1, info: 0 };

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

/**
 * One problem, explained in Chinese, pointing at every cell involved (the total and its parts, or
 * the two cells compared), so the add-in can colour them and the user can go to them.
 */
export interface Finding {
  /** Rule id from a registry, e.g. "t01-income-total" (RuleId: a misspelt one does not compile). */
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly cells: readonly CellRef[];
  /** Expected and actual values, formatted in the sheet's unit, when the finding compares figures. */
  readonly expected?: string;
  readonly actual?: string;
  /** The cited cell most likely wrong (see core/suspects): `expected` and `actual` are its values;
   * the other cited cells are context. */
  readonly suspect?: CellRef;
  /** The table the finding is about, for grouping. */
  readonly table?: TableId;
  /** For findings about the 说明: offsets into the text as read (JavaScript string indices)
   * covering the wrong figure or clause, and the quoted text. */
  readonly narrative?: NarrativeSpan;
  /** 已说明: the user's note on a warning, kept in the workbook (findings/explanations.ts). Only
   * warnings carry it; an explained warning is not counted among the open ones. */
  readonly explained?: FindingExplanation;
}

export interface FindingExplanation {
  readonly note: string;
  /** Who explained it, as typed ('' when not given). */
  readonly by: string;
  /** When, ISO 8601. */
  readonly at: string;
}

export interface NarrativeSpan {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  /** The clause around the quote (at most 60 characters), so the finding reads on its own. */
  readonly context?: string;
  /** Where a person finds it in Word: 五（三）第2项, 七（二）, 二 (the section path). */
  readonly place?: string;
}
