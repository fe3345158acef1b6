/**
 * The sections of a 部门决算 说明 (narrative.md §1) in the Sichuan order: the number each stands
 * under (一 … 十) and its title as the templates write it. The 说明 check places figures by these
 * numbers (narrative/subjects.ts SECTION); the generator writes these titles. The national order
 * inserts PERFORMANCE_SECTION_TITLE as 十 and moves 其他重要事项 to 十一.
 */
export const NARRATIVE_SECTIONS = {
  overview: { number: 1, title: '收入支出决算总体情况说明' },
  income: { number: 2, title: '收入决算情况说明' },
  expenditure: { number: 3, title: '支出决算情况说明' },
  fiscal: { number: 4, title: '财政拨款收入支出决算总体情况说明' },
  generalBudget: { number: 5, title: '一般公共预算财政拨款支出决算情况说明' },
  basic: { number: 6, title: '一般公共预算财政拨款基本支出决算情况说明' },
  sanGong: { number: 7, title: '财政拨款“三公”经费支出决算情况说明' },
  govFund: { number: 8, title: '政府性基金预算支出决算情况说明' },
  soeCapital: { number: 9, title: '国有资本经营预算支出决算情况说明' },
  other: { number: 10, title: '其他重要事项的情况说明' },
} as const;

/** 预算绩效管理: a section of its own in the national order, （四） of 其他重要事项 in the Sichuan one. */
export const PERFORMANCE_SECTION_TITLE = '预算绩效管理情况';
