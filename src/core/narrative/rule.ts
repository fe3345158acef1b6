import { NarrativeRuleMeta } from './types';

/**
 * A 说明 rule's metadata: the RuleMeta every rule kind declares (src/core/findings/rule.ts) and
 * what a 说明 check adds, so docs/rules.md can list it. `severity` is the worst the rule reports;
 * rounding slips within it are warnings and 尾差 notices are info. `certainWhen` says what makes
 * its error certain (issue 11 §3: every operand identified without doubt and arithmetic that fails
 * beyond the printed precision); otherwise the rule reports a warning that says what is uncertain,
 * or nothing. Every 说明 rule is certain in the RuleMeta sense: it states what the text says.
 * The id's literal type is kept (NarrativeRuleId, ./rules.ts).
 */
export function narrativeRule<const I extends string>(meta: Omit<NarrativeRuleMeta<I>, 'certainty'>): NarrativeRuleMeta<I> {
  const { id, title, severity, doc, identity, certainWhen } = meta;
  return { id, title, severity, doc, identity, certainty: 'certain', certainWhen };
}
