import type { RuleMeta } from '../findings/rule';
import { READ_RULES } from '../model/readRules';
import { NARRATIVE_RULES } from '../narrative/rules';
import { RULES } from '../rules/registry';

/** Every rule of every kind (table, reader, 说明) by its id: for reports that name a rule in Chinese. */
const ALL: ReadonlyMap<string, RuleMeta<string>> = new Map<string, RuleMeta<string>>(
  [...RULES, ...READ_RULES, ...NARRATIVE_RULES].map((r) => [r.id, r as RuleMeta<string>]),
);

/** Any string, since ids also come from users' files; undefined for an id no rule has (sheet-unreadable, rule-failed). */
export function anyRuleById(id: string): RuleMeta<string> | undefined {
  return ALL.get(id);
}
