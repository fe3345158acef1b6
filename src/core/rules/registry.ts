import { ACROSS_YEARS_RULES } from './acrossYears';
import { CARRY_RULES } from './between/carry';
import { EXPENDITURE_RULES } from './between/expenditure';
import { FUND_RULES } from './between/funds';
import { GENERAL_BUDGET_RULES } from './between/generalBudget';
import { INCOME_RULES } from './between/income';
import { SAN_GONG_RULES } from './between/sanGong';
import { EMPTY_FUND_RULES } from './emptyFunds';
import { NAME_RULES } from './names';
import { UNIT_MIXUP_RULES } from './unitMixup';
import { Rule } from './types';
import { CLASS_SUM_RULES } from './within/codedTotals';
import { FUND_BALANCE_RULES } from './within/fundBalance';
import { ROW_SUM_RULES } from './within/rowSums';
import { T01_RULES } from './within/t01';
import { T04_RULES } from './within/t04';
import { T08_RULES } from './within/t08';
import { T13_RULES } from './within/t13';

/**
 * Every rule, in the order docs/rules.md lists them: identities within tables (tables.md §4,
 * table by table), then between tables (and across years, with last year's workbook), then the
 * empty-fund and name checks. Add a rule here (its id a literal), give it a trigger in
 * test/fixtures/ruleTriggers.ts and run `npm run docs:rules`.
 */
const ALL = [
  ...T01_RULES,
  ...CLASS_SUM_RULES,
  ...ROW_SUM_RULES,
  ...T04_RULES,
  ...T08_RULES,
  ...FUND_BALANCE_RULES,
  ...T13_RULES,
  ...INCOME_RULES,
  ...EXPENDITURE_RULES,
  ...GENERAL_BUDGET_RULES,
  ...FUND_RULES,
  ...CARRY_RULES,
  ...ACROSS_YEARS_RULES,
  ...SAN_GONG_RULES,
  ...EMPTY_FUND_RULES,
  ...UNIT_MIXUP_RULES,
  ...NAME_RULES,
] as const;

/** Every table rule's id: a misspelt id (in a rule, a test or a `only` option) does not compile. */
export type TableRuleId = (typeof ALL)[number]['id'];

export const RULES: readonly Rule<TableRuleId>[] = ALL;

const BY_ID: ReadonlyMap<string, Rule<TableRuleId>> = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id; any string, since ids also come from users' files (saved explanations). */
export function ruleById(id: string): Rule<TableRuleId> | undefined {
  return BY_ID.get(id);
}
