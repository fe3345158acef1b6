import Decimal from 'decimal.js';
import { roundHalfUp } from '../../core/amount/round';
import { functionalName } from '../../core/classification/functional';
import { grandTotals, lineValue, optWan, rowValue } from '../../core/generate/figures';
import { EXPENDITURE_PART_LABELS, INCOME_PART_LABELS, SAN_GONG_ITEMS } from '../../core/generate/partLabels';
import { SAN_GONG } from '../../core/tables/lines';
import type { PriorFigures } from '../../core/generate/types';
import type { WorkbookModel } from '../../core/model/types';
import type { ChartSpec } from '../../excel/host';

/*
 * The charts 插入图表 draws, from this year's tables and last year's figures (万元). A change chart
 * without last year's figure shows this year alone; a structure chart leaves zero parts out
 * (a zero slice cannot be seen) and is dropped when every part is zero.
 */

const AMOUNT = '金额（万元）';

/** Cells take numbers; 2-decimal 万元 figures convert exactly enough for a chart's data. */
function num(d: Decimal): number {
  return roundHalfUp(d, 2).toNumber();
}

/**
 * Last year beside this year, one bar per series: 收入总计 and 支出总计 for a 收、支 chart (both
 * sides of a two-sided table; last year's one 总计 stands for both), or one 金额 series.
 */
function change(
  title: string,
  model: WorkbookModel,
  prior: PriorFigures | undefined,
  current: readonly [string, Decimal | undefined][],
  previous: Decimal | undefined,
): ChartSpec | null {
  const shown = current.filter((s): s is [string, Decimal] => s[1] !== undefined);
  if (shown.length === 0) return null;
  const year = model.year;
  const priorYear = prior?.year ?? (year === null ? null : year - 1);
  const categories: string[] = [];
  if (previous !== undefined) categories.push(priorYear === null ? '上年' : `${priorYear}年`);
  categories.push(year === null ? '本年' : `${year}年`);
  const series = shown.map(([name, v]) => ({ name, values: [...(previous !== undefined ? [num(previous)] : []), num(v)] }));
  return { title, kind: 'column', categoryHeader: '年度', categories, series };
}

function structure(title: string, parts: readonly [string, Decimal | undefined][]): ChartSpec | null {
  const shown = parts.filter((p): p is [string, Decimal] => p[1] !== undefined && !p[1].isZero());
  if (shown.length === 0) return null;
  return {
    title,
    kind: 'pie',
    categoryHeader: '项目',
    categories: shown.map(([label]) => label),
    series: [{ name: AMOUNT, values: shown.map(([, v]) => num(v)) }],
  };
}

/**
 * The Sichuan template's figures, with its numbers and titles (（图1：收、支决算总计变动情况图） …
 * （图7：“三公”经费财政拨款支出结构）), in its order. A figure the tables cannot draw is left out and
 * the others keep their numbers, as published 说明 do (图1, 图2, 图4 …), so a caption the user keeps
 * in the text still names its chart.
 */
export const TEMPLATE_CHARTS = [
  '图1 收、支决算总计变动情况图',
  '图2 收入决算结构图',
  '图3 支出决算结构图',
  '图4 财政拨款收、支决算总计变动情况',
  '图5 一般公共预算财政拨款支出决算变动情况',
  '图6 一般公共预算财政拨款支出决算结构',
  '图7 “三公”经费财政拨款支出结构',
] as const;

export function chartSpecs(model: WorkbookModel, prior: PriorFigures | undefined): ChartSpec[] {
  const t = model.tables;
  const value = (m: { value: Decimal } | undefined) => m?.value;
  const t01 = grandTotals(t.T01, 'amount');
  const t04 = grandTotals(t.T04, 'total');
  const totals = (g: ReturnType<typeof grandTotals>): [string, Decimal | undefined][] => [
    ['收入总计（万元）', value(g.income)],
    ['支出总计（万元）', value(g.expenditure)],
  ];
  const [fig1, fig2, fig3, fig4, fig5, fig6, fig7] = TEMPLATE_CHARTS;
  // 图6 is the 类 structure of 五（二）, named as the sentence names them.
  const classes = (t.T06?.rows ?? []).filter((r) => r.level === 1);
  const charts = [
    change(fig1, model, prior, totals(t01), prior?.total),
    structure(fig2, INCOME_PART_LABELS.map(([key, label]) => [label, value(lineValue(t.T01?.left, key, 'amount'))])),
    structure(fig3, EXPENDITURE_PART_LABELS.map(([key, label]) => [label, value(rowValue(t.T03?.total, key))])),
    change(fig4, model, prior, totals(t04), prior?.fiscalTotal),
    change(fig5, model, prior, [[AMOUNT, value(rowValue(t.T06?.total, 'total'))]], prior?.generalBudgetExpenditure),
    structure(fig6, classes.map((r) => [r.name || functionalName(r.code) || r.code, value(rowValue(r, 'total'))])),
    structure(fig7, SAN_GONG_ITEMS.map((key) => [SAN_GONG[key].narrativeName, value(optWan(t.T13?.actual[key]))])),
  ];
  return charts.filter((c): c is ChartSpec => c !== null);
}
