import { CHANGE, GROWTH, COMPLETION, DIRECTION } from './checks/changes';
import { CLASSIFICATION } from './checks/classification';
import { COUNT_MONEY, COUNT_LIST } from './checks/counts';
import { CROSS_SECTION, PRIOR_YEAR } from './checks/crossSection';
import { OTHER_UNIT, OTHER_YEAR } from './checks/pairing';
import { SHARE, SHARE_SUM, UNIT_SLIP } from './checks/shares';
import { PARTS_SUM, CLASS_SUM } from './checks/sums';
import { YEAR, TEMPLATE, MISSING_UNIT, MISSING_SECTION, ODD_YEAR } from './checks/text';
import { UNVERIFIED } from './checks/unverified';
import { TABLE_AMOUNT, OPERATING_COST } from './ties/amounts';
import { ITEM_LIST } from './ties/itemLists';

/**
 * The 说明 rules' registry: every rule, in the order docs/rules.md lists them. Each rule is
 * declared (narrativeRule: its metadata, what makes its error certain) beside the check that
 * reports it; the ties to the tables import the rule from its check.
 */
export const NARRATIVE_RULES = [
  SHARE, SHARE_SUM, PARTS_SUM, CLASS_SUM, CHANGE, GROWTH, COMPLETION, DIRECTION, YEAR, TEMPLATE,
  MISSING_UNIT, UNIT_SLIP, CROSS_SECTION, PRIOR_YEAR, CLASSIFICATION, TABLE_AMOUNT, OPERATING_COST, ITEM_LIST, COUNT_MONEY, COUNT_LIST, MISSING_SECTION, ODD_YEAR, UNVERIFIED,
  OTHER_YEAR, OTHER_UNIT,
] as const;

/** Every 说明 rule's id: a misspelt id (in a test, a finding) does not compile. */
export type NarrativeRuleId = (typeof NARRATIVE_RULES)[number]['id'];
