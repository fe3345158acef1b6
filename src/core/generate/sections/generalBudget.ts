import Decimal from 'decimal.js';
import { percent } from '../../amount/round';
import { functionalName } from '../../classification/functional';
import { ClassRow } from '../../model/types';
import { FUND } from '../../tables/lines';
import { GenerateContext, reasonOf, wanOrAsk } from '../context';
import { budgetGapReason, CODE_INPUTS, jsonKeyOf } from '../inputs';
import { leafRows, rowsByCode } from '../../model/query';
import { lineValue, rowValue, sum, totalValue } from '../figures';
import { changeWithReason, compareVerb } from '../sentences';
import { Section } from '../types';
import { money, Money, SectionWriter } from '../writer';
import { partsWithShares } from './structure';

/** 五、一般公共预算财政拨款支出决算情况说明 with its three parts, all from T06. */
export function generalBudgetSection(ctx: GenerateContext, w: SectionWriter): Section {
  w.subsection(overall(ctx, w.child('generalBudget.overall', '（一）一般公共预算财政拨款支出决算总体情况')));
  w.subsection(structure(ctx, w.child('generalBudget.structure', '（二）一般公共预算财政拨款支出决算结构情况')));
  w.subsection(items(ctx, w.child('generalBudget.items', '（三）一般公共预算财政拨款支出决算具体情况')));
  return w.done();
}

const SUBJECT = `${FUND.generalBudget.name}支出`;

function t06Total(ctx: GenerateContext): Money | undefined {
  return totalValue(ctx.model.tables.T06, 'total');
}

/** "2023年度一般公共预算财政拨款支出1889.05万元，占本年支出合计的100%。与2022年度相比，…" */
function overall(ctx: GenerateContext, w: SectionWriter): Section {
  const total = t06Total(ctx);
  let text = `${ctx.yearLabel}${SUBJECT}${wanOrAsk(w, total, 'T06', SUBJECT)}`;
  const whole = totalValue(ctx.model.tables.T03, 'total') ?? lineValue(ctx.model.tables.T01?.right, 'expenditureTotal', 'amount');
  if (total && whole) {
    w.wan(whole, false); // the share rests on 本年支出合计 too
    text += `，占本年支出合计的${w.share(total.value, whole.value)}`;
  }
  text += '。';
  if (total) {
    text += changeWithReason(
      w,
      { current: total, prior: ctx.inputs.prior?.generalBudgetExpenditure, priorInput: 'prior.generalBudgetExpenditure', priorLabel: ctx.priorLabel, subject: SUBJECT },
      () => reasonOf(ctx, w, 'generalBudgetChange', '变动原因'),
    );
  }
  w.paragraph(text);
  return w.done();
}

/** "…主要用于以下方面：一般公共服务支出1652.27万元，占87.47%；…" over the T06 类 rows. */
function structure(ctx: GenerateContext, w: SectionWriter): Section {
  const total = t06Total(ctx);
  const classes = (ctx.model.tables.T06?.rows ?? []).filter((r) => r.level === 1);
  const parts = classes.flatMap((r) => {
    const value = rowValue(r, 'total');
    return value ? [{ label: r.name || functionalName(r.code) || r.code, value }] : [];
  });
  const opening = `${ctx.yearLabel}${SUBJECT}${wanOrAsk(w, total, 'T06', SUBJECT)}`;
  const listed = total ? partsWithShares(ctx, w, parts, total) : '';
  w.paragraph(listed ? `${opening}，主要用于以下方面：${listed}。` : `${opening}。`);
  return w.done();
}

/**
 * The total against its 全年预算, then each leaf row with its name path
 * 类（类）款（款）项（项）, 预算, 决算, completion and the comparison word.
 */
function items(ctx: GenerateContext, w: SectionWriter): Section {
  const t06 = ctx.model.tables.T06;
  const total = t06Total(ctx);
  const rows = t06?.rows ?? [];
  const leaves = leafRows(rows).filter((r) => rowValue(r, 'total') && (ctx.options.zeroItems === 'list' || !r.values.total.value.isZero()));
  const byCode = ctx.inputs.budget?.generalBudgetByCode;
  const budgetOf = (code: string): Decimal | undefined => byCode?.[code];

  const budgetTotal = ctx.inputs.budget?.generalBudgetTotal
    ?? (leaves.length > 0 && leaves.every((r) => budgetOf(r.code) !== undefined) ? sum(leaves.map((r) => money(budgetOf(r.code) as Decimal))).value : undefined);
  const head = `${ctx.yearLabel}${SUBJECT}${budgetAndActual(w, budgetTotal, total, 'budget.generalBudgetTotal', TOTAL_WORDS)}`;
  w.paragraph(leaves.length > 0 ? `${head}其中：` : head);

  leaves.forEach((row, i) => {
    const actual = rowValue(row, 'total') as Money;
    const budget = budgetOf(row.code);
    let text = `${i + 1}.${namePath(rows, row)}：${budgetAndActual(w, budget, actual, `${CODE_INPUTS.budget.pathPrefix}${row.code}`, ITEM_WORDS)}`;
    if (budget !== undefined && !budget.isZero()) {
      const verb = compareVerb(actual.value, budget);
      if (verb === '等于') text = `${text.slice(0, -1)}，决算数等于预算数。`;
      else text += `决算数${verb}预算数的主要原因是${w.reason(ctx.reasons, budgetGapReason(row.code), '决算数与预算数差异原因')}。`;
    }
    w.paragraph(text);
  });
  unusedLineInputs(ctx, w, leaves);
  return w.done();
}

/**
 * A budget or a reason given for a code the workbook's T06 does not print (a slip of a digit), or
 * a reason where no budget is given to differ from, is said beside the text, never dropped without
 * a word. (A budget for a 类 or 款 the table prints is consistent data the section, which lists the
 * most detailed lines, simply does not need.)
 */
function unusedLineInputs(ctx: GenerateContext, w: SectionWriter, leaves: readonly ClassRow[]): void {
  const printed = new Set((ctx.model.tables.T06?.rows ?? []).map((r) => r.code));
  const listed = new Set(leaves.map((r) => r.code));
  const notInTable = (code: string) => `附表“一般公共预算财政拨款支出决算表”中没有科目 ${code}，未使用；请核对科目编码。`;
  const byCode = ctx.inputs.budget?.generalBudgetByCode ?? {};
  for (const [code, budget] of Object.entries(byCode)) {
    if (budget !== undefined && !printed.has(code)) w.note(`${CODE_INPUTS.budget.pathPrefix}${code}`, `给出了科目 ${code} 的全年预算数，但${notInTable(code)}`);
  }
  const prefix = budgetGapReason('');
  for (const [key, reason] of Object.entries(ctx.reasons ?? {})) {
    if (!key.startsWith(prefix) || !reason?.trim()) continue;
    const code = key.slice(prefix.length);
    if (!printed.has(code)) w.note(`reasons.${key}`, `给出了科目 ${code} 决算数与预算数差异的原因，但${notInTable(code)}`);
    else if (listed.has(code) && byCode[code] === undefined) {
      w.note(`reasons.${key}`, `给出了科目 ${code} 决算数与预算数差异的原因，但没有它的全年预算数（${jsonKeyOf(`${CODE_INPUTS.budget.pathPrefix}${code}`)}），原因未写入。`);
    }
  }
}

interface BudgetWords {
  /** 全年预算数 / 全年预算 */
  readonly budget: string;
  /** 支出决算数 / 支出决算 */
  readonly actual: string;
  /** 完成全年预算数的 / 完成全年预算的 */
  readonly completion: string;
}

const TOTAL_WORDS: BudgetWords = { budget: '全年预算数', actual: '支出决算数', completion: '完成全年预算数的' };
const ITEM_WORDS: BudgetWords = { budget: '全年预算', actual: '支出决算', completion: '完成全年预算的' };

/**
 * "全年预算数为912.26万元，支出决算数为912.26万元，完成全年预算数的100%。" Budget zero: 年初未安排预算. Budget unknown: placeholders for it and for
 * the completion, both tied to the budget input.
 */
function budgetAndActual(
  w: SectionWriter,
  budget: Decimal | undefined,
  actual: Money | undefined,
  budgetInput: string,
  words: BudgetWords,
): string {
  const a = actual
    ? w.wan(actual)
    : `${w.ask('tables.T06', `${words.actual}（工作簿中未找到“一般公共预算财政拨款支出决算表”的相应数据）`)}万元`;
  if (budget !== undefined && budget.isZero()) return `年初未安排预算，${words.actual}为${a}。`;
  const b = budget === undefined ? w.ask(budgetInput, words.budget) : w.amount(budget);
  let text = `${words.budget}为${b}万元，${words.actual}为${a}，${words.completion}`;
  if (budget === undefined || !actual) text += `${w.ask(budgetInput, '完成比例')}%`;
  else text += w.pct(percent(actual.value, budget) as Decimal);
  return `${text}。`;
}

/** 一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）. */
export function namePath(rows: readonly ClassRow[], row: ClassRow): string {
  const levels: [number, string][] = [[3, '类'], [5, '款'], [7, '项']];
  const byCode = rowsByCode({ rows });
  return levels
    .filter(([len]) => len <= row.code.length)
    .map(([len, word]) => {
      const code = row.code.slice(0, len);
      const found = byCode.get(code);
      return `${found?.name || functionalName(code) || code}（${word}）`;
    })
    .join('');
}
