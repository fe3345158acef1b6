import { SanGongItem } from './types';

/**
 * The labels the 说明 gives T01's income lines, T03's expenditure columns and T13's 三公 items, in
 * the order the 说明 lists them. The generated text and the pane's charts both take them from
 * here, so a chart never names a part differently from the sentence beside it.
 */
export const INCOME_PARTS: readonly (readonly [string, string])[] = [
  ['generalBudget', '一般公共预算财政拨款收入'],
  ['govFund', '政府性基金预算财政拨款收入'],
  ['soeCapital', '国有资本经营预算财政拨款收入'],
  ['superior', '上级补助收入'],
  ['business', '事业收入'],
  ['operating', '经营收入'],
  ['affiliated', '附属单位上缴收入'],
  ['other', '其他收入'],
];

export const EXPENDITURE_PARTS: readonly (readonly [string, string])[] = [
  ['basic', '基本支出'],
  ['project', '项目支出'],
  ['toSuperior', '上缴上级支出'],
  ['operating', '经营支出'],
  ['toAffiliated', '对附属单位补助支出'],
];

export const SAN_GONG_LABEL: Readonly<Record<SanGongItem, string>> = {
  total: '“三公”经费财政拨款',
  abroad: '因公出国（境）费',
  vehicleTotal: '公务用车购置及运行维护费',
  reception: '公务接待费',
};

/** The three items of the 三公 total, in the 说明's order. */
export const SAN_GONG_ITEMS = ['abroad', 'vehicleTotal', 'reception'] as const;
