import { Finding, Severity } from '../findings/types';
import type { NotRunReason, RuleCheck } from './coverage';
import type { ComparisonObserver } from './compare';
import { WorkbookModel } from '../model/types';
import { Profile, TableId } from '../tables/catalog';
import type { TableRuleId } from './registry';
import type { TotalNeed } from './totalRows';

/**
 * Whether an identity held on real published tables ("certain": a break is an error) or is
 * only expected to hold ("inferred": a break is a warning and the message says so).
 * tables.md §4 decides which is which.
 */
export type Certainty = 'certain' | 'inferred';

/** What docs/rules.md shows for a rule, and what every finding of the rule is tagged with. */
export interface RuleMeta<I extends string = string> {
  /**
   * Stable id, kebab-case, e.g. "t01-income-total", written as a literal where the rule is defined
   * (users' JSON and saved explanations hold it). Findings carry it; TableRuleId is their union.
   */
  readonly id: I;
  /** Short Chinese title. */
  readonly title: string;
  /** Severity when the identity is broken beyond rounding. 尾差 within the bound is always info. */
  readonly severity: Severity;
  /** Chinese: what it checks and why. */
  readonly doc: string;
  /** The tables.md §4 statement it implements, e.g. "T01: 本年收入合计 = Σ 一…八". */
  readonly identity: string;
  readonly certainty: Certainty;
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

export interface Rule<I extends string = string> extends RuleMeta<I> {
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

export interface RuleDef<I extends string = string> extends Omit<RuleMeta<I>, 'severity'> {
  readonly severity?: Severity;
  /** Gets the finished rule itself, so comparisons can tag findings with its id and severity. */
  check(ctx: RuleContext, self: RuleMeta<I>): Finding[];
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
