import Decimal from 'decimal.js';
import { roundHalfUp } from '../../core/amount/round';
import { grandTotals, lineValue, optWan, rowValue } from '../../core/generate/figures';
import { EXPENDITURE_PARTS, INCOME_PARTS, SAN_GONG_ITEMS, SAN_GONG_LABEL } from '../../core/generate/partLabels';
import type { PriorFigures } from '../../core/generate/types';
import type { WorkbookModel } from '../../core/model/types';
import type { ChartSpec } from '../../excel/host';

/*
 * The charts 插入图表 draws, from this year's tables and last year's figures (万元). A change chart
 * without last year's figure shows this year alone; a structure chart leaves zero parts out
 * (a zero slice cannot be seen) and is dropped when every part is zero.
 */

/** Cells take numbers; 2-decimal 万元 figures convert exactly enough for a chart's data. */
function num(d: Decimal): number {
  return roundHalfUp(d, 2).toNumber();
}

function change(title: string, model: WorkbookModel, prior: PriorFigures | undefined, current: Decimal | undefined, previous: Decimal | undefined): ChartSpec | null {
  if (current === undefined) return null;
  const year = model.year;
  const priorYear = prior?.year ?? (year === null ? null : year - 1);
  const categories: string[] = [];
  const values: number[] = [];
  if (previous !== undefined) {
    categories.push(priorYear === null ? '上年' : `${priorYear}年`);
    values.push(num(previous));
  }
  categories.push(year === null ? '本年' : `${year}年`);
  values.push(num(current));
  return { title, kind: 'column', categoryHeader: '年度', categories, series: [{ name: '金额（万元）', values }] };
}

function structure(title: string, parts: readonly [string, Decimal | undefined][]): ChartSpec | null {
  const shown = parts.filter((p): p is [string, Decimal] => p[1] !== undefined && !p[1].isZero());
  if (shown.length === 0) return null;
  return {
    title,
    kind: 'pie',
    categoryHeader: '项目',
    categories: shown.map(([label]) => label),
    series: [{ name: '金额（万元）', values: shown.map(([, v]) => num(v)) }],
  };
}

export function chartSpecs(model: WorkbookModel, prior: PriorFigures | undefined): ChartSpec[] {
  const t = model.tables;
  const value = (m: { value: Decimal } | undefined) => m?.value;
  const t01 = grandTotals(t.T01, 'amount');
  const t04 = grandTotals(t.T04, 'total');
  const charts = [
    change('收支总计变动', model, prior, value(t01.income ?? t01.expenditure), prior?.total),
    structure('收入结构', INCOME_PARTS.map(([key, label]) => [label, value(lineValue(t.T01?.left, key, 'amount'))])),
    structure('支出结构', EXPENDITURE_PARTS.map(([key, label]) => [label, value(rowValue(t.T03?.total, key))])),
    change('财政拨款收支变动', model, prior, value(t04.income ?? t04.expenditure), prior?.fiscalTotal),
    change('一般公共预算支出变动', model, prior, value(rowValue(t.T06?.total, 'total')), prior?.generalBudgetExpenditure),
    structure('三公结构', SAN_GONG_ITEMS.map((key) => [SAN_GONG_LABEL[key], value(optWan(t.T13?.actual[key]))])),
  ];
  return charts.filter((c): c is ChartSpec => c !== null);
}
