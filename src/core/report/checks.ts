import { CheckStatus, RuleCheck } from '../rules/coverage';

/** `checks` of the JSON report: one entry per identity of the profile; reason is null when it ran. */
export interface JsonCheck {
  rule: string;
  status: CheckStatus;
  reason: string | null;
  /** Not run because the layout has nothing for it to check (not counted as 无法核对). */
  notApplicable?: true;
}

export function toJsonChecks(checks: readonly RuleCheck[]): JsonCheck[] {
  return checks.map((c) => ({ rule: c.rule, status: c.status, reason: c.reason ?? null, ...(c.notApplicable ? { notApplicable: true as const } : {}) }));
}

export { checksSentence } from '../rules/coverage';
