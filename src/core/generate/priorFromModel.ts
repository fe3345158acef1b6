import Decimal from 'decimal.js';
import { WorkbookModel } from '../model/types';
import { SAN_GONG_NARRATED } from '../tables/lines';
import { grandTotals, optWan, totalValue } from './figures';
import { GenerateInputs, PriorFigures, SanGongItem } from './types';

/**
 * Last year's figures read from last year's workbook (same format): T01 and T04 总计, T06 合计,
 * T13 决算数 and T08 公用经费 (the 机关运行经费 of a 行政单位; only used when the unit is one).
 */
export function priorFromModel(model: WorkbookModel): PriorFigures {
  const t = model.tables;
  const value = (m: { value: Decimal } | undefined) => m?.value;
  const t01 = grandTotals(t.T01, 'amount');
  const t04 = grandTotals(t.T04, 'total');
  const sanGong: Partial<Record<SanGongItem, Decimal>> = {};
  for (const key of SAN_GONG_NARRATED) {
    const v = value(optWan(t.T13?.actual[key]));
    if (v !== undefined) sanGong[key] = v;
  }
  return {
    year: model.year ?? undefined,
    total: value(t01.income ?? t01.expenditure),
    fiscalTotal: value(t04.income ?? t04.expenditure),
    generalBudgetExpenditure: value(totalValue(t.T06, 'total')),
    sanGong,
    runningCost: value(optWan(t.T08?.publicTotal)),
  };
}

/** Inputs merged field by field: what `over` states wins, everything else comes from `base`. */
export function mergeInputs(base: GenerateInputs, over: GenerateInputs): GenerateInputs {
  const defined = <T extends object>(o: T | undefined): Partial<T> =>
    Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
  const merged: GenerateInputs = { ...defined(base), ...defined(over) };
  return {
    ...merged,
    prior: base.prior || over.prior
      ? {
          ...defined(base.prior),
          ...defined(over.prior),
          sanGong: { ...defined(base.prior?.sanGong), ...defined(over.prior?.sanGong) },
        }
      : undefined,
  };
}
