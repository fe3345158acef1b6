/** The rule registry: what the CLI, the task pane and docs/rules.md use. */
export { RULES, ruleById } from './registry';
export { runRules } from './run';
export type { Rule, RuleMeta, RuleContext, RunOptions, Certainty } from './types';
export type { Side, Comparison, Relation } from './compare';
