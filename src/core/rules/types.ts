import { Finding, Severity } from '../findings/types';
import type { RuleMeta } from '../findings/rule';
import type { NotRunReason, RuleCheck } from './coverage';
import type { ComparisonObserver } from './compare';
import { WorkbookModel } from '../model/types';
import { Profile, TableId } from '../tables/catalog';
import type { TableRuleId } from './registry';
import type { TotalNeed } from './totalRows';

export type { Certainty, RuleMeta } from '../findings/rule';

/** A table rule's metadata: the shared RuleMeta and what a table identity adds. */
export interface TableRuleMeta<I extends string = string> extends RuleMeta<I> {
  /** The tables.md §4 statement it implements, e.g. "T01: 本年收入合计 = Σ 一…八". */
  readonly identity: string;
  /** Tables the rule reads; the rule runs only when the profile has all of them. */
  readonly tables: readonly TableId[];
  /** Restrict to some profiles (otherwise decided by `tables`). */
  readonly profiles?: readonly Profile[];
  /** Compares with last year's workbook: runs (and counts in the coverage) only when one is given. */
  readonly acrossYears?: true;
  /**
   * Total rows the identity reads (合计, 人员经费合计, 本年收入合计 …; rules/totalRows.ts). When a
   * table lacks one, the identity is not run and the read-missing-rows warning names it, instead of
   * comparing with zero or passing silently.
   */
  readonly totals?: readonly TotalNeed[];
  /** With `totals`: the identity also compares other rows (类 with their 款 …) and still runs on
   * those; the warning names it as checked only in part. */
  readonly partialWithoutTotals?: true;
}

export interface RuleContext {
  readonly model: WorkbookModel;
  /** Last year's workbook, when the user gave one (rules/acrossYears.ts). */
  readonly prior?: WorkbookModel;
  /** Passed on to compareAll: told of every comparison and whether it held. */
  readonly observe?: ComparisonObserver;
  /** Told when the rule cannot run on this model (rows it needs are missing); see coverage.ts. */
  readonly notRun?: (why: NotRunReason) => void;
}

export interface Rule<I extends string = string> extends TableRuleMeta<I> {
  check(ctx: RuleContext): Finding[];
}

export interface RunOptions {
  /** Run only these rule ids. */
  readonly only?: readonly TableRuleId[];
  /** Skip these rule ids. */
  readonly exclude?: readonly TableRuleId[];
  /** Told of every comparison the rules make and its outcome (held, skipped or the finding). */
  readonly observe?: ComparisonObserver;
  /** Receives one entry per rule that applies to the profile: passed, failed or not run. */
  readonly coverage?: RuleCheck[];
  /** Last year's workbook: the across-years rules run only with it. */
  readonly prior?: WorkbookModel;
}

export interface RuleDef<I extends string = string> extends Omit<TableRuleMeta<I>, 'severity'> {
  readonly severity?: Severity;
  /** Gets the finished rule itself, so comparisons can tag findings with its id and severity. */
  check(ctx: RuleContext, self: TableRuleMeta<I>): Finding[];
}

/** Fills in the default severity from the certainty: certain → error, inferred → warning. The id's
 * literal type is kept, so the registry knows every id (TableRuleId). */
export function defineRule<I extends string>(def: RuleDef<I>): Rule<I> {
  const { check, ...meta } = def;
  const rule: Rule<I> = {
    ...meta,
    severity: def.severity ?? (def.certainty === 'certain' ? 'error' : 'warning'),
    check: (ctx) => check(ctx, rule),
  };
  return rule;
}
