import { CheckStatus, RuleCheck } from '../rules/coverage';

/** `checks` of the JSON report: one entry per identity of the profile; reason is null when it ran. */
export interface JsonCheck {
  rule: string;
  status: CheckStatus;
  reason: string | null;
}

export function toJsonChecks(checks: readonly RuleCheck[]): JsonCheck[] {
  return checks.map((c) => ({ rule: c.rule, status: c.status, reason: c.reason ?? null }));
}

export { checksSentence } from '../rules/coverage';
