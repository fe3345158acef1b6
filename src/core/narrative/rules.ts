import type { WorkbookModel } from '../model/types';
import { CHANGE, GROWTH, COMPLETION, DIRECTION, checkChanges, checkCompletion, checkPlateaus } from './checks/changes';
import { CLASSIFICATION, checkClassification } from './checks/classification';
import { COUNT_MONEY, COUNT_LIST, checkCountList, checkCountMoney, checkCountSums } from './checks/counts';
import { CROSS_SECTION, PRIOR_YEAR, checkCrossSection, checkPriorParts } from './checks/crossSection';
import { OTHER_UNIT, OTHER_YEAR } from './checks/pairing';
import { SHARE, SHARE_SUM, UNIT_SLIP, checkShares } from './checks/shares';
import { PARTS_SUM, CLASS_SUM, checkClassSums, checkPartsSum } from './checks/sums';
import { YEAR, TEMPLATE, MISSING_UNIT, MISSING_SECTION, NO_FIGURES, ODD_YEAR, checkFiguresFound, checkSections, checkTemplate, checkUnits, checkYears } from './checks/text';
import type { NarrativeContext } from './context';
import { UNVERIFIED } from './checks/unverified';
import { TABLE_AMOUNT, OPERATING_COST } from './ties/amounts';
import { ITEM_LIST } from './ties/itemLists';

/*
 * The 说明 registry: every rule and every check. A rule is declared (narrativeRule: its metadata,
 * what makes its error certain) beside the check that reports it, and both are listed here, so a
 * new 说明 check is its own file (or a part of one) plus a line in this one; checkNarrative
 * (./check.ts) runs the lists in their phases and knows no check by name.
 */

/** Every 说明 rule, in the order docs/rules.md lists them. The ties to the tables import the rule
 * from its check. */
export const NARRATIVE_RULES = [
  SHARE, SHARE_SUM, PARTS_SUM, CLASS_SUM, CHANGE, GROWTH, COMPLETION, DIRECTION, YEAR, TEMPLATE,
  MISSING_UNIT, UNIT_SLIP, CROSS_SECTION, PRIOR_YEAR, CLASSIFICATION, TABLE_AMOUNT, OPERATING_COST, ITEM_LIST, COUNT_MONEY, COUNT_LIST, MISSING_SECTION, NO_FIGURES, ODD_YEAR, UNVERIFIED,
  OTHER_YEAR, OTHER_UNIT,
] as const;

/** Every 说明 rule's id: a misspelt id (in a test, a finding) does not compile. */
export type NarrativeRuleId = (typeof NARRATIVE_RULES)[number]['id'];

/** Phase 1a: the checks of the text's wording and structure (years, template, sections, units, 分类,
 * listed counts), in the order they run (findings at one position keep this order). */
export const TEXT_CHECKS: readonly ((ctx: NarrativeContext) => void)[] = [
  checkYears, checkTemplate, checkSections, checkFiguresFound, checkUnits, checkClassification, checkCountList,
];

/** Phase 1b: the checks that relate figures of the text to each other; run again by cascades.ts
 * with the figures the tables contradict replaced by the tables'. */
export const FIGURE_CHECKS: readonly ((ctx: NarrativeContext) => void)[] = [
  checkPartsSum, checkCountSums, checkClassSums, checkShares, checkChanges, checkCompletion, checkPlateaus, checkCrossSection, checkPriorParts,
];

/** Phase 3: the checks run after the ties to the tables, with the model (undefined for a 说明 checked
 * alone, of another year or of another unit). */
export const AFTER_TIES_CHECKS: readonly ((ctx: NarrativeContext, model: WorkbookModel | undefined) => void)[] = [checkCountMoney];
