import Decimal from 'decimal.js';
import { percent } from '../../amount/round';
import { SanGongKey } from '../../model/types';
import { GenerateContext, wanOrAsk } from '../context';
import { optWan, sum } from '../figures';
import { changeFigures, compareVerb } from '../sentences';
import { Counts, SanGongItem, Section } from '../types';
import { money, Money, SectionWriter } from '../writer';
import { SAN_GONG_ITEMS } from '../partLabels';
import { SAN_GONG_CHANGE_REASON } from '../inputs';
import { SAN_GONG, sanGongParts } from '../../tables/lines';

/**
 * 七、财政拨款“三公”经费支出决算情况说明: T13 决算数 and 预算数, last year's figures and the
 * counts only the unit knows (trips, vehicles, receptions).
 */
export function sanGongSection(ctx: GenerateContext, w: SectionWriter): Section {
  w.subsection(overall(ctx, w.child('sanGong.overall', '（一）“三公”经费财政拨款支出决算总体情况说明')));
  w.subsection(details(ctx, w.child('sanGong.items', '（二）“三公”经费财政拨款支出决算具体情况说明')));
  return w.done();
}

function actual(ctx: GenerateContext, key: SanGongKey): Money | undefined {
  return optWan(ctx.model.tables.T13?.actual[key]);
}

/**
 * T13's 预算数 first (the figure the table prints); the user's budget only where T13 has none;
 * else the sum of its parts where every part is known (合计 = the three items, 公务用车购置及运行维护费
 * = 购置 + 运行维护), so the completion rate is computed rather than asked.
 */
function budget(ctx: GenerateContext, key: SanGongItem): Money | undefined {
  const fromTable = optWan(ctx.model.tables.T13?.budget[key]);
  if (fromTable) return fromTable;
  const given = ctx.inputs.budget?.sanGong?.[key];
  if (given !== undefined) return money(given);
  const parts: (Money | undefined)[] =
    key === 'total' ? SAN_GONG_ITEMS.map((k) => budget(ctx, k))
    : key === 'vehicleTotal' ? sanGongParts('vehicleTotal').map((k) => optWan(ctx.model.tables.T13?.budget[k]))
    : [];
  return parts.length > 0 && parts.every((p) => p !== undefined) ? sum(parts as Money[]) : undefined;
}

/** Last year's 决算数 as given, or for 合计 the sum of the three items' when all are given. */
export function priorSanGong(ctx: GenerateContext, key: SanGongItem): Decimal | undefined {
  const given = ctx.inputs.prior?.sanGong;
  const own = given?.[key];
  if (own !== undefined || key !== 'total') return own;
  const items = SAN_GONG_ITEMS.map((k) => given?.[k]);
  return items.every((v) => v !== undefined) ? (items as Decimal[]).reduce((a, b) => a.plus(b), new Decimal(0)) : undefined;
}

/**
 * "预算为6.27万元，支出决算为5.91万元，完成预算的94.19%" / "年初未安排预算，支出决算为0万元" /
 * placeholders for an unknown budget.
 */
function budgetClause(ctx: GenerateContext, w: SectionWriter, key: SanGongItem): string {
  const a = actual(ctx, key);
  const b = budget(ctx, key);
  const aText = wanOrAsk(w, a, 'T13', `${SAN_GONG[key].narrativeName}支出决算数`);
  if (b && b.value.isZero()) return `年初未安排预算，支出决算为${aText}`;
  const bText = b ? w.wan(b) : `${w.ask(`budget.sanGong.${key}`, `${SAN_GONG[key].narrativeName}预算数`)}万元`;
  const rate = a && b ? w.pct(percent(a.value, b.value) as Decimal) : `${w.ask(`budget.sanGong.${key}`, '完成比例')}%`;
  return `预算为${bText}，支出决算为${aText}，完成预算的${rate}`;
}

/** "比2022年度减少0.05万元，下降0.84%" / "与2022年度持平" / placeholder; changed: undefined when unknown. */
function changeClause(ctx: GenerateContext, w: SectionWriter, key: SanGongItem): { text: string; changed: boolean | undefined } {
  const a = actual(ctx, key);
  const prior = priorSanGong(ctx, key);
  if (!a) return { text: '', changed: undefined };
  if (prior === undefined) {
    return { text: `与${ctx.priorLabel}相比${w.ask(`prior.sanGong.${key}`, `增减情况（需${ctx.priorLabel}${SAN_GONG[key].narrativeName}支出决算数）`)}`, changed: undefined };
  }
  const change = a.value.minus(prior);
  if (change.isZero()) return { text: `与${ctx.priorLabel}持平`, changed: false };
  return { text: `比${ctx.priorLabel}${changeFigures(w, a.value, prior)}`, changed: true };
}

/** "决算数小于预算数的主要原因是…。" or "决算数等于预算数。"; nothing when the budget is zero or unknown. */
function gapSentence(ctx: GenerateContext, w: SectionWriter, key: SanGongItem): string {
  const a = actual(ctx, key);
  const b = budget(ctx, key);
  if (!a || !b || b.value.isZero()) return '';
  const verb = compareVerb(a.value, b.value);
  if (verb === '等于') return '决算数等于预算数。';
  return `决算数${verb}预算数的主要原因是${w.reason(ctx.reasons, key === 'total' ? 'sanGongBudgetGap' : `sanGongBudgetGap:${key}`, '决算数与预算数差异原因')}。`;
}

function overall(ctx: GenerateContext, w: SectionWriter): Section {
  const change = changeClause(ctx, w, 'total');
  let text = `${ctx.yearLabel}“三公”经费财政拨款支出${budgetClause(ctx, w, 'total')}${change.text ? `，${change.text}` : ''}。`;
  text += gapSentence(ctx, w, 'total');
  if (change.changed !== false && actual(ctx, 'total')) {
    text += `决算数较上年变动的主要原因是${w.reason(ctx.reasons, SAN_GONG_CHANGE_REASON.total, '变动原因')}。`;
  }
  w.paragraph(text);
  return w.done();
}

/** An item with nothing to say (zero this year, last year and in the budget) is left out under 'omit'. */
function omitted(ctx: GenerateContext, key: SanGongItem): boolean {
  if (ctx.options.zeroItems !== 'omit') return false;
  const zero = (d: Decimal | undefined) => d === undefined || d.isZero();
  return zero(actual(ctx, key)?.value) && zero(budget(ctx, key)?.value) && zero(priorSanGong(ctx, key));
}

function details(ctx: GenerateContext, w: SectionWriter): Section {
  const total = actual(ctx, 'total');
  const listed = SAN_GONG_ITEMS.filter((k) => !omitted(ctx, k));
  if (listed.length === 0 && total && total.value.isZero()) {
    w.paragraph(`${ctx.yearLabel}未发生“三公”经费财政拨款支出。`);
    return w.done();
  }
  let head = `${ctx.yearLabel}“三公”经费财政拨款支出决算中，`;
  if (total) {
    const values = listed.map((k) => actual(ctx, k));
    // Shares of a zero total do not exist: the items are then stated without them.
    const known = values.every((v) => v !== undefined) && !total.value.isZero();
    const shares = known ? w.structureShares(values.map((v) => (v as Money).value), total.value) : [];
    head += listed
      .map((k, i) => `${SAN_GONG[k].narrativeName}支出决算${wanOrAsk(w, values[i], 'T13', `${SAN_GONG[k].narrativeName}支出决算数`)}${known ? `，占${shares[i]}` : ''}`)
      .join('；');
  } else {
    head += wanOrAsk(w, undefined, 'T13', '“三公”经费支出决算数');
  }
  w.paragraph(`${head}。具体情况如下：`);
  listed.forEach((key, i) => itemParagraphs(ctx, w, key, i + 1));
  return w.done();
}

function itemParagraphs(ctx: GenerateContext, w: SectionWriter, key: Exclude<SanGongItem, 'total'>, n: number): void {
  const label = SAN_GONG[key].narrativeName;
  let text = `${n}.${label}${budgetClause(ctx, w, key)}。${gapSentence(ctx, w, key)}`;
  const change = changeClause(ctx, w, key);
  if (change.text) {
    text += `${label}支出决算${change.text}。`;
    if (change.changed !== false) text += `主要原因是${w.reason(ctx.reasons, SAN_GONG_CHANGE_REASON[key], `${label}变动原因`)}。`;
  }
  const counts = ctx.inputs.counts ?? {};
  const a = actual(ctx, key);
  if (key === 'abroad') {
    if (a && !a.value.isZero()) {
      text += `全年安排因公出国（境）团组${count(w, counts, 'abroadGroups', '因公出国（境）团组数')}个，出国（境）${count(w, counts, 'abroadPersons', '因公出国（境）人次')}人次。`;
    }
    w.paragraph(text);
  } else if (key === 'vehicleTotal') {
    w.paragraph(text);
    vehicleParagraphs(ctx, w, counts);
  } else {
    w.paragraph(`${text}其中：`);
    receptionParagraphs(w, a, counts);
  }
}

function count(w: SectionWriter, counts: Counts, key: keyof Counts, label: string): string {
  const v = counts[key];
  return typeof v === 'number' ? String(v) : w.ask(`counts.${key}`, label);
}

function vehicleParagraphs(ctx: GenerateContext, w: SectionWriter, counts: Counts): void {
  const purchase = actual(ctx, 'vehiclePurchase');
  const operation = actual(ctx, 'vehicleOperation');
  const purchaseName = SAN_GONG.vehiclePurchase.narrativeName;
  let text = `其中：${purchaseName}支出${wanOrAsk(w, purchase, 'T13', purchaseName)}。`;
  if (purchase && purchase.value.isZero()) text += '未购置公务用车。';
  else text += `全年按规定更新购置公务用车${count(w, counts, 'vehiclesBought', '购置公务用车辆数')}辆。`;
  text += `${ctx.yearEnd}，${ctx.entity}共有公务用车${count(w, counts, 'vehiclesHeld', '公务用车保有量（辆）')}辆。`;
  w.paragraph(text);
  const used = operation && !operation.value.isZero() ? '，主要用于开展工作所需公务用车的燃料费、维修费、过路过桥费、保险费等支出' : '';
  const operationName = SAN_GONG.vehicleOperation.narrativeName;
  w.paragraph(`${operationName}支出${wanOrAsk(w, operation, 'T13', operationName)}${used}。`);
}

/** 国内 and 外事 receptions: the split is the unit's (外事接待支出); 国内 is the rest of T13's 公务接待费. */
function receptionParagraphs(w: SectionWriter, reception: Money | undefined, counts: Counts): void {
  if (reception && reception.value.isZero()) {
    w.paragraph(`国内公务接待支出${w.wan(reception)}。`);
    w.paragraph(`外事接待支出${w.wan(reception)}。`);
    return;
  }
  const foreignKnown = reception !== undefined && counts.foreignReception !== undefined;
  const domesticMoney = foreignKnown ? money(reception.value.minus(counts.foreignReception as Decimal), reception.cells) : undefined;
  const domestic = domesticMoney ? w.wan(domesticMoney) : `${w.ask('counts.foreignReception', '国内公务接待支出')}万元`;
  const batches = `国内公务接待${count(w, counts, 'receptionBatches', '国内公务接待批次')}批次，${count(w, counts, 'receptionPersons', '国内公务接待人次')}人次（不包括陪同人员）`;
  // The amount is restated after the counts, as the samples do, only when it is a figure.
  const restated = domesticMoney ? `，共计支出${w.wan(domesticMoney)}` : '';
  w.paragraph(`国内公务接待支出${domestic}，主要用于执行公务、开展业务活动开支的交通费、住宿费、用餐费等。${batches}${restated}。`);
  if (foreignKnown && (counts.foreignReception as Decimal).isZero()) {
    w.paragraph(`外事接待支出${w.amount(counts.foreignReception as Decimal)}万元。`);
    return;
  }
  const foreign = foreignKnown ? `${w.amount(counts.foreignReception as Decimal)}万元` : `${w.ask('counts.foreignReception', '外事接待支出')}万元`;
  w.paragraph(
    `外事接待支出${foreign}，外事接待${count(w, counts, 'foreignReceptionBatches', '外事接待批次')}批次，${count(w, counts, 'foreignReceptionPersons', '外事接待人次')}人次。`,
  );
}
