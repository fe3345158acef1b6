import type { ReadRuleId } from '../model/readRules';
import type { NarrativeRuleId } from '../narrative/rules';
import type { TableRuleId } from '../rules/registry';
import type { SHEET_UNREADABLE_RULE } from './explanations';
import type { Severity } from './types';

/** Rule id of the warning for a table rule that threw on an unexpected model (rules/run.ts);
 * not a registry rule. */
export const RULE_FAILED = 'rule-failed';

/** The ids of findings no registered rule reports: a table rule that failed and a sheet Excel
 * could not read (the pane's adapter reports it; findings/explanations.ts). */
type UnregisteredRuleId = typeof RULE_FAILED | typeof SHEET_UNREADABLE_RULE;

/**
 * Every id a finding made by this code can carry: the table rules' (rules/registry.ts), the
 * reader's (model/readRules.ts) and the 说明 checks' (narrative/rules.ts), each the union of its
 * registry's literal ids, and the two unregistered ones. A finding created under a misspelt id does
 * not compile. Ids read from outside (users' JSON, saved explanations) stay strings.
 */
export type RuleId = TableRuleId | ReadRuleId | NarrativeRuleId | UnregisteredRuleId;

/**
 * Whether a relation held on real published tables ("certain": a break is an error) or is only
 * expected to hold ("inferred": a break is a warning and the message says so). tables.md §4
 * decides which is which for the table rules.
 */
export type Certainty = 'certain' | 'inferred';

/**
 * What every rule declares, whatever its kind, beside its check: the table rules (defineRule in
 * src/core/rules/*, listed in registry.ts), the reader's (readRule in src/core/model/readRules.ts)
 * and the 说明 checks' (narrativeRule in src/core/narrative/checks|ties/*, listed in
 * narrative/rules.ts). docs/rules.md lists it and every finding of the rule carries its id. Each
 * kind adds its own parts (TableRuleMeta: identity, tables, check; ReadRule: message, finding;
 * NarrativeRuleMeta: identity, certainWhen).
 */
export interface RuleMeta<I extends string = string> {
  /**
   * Stable id, kebab-case, e.g. "t01-income-total", written as a literal where the rule is defined
   * (users' JSON and saved explanations hold it). Findings carry it.
   */
  readonly id: I;
  /** Short Chinese title. */
  readonly title: string;
  /** The severity of a break (the worst the rule reports). 尾差 within the bound is always info. */
  readonly severity: Severity;
  readonly certainty: Certainty;
  /** Chinese: what it checks and why. */
  readonly doc: string;
}
