import { Severity } from './types';

/**
 * Whether a relation held on real published tables ("certain": a break is an error) or is only
 * expected to hold ("inferred": a break is a warning and the message says so). tables.md §4
 * decides which is which for the table rules.
 */
export type Certainty = 'certain' | 'inferred';

/**
 * What every rule declares, whatever its kind: the table rules (src/core/rules/registry.ts), the
 * reader's (src/core/model/readRules.ts) and the 说明 checks' (src/core/narrative/rules.ts).
 * docs/rules.md lists it and every finding of the rule carries its id. Each kind adds its own
 * parts beside it (TableRuleMeta, NarrativeRuleMeta).
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
