/** The rule registry: what the CLI, the task pane and docs/rules.md use. */
export { RULES, ruleById } from './registry';
export { runRules } from './run';
