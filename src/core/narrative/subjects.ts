/**
 * What a 说明 figure is about, as one typed union (vocabulary.ts maps words to it, ties/cells.ts
 * maps it to table cells). A misspelt key is a compile error, not a figure silently never tied.
 */

/** Lines and totals the 说明 names by their words. */
export type NamedSubject =
  | 'grandTotal' | 'fiscalGrandTotal' | 'incomeTotal' | 'expenditureTotal'
  | `income.${'generalBudget' | 'govFund' | 'soeCapital' | 'superior' | 'business' | 'operating' | 'affiliated' | 'other'}`
  | `expenditure.${'basic' | 'project' | 'toSuperior' | 'operating' | 'toAffiliated'}`
  | 'generalBudget.expenditure' | 'generalBudget.basic' | 'personnel' | 'public'
  | `sanGong.${'total' | 'abroad' | 'vehicleTotal' | 'vehiclePurchase' | 'vehicleOperation' | 'reception' | 'receptionDomestic' | 'receptionForeign'}`
  | 'govFund.expenditure' | 'soeCapital.expenditure' | 'operatingCost'
  | `procurement.${'total' | 'goods' | 'works' | 'services' | 'sme' | 'micro'}`
  | 'vehicles' | 'vehicles.held' | 'vehicles.purchased' | 'projects';

/**
 * - `func:<code>`: a 功能分类 类/款/项 by code; `funcPath:<类>/<款>/<项>` when the names do not resolve;
 * - `econ:<code>`: a 经济分类 款;
 * - `raw:<words>`: words the vocabulary does not know — only ever the same as the same words in
 *   the same clause, never compared across the text.
 */
export type Subject = NamedSubject | `func:${string}` | `funcPath:${string}` | `econ:${string}` | `raw:${string}`;

/** The sections of the 说明 by number (narrative.md §1), for checks that depend on where a figure
 * stands. */
export const SECTION = {
  overview: 1, // 一、收入支出决算总体情况
  income: 2, // 二、收入决算情况
  expenditure: 3, // 三、支出决算情况
  fiscalOverview: 4, // 四、财政拨款收入支出决算总体情况
  generalBudget: 5, // 五、一般公共预算财政拨款支出决算情况（类/款/项）
  basicExpenditure: 6, // 六、一般公共预算财政拨款基本支出决算情况（经济分类）
  sanGong: 7, // 七、“三公”经费
  govFund: 8, // 八、政府性基金预算支出
  soeCapital: 9, // 九、国有资本经营预算支出
  other: 10, // 十、其他重要事项（机关运行经费、政府采购、国有资产、绩效）
} as const;
