/** The rule registry: what the CLI, the task pane and docs/rules.md use. */
export { RULES, ruleById } from './registry';
export { runRules, appliesTo, compareFindings } from './run';
export type { Rule, RuleMeta, RuleContext, RunOptions, Certainty } from './types';
export { compare, roundingBound, INFERRED_NOTE } from './compare';
export type { Side, Comparison, Relation } from './compare';
export { renderRulesDoc } from './doc';
