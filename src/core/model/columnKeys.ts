/**
 * Canonical column keys per table, so rules never depend on how a header was worded.
 * The reader maps header paths to these by keywords; a column it cannot place keeps its path
 * as key and rules ignore it.
 */
export const T02_COLUMNS = ['total', 'fiscal', 'superior', 'business', 'operating', 'affiliated', 'other'] as const;
export const T03_COLUMNS = ['total', 'basic', 'project', 'toSuperior', 'operating', 'toAffiliated'] as const;
/** T06, T12 (and T05/T07 transposed, T09 with basic/project). */
export const BASIC_PROJECT_COLUMNS = ['total', 'basic', 'project'] as const;
/** T10, T11. */
export const FUND_COLUMNS = ['carryIn', 'income', 'expenditure', 'basic', 'project', 'carryOut'] as const;
/** T04 right side. */
export const T04_RIGHT_COLUMNS = ['total', 'generalBudget', 'govFund', 'soeCapital'] as const;
/**
 * T05/T07 by 功能分类 rows: "total" then one column per 经济分类 类 keyed by its code ("301" …);
 * when grouped under 基本支出/项目支出 the key is "basic:301" / "project:301", with "basic" and
 * "project" for the group subtotals. T09: "amount" (or total/basic/project when so printed).
 * T08 block layout and T01: "amount".
 */
export const AMOUNT = 'amount';

/** T01 left-side keys, in order. */
export const T01_INCOME_KEYS = [
  'generalBudget', 'govFund', 'soeCapital', 'superior', 'business', 'operating', 'affiliated', 'other',
  'incomeTotal', 'useNonFiscalBalance', 'carryIn', 'grandTotal',
] as const;
/** T01 right-side keys besides the 功能分类 类 rows (keyed by code). */
export const T01_EXPENDITURE_KEYS = ['expenditureTotal', 'surplusDistribution', 'carryOut', 'grandTotal'] as const;
/** T04 left-side keys. */
export const T04_INCOME_KEYS = [
  'generalBudget', 'govFund', 'soeCapital', 'incomeTotal',
  'carryIn', 'carryIn:generalBudget', 'carryIn:govFund', 'carryIn:soeCapital', 'grandTotal',
] as const;
/** T04 right-side keys besides the 类 rows. 年末 sub-rows exist in one layout; in the other the
 * carryOut row spreads over the fund columns. */
export const T04_EXPENDITURE_KEYS = [
  'expenditureTotal', 'carryOut', 'carryOut:generalBudget', 'carryOut:govFund', 'carryOut:soeCapital', 'grandTotal',
] as const;
